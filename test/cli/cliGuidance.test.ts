// The CLI's guidance diagnostics: JSON with related file paths, judgements across the files given,
// and SARIF 2.1.0.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { cliPath, fixturesDir } from '../paths';

const q1 = path.join('test', 'fixtures', 'harbor-kites-q1-2031.txt');
const q2 = path.join('test', 'fixtures', 'harbor-kites-q2-2031.txt');

function cli(...args: string[]) {
  return spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', cwd: path.resolve(fixturesDir, '..', '..') });
}

describe('CLI guidance diagnostics', () => {
  it('judges the later call against the earlier one given beside it, with file paths', () => {
    const r = cli('analyze', '--json', q1, q2);
    assert.equal(r.status, 1, `a miss is a finding: ${r.stderr}`);
    const [first, second] = JSON.parse(r.stdout).files as { path: string; diagnostics: Diagnostic[] }[];
    assert.deepEqual(second.diagnostics.map((d) => [d.code, d.severity, d.relatedInformation?.[0].location.uri]).sort(), [
      ['guidance.beat', 3, q1],
      ['guidance.miss', 2, q1],
    ]);
    const beat = second.diagnostics.find((d) => d.code === 'guidance.beat');
    assert.equal(beat?.message, 'Revenue $57.5M beat guidance $54M–$56M (Q1 2031 call, 2031-04-22): +$1.5M, +2.7% above the range');
    assert.deepEqual(beat?.range, { start: { line: 25, character: 35 }, end: { line: 25, character: 48 } });
    assert.deepEqual(
      first.diagnostics.map((d) => [d.code, d.relatedInformation?.[0].location.uri]),
      [
        ['guidance.outcome', q2],
        ['guidance.outcome', q2],
      ],
    );
    const alone = JSON.parse(cli('analyze', '--json', q2).stdout).files[0];
    assert.deepEqual(alone.diagnostics, [], 'one call alone has nothing to be judged against');
  });

  it('judges only like with like: an earlier period, a month, a trailing year, what would have been, a segment or another company are no results', () => {
    // Invented calls in a transcription service's layout ("[00:01:02] Name, Title: text"), the later
    // one full of figures that look like results and are not.
    const a = path.join('test', 'fixtures', 'quillon-timestamped-q1-2031.txt');
    const b = path.join('test', 'fixtures', 'quillon-timestamped-q2-2031.txt');
    const r = cli('analyze', '--json', a, b);
    const later = (JSON.parse(r.stdout).files as { diagnostics: Diagnostic[] }[])[1]!;
    assert.deepEqual(later.diagnostics.map((d) => d.message).sort(), [
      'Cloud revenue $120M beat guidance about $100M (Q1 2031 call, 2031-05-06): +$20M, +20%',
      'Constant-currency revenue growth 9% beat guidance 8% (Q1 2031 call, 2031-05-06): +1 point',
      'Non-GAAP EPS $0.44 beat guidance $0.41–$0.43 (Q1 2031 call, 2031-05-06): +$0.01, +2.3% above the range',
      'Revenue $435M beat guidance $420M–$430M (Q1 2031 call, 2031-05-06): +$5M, +1.2% above the range',
      'Revenue guidance for FY 2031 raised from approximately $1.7B (Q1 2031 call, 2031-05-06) to approximately $1.75B (Q2 2031 call, 2031-08-05): +$50M, +2.9%',
    ]);
  });

  it('writes SARIF 2.1.0', () => {
    const r = cli('analyze', '--format', 'sarif', q1, q2);
    assert.equal(r.status, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'Transcript Lens');
    assert.deepEqual(
      run.artifacts.map((a: { location: { uri: string } }) => a.location.uri),
      ['test/fixtures/harbor-kites-q1-2031.txt', 'test/fixtures/harbor-kites-q2-2031.txt'],
    );
    const miss = run.results.find((x: { ruleId: string }) => x.ruleId === 'guidance.miss');
    assert.equal(miss.level, 'warning');
    assert.equal(run.tool.driver.rules[miss.ruleIndex].id, 'guidance.miss');
    assert.deepEqual(miss.locations[0].physicalLocation.artifactLocation, { uri: 'test/fixtures/harbor-kites-q2-2031.txt', index: 1 });
    assert.equal(miss.locations[0].physicalLocation.region.startLine, 26);
    assert.equal(miss.relatedLocations[0].physicalLocation.artifactLocation.uri, 'test/fixtures/harbor-kites-q1-2031.txt');
  });

  it('refuses an unknown format with a clear message', () => {
    const r = cli('analyze', '--format', 'xml', q1);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown format xml/);
    assert.equal(r.stdout, '');
  });
});
