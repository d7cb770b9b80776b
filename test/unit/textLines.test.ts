import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
