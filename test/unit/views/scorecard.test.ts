// The scorecard, outlook and history as data, on a fictional merged file of two calls of one
// company: each outlook change (raised, lowered, narrowed, widened, reaffirmed, new, dropped) has a case.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { period } from '../periodLabels';
import {
  analyse,
  callLedger,
  callName,
  callScorecard,
  documentJudgements,
  exportRows,
  formatExport,
  historyPoints,
  previousCall,
  type OtherCall,
} from '../../../server/src/core';

function call(quarter: string, date: string, remarks: string): string {
  return `THOMSON REUTERS STREETEVENTS

EDITED TRANSCRIPT

WFLD - ${quarter} Wexford Looms Inc. Earnings Conference Call

EVENT DATE/TIME: ${date} / 9:00PM GMT


CORPORATE PARTICIPANTS

Ines Varga Wexford Looms Inc - CFO

CONFERENCE CALL PARTICIPANTS

Paul Obi Tarn Securities - Analyst

PRESENTATION

Operator

Welcome to the Wexford Looms call. This call is fictional.

Ines Varga - Wexford Looms Inc - CFO

${remarks}

QUESTIONS AND ANSWERS

Operator

This concludes the call.
`;
}

const first = call(
  'Q1 2031',
  'APRIL 22, 2031',
  [
    'Revenue for the first quarter was $50 million.',
    'For the second quarter, we expect revenue of $54 million to $56 million and gross margin of approximately 45%.',
    'For the full year 2031, we expect revenue of $220 million to $230 million, operating expenses of $80 million to $84 million and diluted EPS of $1.00 to $1.20.',
    'For the full year 2031, we expect capital expenditures of $12 million to $14 million.',
    'For the full year 2031, we expect a tax rate of 21% and free cash flow of $30 million to $34 million.',
  ].join(' '),
);
const second = call(
  'Q2 2031',
  'JULY 22, 2031',
  [
    'Revenue for the second quarter was $57 million and gross margin was 44.2%.',
    'For the full year 2031, we expect revenue of $226 million to $236 million, operating expenses of $78 million to $82 million and diluted EPS of $1.05 to $1.15.',
    'For the third quarter, we expect revenue of $58 million to $60 million.',
    'For the full year 2031, we expect a tax rate of 21% and free cash flow of $29 million to $35 million.',
  ].join(' '),
);

const uri = 'file:///calls/wexford.txt';
const a = analyse(`${first}\n${second}`);
const tol = { percent: 1, points: 0.1 };
const judgements = documentJudgements(a.calls, tol);
const ctx = { uri, callName: (u: string) => u };
const others: OtherCall[] = a.calls.flatMap((c) => {
  const ledger = callLedger(uri, c.transcript.meta, c.ledger.lines);
  return ledger ? [{ ledger, name: callName(ledger), start: c.start }] : [];
});

