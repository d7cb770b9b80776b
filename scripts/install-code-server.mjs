// `node scripts/install-code-server.mjs`: installs code-server into .vscode-test/ if absent.
import { ensureCodeServer } from './code-server.mjs';
import { runMain } from './cli-util.mjs';

await runMain(async () => {
  const t0 = Date.now();
  const installed = ensureCodeServer();
  console.log(installed ? `code-server installed in ${((Date.now() - t0) / 1000).toFixed(1)} s` : 'code-server already installed');
});
