// The call's identity: what the status item is told (uncertain, and why), the period set by hand
// written as the ledger writes periods, and applied to a file's first call only, edits or not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, DEFAULT_OPTIONS } from '../../server/src/core/analysis';
import { callInfo, canonicalPeriod } from '../../server/src/core/features/callInfo';
import { generateCall } from '../generate';
import { label } from './periodLabels';

// Fictional: three people who each speak twice, and no quarter or year anywhere.
const CALL = [
  'Kestrel Looms Earnings Call',
  '',
  'Operator',
  '',
  'Welcome to the Kestrel Looms call. This call is fictional.',
  '',
  'Ada Finch - Kestrel Looms - CFO',
  '',
  'We guided revenue for the quarter of $10 million to $11 million. Revenue for the quarter was $12 million.',
  '',
  'Operator',
  '',
  'Our first question comes from Rui Park of Sable Bank.',
  '',
  'Rui Park - Sable Bank - Analyst',
  '',
  'What drove it?',
  '',
  'Ada Finch - Kestrel Looms - CFO',
  '',
  'Yarn.',
  '',
  'Rui Park - Sable Bank - Analyst',
  '',
  'Thanks.',
  '',
  'Operator',
  '',
  'Our next question comes from Noor Hale of Brook Partners.',
  '',
  'Noor Hale - Brook Partners - Analyst',
  '',
  'And margins?',
  '',
  'Ada Finch - Kestrel Looms - CFO',
  '',
  'Flat.',
  '',
  'Noor Hale - Brook Partners - Analyst',
  '',
  'Thanks.',
  '',
].join('\n');

const identity = { company: null, ticker: 'KSTL', period: 'Q2 2031' };

describe('call info', () => {
  it('is uncertain without a period, saying so, and certain once the period is set by hand', () => {
    const read = callInfo(analyse(CALL).calls[0].transcript, 1);
    assert.equal(read.period, null);
    assert.equal(read.uncertain, true);
    assert.deepEqual(
      read.reasons.filter((r) => /period/.test(r)),
      read.reasons,
    );
    const set = callInfo(analyse(CALL, { ...DEFAULT_OPTIONS, identity }).calls[0].transcript, 1);
    assert.equal(set.period, 'Q2 2031');
    assert.equal(set.ticker, 'KSTL');
    assert.equal(set.company, read.company, 'a field not set keeps what the reader found');
    assert.equal(set.uncertain, false, set.reasons.join(' '));
    // No date to place the quarter by: the calendar year is assumed, and said to be.
    assert.equal(read.fiscalYear, null);
    assert.match(set.fiscalYear ?? '', /assumed to end in December/);
  });

  it('reports a text with no speaker turns as uncertain', () => {
    const info = callInfo(analyse('Milk, eggs, bread.\nCall the plumber.\n').calls[0].transcript, 1);
    assert.equal(info.turns, 0);
    assert.ok(info.uncertain);
    assert.ok(info.reasons.some((r) => /turns/.test(r)));
  });

  it('writes a period given by hand as the ledger does, and refuses what is no period', () => {
    assert.equal(canonicalPeriod(' q3 2031 '), 'Q3 2031');
    assert.equal(canonicalPeriod('H1 2031'), 'H1 2031');
    assert.equal(canonicalPeriod('FY 2031'), 'FY 2031');
    assert.equal(canonicalPeriod('soon'), null);
    assert.equal(canonicalPeriod(''), null);
  });

  it("gives a merged file's first call the identity, and its later calls keep their own", () => {
    const calls = [generateCall(41), generateCall(42)];
    const a = analyse(calls.map((c) => c.text).join('\n\n'), { ...DEFAULT_OPTIONS, identity });
    assert.equal(a.calls.length, 2);
    assert.equal(label(a.calls[0].transcript.meta.period), 'Q2 2031');
    assert.equal(a.calls[1].transcript.meta.ticker, calls[1].ticker);
    assert.notEqual(label(a.calls[1].transcript.meta.period), 'Q2 2031');
  });

  it('keeps the identity when an edit in the first call has it read again', () => {
    const options = { ...DEFAULT_OPTIONS, identity };
    const before = analyse(CALL, options);
    const line = CALL.split('\n').indexOf('Yarn.');
    const text = CALL.replace('Yarn.', 'Wool.');
    const after = analyse(text, options, before, [{ range: { start: { line, character: 0 }, end: { line, character: 5 } }, text: 'Wool.' }]);
    assert.notEqual(after.calls[0], before.calls[0], 'the call was read again');
    assert.equal(label(after.calls[0].transcript.meta.period), 'Q2 2031');
  });
});
