import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildLedger } from '../../server/src/core/ledger/ledger';
import { emptyMeta } from '../../server/src/core/model';
import { DEFAULT_TOLERANCE, judgeLines, type Judgement } from '../../server/src/core/ledger/judge';
import { judgementMessage, subjectName } from '../../server/src/core/features/judgementText';
import { formatPeriod } from '../../server/src/core/period';
import { figuresIn, type FigureSpec } from './ledgerFixtures';
import { period as periodOf } from './periodLabels';

// A fictional call: Northwind Pumps, Q3 2031.
const CALL = [
  'In August we guided third-quarter revenue of $120 million, gross margin of around 52%, operating expenses of about $24 million and EPS of $0.12 a share.',
  'In September we updated that: revenue guidance went to $125 million, gross margin to around 51%, operating expenses to $26 million and EPS to $0.10.',
  'We also said we expected service revenue of about $5 million from the new channel.',
  'Revenue for the quarter was $125.5 million. Gross margin was 51.6%. Operating expenses were $24.8 million. EPS was $0.11.',
  'Service revenue from the channel was less than $2 million.',
  'Revenue was $125.5 million, up 9% sequentially.',
  'Analyst: so you are modelling $140 million for next quarter?',
  'For the fourth quarter we expect revenue of $130 million to $140 million.',
].join('\n');

const SPECS: FigureSpec[] = [
  { text: '$120 million', metric: 'revenue', period: 'Q3 2031', basis: 'guidance', value: 120e6, statedIn: 'August', unit: 'USD' },
  { text: 'around 52%', metric: 'gross margin', period: 'Q3 2031', basis: 'guidance', value: 52, statedIn: 'August', unit: '%', approx: 'around' },
  {
    text: 'about $24 million',
    metric: 'operating expenses',
    period: 'Q3 2031',
    basis: 'guidance',
    value: 24e6,
    statedIn: 'August',
    unit: 'USD',
    approx: 'about',
  },
  { text: '$0.12', metric: 'EPS', period: 'Q3 2031', basis: 'guidance', value: 0.12, statedIn: 'August', unit: 'USD' },
  { text: '$125 million', metric: 'revenue', period: 'Q3 2031', basis: 'revised-guidance', value: 125e6, statedIn: 'September', unit: 'USD' },
  { text: 'around 51%', metric: 'gross margin', period: 'Q3 2031', basis: 'revised-guidance', value: 51, statedIn: 'September', unit: '%', approx: 'around' },
  { text: '$26 million', metric: 'operating expenses', period: 'Q3 2031', basis: 'revised-guidance', value: 26e6, statedIn: 'September', unit: 'USD' },
  { text: '$0.10', metric: 'EPS', period: 'Q3 2031', basis: 'revised-guidance', value: 0.1, statedIn: 'September', unit: 'USD' },
  {
    text: 'about $5 million',
    metric: 'service revenue',
    segment: 'service',
    period: 'Q3 2031',
    basis: 'expectation',
    value: 5e6,
    statedIn: 'September',
    unit: 'USD',
    approx: 'about',
  },
  { text: '$125.5 million', metric: 'revenue', period: 'Q3 2031', basis: 'actual', value: 125.5e6, unit: 'USD' },
  { text: '51.6%', metric: 'gross margin', period: 'Q3 2031', basis: 'actual', value: 51.6, unit: '%' },
  { text: '$24.8 million', metric: 'operating expenses', period: 'Q3 2031', basis: 'actual', value: 24.8e6, unit: 'USD' },
  { text: '$0.11', metric: 'EPS', period: 'Q3 2031', basis: 'actual', value: 0.11, unit: 'USD' },
  {
    text: 'less than $2 million',
    metric: 'service revenue',
    segment: 'service',
    period: 'Q3 2031',
    basis: 'actual',
    value: 2e6,
    unit: 'USD',
    approx: 'less than',
  },
  { text: '$125.5 million', nth: 1, metric: 'revenue', period: 'Q3 2031', basis: 'actual', value: 125.5e6, unit: 'USD' },
  { text: '9%', metric: 'revenue', period: 'Q3 2031', basis: 'change', value: 9, unit: '%', claim: false },
  { text: '$140 million', metric: 'revenue', period: 'Q3 2031', basis: 'actual', value: 140e6, unit: 'USD', role: 'analyst' },
  { text: '$130 million to $140 million', metric: 'revenue', period: 'Q4 2031', basis: 'guidance', value: 135e6, low: 130e6, high: 140e6, unit: 'USD' },
];

