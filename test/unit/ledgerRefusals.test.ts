// What the ledger must refuse to compare, and what it must still compare, each on a short fictional
// call (Quillon Freight, Brightwater Labs…): a wrong warning costs more than a missing one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { defaultDiagnosticSettings, toDiagnostics } from '../../server/src/core/features/diagnostics';
import { judgementMessage } from '../../server/src/core/features/judgementText';
import { DEFAULT_TOLERANCE, judgeLines, type Judgement } from '../../server/src/core/ledger/judge';
import { buildLedger } from '../../server/src/core/ledger/ledger';
import { isRatioMetric, lowerIsBetter } from '../../server/src/core/ledger/measure';
import { emptyMeta } from '../../server/src/core/model';
import { figuresIn, revenueSpec, type FigureSpec } from './ledgerFixtures';
import { label, period as periodOf } from './periodLabels';

function judge(text: string, specs: FigureSpec[]): Judgement[] {
  const { lines, figures } = figuresIn(text, specs);
  return judgeLines(buildLedger(figures, lines, null).lines, DEFAULT_TOLERANCE);
}

const codes = (js: Judgement[]) => js.map((j) => `${j.code} ${j.subject.statement.figure.text} vs ${j.reference.statement.figure.text}`).sort();

const money = revenueSpec;

describe('ledger: results far from their guidance', () => {
  it("does not judge the company's sales far from their guidance, and still judges earnings and a segment that far", () => {
    const t =
      'We guided revenue of $1.6 billion. Revenue was $420 million. We guided EPS of $0.02. EPS was $0.06. Wren channel revenue was $1 million against the $4 million we expected.';
    assert.deepEqual(judge(t, [money('$1.6 billion', 'guidance', 1.6e9), money('$420 million', 'actual', 420e6)]), [], 'a quarter against the year');
    for (const metric of ['share repurchases', 'free cash flow'])
      assert.deepEqual(judge(t, [money('$1.6 billion', 'guidance', 1.6e9, { metric }), money('$420 million', 'actual', 420e6, { metric })]), [], metric);
    const eps = (text: string, basis: FigureSpec['basis'], value: number): FigureSpec => ({ ...money(text, basis, value), metric: 'EPS' });
    assert.deepEqual(codes(judge(t, [eps('$0.02', 'guidance', 0.02), eps('$0.06', 'actual', 0.06)])), ['guidance.beat $0.06 vs $0.02']);
    assert.deepEqual(judge(t, [eps('$0.02', 'guidance', 0.02), eps('$0.06', 'actual', 0)]), [], 'break-even against a profit guided');
    const wren = { segment: 'Wren channel', metric: 'Wren channel revenue' };
    assert.deepEqual(codes(judge(t, [money('$4 million', 'guidance', 4e6, wren), money('$1 million', 'actual', 1e6, wren)])), [
      'guidance.miss $1 million vs $4 million',
    ]);
  });
});

describe('ledger: growth guidance as an amount', () => {
  it('applies a sequential rate to a quarter, never to a year', () => {
    const t = 'Revenue was $90 million. We expect revenue to grow 10% sequentially.';
    const growth = (period: string) => {
      const specs: FigureSpec[] = [
        money('$90 million', 'actual', 90e6, { period: 'FY 2031' }),
        { text: '10%', metric: 'revenue', period, basis: 'guidance', value: 10, unit: '%' },
      ];
      const { lines, figures } = figuresIn(t, specs);
      return buildLedger(figures, lines, null).lines.flatMap((l) => [
        ...l.growth.map((g) => label(g.basePeriod)),
        ...l.guidance.flatMap((g) => g.derivation ?? []),
      ]);
    };
    assert.deepEqual(growth('FY 2032'), []);
    assert.deepEqual(growth('Q1 2032'), ['Q4 2031']);
  });
});

