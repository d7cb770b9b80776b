// The numeral grammar on fictional prose with no transcript structure: every written form of a
// figure, its value in base units, unit, range and qualifier.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Figure } from '../../server/src/core/figures/figure';
import { recogniseFigures } from '../../server/src/core/figures/recognise';
import { emptyMeta, type Transcript } from '../../server/src/core/model';
import { TextLines } from '../../server/src/core/text';
import { label, labelled, period as periodOf, type Labelled } from './periodLabels';

function plainTranscript(period: string | null): Transcript {
  return { format: 'plain', meta: { ...emptyMeta(), period: periodOf(period) }, participants: [], sections: [], turns: [], exchanges: [], notes: [] };
}

function figuresOf(text: string, period: string | null = 'Q4 2021'): Labelled<Figure>[] {
  return recogniseFigures(new TextLines(text), plainTranscript(period)).map(labelled);
}

/** The one figure written exactly as `text`. */
function only(text: string, prose: string, period?: string | null): Labelled<Figure> {
  const found = figuresOf(prose, period).filter((f) => f.text === text);
  assert.equal(found.length, 1, `${JSON.stringify(text)} in ${JSON.stringify(prose)}: ${JSON.stringify(figuresOf(prose, period).map((f) => f.text))}`);
  return found[0];
}

function pick(f: Labelled<Figure>, ...keys: (keyof Labelled<Figure>)[]): Partial<Labelled<Figure>> {
  return Object.fromEntries(keys.map((k) => [k, f[k]]));
}

describe('figures: money', () => {
  const cases: [string, string, number, string][] = [
    ['Sales were $12.5 million.', '$12.5 million', 12.5e6, 'USD'],
    ['Sales were \\$3 million.', '\\$3 million', 3e6, 'USD'],
    ['Sales were USD 40 million.', 'USD 40 million', 40e6, 'USD'],
    ['Sales were EUR 15m.', 'EUR 15m', 15e6, 'EUR'],
    ['Sales were €2.1bn.', '€2.1bn', 2.1e9, 'EUR'],
    ['Sales were $1.2 billion.', '$1.2 billion', 1.2e9, 'USD'],
    ['We paid $450k.', '$450k', 450e3, 'USD'],
    ['We paid $7 thousand.', '$7 thousand', 7e3, 'USD'],
    ['We paid $3 mn and $4b.', '$3 mn', 3e6, 'USD'],
    ['We paid $3 mn and $4b.', '$4b', 4e9, 'USD'],
    ['Debt was $5 bn.', '$5 bn', 5e9, 'USD'],
    ['Costs were $1,250,000.', '$1,250,000', 1.25e6, 'USD'],
    // The currency said after the amount, as speech transcribed writes it.
    ['Sales were 3.4 billion dollars.', '3.4 billion dollars', 3.4e9, 'USD'],
    ['Sales were 2 billion US dollars.', '2 billion US dollars', 2e9, 'USD'],
    ['Sales were 40 million pounds.', '40 million pounds', 40e6, 'GBP'],
    ['Sales were 12 billion yen.', '12 billion yen', 12e9, 'JPY'],
    ['Sales were 5 billion Danish kroner.', '5 billion Danish kroner', 5e9, 'DKK'],
    ['Sales were 200 million Swiss francs.', '200 million Swiss francs', 200e6, 'CHF'],
    ['Orders were 1.2 trillion won.', '1.2 trillion won', 1.2e12, 'KRW'],
    ['The dividend is 45 cents.', '45 cents', 0.45, 'USD'],
    // India's rupee and scales.
    ['Revenue was Rs 1,200 crore.', 'Rs 1,200 crore', 12e9, 'INR'],
    ['Revenue was Rs. 3,400 crores.', 'Rs. 3,400 crores', 34e9, 'INR'],
    ['Profit was ₹45 lakh.', '₹45 lakh', 4.5e6, 'INR'],
  ];
  for (const [prose, text, value, unit] of cases) {
    it(`reads ${text}`, () => {
      const f = only(text, prose);
      assert.deepEqual(pick(f, 'value', 'unit', 'category'), { value, unit, category: 'money' });
    });
  }

  it("reads an accounts' negative with its scale outside the brackets, and an aside in brackets as it stands", () => {
    assert.deepEqual(pick(only('($12.3) million', 'Free cash flow was ($12.3) million.'), 'value', 'unit'), { value: -12.3e6, unit: 'USD' });
    assert.equal(only('$4.2 billion', 'Services revenue ($4.2 billion) grew.').value, 4.2e9);
  });

  it('takes "won" and "pounds" for money only after a scale: contracts won and bags weighed are counted', () => {
    assert.equal(only('3 won contracts', 'We have 3 won contracts.').unit, 'count');
    assert.equal(only('40 pounds', 'A bag of 40 pounds.').unit, 'count');
  });

  it('reads the cost of sales as a cost, not as the sales', () => {
    for (const prose of ['Cost of revenues increased by 18% to $338 million.', 'Cost of goods sold was $338 million.', 'COGS was $338 million.'])
      assert.equal(only('$338 million', prose).metric, 'cost of revenue', prose);
  });

  it('keeps per-share amounts whole and names them EPS', () => {
    for (const text of ['$0.05 a share', '\\$0.31 per fully diluted share', '$1.10 per diluted share']) {
      const f = only(text, `Earnings were ${text} in the period.`);
      assert.equal(f.metric, 'EPS', text);
      assert.equal(f.unit, 'USD');
    }
    assert.equal(only('$0.05 a share', 'EPS of $0.05 a share.').value, 0.05);
  });
});

