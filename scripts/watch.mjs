// `npm run watch`: esbuild rebuilds dist/ on every change (what F5 runs) while tsc checks the
// types and compiles the tests into out/. Ctrl-C stops both.
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['esbuild.mjs', '--watch'], { stdio: 'inherit' }),
  spawn(process.execPath, ['node_modules/typescript/bin/tsc', '-b', '-w', '--preserveWatchOutput'], { stdio: 'inherit' }),
];
const stop = () => {
  for (const c of children) c.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children)
  c.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