describe('ledger: segments and qualifiers', () => {
  const text =
    'We guided revenue of $400 million. Freight Services revenue was $610 million. Total revenue was $404 million. Freight Services revenue guidance had been $600 million.';

  it('never judges a segment against the total, nor the total against a segment', () => {
    const js = judge(text, [
      money('$400 million', 'guidance', 400e6),
      money('$610 million', 'actual', 610e6, { segment: 'Freight Services' }),
      money('$404 million', 'actual', 404e6),
      money('$600 million', 'guidance', 600e6, { segment: 'Freight Services' }),
    ]);
    assert.deepEqual(codes(js), ['guidance.beat $610 million vs $600 million', 'guidance.inline $404 million vs $400 million']);
    const seg = js.find((j) => j.segment !== null)!;
    assert.equal(seg.segment, 'Freight Services');
    assert.match(judgementMessage(seg), /^Freight Services revenue \$610M beat guidance \$600M/);
  });

  it('never judges a GAAP result against non-GAAP guidance, and reads "adjusted" as non-GAAP', () => {
    const t = 'We guided non-GAAP EPS of $0.50. GAAP EPS was $0.31. Adjusted EPS was $0.52.';
    const eps = (s: string, basis: FigureSpec['basis'], v: number, qualifier: FigureSpec['qualifier']): FigureSpec => ({
      text: s,
      metric: 'EPS',
      period: 'Q2 2032',
      basis,
      value: v,
      unit: 'USD',
      qualifier,
    });
    const js = judge(t, [eps('$0.50', 'guidance', 0.5, 'non-GAAP'), eps('$0.31', 'actual', 0.31, 'GAAP'), eps('$0.52', 'actual', 0.52, 'adjusted')]);
    assert.deepEqual(codes(js), ['guidance.beat $0.52 vs $0.50']);
    assert.equal(js[0].qualifier, 'non-GAAP');
    assert.match(judgementMessage(js[0]), /^Non-GAAP EPS \$0\.52 beat/);
  });

  it('never judges constant-currency growth against reported', () => {
    const t = 'We guided revenue of $300 million. In constant currency revenue was $330 million; reported revenue was $301 million.';
    const js = judge(t, [
      money('$300 million', 'guidance', 300e6, { qualifier: 'reported' }),
      money('$330 million', 'actual', 330e6, { qualifier: 'constant-currency' }),
      money('$301 million', 'actual', 301e6, { qualifier: 'reported' }),
    ]);
    assert.deepEqual(codes(js), ['guidance.inline $301 million vs $300 million']);
  });

  it('takes an unqualified figure as the one qualifier its call names, and leaves it out where the call names two', () => {
    const one = 'We guided non-GAAP operating margin of 20%. Operating margin was 21%.';
    const spec = (s: string, basis: FigureSpec['basis'], v: number, qualifier?: FigureSpec['qualifier']): FigureSpec => ({
      text: s,
      metric: 'operating margin',
      period: 'Q2 2032',
      basis,
      value: v,
      unit: '%',
      ...(qualifier ? { qualifier } : {}),
    });
    assert.deepEqual(codes(judge(one, [spec('20%', 'guidance', 20, 'non-GAAP'), spec('21%', 'actual', 21)])), ['guidance.beat 21% vs 20%']);
    const two = 'We guided non-GAAP operating margin of 20% and GAAP operating margin of 15%. Operating margin was 21%.';
    assert.deepEqual(judge(two, [spec('20%', 'guidance', 20, 'non-GAAP'), spec('15%', 'guidance', 15, 'GAAP'), spec('21%', 'actual', 21)]), []);
  });
});

