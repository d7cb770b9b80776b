// Data that is not prose — random bytes, a token-per-line table — gives no speakers and no figures;
// prose with a tag, an address or a code in it keeps its figures.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/core/analysis';
import { looksLikeData } from '../../server/src/core/figures/noise';
import { decodeBytes } from '../../server/src/service/decode';
import { rng } from '../generate';

function randomBytes(n: number, seed: number): Uint8Array {
  const next = rng(seed);
  return Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
}

/** A fictional NLP table: one token a line, with speaker, time and tag columns. */
function tokenTable(): string {
  const sentence = 'Revenue for the quarter was $ 12.5 million , up 8 % from 11.6 million a year ago .'.split(' ');
  const rows: string[] = [];
  for (let i = 0; i < 3000; i++) rows.push(`${sentence[i % sentence.length]}|${1 + (i % 3)}|${(i * 0.37).toFixed(2)}|${i % 2 ? 'NN' : 'CD'}||[]|[]`);
  return rows.join('\n');
}

describe('data that is not prose', () => {
  for (const seed of [1, 2, 3]) {
    it(`300 KB of random bytes: no speakers, almost no figures (seed ${seed})`, () => {
      const a = analyse(decodeBytes(randomBytes(300 * 1024, seed)));
      assert.equal(a.transcript.turns.length, 0);
      // Thousands of digits in it; a handful may sit in a run that happens to read as words.
      assert.ok(
        a.figures.length <= 5,
        `${a.figures.length} figures: ${a.figures
          .slice(0, 5)
          .map((f) => JSON.stringify(f.text))
          .join(', ')}`,
      );
    });
  }

  it('a token-per-line table: no speakers, no figures', () => {
    const a = analyse(tokenTable());
    assert.equal(a.transcript.turns.length, 0);
    assert.equal(a.figures.length, 0);
  });

  it('prose with a tag, an address or a code in it keeps its figures', () => {
    const text = '<Sync id=3 time=4.5/> Revenue grew 8% to $12 million in Q3, as the 10-K at https://ir.example.com/q3 shows.\n';
    const figures = analyse(text).figures.map((f) => f.text);
    assert.ok(figures.includes('8%') && figures.some((f) => f.startsWith('$12')), figures.join(' | '));
  });

  it('tells the shapes apart sentence by sentence', () => {
    for (const prose of [
      'Revenue was $5.2 million, up 8% (about $0.4 million).',
      'EPS of $0.12 — ahead of the 10-Q & our plan.',
      'Umsatzsteigerungsrate 12% über Plan.',
      '收入增长 8%。',
      'Q3 2031: 3.5%',
    ])
      assert.equal(looksLikeData(prose), false, prose);
    for (const data of ['was|1|0.52|NN||[]|[]', 'id=3 time=4.5 len=12', '\u0001\u0007x9\u00b6\u00a7 3 \u00fe\u0012=?'])
      assert.equal(looksLikeData(data), true, data);
  });
});
