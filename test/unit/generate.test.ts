import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTranscript } from '../../server/src/core/parse';
import { TextLines } from '../../server/src/core/text';
import { generateCall, generateFile } from '../generate';
import { label } from './periodLabels';

describe('generated transcripts (benchmark and workspace data)', () => {
  it('are the same for a seed and differ between seeds', () => {
    assert.equal(generateCall(5).text, generateCall(5).text);
    assert.notEqual(generateCall(5).text, generateCall(6).text);
  });

  it('parse as StreetEvents PDF text with every turn and participant the generator wrote', () => {
    for (const seed of [1, 2, 3]) {
      const call = generateCall(seed);
      const t = parseTranscript(new TextLines(call.text));
      assert.equal(t.format, 'streetevents-pdf');
      assert.equal(t.turns.length, call.turns);
      assert.deepEqual(
        t.participants.map((p) => p.name),
        call.people.map((p) => p.name),
      );
      assert.equal(label(t.meta.period), call.period);
      assert.equal(t.meta.ticker, call.ticker);
    }
  });

  it('fills a file with distinct calls up to the size asked', () => {
    const text = generateFile(300_000, 3);
    assert.ok(text.length >= 300_000 && text.length < 400_000);
    const titles = text.split('\n').filter((l) => l.endsWith('Earnings Conference Call'));
    assert.ok(titles.length >= 5);
    assert.equal(new Set(titles).size, titles.length);
  });
});
