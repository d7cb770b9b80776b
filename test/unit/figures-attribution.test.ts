// Attribution on a fictional call (test/fixtures/figures-call.txt, a Q2 2030 call): metric, period
// resolved against the call, basis, claim and speaker of each figure.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Figure } from '../../server/src/core/figures/figure';
import { recogniseFigures } from '../../server/src/core/figures/recognise';
import { parseTranscript } from '../../server/src/core/parse';
import { formatPeriod, quarter } from '../../server/src/core/period';
import { TextLines } from '../../server/src/core/text';
import { fixture } from '../paths';

const lines = new TextLines(fixture('figures-call.txt'));
const transcript = parseTranscript(lines);
const figures = recogniseFigures(lines, transcript);

/** The figure written `text` on the line that contains `context` (its n-th there). */
function fig(text: string, context: string, nth = 0): Figure {
  const found = figures.filter((f) => f.text === text && lines.line(f.range.start.line).includes(context));
  assert.ok(found.length > nth, `${text} near "${context}": ${JSON.stringify(figures.map((f) => f.text))}`);
  return found[nth];
}

function about(f: Figure) {
  return { metric: f.metric, period: f.period && formatPeriod(f.period), basis: f.basis };
}

describe('attribution: a fictional Q2 2030 call', () => {
  it('reads the call period and the speakers', () => {
    assert.deepEqual(transcript.meta.period, quarter(2, 2030));
    const f = fig('\\$55.2 million', 'Actual revenue');
    assert.deepEqual([f.speaker, f.role], ['Nadia Quist', 'executive']);
    assert.equal(fig('low double digits to high teens', 'aiming').speaker, 'Owen Pike');
  });

  it('takes guidance given in April for the quarter as guidance, with its month', () => {
    const want = [
      ['\\$50 million', 'revenue'],
      ['38%', 'gross margin'],
      ['\\$14 million', 'operating expenses'],
      ['\\$0.10 a share', 'EPS'],
    ];
    for (const [text, metric] of want) {
      const f = fig(text, 'in April');
      assert.deepEqual(about(f), { metric, period: 'Q2 2030', basis: 'guidance' }, text);
      assert.equal(f.statedIn, 'April');
      assert.equal(f.claim, true);
    }
  });

  it('takes the May update as revised guidance for the same quarter', () => {
    for (const [text, metric] of [
      ['\\$54 million', 'revenue'],
      ['37%', 'gross margin'],
      ['\\$0.08 per share', 'EPS'],
    ]) {
      const f = fig(text, 'was raised');
      assert.deepEqual(about(f), { metric, period: 'Q2 2030', basis: 'revised-guidance' }, text);
      assert.equal(f.statedIn, 'May');
    }
  });

  it('takes reported results as actuals with the right metric', () => {
    const want: [string, string, number][] = [
      ['\\$55.2 million', 'revenue', 55.2e6],
      ['37.4%', 'gross margin', 37.4],
      ['\\$13.6 million', 'operating expenses', 13.6e6],
      ['\\$0.11 per fully diluted share', 'EPS', 0.11],
      ['\\$21 million', 'cash', 21e6],
      ['47 days', 'DSO', 47],
      ['4.4', 'inventory turns', 4.4],
    ];
    for (const [text, metric, value] of want) {
      const f = fig(text, 'Actual revenue');
      assert.deepEqual({ ...about(f), value: f.value }, { metric, period: 'Q2 2030', basis: 'actual', value }, text);
      assert.equal(f.claim, false);
    }
  });

  it('takes values of the quarter before as prior, resolved to Q1', () => {
    assert.deepEqual(about(fig('52', 'DSO was')), { metric: 'DSO', period: 'Q1 2030', basis: 'prior' });
    assert.equal(fig('52', 'DSO was').unit, 'days');
    assert.deepEqual(about(fig('4.1', 'Inventory turns')), { metric: 'inventory turns', period: 'Q1 2030', basis: 'prior' });
  });

  it('names channel revenue and tells the expectation from its actual', () => {
    // The channel is the figure's segment, and its metric's name says it.
    const expected = fig('\\$3 million', 'we said we expected');
    assert.deepEqual(about(expected), { metric: 'Tarn channel revenue', period: 'Q2 2030', basis: 'expectation' });
    assert.equal(expected.segment, 'Tarn channel');
    const actual = fig('\\$1 million', 'less than');
    assert.deepEqual(about(actual), { metric: 'Tarn channel revenue', period: 'Q2 2030', basis: 'actual' });
    assert.equal(actual.segment, 'Tarn channel');
    assert.equal(actual.approx, 'less than');
    assert.deepEqual(about(fig('\\$3 million', 'had anticipated', 1)), { metric: 'Tarn channel revenue', period: 'Q2 2030', basis: 'expectation' });
    assert.equal(fig('\\$3 million', 'had anticipated', 1).segment, 'Tarn channel');
  });

  it('does not take typical seasonality or market share as revenue figures', () => {
    const decline = fig('10%', 'Typically');
    assert.equal(decline.basis, 'other');
    assert.notEqual(decline.metric, 'revenue');
    const share = fig('8%', 'regional lighting market');
    assert.equal(share.metric, 'share of regional lighting market');
    assert.equal(share.basis, 'other');
  });

  it('takes the outlook as guidance for the quarters ahead', () => {
    assert.deepEqual(about(fig('\\$57 million', 'approximately')), { metric: 'revenue', period: 'Q3 2030', basis: 'guidance' });
    assert.deepEqual(about(fig('38%', 'just over')), { metric: 'gross margin', period: 'Q3 2030', basis: 'guidance' });
    assert.deepEqual(about(fig('\\$1 million', 'will increase by')), { metric: 'operating expenses', period: 'Q3 2030', basis: 'change' });
    assert.deepEqual(about(fig('\\$14.6 million', 'will increase by')), { metric: 'operating expenses', period: 'Q3 2030', basis: 'guidance' });
    assert.deepEqual(about(fig('45 to 50 days', 'should stay')), { metric: 'DSO', period: 'Q3 2030', basis: 'guidance' });
    // "the first quarter" ahead of a Q2 call is next year's.
    assert.deepEqual(about(fig('break even', 'break even')), { metric: 'EPS', period: 'Q1 2031', basis: 'guidance' });
    assert.equal(fig('break even', 'break even').value, 0);
  });

  it('takes long-term margins as a target and claims', () => {
    const f = fig('low double digits to high teens', 'aiming');
    assert.deepEqual([f.metric, f.basis, f.claim], ['operating margin', 'target', true]);
  });

  it('returns figures sorted, inside the document, with their text as written', () => {
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i];
      assert.equal(lines.text.slice(lines.offsetAt(f.range.start), lines.offsetAt(f.range.end)), f.text);
      if (i > 0) assert.ok(lines.offsetAt(figures[i - 1].range.end) <= lines.offsetAt(f.range.start), `${figures[i - 1].text} before ${f.text}`);
    }
  });
});
