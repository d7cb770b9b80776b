// `transcript-lens export` against the built CLI, on the fictional sample calls: one row a figure
// and one a judgement (guidance judged across the files given), in CSV, JSON or Markdown; a file
// that cannot be read is reported and the rest still exported; the format is required.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { cliPath, repoRoot } from '../paths';

const q3 = path.join('samples', 'halvard-q3-2025.txt');
const q4 = path.join('samples', 'halvard-q4-2025.txt');

function cli(args: string[]) {
  return spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', cwd: repoRoot, timeout: 30_000 });
}

describe('CLI export', () => {
  it('writes CSV: figures and the judgements across the calls given, with file and line', () => {
    const r = cli(['export', '--format', 'csv', q3, q4]);
    assert.equal(r.status, 0, r.stderr);
    const rows = r.stdout.trimEnd().split('\r\n');
    assert.match(rows[0]!, /^record,file,line,column,ticker,call,metric,segment,qualifier,period,kind,text,value/);
    const miss = rows.find((row) => row.startsWith(`judgement,${q4},`) && row.includes('guidance.miss'));
    assert.ok(miss, rows.filter((row) => row.startsWith('judgement')).join('\n'));
    assert.ok(miss.includes(`,${q3},`), 'measured against the Q3 call');
    assert.ok(rows.some((row) => row.startsWith(`figure,${q4},`) && row.includes('$398.6 million')));
  });

  it('writes JSON and Markdown with the same rows', () => {
    const json = JSON.parse(cli(['export', '--format', 'json', q3, q4]).stdout) as { rows: { record: string }[] };
    const md = cli(['export', '--format', 'md', q3, q4]).stdout;
    const mdRows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| file') && !l.startsWith('| ---'));
    assert.equal(mdRows.length, json.rows.length);
    assert.ok(json.rows.some((r) => r.record === 'judgement'));
  });

  it('reports a file it cannot read and exports the rest (exit 1); without a format it is a usage error (exit 2)', () => {
    const r = cli(['export', '--format', 'csv', 'no-such-call.txt', q4]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /cannot read no-such-call\.txt/);
    assert.ok(r.stdout.includes(`figure,${q4},`));
    assert.equal(cli(['export', q4]).status, 2);
    assert.equal(cli(['export', '--format', 'xlsx', q4]).status, 2);
  });
});