describe('figures: percentages, points, multiples, days, counts', () => {
  it('reads percent, basis points and points', () => {
    const fs = figuresOf('Margin was 43.2%, or 12 percent of sales, up 150 basis points, then 25 bps and 2 percentage points.');
    assert.deepEqual(
      fs.map((f) => [f.text, f.value, f.unit]),
      [
        ['43.2%', 43.2, '%'],
        ['12 percent', 12, '%'],
        ['150 basis points', 150, 'bps'],
        ['25 bps', 25, 'bps'],
        ['2 percentage points', 2, 'pt'],
      ],
    );
  });

  it('reads multiples, turns and days', () => {
    assert.deepEqual(pick(only('3.5x', 'Leverage is 3.5x EBITDA.'), 'value', 'unit'), { value: 3.5, unit: 'x' });
    assert.deepEqual(pick(only('6.1', 'Inventory turns were 6.1 this quarter.'), 'value', 'unit', 'metric'), {
      value: 6.1,
      unit: 'x',
      metric: 'inventory turns',
    });
    assert.deepEqual(pick(only('48 days', 'DSO was 48 days.'), 'value', 'unit', 'metric'), { value: 48, unit: 'days', metric: 'DSO' });
  });

  it('reads counts with their nouns', () => {
    const f = only('120 employees', 'We added 120 employees at the plant.');
    assert.deepEqual(pick(f, 'value', 'unit', 'category', 'metric'), { value: 120, unit: 'count', category: 'quantity_relative', metric: 'headcount' });
    assert.deepEqual(pick(only('36 operators', 'Today 36 operators fly it.'), 'value', 'unit', 'category'), {
      value: 36,
      unit: 'count',
      category: 'quantity_absolute',
    });
    assert.equal(only('two months', 'The plant ran for just under two months.').approx, 'just under');
  });
});

