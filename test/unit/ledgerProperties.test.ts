// The ledger on arbitrary figures: never throws, never writes NaN, Infinity or undefined, and its
// verdicts are consistent (an actual equal to the guidance is in line; above it is a beat unless
// the metric is a cost).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Basis } from '../../server/src/core/figures/figure';
import { DEFAULT_TOLERANCE, judgeLines } from '../../server/src/core/ledger/judge';
import { judgementMessage } from '../../server/src/core/features/judgementText';
import { buildLedger } from '../../server/src/core/ledger/ledger';
import { endMonth, formatPeriod, previousPeriod, readPeriod, yearEarlier } from '../../server/src/core/period';
import { figuresIn, type FigureSpec } from './ledgerFixtures';
import { period } from './periodLabels';

const BASES: Basis[] = ['actual', 'guidance', 'revised-guidance', 'expectation', 'change', 'prior', 'other'];

const spec = fc.record({
  metric: fc.constantFrom('revenue', 'gross margin', 'operating expenses', 'EPS', null),
  period: fc.constantFrom('Q1 2030', 'Q2 2030', 'FY 2030', null),
  basis: fc.constantFrom(...BASES),
  value: fc.oneof(fc.double({ min: -1e10, max: 1e10, noNaN: true }), fc.constant(0), fc.constant(null)),
  spread: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true })),
  unit: fc.constantFrom('USD', '%', 'bps', 'count', 'days'),
  approx: fc.constantFrom(undefined, 'about', 'less than', 'more than', 'in the … range', 'just over'),
});

describe('ledger properties', () => {
  it('never throws or writes a non-number, whatever the figures say', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 12 }), (specs) => {
        const text = specs.map((_, i) => `figure${i} sequentially`).join(' ');
        const figs: FigureSpec[] = specs.map((s, i) => ({
          text: `figure${i}`,
          metric: s.metric,
          period: s.period,
          basis: s.basis,
          value: s.value,
          unit: s.unit,
          approx: s.approx,
          ...(s.spread !== null && s.value !== null ? { low: s.value - s.spread, high: s.value + s.spread } : {}),
        }));
        const { lines, figures } = figuresIn(text, figs);
        for (const j of judgeLines(buildLedger(figures, lines, null).lines, DEFAULT_TOLERANCE)) {
          assert.doesNotMatch(judgementMessage(j), /NaN|Infinity|undefined|null/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('judges equal values in line, and higher values a beat except for costs', () => {
    fc.assert(
      // Up to 1.45 times: the company's sales and costs further from their guidance are another measure.
      fc.property(fc.double({ min: 1, max: 1e9, noNaN: true }), fc.double({ min: 1.05, max: 1.45, noNaN: true }), fc.boolean(), (g, factor, cost) => {
        const metric = cost ? 'operating expenses' : 'revenue';
        const run = (actual: number) => {
          const { lines, figures } = figuresIn('guided actual', [
            { text: 'guided', metric, period: 'Q1 2030', basis: 'guidance', value: g, unit: 'USD' },
            { text: 'actual', metric, period: 'Q1 2030', basis: 'actual', value: actual, unit: 'USD' },
          ]);
          return judgeLines(buildLedger(figures, lines, null).lines, DEFAULT_TOLERANCE).map((j) => j.code);
        };
        assert.deepEqual(run(g), ['guidance.inline']);
        assert.deepEqual(run(g * factor), [cost ? 'guidance.miss' : 'guidance.beat']);
        assert.deepEqual(run(g / factor), [cost ? 'guidance.beat' : 'guidance.miss']);
      }),
      { numRuns: 200 },
    );
  });

  it('steps periods back across years and orders a year with its last quarter', () => {
    assert.deepEqual(
      ['Q1 2016', 'Q3 2016', 'H1 2013', 'FY 2013'].map((label) => [previousPeriod(period(label)), yearEarlier(period(label))].map(formatPeriod)),
      [
        ['Q4 2015', 'Q1 2015'],
        ['Q2 2016', 'Q3 2015'],
        ['H2 2012', 'H1 2012'],
        ['FY 2012', 'FY 2012'],
      ],
    );
    assert.equal(endMonth(period('FY 2012')), endMonth(period('Q4 2012')));
    assert.ok(endMonth(period('Q1 2013')) > endMonth(period('FY 2012')));
    assert.equal(readPeriod('sometime'), null);
  });

  it('reads the ways titles write a period', () => {
    const read = (t: string) => {
      const p = readPeriod(t);
      return p && formatPeriod(p);
    };
    assert.deepEqual(
      [
        'FY2031 Q2 Results',
        'Fiscal 2031 Second Quarter',
        '2031 Q2',
        'Q2-2031',
        'Q2/2031',
        'Quarter 2 2031',
        'Q4 and Full Year 2031',
        'Fourth Quarter and Fiscal 2031 Results',
      ].map(read),
      ['Q2 2031', 'Q2 2031', 'Q2 2031', 'Q2 2031', 'Q2 2031', 'Q2 2031', 'Q4 2031', 'Q4 2031'],
    );
    assert.deepEqual(['Half Year 2031 Results', 'Second Half 2031', '1H 2031', 'Full Year 2031 Results', 'Full-Year 2031'].map(read), [
      'H1 2031',
      'H2 2031',
      'H1 2031',
      'FY 2031',
      'FY 2031',
    ]);
    // A year and a quarter set apart by a comma are two things said, not one period.
    assert.equal(read('In 2031, Q2 sales rose'), null);
  });
});
