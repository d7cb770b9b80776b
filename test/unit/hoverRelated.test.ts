import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/core/analysis';
import { figureHover } from '../../server/src/core/features/hover';

/** A fictional call whose CEO states `n` different quarterly revenues, one a paragraph. */
function call(n: number): string {
  const head = [
    'THOMSON REUTERS STREETEVENTS', 'EDITED TRANSCRIPT', 'ZYXW - Q3 2031 Zephyr Widgets Corp. Earnings Conference Call',
    'EVENT DATE/TIME: NOVEMBER 04, 2031 / 10:00PM GMT', 'CORPORATE PARTICIPANTS', 'Tomas Lindqvist Zephyr Widgets Corp - CEO',
    'PRESENTATION', 'Tomas Lindqvist - Zephyr Widgets Corp - CEO',
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
      assert.deepEqual(lines, [...lines].sort((x, y) => x - y));
      // Paragraphs are two lines apart: the nearest twelve lie within 14 lines either side.
      assert.ok(lines.every((l) => Math.abs(l - hovered) <= 14), `${lines} around ${hovered}`);
    });
  }
});

describe('hover: whose statements count', () => {
  it('lists the company’s statements, not an analyst restating a number', () => {
    const text = [
      'THOMSON REUTERS STREETEVENTS', 'EDITED TRANSCRIPT', 'ZYXW - Q3 2031 Zephyr Widgets Corp. Earnings Conference Call',
      'CORPORATE PARTICIPANTS', 'Tomas Lindqvist Zephyr Widgets Corp - CEO', 'CONFERENCE CALL PARTICIPANTS', 'Priya Raman Northgate Securities - Analyst',
      'PRESENTATION', 'Tomas Lindqvist - Zephyr Widgets Corp - CEO', 'Gross margin for the quarter was 46.9%.',
      'QUESTIONS AND ANSWERS', 'Priya Raman - Northgate Securities - Analyst', 'Gross margin in the quarter was 47.5% by my math. Is that right?',
      'Tomas Lindqvist - Zephyr Widgets Corp - CEO', 'No. Gross margin for the quarter was 46.9%, as I said, and last year it was 45.1%.',
    ].join('\n\n');
    const a = analyse(text);
    const analystFigure = a.figures.find((f) => f.text === '47.5%')!;
    assert.equal(analystFigure.role, 'analyst');
    const f = a.figures.find((x) => x.text === '46.9%')!;
    const card = (figureHover({ analysis: a, uri: 'untitled:t' }, f.range.start)!.contents as { value: string }).value;
    assert.doesNotMatch(card, /47\.5%/);
  });
});