describe('figures: dates, quarters, products, ordinals', () => {
  it('reads "3Q FY 2020" as one quarter, the one a prior figure is compared with', () => {
    const f = only('$286 million', 'Cost of revenues rose 18% to $338 million from $286 million in the 3Q FY 2020.', 'Q3 2021');
    assert.deepEqual([f.period, f.basis], ['Q3 2020', 'prior']);
  });

  it('reads years, quarters and halves, resolving them against the call', () => {
    const fs = figuresOf('In 2019, in Q3 2021, in the fourth quarter, in the first half, in fiscal 2022 and on March 3, 2021 we shipped.');
    assert.deepEqual(
      fs.map((f) => [f.text, f.category, label(f.names ?? null)]),
      [
        // A bare year dates, it names no period (calendar or fiscal is not said); "fiscal 2022" does.
        ['2019', 'date', null],
        ['Q3 2021', 'date', 'Q3 2021'],
        ['fourth quarter', 'date', 'Q4 2021'],
        ['first half', 'date', 'H1 2021'],
        ['fiscal 2022', 'date', 'FY 2022'],
        ['March 3, 2021', 'date', 'FY 2021'],
      ],
    );
    // A date is about no period: it measures nothing.
    assert.deepEqual(
      fs.map((f) => f.period),
      fs.map(() => null),
    );
  });

  it('reads product numbers and ordinals, not as amounts', () => {
    const fs = figuresOf('Demand for the ZX 900, the F135 and the F-35 rose for the 3rd time.');
    assert.deepEqual(
      fs.map((f) => [f.text, f.category, f.metric]),
      [
        ['ZX 900', 'product number', null],
        ['F135', 'product number', null],
        ['F-35', 'product number', null],
        ['3rd', 'other', null],
      ],
    );
  });
});

describe('figures: ranges are one figure', () => {
  const cases: [string, string, number, number, string][] = [
    ['Revenue of $12 million to $15 million.', '$12 million to $15 million', 12e6, 15e6, 'USD'],
    ['DSO of 50 to 55 days.', '50 to 55 days', 50, 55, 'days'],
    ['Sales of $10.1 billion - $10.3 billion.', '$10.1 billion - $10.3 billion', 10.1e9, 10.3e9, 'USD'],
    ['Sales between $9.9 billion and $10.1 billion.', '$9.9 billion and $10.1 billion', 9.9e9, 10.1e9, 'USD'],
    // "Between" says it is one range, however wide.
    ['Operating income between $100 million and $700 million.', '$100 million and $700 million', 100e6, 700e6, 'USD'],
    ['Capex of $12 to $15 million.', '$12 to $15 million', 12e6, 15e6, 'USD'],
    ['Growth of 15% plus or minus 3%.', '15% plus or minus 3%', 12, 18, '%'],
    ['Margins of low double digits to high teens.', 'low double digits to high teens', 10, 19, '%'],
    // Each end with its own direction: a range across zero.
    ['Sales are expected to be down 1% to up 0.5%.', '1% to up 0.5%', -1, 0.5, '%'],
    ['Growth of minus 1% to plus 2%.', '1% to plus 2%', -1, 2, '%'],
  ];
  for (const [prose, text, low, high, unit] of cases) {
    it(`reads ${text}`, () => {
      const f = only(text, prose);
      assert.deepEqual(pick(f, 'low', 'high', 'unit'), { low, high, unit });
      assert.ok(f.value !== null && f.value >= low && f.value <= high);
    });
  }

  it('does not join a change to the level it reaches', () => {
    const fs = figuresOf('Costs will increase by $2 million to around $38 million.');
    assert.deepEqual(
      fs.map((f) => [f.text, f.approx, f.basis]),
      [
        ['$2 million', null, 'change'],
        ['$38 million', 'around', 'guidance'],
      ],
    );
  });
});

