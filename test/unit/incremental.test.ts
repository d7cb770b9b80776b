import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyse } from '../../server/src/analysis';
import type { Analysis } from '../../server/src/analysis';
import { generateCall } from '../generate';

/** What an analysis says, without the memo it carries for the next version. */
function said(a: Analysis) {
  return { transcript: a.transcript, figures: a.figures, ledger: a.ledger.lines, diagnostics: a.diagnostics, outlineOnly: a.outlineOnly };
}

const base = `${generateCall(11).text}\n${generateCall(12).text}`;

/** An edit: replace `remove` characters at a fraction of the text with `insert`. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(12),
  insert: fc.array(fc.constantFrom('x', '7', '$', '.', ' ', '\n', '\n\n', '%', ' million', 'Operator\n\n', 'We expect revenue of $5 million. '), { maxLength: 3 }).map((parts) => parts.join('')),
});

describe('analysis of a new version reusing the last one', () => {
  it('gives exactly what a fresh analysis gives, edit after edit', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = base;
        let last = analyse(text);
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          last = analyse(text, undefined, last);
          assert.deepEqual(said(last), said(analyse(text)));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('reuses the figures of unchanged turns, never one the document pass may mark as revised', () => {
    const first = analyse(base);
    const again = analyse(`${base} `, undefined, first);
    const before = new Set(first.figures);
    const shared = again.figures.filter((f) => before.has(f));
    assert.ok(shared.length > again.figures.length / 2, `${shared.length} of ${again.figures.length} reused`);
    assert.ok(shared.every((f) => f.basis !== 'guidance'));
    assert.ok(again.figures.some((f) => f.basis === 'guidance'));
  });
});
