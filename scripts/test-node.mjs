// Runs node's test runner over the compiled layers that exist (out/test/{unit,lsp,grammar,corpus}).
// The e2e suite is left out: it runs inside VS Code (npm run test:e2e).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { root } from './code-server.mjs';

const layers = ['unit', 'lsp', 'grammar', 'corpus'].map((l) => path.join('out', 'test', l)).filter((d) => fs.existsSync(path.join(root, d)));
if (layers.length === 0) {
  console.error('No compiled tests under out/test/{unit,lsp,grammar,corpus}: run `npm run compile` first.');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...layers], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