describe('figures: approximations, bounds and word figures', () => {
  const cases: [string, string][] = [
    ['around', 'Margin of around 44%.'],
    ['approximately', 'Revenue of approximately $90 million.'],
    ['about', 'Revenue of about $4 million.'],
    ['just over', 'Margin of just over 44%.'],
    ['just under', 'Share of just under 10%.'],
    ['less than', 'Revenue was less than $1 million.'],
    ['more than', 'Growth of more than 50%.'],
    ['nearly', 'Cash of nearly $80 million.'],
  ];
  for (const [approx, prose] of cases) {
    it(`keeps "${approx}"`, () => {
      const [f] = figuresOf(prose);
      assert.equal(f.approx, approx);
      assert.ok(!f.text.includes(approx), 'the qualifier is not part of the figure text');
    });
  }

  it('keeps "in the … range"', () => {
    assert.equal(only('$36 million', 'Opex in the $36 million range.').approx, 'in the … range');
  });

  it('reads break even, double digits, high teens and flat as values', () => {
    const fs = figuresOf('We expect to break even. Growth should stay in double digits, margins in the high teens, and costs should remain flat.');
    assert.deepEqual(
      fs.map((f) => [f.text, f.value, f.low, f.high]),
      [
        ['break even', 0, null, null],
        ['double digits', 54.5, 10, 99],
        ['high teens', 18, 17, 19],
        ['flat', 0, null, null],
      ],
    );
  });

  it('finds nothing in plain words', () => {
    assert.deepEqual(figuresOf('Flat panels sold one by one, as we may recall.'), []);
  });
});

describe('figures: robustness', () => {
  it('finds figures in a single paragraph with no speaker, sorted and inside the text', () => {
    const text = 'Revenue grew 12% to $91 million.\r\nCash was $40 million.\n\nDSO was 50 days.';
    const lines = new TextLines(text);
    const fs = recogniseFigures(lines, plainTranscript(null));
    assert.deepEqual(
      fs.map((f) => f.text),
      ['12%', '$91 million', '$40 million', '50 days'],
    );
    for (const f of fs) {
      assert.equal(f.speaker, null);
      assert.equal(text.slice(lines.offsetAt(f.range.start), lines.offsetAt(f.range.end)), f.text);
    }
  });

  it('survives empty, binary and punctuation-free input', () => {
    assert.deepEqual(figuresOf(''), []);
    assert.doesNotThrow(() => figuresOf('\u0000\u0001\ufffd$$$ 5 %% -- to to and between'));
    const long = 'and 5 '.repeat(5000);
    const fs = figuresOf(long);
    assert.equal(fs.length, 5000);
    for (let i = 1; i < fs.length; i++) assert.ok(fs[i].range.start.character > fs[i - 1].range.start.character);
  });
});

describe('figures: names with numbers', () => {
  it('reads a bare number after a name as a version, not a quantity', () => {
    const fs = figuresOf('Seats of Office 365 grew 15%, the Fortune 500 bought it, and Tier 2 carriers waited. In 2031 revenue was 12 times higher.');
    assert.deepEqual(
      fs.map((f) => [f.text, f.category]),
      [
        ['365', 'product number'],
        ['15%', 'relative'],
        ['500', 'product number'],
        ['2', 'other'],
        ['2031', 'date'],
        ['12 times', 'absolute'],
      ],
    );
  });
});

describe('figures: text that is not prose', () => {
  it('reads no figures in markup tags, but the prose around them', () => {
    const prose = 'Services grew 22%. <Sync id="L192"time="00:29:40"/>So we are on track for $4.5 billion.';
    assert.deepEqual(
      figuresOf(prose).map((f) => f.text),
      ['22%', '$4.5 billion'],
    );
  });

  it('reads no figures in token-per-line data records', () => {
    const records = 'token|speaker|ts|endTs|punctuation\nGood|0|12.5|13.0||\nrevenue|0|13.0|13.4||\n';
    assert.deepEqual(
      figuresOf(`${records}In prose, revenue rose 12%.`).map((f) => f.text),
      ['12%'],
    );
  });

  it('takes a shorthand range whose scale is written once: $50-53b', () => {
    assert.deepEqual(pick(only('$50-53b', 'Expects revenue to be $50-53b.'), 'value', 'low', 'high', 'unit'), {
      value: 51.5e9,
      low: 50e9,
      high: 53e9,
      unit: 'USD',
    });
  });
});
