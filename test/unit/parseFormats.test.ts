// The layouts beyond StreetEvents, on fictional fixtures: Seeking Alpha (cp1252), Motley Fool
// classic and 2025 pages; and files that are not transcripts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { decodeBytes } from '../../server/src/service/decode';
import type { Transcript } from '../../server/src/core/model';
import { detect, isTranscript, parseTranscript } from '../../server/src/core/parse';
import { TextLines } from '../../server/src/core/text';
import { fixture, fixturesDir } from '../paths';
import { label } from './periodLabels';

function parse(text: string): Transcript {
  return parseTranscript(new TextLines(text));
}

const turnsOf = (t: Transcript) => t.turns.map((u) => `${u.speaker}/${u.role}/${u.section}`);

describe('Seeking Alpha', () => {
  const text = decodeBytes(readFileSync(path.join(fixturesDir, 'seeking-alpha.txt')));
  const t = parse(text);

  it('is decoded from cp1252 and recognised', () => {
    assert.ok(text.includes('I\u2019ll now turn'), 'cp1252 0x92 is a right quote');
    assert.equal(t.format, 'seeking-alpha');
    assert.equal(detect(new TextLines(text)).format, 'seeking-alpha');
  });

  it('reads the one-line header', () => {
    assert.deepEqual(
      [t.meta.provider, t.meta.company, t.meta.ticker, label(t.meta.period), t.meta.date, t.meta.time],
      ['Seeking Alpha', 'Zephyr Widgets Corp.', 'ZYXW', 'Q1 2032', '2032-04-28', '5:00 PM ET'],
    );
    assert.equal(t.meta.title, 'Zephyr Widgets Corp. (NYSE:ZYXW) Q1 2032 Earnings Conference Call');
  });

  it('reads both rosters as "Name - Title" and "Name - Firm"', () => {
    assert.deepEqual(
      t.participants.map((p) => [p.name, p.firm, p.title, p.role]),
      [
        ['Mira J. Okafor', 'Zephyr Widgets Corp.', 'Vice President, Investor Relations', 'executive'],
        ['Tomas Lindqvist', 'Zephyr Widgets Corp.', 'Chief Executive Officer', 'executive'],
        ['Priya Raman', 'Northgate Securities', 'Analyst', 'analyst'],
        ['Hugo Brandt', 'Calder & Fenn Capital', 'Analyst', 'analyst'],
      ],
    );
  });

  it('opens a turn at every bare name line, one name written two ways', () => {
    assert.deepEqual(turnsOf(t), [
      'Operator/operator/presentation',
      'Mira J. Okafor/executive/presentation',
      'Tomas Lindqvist/executive/presentation',
      'Operator/operator/qa',
      'Priya Raman/analyst/qa',
      'Tomas Lindqvist/executive/qa',
      'Priya Raman/analyst/qa',
      'Operator/operator/qa',
      'Hugo Brandt/analyst/qa',
      'Mira Okafor/executive/qa',
      'Unidentified Analyst/analyst/qa',
      'Tomas Lindqvist/executive/qa',
      'Operator/operator/qa',
    ]);
    assert.deepEqual(
      t.exchanges.map((x) => [x.analyst, x.turns.length]),
      [
        ['Priya Raman', 3],
        ['Hugo Brandt', 2],
        ['Unidentified Analyst', 2],
      ],
    );
    // The blank line inside the CEO's prepared remarks does not end the turn.
    const ceo = t.turns[2];
    assert.match(new TextLines(text).line(ceo.range.end.line), /macro environment\.$/);
  });
});

describe('Motley Fool, classic page', () => {
  const text = fixture('motley-fool-classic.txt').replace(
    'Hugo Brandt--Analyst\n\nMore',
    'Hugo Brandt--Analyst\n\nMira J. Okafor--Vice President, Investor Relations\n\nMore',
  );
  const t = parse(text);

  it('reads the scraper header and the page title', () => {
    assert.equal(t.format, 'motley-fool-classic');
    assert.deepEqual(
      [t.meta.provider, t.meta.company, t.meta.ticker, label(t.meta.period), t.meta.date, t.meta.title],
      ['The Motley Fool', 'Zephyr Widgets', 'ZYXW', 'Q2 2032', '2032-07-29', 'Zephyr Widgets Q2 2032 Earnings Call'],
    );
  });

  it('finds sections by their colon headings, not the table of contents', () => {
    assert.deepEqual(
      t.sections.map((s) => `${s.kind}:${s.title}`),
      ['header:Header', 'presentation:Prepared Remarks', 'qa:Questions & Answers', 'participants:Call participants', 'other:Summary'],
    );
  });

  it('marks the page footer after the closing roster as publisher text, not speech', () => {
    const footer = text.split(/\r?\n/).findIndex((l) => l.startsWith('More ZYXW'));
    assert.ok(t.notSpeech?.some((r) => r.kind === 'summary' && r.range.start.line <= footer && r.range.end.line >= footer));
    assert.ok(t.turns.every((u) => u.range.start.line < footer));
  });

  it('reads "Name--Title" and "Name--Firm -- Analyst" speaker lines', () => {
    assert.deepEqual(turnsOf(t), [
      'Operator/operator/presentation',
      'Mira Okafor/executive/presentation',
      'Tomas Lindqvist/executive/presentation',
      'Operator/operator/qa',
      'Priya Raman/analyst/qa',
      'Tomas Lindqvist/executive/qa',
      'Operator/operator/qa',
      'Hugo Brandt/analyst/qa',
      'Mira J. Okafor/executive/qa',
      'Operator/operator/qa',
    ]);
    assert.deepEqual(t.turns.map((u) => u.firm)[4], 'Northgate Securities');
    assert.deepEqual(
      t.participants.map((p) => [p.name, p.role]),
      [
        ['Mira Okafor', 'executive'],
        ['Tomas Lindqvist', 'executive'],
        ['Priya Raman', 'analyst'],
        ['Hugo Brandt', 'analyst'],
      ],
    );
    assert.deepEqual(
      t.exchanges.map((x) => [x.analyst, x.turns.length]),
      [
        ['Priya Raman', 2],
        ['Hugo Brandt', 2],
      ],
    );
  });
});

