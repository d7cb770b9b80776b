import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/core/analysis';
import { figureHover, type HoverContext } from '../../server/src/core/features/hover';
import { ledgerSection } from '../../server/src/core/features/ledgerHover';
import { formatValue } from '../../server/src/core/ledger/measure';
import { emptyMeta } from '../../server/src/core/model';
import { figuresIn, revenueSpec } from './ledgerFixtures';

/** A fictional call whose CEO states `n` different quarterly revenues, one a paragraph. */
function call(n: number): string {
  const head = [
    'THOMSON REUTERS STREETEVENTS',
    'EDITED TRANSCRIPT',
    'ZYXW - Q3 2031 Zephyr Widgets Corp. Earnings Conference Call',
    'EVENT DATE/TIME: NOVEMBER 04, 2031 / 10:00PM GMT',
    'CORPORATE PARTICIPANTS',
    'Tomas Lindqvist Zephyr Widgets Corp - CEO',
    'CONFERENCE CALL PARTICIPANTS',
    'Ivo Brandt Tarn Securities - Analyst',
    'PRESENTATION',
    'Tomas Lindqvist - Zephyr Widgets Corp - CEO',
  ];
  const body = Array.from({ length: n }, (_, i) => `Revenue for the quarter was $${100 + i}.5 million.`);
  return [...head, ...body].join('\n\n') + '\n';
}

function relatedLines(n: number): { card: string[]; hovered: number } {
  const a = analyse(call(n));
  const revenues = a.figures.filter((f) => f.metric === 'revenue');
  assert.equal(revenues.length, n);
  const f = revenues[Math.floor(n / 2)];
  const card = figureHover({ analysis: a, uri: 'untitled:t' }, f.range.start)!.contents as { value: string };
  return { card: card.value.split('\n').filter((l) => l.startsWith('- ')), hovered: f.range.start.line + 1 };
}

describe('hover: related statements of one metric and period', () => {
  it('lists every other statement when there are few', () => {
    const { card } = relatedLines(6);
    assert.equal(card.length, 5);
    assert.ok(card.every((l) => /^- vs actual \$\d+\.5M/.test(l)));
  });

  for (const n of [40, 700]) {
    it(`keeps the 12 nearest, in document order, and says there are more (${n} statements)`, () => {
      const { card, hovered } = relatedLines(n);
      assert.equal(card.length, 13);
      assert.match(card[12], /and more of this metric and period/);
      const lines = card.slice(0, 12).map((l) => Number(/\[line (\d+)\]/.exec(l)![1]));
      assert.deepEqual(
        lines,
        [...lines].sort((x, y) => x - y),
      );
      // Paragraphs are two lines apart: the nearest twelve lie within 14 lines either side.
      assert.ok(
        lines.every((l) => Math.abs(l - hovered) <= 14),
        `${lines} around ${hovered}`,
      );
    });
  }
});

describe('hover: whose statements count', () => {
  it('lists the company’s statements, not an analyst restating a number', () => {
    const text = [
      'THOMSON REUTERS STREETEVENTS',
      'EDITED TRANSCRIPT',
      'ZYXW - Q3 2031 Zephyr Widgets Corp. Earnings Conference Call',
      'CORPORATE PARTICIPANTS',
      'Tomas Lindqvist Zephyr Widgets Corp - CEO',
      'CONFERENCE CALL PARTICIPANTS',
      'Ivo Brandt Tarn Securities - Analyst',
      'CONFERENCE CALL PARTICIPANTS',
      'Priya Raman Northgate Securities - Analyst',
      'PRESENTATION',
      'Tomas Lindqvist - Zephyr Widgets Corp - CEO',
      'Gross margin for the quarter was 46.9%.',
      'QUESTIONS AND ANSWERS',
      'Priya Raman - Northgate Securities - Analyst',
      'Gross margin in the quarter was 47.5% by my math. Is that right?',
      'Tomas Lindqvist - Zephyr Widgets Corp - CEO',
      'No. Gross margin for the quarter was 46.9%, as I said, and last year it was 45.1%.',
    ].join('\n\n');
    const a = analyse(text);
    const analystFigure = a.figures.find((f) => f.text === '47.5%')!;
    assert.equal(analystFigure.role, 'analyst');
    const f = a.figures.find((x) => x.text === '46.9%')!;
    const card = (figureHover({ analysis: a, uri: 'untitled:t' }, f.range.start)!.contents as { value: string }).value;
    assert.doesNotMatch(card, /47\.5%/);
  });
});

