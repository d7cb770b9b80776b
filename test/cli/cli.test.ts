import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { cliPath, fixturesDir, referencePath, sharedMissing } from '../paths';

function cli(...args: string[]) {
  return spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8' });
}

describe('CLI', () => {
  it('prints the model as JSON with the contract keys', () => {
    const r = cli('analyze', '--json', path.join(fixturesDir, 'streetevents-pdf.txt'));
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const f = out.files[0];
    for (const key of ['path', 'format', 'meta', 'participants', 'sections', 'turns', 'figures', 'diagnostics']) assert.ok(key in f, key);
    assert.equal(f.format, 'streetevents-pdf');
    assert.deepEqual(Object.keys(f.turns[0]).sort(), ['firm', 'range', 'role', 'section', 'speaker', 'title']);
    assert.deepEqual(
      f.sections.map((s: { kind: string }) => s.kind),
      ['header', 'participants', 'participants', 'presentation', 'qa', 'disclaimer'],
    );
  });

  it('prints a readable summary', () => {
    const r = cli('analyze', path.join(fixturesDir, 'streetevents-eikon.txt'));
    assert.equal(r.status, 0);
    assert.match(r.stdout, /streetevents-eikon/);
    assert.match(r.stdout, /turns: 5, Q&A exchanges: 1/);
  });

  it('fails with one line for an unreadable file', () => {
    const r = cli('analyze', path.join(fixturesDir, 'no-such-file.txt'));
    assert.notEqual(r.status, 0);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /cannot read .*no-such-file\.txt: ENOENT/);
  });

  it('reports the reference transcript per the contract', { skip: sharedMissing }, () => {
    const r = cli('analyze', '--json', referencePath);
    const f = JSON.parse(r.stdout).files[0];
    assert.equal(f.turns.length, 73);
    const analyst = f.turns.find((t: { speaker: string }) => t.speaker === 'Simon Leopold');
    assert.deepEqual([analyst.role, analyst.firm, analyst.title, analyst.section], ['analyst', 'Raymond James & Associates', 'Analyst', 'qa']);
    const cfo = f.turns.find((t: { speaker: string }) => t.speaker === 'Michael Ashby');
    assert.deepEqual([cfo.role, cfo.firm, cfo.title], ['executive', 'Calix Inc', 'EPV & CFO']);
  });
});
