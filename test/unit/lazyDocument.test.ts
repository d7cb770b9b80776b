import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { LazyDocument, wellFormedRange } from '../../server/src/service/lazyDocument';

const piece = fc.constantFrom('a', 'bc ', '\n', '\r', '\r\n', 'é', '😀', 'xyz\n');
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 12 }) });
const change = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

/** The oracle: each change applied to a TextDocument made afresh from the text before it (an incremental
 * TextDocument miscounts lines where a "\r" and a "\n" meet at an edge of an edit). */
function applyFresh(text: string, c: TextDocumentContentChangeEvent): string {
  return TextDocument.update(TextDocument.create('u', 't', 0, text), [c], 1).getText();
}

function assertSameAs(lazy: LazyDocument, text: string) {
  const fresh = TextDocument.create('u', 't', 0, text);
  assert.equal(lazy.getText(), text);
  assert.equal(lazy.lineCount, fresh.lineCount);
  for (let o = -1; o <= text.length + 1; o++) assert.deepEqual(lazy.positionAt(o), fresh.positionAt(o), `offset ${o}`);
  for (let line = -1; line <= fresh.lineCount; line++) {
    for (let character = -1; character < 6; character++)
      assert.equal(lazy.offsetAt({ line, character }), fresh.offsetAt({ line, character }), `${line}:${character}`);
  }
}

const at = (line: number, character: number) => ({ line, character });

describe('a document that keeps its text in pieces', () => {
  it('has the text, lines and positions of a fresh TextDocument after any changes', () => {
    fc.assert(
      fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), fc.boolean(), (initial, batches, read) => {
        let expected = initial;
        const lazy = LazyDocument.create('u', 't', 1, initial);
        batches.forEach((all, i) => {
          for (const c of all) expected = applyFresh(expected, c);
          LazyDocument.update(lazy, all, i + 2);
          // Reading between edits joins the pieces; not reading lets them accumulate.
          if (read) assert.equal(lazy.getText(), expected);
        });
        assertSameAs(lazy, expected);
        assert.equal(lazy.version, batches.length + 1);
      }),
      { numRuns: 1500 },
    );
  });

  it('counts a "\r" and a "\n" that meet at an edit\'s edge as one line break', () => {
    const cases: [string, TextDocumentContentChangeEvent][] = [
      ['one\ntwo\n', { range: { start: at(0, 3), end: at(0, 3) }, text: '\r' }], // "\r" typed before a "\n"
      ['one\rtwo\r', { range: { start: at(1, 0), end: at(1, 0) }, text: '\n' }], // "\n" typed after a "\r"
      ['one\rx\ntwo', { range: { start: at(1, 0), end: at(1, 1) }, text: '' }], // what stood between them deleted
      ['one\rx\ntwo', { range: { start: at(1, 0), end: at(1, 1) }, text: '\r' }], // a "\r" put in its place
      ['a\r', { range: { start: at(1, 0), end: at(1, 0) }, text: '\nb\r' }],
    ];
    for (const [initial, c] of cases) {
      const lazy = LazyDocument.update(LazyDocument.create('u', 't', 1, initial), [c], 2);
      assertSameAs(lazy, applyFresh(initial, c));
    }
    const typed = LazyDocument.update(LazyDocument.create('u', 't', 1, 'one\ntwo\n'), [{ range: { start: at(0, 3), end: at(0, 3) }, text: '\r' }], 2);
    assert.equal(typed.lineCount, 3);
    assert.deepEqual(typed.positionAt(typed.getText().indexOf('two')), at(1, 0));
  });

  it('reads a range whose end comes before its start the other way round', () => {
    const c = { range: { start: at(1, 2), end: at(0, 1) }, text: 'Z' };
    const lazy = LazyDocument.update(LazyDocument.create('u', 't', 1, 'abc\ndef'), [c], 2);
    assert.equal(lazy.getText(), 'aZf');
    assertSameAs(lazy, applyFresh('abc\ndef', c));
    assert.deepEqual(wellFormedRange(c.range), { start: at(0, 1), end: at(1, 2) });
  });

  it('keeps the text in few pieces while typing in one place', () => {
    const lazy = LazyDocument.create('u', 't', 1, 'x'.repeat(100_000));
    for (let i = 0; i < 2000; i++)
      LazyDocument.update(lazy, [{ range: { start: { line: 0, character: 50_000 + i }, end: { line: 0, character: 50_000 + i } }, text: 'y' }], i + 2);
    const text = lazy.getText();
    assert.equal(text.length, 102_000);
    assert.equal(text.slice(50_000, 52_000), 'y'.repeat(2000));
  });
});