describe('hover: like with like only', () => {
  // Fictional Brightwater Labs: quarterly sales, a one-off item of the same name, a segment, a non-GAAP figure.
  const text = [
    'Net sales for the quarter were $4.1 billion.',
    'We expect a charge within sales of $110 million to $125 million.',
    'Clinical Services sales were $900 million.',
    'Non-GAAP net sales were $4.0 billion.',
    'Guidance had been net sales of $4.0 billion; members were 15,100,000.',
  ].join('\n');
  const sales = revenueSpec;
  const { lines, figures } = figuresIn(text, [
    sales('$4.1 billion', 'actual', 4.1e9),
    sales('$110 million to $125 million', 'guidance', 117.5e6, { low: 110e6, high: 125e6 }),
    sales('$900 million', 'actual', 900e6, { segment: 'Clinical Services' }),
    sales('$4.0 billion', 'actual', 4e9, { qualifier: 'non-GAAP' }),
    sales('net sales of $4.0 billion', 'guidance', 4e9),
    { text: '15,100,000', metric: 'members', period: 'Q2 2032', basis: 'actual', value: 15.1e6, unit: 'count' },
  ]);
  const analysis = {
    lines,
    figures,
    transcript: { format: 'plain', meta: emptyMeta(), participants: [], sections: [], turns: [], exchanges: [], notes: [] },
  } as unknown as HoverContext['analysis'];
  const card = (t: string) =>
    (figureHover({ analysis, uri: 'untitled:b' }, figures.find((f) => f.text === t)!.range.start)!.contents as { value: string }).value;

  it('compares a figure only with the same segment, qualifier and scale of the same metric and period', () => {
    const c = card('$4.1 billion');
    assert.match(c, /vs guidance \$4B: \+\$100M, \+2\.5%/);
    assert.doesNotMatch(c, /110|900|27\d\d\d%/);
    assert.equal(c.split('\n').filter((l) => l.startsWith('- ')).length, 1, 'the non-GAAP figure is not listed either');
  });

  it('names the segment and qualifier, and writes large counts scaled', () => {
    assert.match(card('$900 million'), /^\*\*Clinical Services revenue · Q2 2032 · actual\*\*/);
    assert.match(card('$4.0 billion'), /^\*\*Non-GAAP revenue/);
    assert.match(formatValue(15.1e6, 'count'), /^15\.1M$/);
    assert.equal(formatValue(2300, 'count'), '2,300');
    assert.equal(formatValue(3.7e9, 'count'), '3.7B');
  });
});

describe('hover: the ledger rows', () => {
  it('shows a judgement published twice (within the call and across calls) once', () => {
    const { lines, figures } = figuresIn('Revenue was $43 million.', [
      { text: '$43 million', metric: 'revenue', period: 'Q2 2032', basis: 'actual', value: 43e6, unit: 'USD' },
    ]);
    const f = figures[0];
    const d = {
      range: f.range,
      code: 'guidance.miss',
      message: 'Revenue $43M missed guidance $44M: −$1M, −2.3%',
      relatedInformation: [
        { location: { uri: 'file:///q1.txt', range: { start: { line: 3, character: 4 }, end: { line: 3, character: 15 } } }, message: 'Guidance' },
      ],
    };
    const analysis = {
      lines,
      figures,
      transcript: { format: 'plain', meta: emptyMeta(), participants: [], sections: [], turns: [], exchanges: [], notes: [] },
    } as unknown as HoverContext['analysis'];
    const row = ledgerSection(() => [d, { ...d }, { ...d, code: 'guidance.beat' }])(f, { analysis, uri: 'file:///q2.txt' })!;
    assert.equal(row.split('\n').filter((l) => l.includes('`guidance.miss`')).length, 1);
    assert.equal(row.split('\n').filter((l) => l.startsWith('- ')).length, 2);
  });
});
