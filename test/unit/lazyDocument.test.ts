import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LazyDocument } from '../../server/src/service/lazyDocument';

const piece = fc.constantFrom('a', 'bc ', '\n', '\r', '\r\n', 'é', '😀', 'xyz\n');
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 12 }) });
const change = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

describe('a document that keeps its text in pieces', () => {
  it('has the text, lines and positions of TextDocument after any changes', () => {
    fc.assert(
      fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), fc.boolean(), (initial, batches, read) => {
        let expected = TextDocument.create('u', 't', 1, initial);
        const lazy = LazyDocument.create('u', 't', 1, initial);
        batches.forEach((all, i) => {
          // Ranges past the last line leave TextDocument's line index with holes: clients never send them.
          const inRange = (c: (typeof all)[number]) => !('range' in c) || Math.max(c.range.start.line, c.range.end.line) < expected.lineCount;
          for (const c of all) {
            if (!inRange(c)) continue;
            expected = TextDocument.update(expected, [c], i + 2);
            LazyDocument.update(lazy, [c], i + 2);
          }
          // Reading between edits joins the pieces; not reading lets them accumulate.
          if (read) assert.equal(lazy.getText(), expected.getText());
        });
        assert.equal(lazy.getText(), expected.getText());
        assert.equal(lazy.lineCount, expected.lineCount);
        assert.equal(lazy.version, expected.version);
        for (let o = -1; o <= expected.getText().length + 1; o++) assert.deepEqual(lazy.positionAt(o), expected.positionAt(o), `offset ${o}`);
        for (let line = -1; line <= expected.lineCount; line++) {
          for (let character = -1; character < 6; character++) assert.equal(lazy.offsetAt({ line, character }), expected.offsetAt({ line, character }), `${line}:${character}`);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps the text in few pieces while typing in one place', () => {
    const lazy = LazyDocument.create('u', 't', 1, 'x'.repeat(100_000));
    for (let i = 0; i < 2000; i++) LazyDocument.update(lazy, [{ range: { start: { line: 0, character: 50_000 + i }, end: { line: 0, character: 50_000 + i } }, text: 'y' }], i + 2);
    const text = lazy.getText();
    assert.equal(text.length, 102_000);
    assert.equal(text.slice(50_000, 52_000), 'y'.repeat(2000));
  });
});
