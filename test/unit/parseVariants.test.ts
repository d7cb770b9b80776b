// Layout features, not files: the same turns come out when a transcript loses its cover page or
// rosters, is hard-wrapped, carries page numbers, splits name and affiliation, or is copied
// without blank lines, with other line endings, odd spaces or tabs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { decodeBytes } from '../../server/src/service/decode';
import type { Transcript } from '../../server/src/core/model';
import { parseTranscript } from '../../server/src/core/parse';
import { TextLines } from '../../server/src/core/text';
import { fixture, fixturesDir } from '../paths';

function parse(text: string): Transcript {
  return parseTranscript(new TextLines(text));
}

const turnsOf = (t: Transcript) => t.turns.map((u) => `${u.speaker}/${u.role}/${u.section}`);
const lf = (text: string) => text.replace(/\r\n?/g, '\n');

/** Lines from the first matching `from` up to (not including) the first `to` after it, removed. */
function cut(text: string, from: RegExp, to: RegExp): string {
  const lines = lf(text).split('\n');
  const a = lines.findIndex((l) => from.test(l));
  const b = lines.findIndex((l, i) => i > a && to.test(l));
  return [...lines.slice(0, a), ...lines.slice(b)].join('\n');
}

/** Breaks every long line at the last space before `width`, as a PDF copy does. */
function hardWrap(text: string, width: number): string {
  return lf(text)
    .split('\n')
    .flatMap((line) => {
      const out: string[] = [];
      let rest = line;
      while (rest.length > width && rest.lastIndexOf(' ', width) > 0) {
        const at = rest.lastIndexOf(' ', width);
        out.push(rest.slice(0, at));
        rest = rest.slice(at + 1);
      }
      return [...out, rest];
    })
    .join('\n');
}

/** A page number alone between blank lines after every `every`-th line. */
function pageNumbers(text: string, every: number): string {
  return lf(text)
    .split('\n')
    .flatMap((l, i) => ((i + 1) % every === 0 ? [l, '', String(i + 1), ''] : [l]))
    .join('\n');
}

describe('StreetEvents PDF text variants', () => {
  const original = fixture('streetevents-pdf.txt');
  const want = turnsOf(parse(original));
  const noCover = cut(original, /^THOMSON/, /^CORPORATE PARTICIPANTS/);
  const variants: [string, string][] = [
    ['without the cover page', noCover],
    ['without rosters', cut(original, /^CORPORATE PARTICIPANTS/, /^PRESENTATION/)],
    ['without the Q&A heading', original.replace('OUESTIONS AND ANSWERS\n\n', '')],
    ['hard-wrapped at 48 columns', hardWrap(original, 48)],
    ['with page numbers alone mid-text', pageNumbers(original, 5)],
    ['with name and affiliation on separate lines', original.replace(/^(\p{Lu}[\p{L}. ]+?) - (.+ - .+)$/gmu, '$1\n$2')],
    ['copied without blank lines', lf(original).replace(/\n\s*\n+/g, '\n')],
    ['with CRLF line endings', lf(original).replace(/\n/g, '\r\n')],
    [
      'with mixed line endings',
      lf(original)
        .split('\n')
        .map((l, i) => l + ['\r\n', '\n', '\r'][i % 3])
        .join(''),
    ],
    ['with a BOM', `\uFEFF${original}`],
    ['with NBSP and thin spaces', original.replace(/ /g, (_, i: number) => (i % 2 ? '\u00a0' : '\u2009'))],
    ['with tab-indented speaker lines', original.replace(/^(Operator|\p{Lu}[\p{L}. ]+ - .+ - .+)$/gmu, '\t$1')],
    ['all of it at once', pageNumbers(hardWrap(noCover.replace(/^(\p{Lu}[\p{L}. ]+?) - (.+ - .+)$/gmu, '$1\n$2'), 48), 7).replace(/\n/g, '\r\n')],
  ];
  for (const [name, text] of variants) {
    it(`finds the same turns ${name}`, () => {
      const t = parse(text);
      assert.equal(t.format, 'streetevents-pdf');
      assert.deepEqual(turnsOf(t), want);
      assert.equal(t.exchanges.length, 2);
    });
  }

  it('takes "Unidentified Analyst" and "Unknown Speaker" as speakers', () => {
    const text = original
      .replace('Hugo Brandt - Calder & Fenn Capital - Analyst', 'Unidentified Analyst')
      .replace(/^Mira J\. Okafor - Zephyr Widgets Corp - VP of Investor Relations$(?![\s\S]*^Mira J\. Okafor - )/m, 'Unknown Speaker');
    const t = parse(text);
    assert.deepEqual(turnsOf(t).slice(-3), ['Unidentified Analyst/analyst/qa', 'Unknown Speaker/unknown/qa', 'Operator/operator/qa']);
    assert.equal(t.exchanges[1].analyst, 'Unidentified Analyst');
  });
});