describe('scorecard and outlook of a call', () => {
  it('the merged file holds two calls of one company', () => {
    assert.equal(a.calls.length, 2);
    assert.equal(others.length, 2);
    assert.deepEqual(previousCall(a.calls[1].transcript.meta.period, others)?.ledger.period, period('Q1 2031'));
    assert.equal(previousCall(a.calls[0].transcript.meta.period, others), null);
  });

  const card = callScorecard(a.calls, 1, judgements, previousCall(a.calls[1].transcript.meta.period, others), ctx, 'WFLD · Q2 2031');

  it("rows hold the earlier call's guidance, the actual and the verdict, each where it was said", () => {
    const revenue = card.rows.find((r) => r.metric.toLowerCase() === 'revenue' && r.period === 'Q2 2031');
    assert.ok(revenue, card.rows.map((r) => `${r.metric} ${r.period}`).join(', '));
    assert.equal(revenue.actual?.label, '$57M');
    assert.deepEqual(
      revenue.guidance.map((g) => g.label),
      ['$54M–$56M'],
    );
    assert.ok(revenue.guidance[0].place.range.start.line < a.calls[1].start, 'the guidance is in the first call');
    assert.deepEqual(
      revenue.verdicts.map((v) => v.code),
      ['guidance.beat'],
    );
    assert.ok(Math.abs(revenue.verdicts[0].delta! - ((57 - 55) / 55) * 100) < 1e-9);
    assert.ok(card.counts.beat >= 1);
  });

  it("the outlook sets each coming period's guidance against the previous call's", () => {
    const change = (metric: RegExp, period: string) => card.outlook.find((r) => metric.test(r.metric) && r.period === period)?.change;
    assert.equal(change(/^revenue$/i, 'FY 2031'), 'raised', JSON.stringify(card.outlook.map((r) => [r.metric, r.period, r.change])));
    assert.equal(change(/operating expense/i, 'FY 2031'), 'lowered');
    assert.equal(change(/eps/i, 'FY 2031'), 'narrowed');
    assert.equal(change(/capital expenditure|capex/i, 'FY 2031'), 'dropped');
    assert.equal(change(/^revenue$/i, 'Q3 2031'), 'new');
    assert.equal(change(/tax rate/i, 'FY 2031'), 'reaffirmed');
    assert.equal(change(/free cash flow/i, 'FY 2031'), 'widened', 'the same middle, a wider range');
    const dropped = card.outlook.find((r) => r.change === 'dropped')!;
    assert.equal(dropped.now, null);
    assert.ok(dropped.before && dropped.before.place.range.start.line < a.calls[1].start);
  });

  it('a call with no earlier call says so, and has only new items', () => {
    const firstCard = callScorecard(a.calls, 0, judgements, null, ctx, 'WFLD · Q1 2031');
    assert.equal(firstCard.previousCall, null);
    assert.ok(firstCard.outlook.length > 0 && firstCard.outlook.every((r) => r.change === 'new'));
  });

  it("a metric's history runs over both calls in period order", () => {
    const points = historyPoints(others, 'revenue', null);
    assert.deepEqual([...new Set(points.map((p) => p.period))], ['Q1 2031', 'Q2 2031', 'Q3 2031', 'FY 2031']);
    assert.equal(points.find((p) => p.period === 'Q2 2031' && p.actual)?.actual?.label, '$57M');
  });
});

describe('export', () => {
  const rows = exportRows('wexford.txt', uri, a.calls, judgements, (u) => u);

  it('one row a figure and one a judgement, placed in the document', () => {
    assert.equal(rows.filter((r) => r.record === 'figure').length, a.figures.length);
    assert.equal(rows.filter((r) => r.record === 'judgement').length, judgements.filter((j) => j.subject.uri === null).length);
    const actual = rows.find((r) => r.record === 'figure' && r.text === '$57 million')!;
    assert.equal(
      a.lines
        .line(actual.line - 1)
        .slice(actual.column - 1)
        .startsWith('$57 million'),
      true,
    );
    assert.equal(actual.ticker, 'WFLD');
    assert.equal(actual.call, 'Q2 2031');
  });

  it('CSV quotes what needs quoting and has a row per record', () => {
    const csv = formatExport(rows, 'csv');
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines.length, rows.length + 1);
    assert.match(lines[0], /^record,file,line,column,ticker/);
    const judged = rows.find((r) => r.record === 'judgement')!;
    assert.ok(judged.message.includes(','), 'a message with a comma');
    assert.ok(csv.includes(`"${judged.message.replace(/"/g, '""')}"`));
  });

  it('JSON and Markdown carry the same rows', () => {
    assert.equal((JSON.parse(formatExport(rows, 'json')) as { rows: unknown[] }).rows.length, rows.length);
    const md = formatExport(rows, 'md');
    assert.equal(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| file') && !l.startsWith('| ---')).length, rows.length);
  });
});

describe('scorecard verdicts against replaced guidance', () => {
  const revised = call(
    'Q2 2031',
    'JULY 22, 2031',
    [
      'In April, we guided second quarter revenue of $400 million.',
      'In May, we raised our second quarter revenue guidance to $420 million.',
      'Revenue for the second quarter was $415 million.',
    ].join(' '),
  );
  const b = analyse(revised);
  const card = callScorecard(b.calls, 0, documentJudgements(b.calls, tol), null, ctx, 'WFLD · Q2 2031');

  it('shows the verdict on the latest guidance first and counts each result once', () => {
    const revenue = card.rows.find((r) => r.metric.toLowerCase() === 'revenue' && r.period === 'Q2 2031');
    assert.ok(revenue, card.rows.map((r) => `${r.metric} ${r.period}`).join(', '));
    assert.deepEqual(
      revenue.verdicts.map((v) => [v.code, v.superseded]),
      [
        ['guidance.miss', false],
        ['guidance.raised', false],
        ['guidance.beat', true],
      ],
    );
    assert.deepEqual([card.counts.raised, card.counts.miss, card.counts.beat], [1, 1, 0]);
  });
});
