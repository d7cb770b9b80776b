import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextLines } from '../../server/src/core/text';

describe('TextLines.isBlank', () => {
  it('agrees with /\\S/ for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (ch === '\n' || ch === '\r') continue;
      const lines = new TextLines(`a\n ${ch}\t\nb`);
      assert.equal(lines.isBlank(1), !/\S/.test(lines.line(1)), `U+${c.toString(16)}`);
    }
  });
});

describe('TextLines line breaks', () => {
  it("splits where /\\r\\n|\\n|\\r/ does, with each line's start and end offsets", () => {
    const piece = fc.constantFrom('a', 'bc ', '\n', '\r', '\r\n', '\n\r', 'é', '😀', 'xyz\n', '\r\r\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
        const text = pieces.join('');
        const lines = new TextLines(text);
        const expected = text.split(/\r\n|\n|\r/);
        assert.equal(lines.count, expected.length);
        let at = 0;
        expected.forEach((line, i) => {
          assert.equal(lines.line(i), line);
          assert.equal(lines.lineStart(i), at);
          assert.equal(lines.lineEnd(i), at + line.length);
          at += line.length + (text.startsWith('\r\n', at + line.length) ? 2 : 1);
        });
        assert.equal(lines.length, text.length);
      }),
      { numRuns: 2000 },
    );
  });
});
