// Runs the compiled node:test suites of the given layers (default: every layer but e2e).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

const layers = process.argv.slice(2).length ? process.argv.slice(2) : ['unit', 'cli', 'lsp', 'grammar', 'corpus', 'property'];
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.test.js') ? [path.join(dir, e.name)] : [],
  );
const files = layers
  .map((l) => path.join('out', 'test', l))
  .filter(existsSync)
  .flatMap(walk)
  .sort();
if (files.length === 0) {
  console.error(`no compiled tests found for ${layers.join(', ')}: run \`npm run compile\` first`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
