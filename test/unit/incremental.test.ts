import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyse, type TextChange } from '../../server/src/core/analysis';
import type { Analysis } from '../../server/src/core/analysis';
import { documentJudgements } from '../../server/src/core/calls';
import { DEFAULT_TOLERANCE } from '../../server/src/core/ledger/judge';
import { TextLines } from '../../server/src/core/text';
import { generateCall } from '../generate';

/** What an analysis says, without the memos it carries for the next version. */
function said(a: Analysis) {
  return {
    transcript: a.transcript,
    figures: a.figures,
    calls: a.calls.map((c) => ({ start: c.start, ledger: c.ledger.lines })),
    judgements: documentJudgements(a.calls, DEFAULT_TOLERANCE),
    outlineOnly: a.outlineOnly,
  };
}

/** Three calls in one file: the layout merged files of a provider have, one banner per call. */
const merged = [generateCall(11).text, generateCall(12).text, generateCall(13).text].join('\n');
/** The same with Windows line breaks in the second call and old Mac ones in the third: mixed endings. */
const mixed = [generateCall(11).text, generateCall(12).text.replace(/\n/g, '\r\n'), generateCall(13).text.replace(/\n/g, '\r')].join('\n');

/** An edit: replace `remove` characters at a fraction of the text with `insert`. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.nat(12), fc.nat(3000)),
  insert: fc
    // A lone "\r" or "\n" can join a break beside the edit into one ("\r" before "\n", "\n" after "\r").
    .array(
      fc.constantFrom(
        'x',
        '7',
        '$',
        '.',
        ' ',
        '\n',
        '\r',
        '\r\n',
        '\n\n',
        '%',
        ' million',
        'Operator\n\n',
        'We expect revenue of $5 million. ',
        '\nTHOMSON REUTERS STREETEVENTS\n',
        'PRESENTATION\n',
      ),
      { maxLength: 3 },
    )
    .map((parts) => parts.join('')),
});

/** The text after `e`, and the change as LSP's incremental sync sends it. */
function apply(text: string, e: { at: number; remove: number; insert: string }): { text: string; change: TextChange } {
  const lines = new TextLines(text);
  // An editor never puts a position between the "\r" and "\n" of one line break.
  const snap = (o: number) => (text[o - 1] === '\r' && text[o] === '\n' ? o - 1 : o);
  const from = snap(Math.floor(e.at * text.length));
  const to = snap(Math.min(text.length, from + e.remove));
  return {
    text: text.slice(0, from) + e.insert + text.slice(to),
    change: { range: { start: lines.positionAt(from), end: lines.positionAt(to) }, text: e.insert },
  };
}

describe('analysis of a new version reusing the last one', () => {
  it('gives exactly what a fresh analysis gives, edit after edit, given the changes or not', () => {
    fc.assert(
      fc.property(fc.constantFrom(merged, mixed), fc.array(edit, { minLength: 1, maxLength: 6 }), fc.boolean(), (base, edits, batch) => {
        let text = base;
        let last = analyse(text);
        let blind = last;
        const pending: TextChange[] = [];
        for (const [i, e] of edits.entries()) {
          const next = apply(text, e);
          text = next.text;
          pending.push(next.change);
          // Batched: several changes reach the analysis at once, as when edits arrive faster than it runs.
          if (batch && i < edits.length - 1) continue;
          last = analyse(text, undefined, last, pending.splice(0));
          blind = analyse(text, undefined, blind);
          const fresh = said(analyse(text));
          assert.deepEqual(said(last), fresh);
          assert.deepEqual(said(blind), fresh);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('re-reads only the call an edit falls in', () => {
    const first = analyse(merged);
    assert.equal(first.calls.length, 3);
    const line = first.calls[1].start + 40;
    const next = apply(merged, { at: first.lines.lineStart(line) / merged.length, remove: 0, insert: ' ' });
    assert.equal(next.change.range.start.line, line);
    const again = analyse(next.text, undefined, first, [next.change]);
    assert.equal(again.calls[0], first.calls[0]);
    assert.notEqual(again.calls[1], first.calls[1]);
    assert.equal(again.calls[2], first.calls[2]);
  });

  it('reuses the figures of unchanged turns, never one the document pass may mark as revised', () => {
    const first = analyse(merged);
    const again = analyse(`${merged} `, undefined, first);
    const before = new Set(first.calls.flatMap((c) => c.figures));
    const figures = again.calls.flatMap((c) => c.figures);
    const shared = figures.filter((f) => before.has(f));
    assert.ok(shared.length > figures.length / 2, `${shared.length} of ${figures.length} reused`);
    assert.ok(shared.every((f) => f.basis !== 'guidance'));
    assert.ok(figures.some((f) => f.basis === 'guidance'));
  });
});

describe('lines with some replaced', () => {
  const piece = fc.constantFrom('a', 'b c', '\n', '\r', '\r\n', ' ', 'xyz');
  const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
  it('are the lines of the new text, read afresh', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), text, (t, a, b, insert) => {
        const lines = new TextLines(t);
        const first = a % lines.count;
        const end = first + 1 + (b % (lines.count - first));
        // What the analysis guarantees: no "\r" left at the end to join the break after, no "\n"
        // at the start to join the break before (a call starts at its banner, never edited so).
        fc.pre(end === lines.count || !insert.endsWith('\r'));
        fc.pre(first === 0 || (insert.length > 0 && !insert.startsWith('\n')));
        const after = t.slice(0, lines.lineStart(first)) + insert + t.slice(lines.lineEnd(end - 1));
        const patched = lines.replaced(first, end, new TextLines(insert), () => after);
        const fresh = new TextLines(after);
        assert.equal(patched.count, fresh.count);
        assert.equal(patched.length, after.length);
        for (let i = 0; i < fresh.count; i++) assert.deepEqual([patched.lineStart(i), patched.lineEnd(i)], [fresh.lineStart(i), fresh.lineEnd(i)], `line ${i}`);
        assert.equal(patched.text, after);
      }),
      { numRuns: 2000 },
    );
  });
});
