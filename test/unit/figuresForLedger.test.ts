// Figure readings the guidance ledger depends on: growth guidance with its base between the numbers
// ("15% sequentially, plus or minus 3%") is one range figure, so the ledger can resolve it on the
// base period's actual; a result compared with an expectation is an actual.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/core/analysis';

describe('figure readings the ledger relies on', () => {
  it('reads "N% sequentially, plus or minus M%" and "N% year-over-year +/- M%" as ranges', () => {
    const a = analyse(
      'For the third quarter of 2031, we expect revenue to increase 12% sequentially, plus or minus 2%. We expect bookings to grow 8% year-over-year +/- 1%.',
    );
    const pct = a.figures.filter((f) => f.unit === '%').map((f) => [f.text, f.value, f.low, f.high]);
    assert.deepEqual(pct, [
      ['12% sequentially, plus or minus 2%', 12, 10, 14],
      ['8% year-over-year +/- 1%', 8, 7, 9],
    ]);
  });

  it('leaves a plain percentage followed by other words alone', () => {
    const a = analyse('Revenue grew 12% sequentially, driven by servers.');
    assert.deepEqual(
      a.figures.filter((f) => f.unit === '%').map((f) => [f.text, f.low, f.high]),
      [['12%', null, null]],
    );
  });

  it('reads a result "better than we expected at 60.6%" as the actual, not an expectation', () => {
    const a = analyse('Gross margin for the quarter ended slightly better than we expected at 52.4% on mix. We had expected about 51%.');
    assert.deepEqual(
      a.figures.filter((f) => f.unit === '%').map((f) => [f.text, f.basis]),
      [
        ['52.4%', 'actual'],
        ['51%', 'expectation'],
      ],
    );
  });

  it('reads "Microsoft 365 subscriptions" as a product name, and "365 subscriptions" as a count', () => {
    const product = analyse('Momentum continued in Contoso 365 subscriptions this quarter.').figures.find((f) => f.value === 365 || f.text.includes('365'));
    assert.equal(product?.unit, 'product');
    const count = analyse('We added 365 subscriptions this quarter.').figures.find((f) => f.text.includes('365'));
    assert.equal(count?.unit, 'count');
  });

  it('keeps interest payments apart from the interest expense guidance is given for', () => {
    const a = analyse('We expect interest expense of approximately $40 million. Cash fell on debt interest payments of $60 million.');
    assert.deepEqual(
      a.figures.filter((f) => f.unit === 'USD').map((f) => f.metric),
      ['interest expense', 'interest payments'],
    );
  });
});
