// Acceptance: for every shared transcript the CLI's JSON names the layout and has the turns a
// reader sees, as counted independently (see expected-turns.json, "_how").
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { decodeBytes } from '../../server/src/service/decode';
import { isTranscript } from '../../server/src/core/parse';
import { cliPath, repoRoot, sharedMissing, sharedTranscripts } from '../paths';

interface Expected {
  format: string;
  turns: number;
}

const expected = (JSON.parse(readFileSync(path.join(repoRoot, 'test', 'corpus', 'expected-turns.json'), 'utf8')) as { files: Record<string, Expected> }).files;

describe('turn counts per shared transcript, through the CLI', { skip: sharedMissing }, () => {
  const files = sharedMissing
    ? []
    : readdirSync(sharedTranscripts, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .flatMap((d) => readdirSync(path.join(sharedTranscripts, d.name)).map((f) => `${d.name}/${f}`))
        .sort();

  it('has an expected count for every shared file', () => {
    assert.deepEqual(files, Object.keys(expected).sort());
  });

  const run = sharedMissing ? null : spawnSync(process.execPath, [cliPath, 'analyze', '--json', ...files.map((f) => path.join(sharedTranscripts, f))], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const results = run ? (JSON.parse(run.stdout) as { files: { path: string; format: string; turns: unknown[] }[] }).files : [];

  for (const [i, file] of files.entries()) {
    it(file, () => {
      const want = expected[file];
      const got = results[i];
      assert.equal(path.relative(sharedTranscripts, got.path).split(path.sep).join('/'), file);
      assert.deepEqual({ format: got.format, turns: got.turns.length }, want);
      assert.equal(isTranscript(decodeBytes(readFileSync(path.join(sharedTranscripts, file)))), want.format !== 'plain');
    });
  }
});