function judge(text = CALL, specs = SPECS, tol = DEFAULT_TOLERANCE): Judgement[] {
  const { lines, figures } = figuresIn(text, specs);
  return judgeLines(buildLedger(figures, lines, null).lines, tol);
}

function summary(js: Judgement[]): string[] {
  return js.map((j) => `${j.code} ${j.subject.statement.figure.text} vs ${j.reference.statement.figure.text}`).sort();
}

describe('guidance ledger within one call', () => {
  it('keeps each metric and period with its guidance, revision, expectation and actual', () => {
    const { lines, figures } = figuresIn(CALL, SPECS);
    const ledger = buildLedger(figures, lines, null);
    const revenue = ledger.lines.find((l) => l.metric === 'revenue' && formatPeriod(l.period) === 'Q3 2031');
    assert.ok(revenue);
    assert.deepEqual(
      revenue.guidance.map((g) => [g.value, g.revised, g.when]),
      [
        [120e6, false, 'August'],
        [125e6, true, 'September'],
      ],
    );
    assert.equal(revenue.actual?.value, 125.5e6);
    const outlook = ledger.lines.find((l) => formatPeriod(l.period) === 'Q4 2031');
    assert.deepEqual([outlook?.guidance[0].low, outlook?.guidance[0].high, outlook?.actual], [130e6, 140e6, null]);
    const service = ledger.lines.find((l) => l.metric === 'service revenue');
    assert.deepEqual([service?.actual?.low, service?.actual?.high], [-Infinity, 2e6]);
  });

  it('judges beats, misses, in-line results, revisions both ways, costs and expectations', () => {
    assert.deepEqual(summary(judge()), [
      'expectation.miss less than $2 million vs about $5 million',
      'guidance.beat $0.11 vs $0.10',
      'guidance.beat $125.5 million vs $120 million',
      'guidance.beat $24.8 million vs $26 million',
      'guidance.beat 51.6% vs around 51%',
      'guidance.inline $125.5 million vs $125 million',
      'guidance.lowered $0.10 vs $0.12',
      'guidance.lowered around 51% vs around 52%',
      'guidance.miss $0.11 vs $0.12',
      'guidance.miss $24.8 million vs about $24 million',
      'guidance.miss 51.6% vs around 52%',
      'guidance.raised $125 million vs $120 million',
      'guidance.raised $26 million vs about $24 million',
    ]);
  });

  it('writes both numbers and the difference: amount and percent, or points', () => {
    const byKey = new Map(judge().map((j) => [`${j.code} ${j.reference.statement.figure.text}`, judgementMessage(j)]));
    assert.equal(
      byKey.get('guidance.beat $120 million'),
      'Revenue $125.5M beat guidance $120M (August): +$5.5M, +4.6%; superseded by revised guidance $125M (September)',
    );
    assert.equal(
      byKey.get('guidance.miss around 52%'),
      'Gross margin 51.6% missed guidance around 52% (August): −0.4 points; superseded by revised guidance around 51% (September)',
    );
    assert.equal(byKey.get('guidance.beat around 51%'), 'Gross margin 51.6% beat revised guidance around 51% (September): +0.6 points');
    assert.equal(byKey.get('guidance.miss $0.12'), 'EPS $0.11 missed guidance $0.12 (August): −$0.01, −8.3%; superseded by revised guidance $0.10 (September)');
    assert.match(
      byKey.get('guidance.miss about $24 million') ?? '',
      /^Operating expenses \$24\.8M missed guidance about \$24M \(August\): \+\$0\.8M, \+3\.3% \(above guidance: unfavourable for operating expenses\); superseded by revised guidance \$26M \(September\)$/,
    );
    assert.match(byKey.get('guidance.beat $26 million') ?? '', /−\$1\.2M, −4\.6% \(below guidance: favourable for operating expenses\)$/);
    assert.equal(byKey.get('expectation.miss about $5 million'), 'Service revenue less than $2M missed expectation about $5M (September): −$3M, −60%');
    assert.equal(byKey.get('guidance.raised $120 million'), 'Revenue guidance for Q3 2031 raised from $120M (August) to $125M (September): +$5M, +4.2%');
  });

  it('measures ranges from the nearest bound and stays silent while there is no actual', () => {
    const text = 'We guided revenue of $130 million to $140 million.\nRevenue came in at $127 million.\nAnother quarter: revenue came in at $136 million.';
    const range: FigureSpec = {
      text: '$130 million to $140 million',
      metric: 'revenue',
      period: 'Q4 2031',
      basis: 'guidance',
      value: 135e6,
      low: 130e6,
      high: 140e6,
      unit: 'USD',
    };
    const below = judge(text, [range, { text: '$127 million', metric: 'revenue', period: 'Q4 2031', basis: 'actual', value: 127e6, unit: 'USD' }]);
    assert.equal(below.length, 1);
    assert.equal(judgementMessage(below[0]), 'Revenue $127M missed guidance $130M–$140M: −$3M, −2.3% below the range');
    const inside = judge(text, [range, { text: '$136 million', metric: 'revenue', period: 'Q4 2031', basis: 'actual', value: 136e6, unit: 'USD' }]);
    assert.deepEqual(
      inside.map((j) => j.code),
      ['guidance.inline'],
    );
    assert.deepEqual(judge(text, [range]), []);
  });

  it('lets the tolerance decide in line against beat', () => {
    assert.ok(summary(judge(CALL, SPECS, { percent: 5, points: 0.1 })).includes('guidance.inline $125.5 million vs $120 million'));
    assert.ok(summary(judge(CALL, SPECS, { percent: 0.1, points: 0.1 })).includes('guidance.beat $125.5 million vs $125 million'));
    assert.ok(summary(judge(CALL, SPECS, { percent: 1, points: 1 })).includes('guidance.inline 51.6% vs around 52%'));
  });

  it('ignores analysts, unattributed figures and changes, and counts a repeated guidance once', () => {
    const text = 'Guidance was $50 million. As we said, guidance was $50 million. Revenue was $49 million, up 3%. Someone said $60 million.';
    const js = judge(text, [
      { text: '$50 million', metric: 'revenue', period: 'Q1 2030', basis: 'guidance', value: 50e6, unit: 'USD' },
      { text: '$50 million', nth: 1, metric: 'revenue', period: 'Q1 2030', basis: 'guidance', value: 50e6, unit: 'USD' },
      { text: '$49 million', metric: 'revenue', period: 'Q1 2030', basis: 'actual', value: 49e6, unit: 'USD' },
      { text: '3%', metric: 'revenue', period: 'Q1 2030', basis: 'change', value: 3, unit: '%', claim: false },
      { text: '$60 million', metric: 'revenue', period: 'Q1 2030', basis: 'guidance', value: 60e6, unit: 'USD', role: 'analyst' },
      { text: '$60 million', metric: null, period: 'Q1 2030', basis: 'guidance', value: 60e6, unit: 'USD' },
    ]);
    assert.deepEqual(summary(js), ['guidance.miss $49 million vs $50 million']);
  });

  it('compares basis points with percentages in points', () => {
    const text = 'We guided operating margin of 12.5%. Operating margin was 12.0%, 50 basis points lower.';
    const js = judge(text, [
      { text: '12.5%', metric: 'operating margin', period: 'Q2 2030', basis: 'guidance', value: 12.5, unit: '%' },
      { text: '12.0%', metric: 'operating margin', period: 'Q2 2030', basis: 'actual', value: 12, unit: '%' },
    ]);
    assert.deepEqual(
      js.map((j) => judgementMessage(j)),
      ['Operating margin 12% missed guidance 12.5%: −0.5 points'],
    );
  });

  it("keeps only actuals of the call's own period, says when there is no difference, and counts inventory above guidance as unfavourable", () => {
    const text =
      'We guided inventory of $70 million and opex of $30 million for Q3. Inventory was $75 million and opex was $30 million. Next quarter opex is at $31 million.';
    const { lines, figures } = figuresIn(text, [
      { text: '$70 million', metric: 'inventory', period: 'Q3 2031', basis: 'guidance', value: 70e6, unit: 'USD' },
      { text: '$30 million', metric: 'opex', period: 'Q3 2031', basis: 'guidance', value: 30e6, unit: 'USD' },
      { text: '$75 million', metric: 'inventory', period: 'Q3 2031', basis: 'actual', value: 75e6, unit: 'USD' },
      { text: '$30 million', nth: 1, metric: 'opex', period: 'Q3 2031', basis: 'actual', value: 30e6, unit: 'USD' },
      { text: '$31 million', metric: 'opex', period: 'Q4 2031', basis: 'actual', value: 31e6, unit: 'USD' },
    ]);
    const transcript = {
      format: 'plain',
      meta: { ...emptyMeta(), period: periodOf('Q3 2031') },
      participants: [],
      sections: [],
      turns: [],
      exchanges: [],
      notes: [],
    };
    const ledger = buildLedger(figures, lines, transcript);
    assert.equal(
      ledger.lines.find((l) => formatPeriod(l.period) === 'Q4 2031'),
      undefined,
    );
    assert.deepEqual(
      judgeLines(ledger.lines, DEFAULT_TOLERANCE).map((j) => judgementMessage(j)),
      ['Inventory $75M missed guidance $70M: +$5M, +7.1% (above guidance: unfavourable for inventory)', 'Opex $30M in line with guidance $30M: no difference'],
    );
  });

  it('does not compare what cannot be one measure: revenue without a currency, values over 4x apart', () => {
    const text = 'Guidance: revenue 5, EPS $0.20, net income $10 million. Actual: revenue 3, EPS $1.17, net income $51 million.';
    const js = judge(text, [
      { text: '5', metric: 'revenue', period: 'Q1 2030', basis: 'guidance', value: 5, unit: 'count' },
      { text: '$0.20', metric: 'EPS', period: 'Q1 2030', basis: 'guidance', value: 0.2, unit: 'USD' },
      { text: '$10 million', metric: 'net income', period: 'Q1 2030', basis: 'guidance', value: 10e6, unit: 'USD' },
      { text: '3', metric: 'revenue', period: 'Q1 2030', basis: 'actual', value: 3, unit: 'count' },
      { text: '$1.17', metric: 'EPS', period: 'Q1 2030', basis: 'actual', value: 1.17, unit: 'USD' },
      { text: '$51 million', metric: 'net income', period: 'Q1 2030', basis: 'actual', value: 51e6, unit: 'USD' },
    ]);
    assert.deepEqual(js, []);
    const near = judge('EPS guidance $0.20; EPS was $0.75.', [
      { text: '$0.20', metric: 'EPS', period: 'Q1 2030', basis: 'guidance', value: 0.2, unit: 'USD' },
      { text: '$0.75', metric: 'EPS', period: 'Q1 2030', basis: 'actual', value: 0.75, unit: 'USD' },
    ]);
    assert.deepEqual(
      near.map((j) => judgementMessage(j)),
      ['EPS $0.75 beat guidance $0.20: +$0.55, +275%'],
    );
  });
});

describe('what a judgement is of, as written', () => {
  it('names the qualifier once when the metric carries it already', () => {
    assert.equal(subjectName({ metric: 'organic revenue', segment: 'organic', qualifier: 'organic' }), 'organic revenue');
    assert.equal(subjectName({ metric: 'gross margin', segment: null, qualifier: 'non-GAAP' }), 'non-GAAP gross margin');
  });
});
