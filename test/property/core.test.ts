// Properties of the core over random text and mutated transcripts: no exception, every range
// inside the document and children inside parents, the same input gives the same output.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LazyDocument } from '../../server/src/service/lazyDocument';
import { analyse } from '../../server/src/core/analysis';
import { isTranscript } from '../../server/src/core/parse';
import { anyText, baseName, baseTexts, concreteEdits, edits, mutate, mutations, runs } from './arbitraries';
import { assertWellFormed } from './invariants';

const bases = baseTexts();
const textOf = (name: string) => bases.find((b) => b.name === name)!.text;

function check(text: string): void {
  const a = analyse(text);
  assertWellFormed(a);
  isTranscript(text);
  const again = analyse(text);
  assert.deepEqual(JSON.parse(JSON.stringify(again.transcript)), JSON.parse(JSON.stringify(a.transcript)), 'same input, same transcript');
  assert.deepEqual(JSON.parse(JSON.stringify(again.figures)), JSON.parse(JSON.stringify(a.figures)), 'same input, same figures');
}

describe('core properties', () => {
  it('random text', () => {
    fc.assert(fc.property(anyText, check), { numRuns: runs(300) });
  });

  it('mutated transcripts (delete, duplicate, swap, truncate lines, insert noise)', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(baseName(bases), mutations, (name, ms) => check(mutate(textOf(name), ms))),
      { numRuns: runs(60) },
    );
  });

  it('text edited the way an editor applies changes is analysed as the same text typed fresh', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(baseName(bases), edits, (name, spec) => {
        const { edits: concrete, result } = concreteEdits(textOf(name), spec);
        // The server's document store: exact where an incremental TextDocument miscounts lines (a "\r"
        // and a "\n" that meet at an edit's edge), and reading ranges sent end first the other way round.
        const doc = LazyDocument.create('file:///t.txt', 'transcript', 1, textOf(name));
        for (const e of concrete) {
          const [start, end] = [doc.positionAt(e.start), doc.positionAt(e.end)];
          LazyDocument.update(doc, [{ range: e.reversed ? { start: end, end: start } : { start, end }, text: e.insert }], doc.version + 1);
        }
        assert.equal(doc.getText(), result);
        const edited = analyse(doc.getText());
        assertWellFormed(edited);
        assert.deepEqual(JSON.parse(JSON.stringify(edited.transcript)), JSON.parse(JSON.stringify(analyse(result).transcript)));
      }),
      { numRuns: runs(30) },
    );
  });
});
