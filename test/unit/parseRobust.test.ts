// Bad input through the whole analysis: no throw, no hang, every position inside the document.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/core/analysis';
import { decodeBytes, decodeWindows1252 } from '../../server/src/service/decode';
import { cliPath, fixture, fixturesDir } from '../paths';
import { assertWellFormed } from '../property/invariants';

const FIXTURES = ['streetevents-pdf.txt', 'streetevents-eikon.txt', 'seeking-alpha.txt', 'motley-fool-classic.txt', 'motley-fool-2025.txt'];
const text = (name: string) => decodeBytes(readFileSync(path.join(fixturesDir, name)));

describe('bad input', () => {
  const odd: [string, string][] = [
    ['empty', ''],
    ['only line breaks', '\n\r\n\r\r\n'],
    ['only a BOM', '\uFEFF'],
    ['lone surrogates', '\ud800Operator\udc00\n\nJane Roe - Acme - CEO\n\ud83d'],
    ['NUL and control bytes', '\u0000\u0001\u0002Operator\u0000\n\n\u001b[31mJane Roe - Acme - CEO\n'],
    ['a header only', 'THOMSON REUTERS STREETEVENTS\n\nEDITED TRANSCRIPT\n'],
    ['half a speaker line', 'PRESENTATION\n\nOperator\n\nGood day.\n\nMira J. Oka'],
    ['half a rule', '================================================================================\nPresentation\n======'],
    ['a million blank lines', '\n'.repeat(1_000_000)],
    ['a 5 MB line', 'Revenue was $5 million - Jane Roe - Acme - CEO: '.repeat(100_000)],
    ['a 5 MB line of one character', '='.repeat(5_000_000)],
    ['a 5 MB name-like line', 'Jane Roe '.repeat(600_000)],
  ];
  for (const [name, input] of odd) {
    it(`survives ${name}`, { timeout: 30_000 }, () => {
      const a = analyse(input);
      assertWellFormed(a);
      if (name.includes('5 MB')) assert.equal(a.transcript.turns.length, 0);
    });
  }

  it('survives random bytes decoded as a file would be', () => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 200_000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    assertWellFormed(analyse(decodeBytes(bytes)));
  });

  it('keeps the turns through mojibake (UTF-8 read as cp1252)', () => {
    const original = fixture('streetevents-pdf.txt');
    const garbled = decodeWindows1252(Buffer.from(original.replace(/\.$/gm, '’.').replace(/^Thank/gm, '“Thank'), 'utf8'));
    assert.match(garbled, /â€™/);
    const a = analyse(garbled);
    assertWellFormed(a);
    assert.equal(a.transcript.turns.length, analyse(original).transcript.turns.length);
  });

  it('computes only the outline above the size limit (50 MB)', { timeout: 120_000 }, () => {
    const original = fixture('streetevents-pdf.txt');
    const copies = Math.ceil((50 * 1024 * 1024) / original.length);
    const a = analyse(original.repeat(copies));
    assert.equal(a.outlineOnly, true);
    assert.equal(a.figures.length, 0);
    assert.equal(a.transcript.turns.length, analyse(original).transcript.turns.length * copies);
    assert.match(a.transcript.notes.join('\n'), /size limit/);
  });

  it('stays well-formed while a transcript is typed, character by character', () => {
    for (const name of FIXTURES) {
      const full = text(name);
      for (let end = 0; end <= full.length; end += 3) assertWellFormed(analyse(full.slice(0, end)));
    }
  });
});

describe('decoding', () => {
  it('reads Windows-1252 quotes, dashes, ellipsis and euro, which Latin-1 gets wrong', () => {
    assert.equal(
      decodeBytes(Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x96, 0x97, 0x85, 0x80, 0x92, 0xe9])),
      '\u201cA\u201d \u2013\u2014\u2026\u20ac\u2019\u00e9',
    );
  });

  it('drops a UTF-8 BOM and reads UTF-16 with a BOM', () => {
    assert.equal(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41])), 'A');
    assert.equal(decodeBytes(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00])), 'AB');
  });

  it('the CLI decodes a cp1252 transcript and names its format', () => {
    const r = spawnSync(process.execPath, [cliPath, 'analyze', '--json', path.join(fixturesDir, 'seeking-alpha.txt')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const f = JSON.parse(r.stdout).files[0];
    assert.equal(f.format, 'seeking-alpha');
    assert.equal(f.turns.length, 13);
    assert.ok(!/[\u0080-\u009f]/.test(r.stdout), 'no C1 controls left from a Latin-1 reading');
  });

  it('the CLI explains how it read a file: scores, shapes trusted and why', () => {
    const r = spawnSync(process.execPath, [cliPath, 'analyze', '--explain', path.join(fixturesDir, 'seeking-alpha.txt')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /read as seeking-alpha/);
    assert.match(r.stdout, /layout scores: seeking-alpha \d\.\d\d/);
    assert.match(r.stdout, /trusted +bare-name +\d+ lines/);
    assert.match(r.stdout, /why: roster: 4 entries, never read as turns/);
  });
});