describe('ledger: direction', () => {
  const pair = (metric: string, unit: string, guided: number, actual: number): Judgement => {
    const t = `Guidance ${guided}${unit === '%' ? '%' : ''}. Actual ${actual}${unit === '%' ? '%' : ''}.`;
    const js = judge(t, [
      { text: `${guided}`, metric, period: 'Q2 2032', basis: 'guidance', value: guided, unit },
      { text: `${actual}`, metric, period: 'Q2 2032', basis: 'actual', value: actual, unit },
    ]);
    assert.equal(js.length, 1, metric);
    return js[0];
  };

  it('counts a tax rate, churn, leverage and capital expenditure below guidance as favourable', () => {
    for (const [metric, unit] of [
      ['tax rate', '%'],
      ['churn', '%'],
      ['net leverage', 'x'],
      ['capital expenditures', 'USD'],
    ] as const) {
      const j = pair(metric, unit, 20, 18);
      assert.equal(j.code, 'guidance.beat', metric);
      assert.equal(j.higherIsBetter, false, metric);
      assert.match(judgementMessage(j), /\(below guidance: favourable for /);
    }
    assert.equal(pair('tax rate', '%', 20, 22).code, 'guidance.miss');
  });

  it('reads the head of the name: cost savings and a tax benefit are better higher, income tax expense lower', () => {
    assert.equal(pair('cost savings', 'USD', 20, 22).code, 'guidance.beat');
    assert.equal(pair('tax benefit', 'USD', 20, 22).code, 'guidance.beat');
    assert.equal(pair('income tax expense', 'USD', 20, 22).code, 'guidance.miss');
  });

  it('reads a loss given as a negative number as a signed income', () => {
    assert.equal(pair('net loss', 'USD', -40, -30).code, 'guidance.beat');
    assert.equal(pair('net loss', 'USD', 40, 30).code, 'guidance.beat');
    assert.equal(pair('net loss', 'USD', 40, 50).code, 'guidance.miss');
  });
});

describe('ledger: bounds and spreads', () => {
  it('judges an open bound only when the result falls on its far side', () => {
    const t = 'We expect revenue of at least $500 million. Revenue was $X.';
    const bound = money('at least $500 million', 'guidance', 500e6, { approx: 'at least' });
    const inside = judge(t.replace('$X', '$530 million'), [bound, money('$530 million', 'actual', 530e6)]);
    assert.deepEqual(inside, [], 'above "at least" says nothing of beat or in line');
    const below = judge(t.replace('$X', '$470 million'), [bound, money('$470 million', 'actual', 470e6)]);
    assert.deepEqual(
      below.map((j) => j.code),
      ['guidance.miss'],
    );
    assert.match(judgementMessage(below[0]), /missed guidance at least \$500M: −\$30M, −6%$/);
    const capex = 'Capital expenditures of up to $90 million. Capital expenditures were $95 million.';
    const js = judge(capex, [
      { text: 'up to $90 million', metric: 'capital expenditures', period: 'FY 2032', basis: 'guidance', value: 90e6, unit: 'USD', approx: 'up to' },
      { text: '$95 million', metric: 'capital expenditures', period: 'FY 2032', basis: 'actual', value: 95e6, unit: 'USD' },
    ]);
    assert.deepEqual(
      js.map((j) => j.code),
      ['guidance.miss'],
    );
  });

  it('refuses a spread read in the wrong unit, and never takes the spread for the guidance', () => {
    const t =
      'Revenue of $2.1 billion, plus or minus 3%. Operating margin of 40%, plus or minus 50 basis points. Revenue was $2.0 billion; operating margin was 35%.';
    const js = judge(t, [
      // As a reader that applied the spread in the wrong unit would give them.
      money('$2.1 billion, plus or minus 3%', 'guidance', 2.1e9, { low: 2.1e9 - 3, high: 2.1e9 + 3 }),
      { text: '3%', metric: 'revenue', period: 'Q2 2032', basis: 'guidance', value: 3, unit: '%' },
      {
        text: '40%, plus or minus 50 basis points',
        metric: 'operating margin',
        period: 'Q2 2032',
        basis: 'guidance',
        value: 40,
        low: -10,
        high: 90,
        unit: '%',
      },
      { text: '50 basis points', metric: 'operating margin', period: 'Q2 2032', basis: 'guidance', value: 50, unit: 'bps' },
      money('$2.0 billion', 'actual', 2e9),
      { text: '35%', metric: 'operating margin', period: 'Q2 2032', basis: 'actual', value: 35, unit: '%' },
    ]);
    assert.deepEqual(js, []);
  });

  it('judges a spread read right as a range, points for percentages', () => {
    const t = 'Operating margin of 40%, plus or minus 50 basis points. Operating margin was 41%.';
    const js = judge(t, [
      {
        text: '40%, plus or minus 50 basis points',
        metric: 'operating margin',
        period: 'Q2 2032',
        basis: 'guidance',
        value: 40,
        low: 39.5,
        high: 40.5,
        unit: '%',
      },
      { text: '41%', metric: 'operating margin', period: 'Q2 2032', basis: 'actual', value: 41, unit: '%' },
    ]);
    assert.deepEqual(
      js.map((j) => [j.code, j.difference.points, j.difference.outsideRange]),
      [['guidance.beat', 0.5, true]],
    );
  });
});

describe('ledger: whose statements, and which', () => {
  it('judges only management speaking in a turn: not a publisher summary, an analyst or an unplaced speaker', () => {
    const t =
      'Summary: revenue $450 million beat guidance. We guided revenue of $400 million. Analyst: we expected $430 million. Unplaced: revenue $410 million.';
    const js = judge(t, [
      money('$450 million', 'actual', 450e6, { turn: null }),
      money('$400 million', 'guidance', 400e6),
      money('$430 million', 'expectation', 430e6, { role: 'analyst' }),
      money('$410 million', 'actual', 410e6, { role: 'unknown' }),
    ]);
    assert.deepEqual(js, []);
  });

  it('never sets a quarter against a year, a target against a result, or a growth rate against an amount', () => {
    const t = 'Full-year revenue guidance $1.6 billion. Long-term target $500 million. Growth of 8%. Quarterly revenue was $420 million.';
    const js = judge(t, [
      money('$1.6 billion', 'guidance', 1.6e9, { period: 'FY 2032' }),
      money('$500 million', 'target', 500e6),
      money('8%', 'guidance', 8, { unit: '%' }),
      money('$420 million', 'actual', 420e6),
    ]);
    assert.deepEqual(js, []);
  });
});

describe('ledger: the speaker against the outlook', () => {
  const t = 'We guided revenue of $400 million. Revenue was $370 million, in line with our outlook.';
  const guided = money('$400 million', 'guidance', 400e6);

  it('makes no miss or beat where the speaker put the result elsewhere against the outlook, and keeps one they agree with', () => {
    assert.deepEqual(codes(judge(t, [guided, money('$370 million', 'actual', 370e6)])), ['guidance.miss $370 million vs $400 million']);
    assert.deepEqual(judge(t, [guided, money('$370 million', 'actual', 370e6, { said: 'inline' })]), []);
    assert.deepEqual(judge(t, [guided, money('$370 million', 'actual', 370e6, { said: 'above' })]), []);
    assert.deepEqual(codes(judge(t, [guided, money('$370 million', 'actual', 370e6, { said: 'below' })])), ['guidance.miss $370 million vs $400 million']);
  });

  it('keeps an in-line reading the speaker calls a little above: within the tolerance', () => {
    assert.deepEqual(codes(judge(t, [guided, money('$370 million', 'actual', 401e6, { said: 'above' })])), ['guidance.inline $370 million vs $400 million']);
  });
});

describe('ledger: superseded guidance', () => {
  const t = 'In April we guided revenue of $400 million. In May we raised it to $420 million. Revenue was $415 million.';
  const specs = [
    money('$400 million', 'guidance', 400e6, { statedIn: 'April' }),
    money('$420 million', 'revised-guidance', 420e6, { statedIn: 'May' }),
    money('$415 million', 'actual', 415e6),
  ];

  it('judges the actual against the latest guidance at the configured severity, the replaced one as a hint that names its successor', () => {
    const js = judge(t, specs);
    const old = js.find((j) => j.reference.statement.value === 400e6 && j.code !== 'guidance.raised')!;
    assert.equal(old.supersededBy?.statement.value, 420e6);
    assert.match(judgementMessage(old), /; superseded by revised guidance \$420M \(May\)$/);
    const latest = js.find((j) => j.reference.statement.value === 420e6)!;
    assert.equal(latest.supersededBy, null);
    const ds = toDiagnostics(js, 'file:///quillon.txt', defaultDiagnosticSettings());
    assert.deepEqual(ds.map((d) => [d.code, d.severity, (d.data as { superseded: boolean }).superseded]).sort(), [
      ['guidance.beat', DiagnosticSeverity.Hint, true],
      ['guidance.miss', DiagnosticSeverity.Warning, false],
      ['guidance.raised', DiagnosticSeverity.Information, false],
    ]);
  });

  it('carries the judgement as facts: what was compared, both statements, the difference and the direction', () => {
    const latest = judge(t, specs).find((j) => j.code === 'guidance.miss')!;
    assert.deepEqual(
      [latest.metric, latest.segment, latest.qualifier, label(latest.period), latest.side, latest.favourable, latest.higherIsBetter],
      ['revenue', null, null, 'Q2 2032', 'below', false, true],
    );
    assert.equal(latest.subject.statement.value, 415e6);
    assert.equal(latest.reference.statement.value, 420e6);
    assert.equal(latest.difference.amount, -5e6);
    assert.ok(Math.abs(latest.difference.percent! + 1.19) < 0.01);
    assert.equal(latest.difference.points, null);
  });
});

describe('ledger: growth against growth', () => {
  const transcript = (period: string, date: string) => ({
    format: 'plain',
    meta: { ...emptyMeta(), period: periodOf(period), date },
    participants: [],
    sections: [],
    turns: [],
    exchanges: [],
    notes: [],
  });
  const pct = (text: string, basis: FigureSpec['basis'], value: number, more: Partial<FigureSpec> = {}): FigureSpec => ({
    text,
    metric: 'revenue',
    period: 'Q2 2032',
    basis,
    value,
    unit: '%',
    ...more,
  });

  it('judges reported growth against guided growth in points, and the growth said with the level', () => {
    const t = 'In April we guided revenue growth of 6% to 8%. Mobility revenue was up 2%. Revenue was $500 million, up 9%.';
    const { lines, figures } = figuresIn(t, [
      pct('6% to 8%', 'guidance', 7, { low: 6, high: 8, statedIn: 'April' }),
      pct('2%', 'change', 2, { claim: false }),
      money('$500 million', 'actual', 500e6),
      pct('9%', 'change', 9, { claim: false }),
    ]);
    const js = judgeLines(buildLedger(figures, lines, transcript('Q2 2032', '2032-07-20')).lines, DEFAULT_TOLERANCE);
    assert.deepEqual(codes(js), ['guidance.beat 9% vs 6% to 8%']);
    assert.equal(js[0].metric, 'revenue growth');
    assert.match(judgementMessage(js[0]), /^Revenue growth 9% beat guidance 6%–8% \(April\): \+1 point above the range$/);
  });

  it('leaves two bare rates of one metric unjudged, and keeps sequential growth apart from year-over-year', () => {
    const t = 'In April we guided revenue growth of 6%. Revenue was up 2%. Revenue was up 9%. Revenue was up 12% sequentially.';
    const { lines, figures } = figuresIn(t, [
      pct('6%', 'guidance', 6, { statedIn: 'April' }),
      pct('2%', 'change', 2, { claim: false }),
      pct('9%', 'change', 9, { claim: false }),
      pct('12%', 'change', 12, { claim: false }),
    ]);
    assert.deepEqual(judgeLines(buildLedger(figures, lines, transcript('Q2 2032', '2032-07-20')).lines, DEFAULT_TOLERANCE), []);
  });

  it('reads a decline said before the rate as negative growth', () => {
    const t = 'In April we guided revenue to decline 3% to 5%. Revenue was $80 million, down 2%.';
    const { lines, figures } = figuresIn(t, [
      pct('3% to 5%', 'guidance', 4, { low: 3, high: 5, statedIn: 'April' }),
      money('$80 million', 'actual', 80e6),
      pct('2%', 'change', 2, { claim: false }),
    ]);
    const js = judgeLines(buildLedger(figures, lines, transcript('Q2 2032', '2032-07-20')).lines, DEFAULT_TOLERANCE);
    assert.deepEqual(
      js.map((j) => [j.code, j.subject.statement.value, j.reference.statement.low, j.reference.statement.high]),
      [['guidance.beat', -2, -5, -3]],
    );
  });

  it('holds an effect on a metric apart from the metric: "lost revenue of 1% to 2%", "a 2-point headwind"', () => {
    // The figure reader names the effect ("revenue impact", figures-kinds.test.ts); the ledger keeps it apart.
    const judged = (t: string, g: string, metric: string) => {
      const { lines, figures } = figuresIn(t, [
        pct(g, 'guidance', 1.5, { low: 1, high: 2, statedIn: 'April', metric }),
        pct('4%', 'change', 4, { claim: false }),
      ]);
      return judgeLines(buildLedger(figures, lines, transcript('Q2 2032', '2032-07-20')).lines, DEFAULT_TOLERANCE).map((j) => j.code);
    };
    assert.deepEqual(judged('In April we said the storm lost us revenue in the range of 1% to 2%. Revenue was up 4%.', '1% to 2%', 'revenue impact'), []);
    assert.deepEqual(judged('In April we guided revenue growth of 1% to 2%. Revenue was up 4%.', '1% to 2%', 'revenue'), ['guidance.beat']);
  });

  it('reads "down over 2%" as a decline, and leaves a change since an earlier year unjudged', () => {
    const judged = (t: string) => {
      const { lines, figures } = figuresIn(t, [pct('1%', 'guidance', 1, { statedIn: 'April' }), pct('2%', 'change', 2, { claim: false })]);
      return judgeLines(buildLedger(figures, lines, transcript('Q2 2032', '2032-07-20')).lines, DEFAULT_TOLERANCE).map((j) => [
        j.code,
        j.subject.statement.value,
      ]);
    };
    assert.deepEqual(judged('In April we guided revenue to decline 1%. Revenue was down over 2% on the year.'), [['guidance.miss', -2]]);
    assert.deepEqual(judged('In April we guided revenue to decline 1%. Revenue was down over 2% since 2029.'), []);
    assert.deepEqual(judged('In April we guided revenue to decline 1%. Revenue was down over 2% from 2031.'), [['guidance.miss', -2]]);
  });

  it('reads a decline named after a change in points as negative, and judges it against the guided change', () => {
    const t = 'In April we guided a 3-point decline in gross margin. This quarter saw a 1 point decline in gross margin.';
    const pts = (text: string, basis: FigureSpec['basis'], more: Partial<FigureSpec> = {}): FigureSpec => ({
      text,
      metric: 'gross margin',
      period: 'Q2 2032',
      basis,
      value: Number.parseFloat(text),
      unit: 'pt',
      ...more,
    });
    const { lines, figures } = figuresIn(t, [pts('3-point', 'guidance', { statedIn: 'April' }), pts('1 point', 'change', { claim: false })]);
    const js = judgeLines(buildLedger(figures, lines, transcript('Q2 2032', '2032-07-20')).lines, DEFAULT_TOLERANCE);
    assert.deepEqual(
      js.map((j) => [j.code, j.metric, j.subject.statement.value, j.reference.statement.value]),
      [['guidance.beat', 'gross margin change', -1, -3]],
    );
    assert.match(judgementMessage(js[0]), /^Gross margin change -1 point beat guidance -3 points \(April\): \+2 points$/);
  });
});

describe('ledger: what the reporting call says of its own period', () => {
  const transcript = {
    format: 'plain',
    meta: { ...emptyMeta(), period: periodOf('Q2 2032'), date: '2032-07-20' },
    participants: [],
    sections: [],
    turns: [],
    exchanges: [],
    notes: [],
  };
  const judgeCall = (t: string, specs: FigureSpec[]) => {
    const { lines, figures } = figuresIn(t, specs);
    return judgeLines(buildLedger(figures, lines, transcript).lines, DEFAULT_TOLERANCE);
  };

  it("holds no revision of a plan years ahead, and still judges next year's guidance", () => {
    const t =
      'In April we planned cash of $65 million by 2036. We now plan $75 million by 2036. In April we guided 2033 revenue of $2 billion. We now guide $2.2 billion.';
    const cash = (text: string, basis: FigureSpec['basis'], value: number, more: Partial<FigureSpec> = {}) =>
      money(text, basis, value, { metric: 'cash', period: 'FY 2036', ...more });
    const year = (text: string, basis: FigureSpec['basis'], value: number, more: Partial<FigureSpec> = {}) =>
      money(text, basis, value, { period: 'FY 2033', ...more });
    const js = judgeCall(t, [
      cash('$65 million', 'guidance', 65e6, { statedIn: 'April' }),
      cash('$75 million', 'revised-guidance', 75e6),
      year('$2 billion', 'guidance', 2e9, { statedIn: 'April' }),
      year('$2.2 billion', 'revised-guidance', 2.2e9),
    ]);
    assert.deepEqual(codes(js), ['guidance.raised $2.2 billion vs $2 billion']);
  });

  it('takes guidance for the reported period only when recalled: dated before the call, or set against the result', () => {
    const actual = money('$500 million', 'actual', 500e6);
    const undated = 'Revenue was $500 million. We expect revenue of $520 million.';
    assert.deepEqual(judgeCall(undated, [actual, money('$520 million', 'guidance', 520e6)]), [], 'an outlook misread as the period it reports');
    const recalled = 'Revenue was $500 million, ahead of the $480 million we had guided.';
    assert.deepEqual(codes(judgeCall(recalled, [actual, money('$480 million', 'guidance', 480e6)])), ['guidance.beat $500 million vs $480 million']);
    const thisMonth = 'Revenue was $500 million. In July we expect revenue of $520 million.';
    assert.deepEqual(judgeCall(thisMonth, [actual, money('$520 million', 'guidance', 520e6, { statedIn: 'July' })]), [], "dated the call's own month");
    const revision = 'Revenue was $500 million. We are raising revenue to $520 million.';
    assert.deepEqual(judgeCall(revision, [actual, money('$520 million', 'revised-guidance', 520e6)]), [], 'a revision cannot be for a closed period');
  });

  it('never sets a margin level against a change in basis points, nor percentages far apart', () => {
    const t = 'In April we guided operating margin of 20% and an improvement of 150 basis points. Operating margin was 21%. Segment margin was 45%.';
    const margin = (text: string, basis: FigureSpec['basis'], value: number, unit: string, more: Partial<FigureSpec> = {}): FigureSpec => ({
      text,
      metric: 'operating margin',
      period: 'Q2 2032',
      basis,
      value,
      unit,
      statedIn: 'April',
      ...more,
    });
    assert.deepEqual(
      codes(judgeCall(t, [margin('20%', 'guidance', 20, '%'), margin('150 basis points', 'guidance', 150, 'bps'), margin('21%', 'actual', 21, '%')])),
      ['guidance.beat 21% vs 20%'],
    );
    assert.deepEqual(judgeCall(t, [margin('20%', 'guidance', 20, '%'), margin('45%', 'actual', 45, '%')]), []);
  });
});

describe('ledger: what is no number to judge', () => {
  it('leaves word ranges, a scale read as the metric, and a sign flip far past the guide unjudged; keeps break even', () => {
    const t =
      'We guided revenue growth in the high single digits and EPS of break even. Revenue grew 8%; EPS was $0.01. Million guided 57 million; million was 55 million. Cash flow guide $60 million; cash flow was negative $10 million.';
    const js = judge(t, [
      { text: 'high single digits', metric: 'revenue', period: 'Q2 2032', basis: 'guidance', value: 8, low: 7, high: 9, unit: '%', statedIn: 'April' },
      { text: '8%', metric: 'revenue', period: 'Q2 2032', basis: 'change', value: 8, unit: '%', claim: false },
      { text: 'break even', metric: 'EPS', period: 'Q2 2032', basis: 'guidance', value: 0, unit: 'USD' },
      { text: '$0.01', metric: 'EPS', period: 'Q2 2032', basis: 'actual', value: 0.01, unit: 'USD' },
      { text: '57 million', metric: 'million', period: 'Q2 2032', basis: 'guidance', value: 57e6, unit: 'count' },
      { text: '55 million', metric: 'million', period: 'Q2 2032', basis: 'actual', value: 55e6, unit: 'count' },
      money('$60 million', 'guidance', 60e6, { metric: 'cash flow' }),
      money('negative $10 million', 'actual', -10e6, { metric: 'cash flow' }),
    ]);
    assert.deepEqual(codes(js), ['guidance.beat $0.01 vs break even']);
  });
});

describe('ledger: a share of revenue', () => {
  it('is a ratio whose direction is that of what it is a share of', () => {
    // Spending as a share of revenue: lower is better, and a change of it is in points.
    assert.equal(lowerIsBetter('operating expenses (% of revenue)'), true);
    assert.equal(lowerIsBetter('spending as a percentage of sales'), true);
    assert.equal(isRatioMetric('operating expenses (% of revenue)'), true);
    assert.equal(lowerIsBetter('revenue'), false);
    assert.equal(lowerIsBetter('operating income'), false);
    // The head of "cost of revenue" is the cost.
    assert.equal(lowerIsBetter('cost of revenue'), true);
  });
});

describe('ledger: shares that do not say whose', () => {
  it('does not judge one "share of revenue" against another, and still judges a named ratio', () => {
    const t = 'We expect adjacent products to make up 12% of revenue. Around 10% of our revenue is memory.';
    const share = (text: string, basis: FigureSpec['basis'], value: number): FigureSpec => ({
      text,
      metric: 'share of revenue',
      period: 'Q2 2032',
      basis,
      value,
      unit: '%',
    });
    assert.deepEqual(judge(t, [share('12%', 'guidance', 12), share('10%', 'actual', 10)]), []);
    const ratio = (text: string, basis: FigureSpec['basis'], value: number): FigureSpec => ({ ...share(text, basis, value), metric: 'gross margin' });
    assert.deepEqual(codes(judge(t, [ratio('12%', 'guidance', 12), ratio('10%', 'actual', 10)])), ['guidance.miss 10% vs 12%']);
  });
});

describe('ledger: the share count', () => {
  it('is better lower (more earnings per share), and market share or buybacks are not counts of shares', () => {
    const t = 'We expect EPS based on 86.2 million diluted shares. EPS was based on 85.3 million diluted shares.';
    const shares = (text: string, basis: FigureSpec['basis'], value: number) => money(text, basis, value, { metric: 'shares', unit: 'shares' });
    assert.deepEqual(codes(judge(t, [shares('86.2 million', 'guidance', 86.2e6), shares('85.3 million', 'actual', 85.3e6)])), [
      'guidance.beat 85.3 million vs 86.2 million',
    ]);
    assert.equal(lowerIsBetter('diluted shares outstanding'), true);
    assert.equal(lowerIsBetter('market share'), false);
    assert.equal(lowerIsBetter('share repurchases'), false);
  });
});

describe('ledger: growth guided beside a ranged level', () => {
  it("carries the level's spread: a result inside the level's range is in line on growth too", () => {
    const t =
      'We expect revenue of approximately $1.8 billion, plus or minus $50 million, an increase of approximately 42% year-over-year. Revenue grew 40% year-over-year.';
    const growth = (text: string, basis: FigureSpec['basis'], value: number) => money(text, basis, value, { unit: '%' });
    const level = money('$1.8 billion, plus or minus $50 million', 'guidance', 1.8e9, { low: 1.75e9, high: 1.85e9 });
    const specs = [growth('approximately 42%', 'guidance', 42), growth('40%', 'actual', 40)];
    assert.deepEqual(codes(judge(t, specs)), ['guidance.miss 40% vs approximately 42%'], 'a point without the level beside it');
    const js = judge(t, [level, ...specs]);
    assert.deepEqual(codes(js), ['guidance.inline 40% vs approximately 42%']);
    assert.match(judgementMessage(js[0]!), /38\.06%–45\.94% \(approximately 42% on the range of \$1\.8 billion, plus or minus \$50 million\)/);
  });
});

describe('ledger: revisions far from the guidance before', () => {
  it("does not call the company's sales or spending revised across a gap no revision makes, and still does for earnings", () => {
    const t = 'In April we guided capex of $1.2 billion. In July we raised it to $2 billion. In October we raised it to $1.5 billion.';
    const capex = (text: string, basis: FigureSpec['basis'], value: number, statedIn: string) =>
      money(text, basis, value, { metric: 'capital expenditures', statedIn });
    assert.deepEqual(codes(judge(t, [capex('$1.2 billion', 'guidance', 1.2e9, 'April'), capex('$2 billion', 'revised-guidance', 2e9, 'July')])), []);
    assert.deepEqual(codes(judge(t, [capex('$1.2 billion', 'guidance', 1.2e9, 'April'), capex('$1.5 billion', 'revised-guidance', 1.5e9, 'October')])), [
      'guidance.raised $1.5 billion vs $1.2 billion',
    ]);
    const eps = (text: string, basis: FigureSpec['basis'], value: number, statedIn: string) => money(text, basis, value, { metric: 'EPS', statedIn });
    assert.deepEqual(codes(judge(t, [eps('$1.2 billion', 'guidance', 1.2, 'April'), eps('$2 billion', 'revised-guidance', 2, 'July')])), [
      'guidance.raised $2 billion vs $1.2 billion',
    ]);
  });
});

describe('ledger: guidance said again', () => {
  it('keeps a range once when its point is said again unrevised, and a revision to that point as a revision', () => {
    const t = 'We expect revenue of $390 million to $410 million. So our revenue guidance is $400 million.';
    const line = (again: Partial<FigureSpec>) => {
      const { lines, figures } = figuresIn(t, [
        money('$390 million to $410 million', 'guidance', 400e6, { low: 390e6, high: 410e6 }),
        money('$400 million', 'guidance', 400e6, again),
      ]);
      return buildLedger(figures, lines, null).lines[0]!.guidance.map((g) => g.figure.text);
    };
    assert.deepEqual(line({}), ['$390 million to $410 million']);
    assert.deepEqual(line({ basis: 'revised-guidance' }), ['$390 million to $410 million', '$400 million']);
  });
});

describe('ledger: revisions said together', () => {
  it('judges no revision between two revised figures of one paragraph, and one against the outlook moved from', () => {
    const t = 'We raised our outlook to roughly flat to up 1% to 1.5%.';
    const specs = (first: Partial<FigureSpec>): FigureSpec[] => [
      { text: 'flat', metric: 'revenue growth', period: 'Q2 2032', basis: 'revised-guidance', value: 0, unit: '%', ...first },
      { text: '1% to 1.5%', metric: 'revenue growth', period: 'Q2 2032', basis: 'revised-guidance', value: 1.25, low: 1, high: 1.5, unit: '%' },
    ];
    assert.deepEqual(judge(t, specs({})), []);
    assert.deepEqual(codes(judge(t, specs({ basis: 'guidance', revisedFrom: true }))), ['guidance.raised 1% to 1.5% vs flat']);
  });
});

describe('ledger: growth bounded on one side', () => {
  it('implies no amount from "flat to down" growth', () => {
    const t = 'Revenue was $100 million. We expect revenue to be flat to down year over year.';
    const { lines, figures } = figuresIn(t, [
      money('$100 million', 'actual', 100e6, { period: 'FY 2031' }),
      { text: 'flat to down', metric: 'revenue', period: 'FY 2032', basis: 'guidance', value: 0, unit: '%', approx: 'at most' },
    ]);
    const ahead = buildLedger(figures, lines, null).lines.filter((l) => l.metric === 'revenue' && label(l.period) === 'FY 2032');
    assert.deepEqual(
      ahead.flatMap((l) => [...l.guidance, ...l.growth]),
      [],
    );
  });
});