describe('Motley Fool, 2025 page', () => {
  const text = fixture('motley-fool-2025.txt');
  const t = parse(text);

  it('reads "Title — Name" participants and the date line', () => {
    assert.equal(t.format, 'motley-fool-2025');
    assert.equal(t.meta.date, '2032-10-28');
    assert.deepEqual(
      t.participants.map((p) => [p.name, p.title]),
      [
        ['Tomas Lindqvist', 'Chief Executive Officer'],
        ['Mira Okafor', 'Vice President, Investor Relations'],
      ],
    );
  });

  it('reads inline "Name:Text" turns and starts the Q&A at the first question', () => {
    assert.deepEqual(turnsOf(t), [
      'Mira Okafor/executive/presentation',
      'Tomas Lindqvist/executive/presentation',
      'Operator/operator/qa',
      'Priya Raman/analyst/qa',
      'Tomas Lindqvist/executive/qa',
      'Operator/operator/qa',
      'Hugo Brandt/analyst/qa',
      'Mira Okafor/executive/qa',
      'Operator/operator/qa',
    ]);
    const lines = new TextLines(text);
    const ceo = t.turns[1];
    assert.equal(lines.line(ceo.bodyStart.line).slice(ceo.bodyStart.character), 'Revenue was $15.3 million, up 7%.');
    assert.match(lines.line(ceo.range.end.line), /^We expect fourth quarter/);
    assert.equal(t.sections.find((s) => s.kind === 'qa')?.range.start.line, t.turns[2].range.start.line);
  });

  it('takes nothing before the transcript heading for a turn (glossary, summary)', () => {
    assert.ok(t.turns.every((u) => u.range.start.line > t.sections.find((s) => s.kind === 'presentation')!.range.start.line));
  });
});

describe('not transcripts', () => {
  const json = JSON.stringify(
    {
      header_texts: ['Prepared Remarks:'],
      prepared_remarks: [{ speaker: 'Operator', speech: 'Welcome. Revenue was $5 million.' }],
      participants: ['Jane Roe -- CEO'],
    },
    null,
    2,
  );
  const sentences = Array.from({ length: 40 }, (_, i) => `Revenue grew ${i}% in the quarter: ahead of plan, said the company.`).join('\n');
  const tokens = ['token|speaker|ts|endTs|punctuation|case|tags|wer_tags', ...Array.from({ length: 60 }, (_, i) => `word${i}|${i % 2}||||LC|[]|[]`)].join('\n');
  const unk = Array.from({ length: 30 }, (_, i) => `<UNK> said that margins improved by ${i} basis points.`).join('\n');

  for (const [name, text] of [
    ['JSON', json],
    ['sentences', sentences],
    ['tokens', tokens],
    ['<UNK> sentences', unk],
  ] as const) {
    it(`${name}: never detected, and parsed by hand it invents no speakers`, () => {
      assert.equal(isTranscript(text), false);
      const t = parse(text);
      assert.equal(t.format, 'plain');
      assert.equal(t.turns.length, 0);
      assert.ok(t.notes.length > 0);
    });
  }

  it('a sentence with a colon after capitalised words is not a speaker', () => {
    const text = Array.from({ length: 6 }, () => 'This Involves Three Components: price, volume and mix.\n\nGross Margin: up 40 basis points.\n').join('\n');
    assert.equal(parse(text).turns.length, 0);
  });
});

describe('an unknown layout', () => {
  it('falls back to the generic speaker-line parser rather than to nothing', () => {
    const text = [
      'Zephyr Widgets town hall, notes',
      '',
      'Tomas Lindqvist: Welcome, everyone. Revenue was $13 million.',
      'Priya Raman: What about margins?',
      'Tomas Lindqvist: Margins were 42%.',
      '',
      'Q&A',
      '',
      'Priya Raman: And next year?',
      'Tomas Lindqvist: We expect growth of 5% to 7%.',
    ].join('\n');
    const t = parse(text);
    assert.equal(t.format, 'generic');
    // The turns before the Q&A heading are the presentation.
    assert.deepEqual(
      t.turns.map((u) => `${u.speaker}/${u.section}`),
      ['Tomas Lindqvist/presentation', 'Priya Raman/presentation', 'Tomas Lindqvist/presentation', 'Priya Raman/qa', 'Tomas Lindqvist/qa'],
    );
    assert.equal(t.turns[0].bodyStart.character, 'Tomas Lindqvist: '.length);
  });
});
