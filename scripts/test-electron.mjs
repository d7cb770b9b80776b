// `npm run test:electron`: the same e2e suite in desktop VS Code via @vscode/test-electron, for machines
// that can download VS Code (CI here cannot: it uses `npm run test:e2e`, i.e. code-server).
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { root } from './code-server.mjs';
import { makeTestWorkspace } from './workspace.mjs';

const workspace = makeTestWorkspace();
try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/e2e/suite/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error(`test:electron failed: ${e.message ?? e}`);
  process.exitCode = 1;
}