describe('Seeking Alpha variants', () => {
  const original = decodeBytes(readFileSync(path.join(fixturesDir, 'seeking-alpha.txt')));
  const want = turnsOf(parse(original));

  it('finds the same turns without the header line, with CRLF, blank lines after names and NBSP', () => {
    const text = lf(original)
      .split('\n')
      .slice(1)
      .join('\r\n')
      .replace(/^(Priya Raman|Hugo Brandt)\r\n/gm, '$1\u00a0\r\n\r\n');
    const t = parse(text);
    // Without its banner the preset says nothing: the layout is read from its shapes alone.
    assert.equal(t.format, 'generic');
    assert.deepEqual(turnsOf(t), want);
  });

  it('finds the same speakers without rosters', () => {
    const t = parse(cut(original, /^Executives$/, /^Operator$/));
    assert.equal(t.format, 'seeking-alpha');
    assert.deepEqual(
      t.turns.map((u) => `${u.speaker}/${u.section}`),
      want.map((w) => w.replace(/\/[a-z]+\//, '/')),
    );
    assert.deepEqual(
      t.exchanges.map((x) => x.analyst),
      ['Priya Raman', 'Hugo Brandt', 'Unidentified Analyst'],
    );
  });

  it('recognises a copy with nothing but the speaker lines (no header, rosters or Q&A heading)', () => {
    const bare = cut(original, /^Zephyr Widgets Corp\. \(/, /^Operator$/).replace('Question-and-Answer Session\n', '');
    const t = parse(`${bare}\n${bare}`);
    assert.equal(t.format, 'generic');
    assert.deepEqual(
      t.turns.slice(0, want.length).map((u) => u.speaker),
      want.map((w) => w.split('/')[0]),
    );
  });

  it('infers the Q&A start when the heading is missing', () => {
    const t = parse(original.replace('Question-and-Answer Session\n', ''));
    assert.deepEqual(turnsOf(t), want);
  });
});

describe('Motley Fool variants', () => {
  // Without the scraper's header the Motley Fool presets say nothing: the shapes alone give the same turns.
  it('classic: same turns without the scraper header, hard-wrapped and with CRLF', () => {
    const original = fixture('motley-fool-classic.txt');
    const text = hardWrap(cut(original, /^=====/, /^Zephyr Widgets\(/), 50).replace(/\n/g, '\r\n');
    const t = parse(text);
    assert.equal(t.format, 'generic');
    assert.deepEqual(turnsOf(t), turnsOf(parse(original)));
  });

  it('classic: recognised by its speaker lines alone, without Q&A heading or scraper header', () => {
    const original = fixture('motley-fool-classic.txt');
    const bare = cut(original, /^=====/, /^Operator$/).replace(/^Questions & Answers:\n/gm, '');
    const t = parse(bare);
    assert.equal(t.format, 'generic');
    assert.deepEqual(turnsOf(t), turnsOf(parse(original)));
  });

  it('2025: same turns without the scraper header and participants', () => {
    const original = fixture('motley-fool-2025.txt');
    const t = parse(cut(original, /^=====/, /^Revenue--/));
    assert.equal(t.format, 'generic');
    assert.deepEqual(
      t.turns.map((u) => u.speaker),
      parse(original).turns.map((u) => u.speaker),
    );
  });
});
