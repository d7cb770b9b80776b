import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isSpace } from '../../server/src/core/figures/chars';
import { LineCursor } from '../../server/src/core/figures/lineCursor';
import { TextLines } from '../../server/src/core/text';

describe('LineCursor', () => {
  const piece = fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '\n\r', '\r\r\n');
  const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
  it('gives the positions TextLines gives, for offsets asked in increasing order', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), (t, raw) => {
        const lines = new TextLines(t);
        const cursor = new LineCursor(t);
        for (const offset of raw.map((o) => o % (t.length + 2)).sort((a, b) => a - b)) {
          assert.deepEqual(cursor.positionAt(offset), lines.positionAt(offset), `offset ${offset} in ${JSON.stringify(t)}`);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isSpace', () => {
  it('agrees with /\\s/ for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });
});
