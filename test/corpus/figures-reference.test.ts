// The acceptance list on the reference transcript (../shared, CALX Q4 2012): October guidance,
// the November revision, the actuals, the Ericsson-channel expectation and the Q1 2013 outlook.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/core/analysis';
import type { Figure } from '../../server/src/core/figures/figure';
import { formatPeriod } from '../../server/src/core/period';
import { referencePath } from '../paths';

const missing = existsSync(referencePath) ? false : `reference transcript not found at ${referencePath}: skipped`;
if (missing) console.log(`# ${missing}`);

describe('figures on the reference transcript', { skip: missing }, () => {
  const a = missing ? null : analyse(readFileSync(referencePath, 'utf8'));

  /** The figure written `text` in the first line containing `context` (its n-th there). */
  function fig(text: string, context: string, nth = 0): Figure {
    const found = a!.figures.filter((f) => f.text === text && a!.lines.line(f.range.start.line).includes(context));
    assert.ok(found.length > nth, `${text} near "${context}"`);
    return found[nth];
  }
  const about = (f: Figure) => [f.metric, f.period && formatPeriod(f.period), f.basis];

  it('takes the October guidance as guidance for Q4 2012', () => {
    const ctx = 'guidance we provided in October';
    assert.deepEqual(about(fig('\\$87 million', ctx)), ['revenue', 'Q4 2012', 'guidance']);
    assert.deepEqual(about(fig('44%', ctx)), ['gross margin', 'Q4 2012', 'guidance']);
    assert.equal(fig('44%', ctx).approx, 'around');
    assert.deepEqual(about(fig('\\$36 million', ctx)), ['operating expenses', 'Q4 2012', 'guidance']);
    assert.equal(fig('\\$36 million', ctx).approx, 'in the … range');
    assert.deepEqual(about(fig('\\$0.05 a share', ctx)), ['EPS', 'Q4 2012', 'guidance']);
  });

  it('takes the November update as revised guidance for Q4 2012', () => {
    const ctx = 'revenue guidance was increased';
    assert.deepEqual(about(fig('\\$91 million', ctx)), ['revenue', 'Q4 2012', 'revised-guidance']);
    assert.deepEqual(about(fig('43%', ctx)), ['gross margin', 'Q4 2012', 'revised-guidance']);
    assert.deepEqual(about(fig('\\$38 million', ctx)), ['operating expenses', 'Q4 2012', 'revised-guidance']);
    assert.deepEqual(about(fig('\\$0.02 per share', ctx)), ['EPS', 'Q4 2012', 'revised-guidance']);
    assert.equal(fig('\\$91 million', ctx).statedIn, 'November');
  });

  it('takes the reported results as Q4 2012 actuals with the right metric', () => {
    const want: [string, string, string, number][] = [
      ['\\$91.4 million', 'Actual revenue for the quarter', 'revenue', 91.4e6],
      ['43.2%', 'Actual revenue for the quarter', 'gross margin', 43.2],
      ['\\$36.7 million', 'Actual revenue for the quarter', 'operating expenses', 36.7e6],
      ['\\$0.06 per fully diluted share', 'Actual revenue for the quarter', 'EPS', 0.06],
      ['\\$47 million', 'Actual revenue for the quarter', 'cash', 47e6],
      ['\\$55.1 million', 'Deferred revenue amounted', 'deferred revenue', 55.1e6],
      ['51 days', 'DSO was 51 days', 'DSO', 51],
      ['5.3', 'Inventory turns improved', 'inventory turns', 5.3],
    ];
    for (const [text, ctx, metric, value] of want) {
      const f = fig(text, ctx);
      assert.deepEqual([...about(f), f.value], [metric, 'Q4 2012', 'actual', value], text);
      assert.equal(f.speaker, 'Michael Ashby');
    }
  });

  it('takes the Ericsson-channel $4 million as an expectation and less than $1 million as its actual', () => {
    const expected = fig('\\$4 million', 'we said we expected');
    assert.deepEqual(about(expected), ['Ericsson channel revenue', 'Q4 2012', 'expectation']);
    assert.equal(expected.approx, 'about');
    const actual = fig('\\$1 million', 'revenue was less than');
    assert.deepEqual(about(actual), ['Ericsson channel revenue', 'Q4 2012', 'actual']);
    assert.equal(actual.approx, 'less than');
  });

  it('takes the outlook as guidance for Q1 2013', () => {
    assert.deepEqual(about(fig('\\$90 million', 'anticipate revenue to decline')), ['revenue', 'Q1 2013', 'guidance']);
    assert.deepEqual(about(fig('44%', 'just over')), ['gross margin', 'Q1 2013', 'guidance']);
    assert.deepEqual(about(fig('\\$39.5 million', 'Operating expenses will increase')), ['operating expenses', 'Q1 2013', 'guidance']);
    assert.deepEqual(about(fig('break even', 'break even')), ['EPS', 'Q1 2013', 'guidance']);
    const dso = fig('50 to 55 days', 'DSOs should remain');
    assert.deepEqual([...about(dso), dso.low, dso.high], ['DSO', 'Q1 2013', 'guidance', 50, 55]);
  });

  it('does not take typical seasonality or market share as revenue guidance or actuals', () => {
    const decline = fig('20%', 'normal seasonality');
    assert.ok(decline.metric !== 'revenue' || !['guidance', 'actual'].includes(decline.basis), JSON.stringify(about(decline)));
    const share = fig('15%', 'global access equipment market');
    assert.notEqual(share.metric, 'revenue');
    assert.ok(!['guidance', 'actual'].includes(share.basis));
  });
});
