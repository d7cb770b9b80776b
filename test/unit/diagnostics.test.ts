import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { toDiagnostics } from '../../server/src/core/features/diagnostics';
import { readSettings } from '../../shared/settings';
import { toSarif } from '../../server/src/cli/sarif';
import { judgeLines } from '../../server/src/core/ledger/judge';
import { buildLedger } from '../../server/src/core/ledger/ledger';
import { figuresIn } from './ledgerFixtures';

// Fictional: Tailspin Air guided $40 million in March, $44 million in May, and reported $43 million.
const TEXT = 'In March we guided revenue of $40 million.\nIn May we raised it to $44 million.\nRevenue was $43 million.';
const { lines, figures } = figuresIn(TEXT, [
  { text: '$40 million', metric: 'revenue', period: 'Q2 2030', basis: 'guidance', value: 40e6, statedIn: 'March', unit: 'USD' },
  { text: '$44 million', metric: 'revenue', period: 'Q2 2030', basis: 'revised-guidance', value: 44e6, statedIn: 'May', unit: 'USD' },
  { text: '$43 million', metric: 'revenue', period: 'Q2 2030', basis: 'actual', value: 43e6, unit: 'USD' },
]);
const URI = 'file:///calls/tailspin.txt';

function diagnostics(section: unknown) {
  const settings = readSettings(section).diagnostics;
  return toDiagnostics(judgeLines(buildLedger(figures, lines, null).lines, settings.tolerance), URI, settings);
}

describe('guidance diagnostics', () => {
  it('have codes, default severities and related information at the statement measured against', () => {
    const ds = diagnostics(undefined);
    // The beat is against March guidance that May replaced: a hint, below the miss on the latest.
    assert.deepEqual(ds.map((d) => [d.code, d.severity]).sort(), [
      ['guidance.beat', DiagnosticSeverity.Hint],
      ['guidance.miss', DiagnosticSeverity.Warning],
      ['guidance.raised', DiagnosticSeverity.Information],
    ]);
    const miss = ds.find((d) => d.code === 'guidance.miss');
    assert.deepEqual(miss?.range, { start: { line: 2, character: 12 }, end: { line: 2, character: 23 } });
    assert.deepEqual(miss?.relatedInformation?.[0].location, { uri: URI, range: { start: { line: 1, character: 23 }, end: { line: 1, character: 34 } } });
    assert.equal(miss?.message, 'Revenue $43M missed revised guidance $44M (May): −$1M, −2.3%');
  });

  it('follow the per-code severity and tolerance settings, nested or flat, ignoring bad values', () => {
    const ds = diagnostics({ diagnostics: { guidance: { miss: 'error', beat: 'off' }, 'guidance.raised': 'hint' }, ledger: { inlineTolerancePercent: 3 } });
    assert.deepEqual(ds.map((d) => [d.code, d.severity]).sort(), [
      ['guidance.inline', DiagnosticSeverity.Hint],
      ['guidance.raised', DiagnosticSeverity.Hint],
    ]);
    const strict = diagnostics({ diagnostics: { guidance: { miss: 'error', beat: 'loud' } }, ledger: { inlineTolerancePercent: -2 } });
    assert.deepEqual(strict.map((d) => [d.code, d.severity]).sort(), [
      ['guidance.beat', DiagnosticSeverity.Hint],
      ['guidance.miss', DiagnosticSeverity.Error],
      ['guidance.raised', DiagnosticSeverity.Information],
    ]);
  });

  it('write SARIF 2.1.0 with rules, 1-based regions and related locations', () => {
    const log = toSarif([{ uri: 'calls/tailspin.txt', diagnostics: diagnostics(undefined) }], '0.1.0');
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.deepEqual(
      run.tool.driver.rules?.map((r) => r.id),
      ['guidance.beat', 'guidance.miss', 'guidance.raised'],
    );
    const miss = run.results?.find((r) => r.ruleId === 'guidance.miss');
    assert.equal(miss?.level, 'warning');
    assert.equal(run.tool.driver.rules?.[miss?.ruleIndex ?? -1].id, 'guidance.miss');
    assert.deepEqual(miss?.locations?.[0].physicalLocation?.region, { startLine: 3, startColumn: 13, endLine: 3, endColumn: 24 });
    assert.equal(miss?.relatedLocations?.[0].physicalLocation?.artifactLocation?.uri, URI);
    assert.equal(run.results?.find((r) => r.ruleId === 'guidance.beat')?.level, 'note');
    assert.deepEqual(toSarif([], '0.1.0').runs[0].results, []);
    assert.equal(toSarif([{ uri: '/calls/a b.txt', diagnostics: [] }], '1').runs[0].artifacts?.[0].location?.uri, 'file:///calls/a%20b.txt');
  });
});
