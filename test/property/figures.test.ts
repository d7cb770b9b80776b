// Properties of the figure recogniser on random financial prose: figures come sorted, never overlap,
// lie inside the text and are the text they cover; a range's value lies within its bounds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { recogniseFigures } from '../../server/src/core/figures/recognise';
import { emptyMeta } from '../../server/src/core/model';
import { readPeriod } from '../../server/src/core/period';
import { TextLines } from '../../server/src/core/text';

const TOKENS = [
  '$',
  '\\$',
  '12',
  '0.05',
  '1,250',
  '.5',
  '-3',
  ' million',
  'm',
  ' bn',
  '%',
  ' bps',
  ' days',
  'x',
  ' to ',
  ' and ',
  'between ',
  'around ',
  'less than ',
  'in the ',
  ' range',
  'Q4',
  ' 2012',
  'first quarter',
  'fourth-quarter',
  ' of ',
  'break even',
  'flat',
  'high teens',
  'low double digits',
  'two',
  ' months',
  ' employees',
  'BLM 1500',
  'F-35',
  'Tier ',
  'revenue',
  'guidance',
  ' was ',
  ' will be ',
  'expect ',
  'prior quarter',
  '. ',
  ', ',
  ';',
  '\n',
  '\r\n',
  '\n\n',
  ' ',
  'é',
  '😀',
  '\u00a0',
  'USD ',
  'EUR ',
  '€',
  ' a share',
  ' per fully diluted share',
  'plus or minus ',
  'October',
  'the quarter',
  '1.',
  ' up ',
  ' down ',
];
const prose = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((t) => t.join(''));
const runs = Number(process.env.FUZZ_RUNS ?? 200);

describe('figure properties', () => {
  it('figures are sorted, disjoint, inside the text and equal to what they cover', () => {
    fc.assert(
      fc.property(prose, fc.constantFrom('Q4 2012', 'FY 2013', null), (text, period) => {
        const lines = new TextLines(text);
        const transcript = {
          format: 'plain',
          meta: { ...emptyMeta(), period: readPeriod(period) },
          participants: [],
          sections: [],
          turns: [],
          exchanges: [],
          notes: [],
        };
        let last = 0;
        for (const f of recogniseFigures(lines, transcript)) {
          const start = lines.offsetAt(f.range.start);
          const end = lines.offsetAt(f.range.end);
          assert.ok(start >= last && end > start && end <= text.length, `${f.text} at ${start}-${end}`);
          assert.equal(text.slice(start, end), f.text);
          assert.deepEqual(lines.positionAt(start), f.range.start);
          if (f.low !== null && f.high !== null && f.value !== null)
            assert.ok(f.low <= f.value && f.value <= f.high, `${f.text}: ${f.low} ≤ ${f.value} ≤ ${f.high}`);
          if (f.value !== null) assert.ok(Number.isFinite(f.value), `${f.text}: ${f.value}`);
          last = end;
        }
      }),
      // Found by this property once: a negative spread ("plus or minus -3") turned the range inside out.
      { numRuns: runs, examples: [['the quarterBLM 1500plus or minus -3', 'Q4 2012']] },
    );
  });
});
