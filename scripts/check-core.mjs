// The core's stricter compile (server/src/core/tsconfig.json: noUncheckedIndexedAccess): every
// file of core/ compiles under it, and any error fails the build.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'server/src/core', '--pretty', 'false'], { encoding: 'utf8' });
const errors = (r.stdout + r.stderr).split('\n').filter((l) => /error TS\d+/.test(l));
for (const l of errors) console.error(l);
console.log(`core strict check: ${errors.length} errors`);
if (errors.length || r.status !== 0) process.exit(1);
