import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Transcript } from '../../server/src/core/model';
import { isTranscript, parseTranscript } from '../../server/src/core/parse';
import { sectionKind } from '../../server/src/core/parse/sections';
import { TextLines } from '../../server/src/core/text';
import { fixture, referencePath, sharedMissing } from '../paths';
import { label } from './periodLabels';

function parse(text: string): Transcript {
  return parseTranscript(new TextLines(text));
}

describe('StreetEvents PDF text', () => {
  const text = fixture('streetevents-pdf.txt');
  const t = parse(text);

  it('reads the header', () => {
    assert.equal(t.format, 'streetevents-pdf');
    assert.deepEqual(
      { ...t.meta, period: label(t.meta.period) },
      {
        provider: 'Thomson Reuters StreetEvents',
        kind: 'edited',
        ticker: 'ZYXW',
        company: 'Zephyr Widgets Corp.',
        title: 'ZYXW - Q3 2031 Zephyr Widgets Corp. Earnings Conference Call',
        period: 'Q3 2031',
        date: '2031-11-04',
        time: '10:00PM GMT',
      },
    );
  });

  it('splits roster lines into name and firm using the speaker lines', () => {
    assert.deepEqual(
      t.participants.map((p) => [p.name, p.firm, p.title, p.role]),
      [
        ['Mira J. Okafor', 'Zephyr Widgets Corp', 'VP of Investor Relations', 'executive'],
        ['Tomas Lindqvist', 'Zephyr Widgets Corp', 'CEO', 'executive'],
        ['Priya Raman', 'Northgate Securities', 'Analyst', 'analyst'],
        ['Hugo Brandt', 'Calder & Fenn Capital', 'Analyst', 'analyst'],
      ],
    );
  });

  it('finds sections, tolerating OCR damage in titles', () => {
    assert.deepEqual(
      t.sections.map((s) => s.kind),
      ['header', 'participants', 'participants', 'presentation', 'qa', 'disclaimer'],
    );
    assert.equal(t.sections[4].title, 'OUESTIONS AND ANSWERS');
  });

  it('finds every turn with role, and page-break blank lines do not end one', () => {
    assert.deepEqual(
      t.turns.map((u) => `${u.speaker}/${u.role}/${u.section}`),
      [
        'Operator/operator/presentation',
        'Mira J. Okafor/executive/presentation',
        'Tomas Lindqvist/executive/presentation',
        'Operator/operator/qa',
        'Priya Raman/analyst/qa',
        'Tomas Lindqvist/executive/qa',
        'Priya Raman/analyst/qa',
        'Tomas Lindqvist/executive/qa',
        'Operator/operator/qa',
        'Hugo Brandt/analyst/qa',
        'Mira J. Okafor/executive/qa',
        'Operator/operator/qa',
      ],
    );
    const ceo = t.turns[2];
    const lines = new TextLines(text);
    assert.match(lines.line(ceo.range.start.line), /^Tomas Lindqvist - /);
    assert.match(lines.line(ceo.range.end.line), /thank our team\.$/);
    assert.equal(ceo.range.end.character, lines.line(ceo.range.end.line).length);
  });

  it('groups Q&A into one exchange per analyst question', () => {
    assert.deepEqual(
      t.exchanges.map((x) => [x.index, x.analyst, x.firm, x.turns.length]),
      [
        [1, 'Priya Raman', 'Northgate Securities', 4],
        [2, 'Hugo Brandt', 'Calder & Fenn Capital', 2],
      ],
    );
  });
});

describe('StreetEvents plain-text export (CRLF)', () => {
  const t = parse(fixture('streetevents-eikon.txt'));

  it('reads header, roster and turns between the rules', () => {
    assert.equal(t.format, 'streetevents-eikon');
    assert.equal(label(t.meta.period), 'Q2 2032');
    assert.equal(t.meta.company, 'Zephyr Widgets Corp');
    assert.equal(t.meta.kind, 'edited');
    assert.deepEqual(
      t.participants.map((p) => [p.name, p.firm, p.title, p.role]),
      [
        ['Tomas Lindqvist', 'Zephyr Widgets Corp', 'CEO', 'executive'],
        ['Priya Raman', 'Northgate Securities', 'Analyst', 'analyst'],
      ],
    );
    assert.deepEqual(
      t.turns.map((u) => [u.speaker, u.firm, u.role, u.section]),
      [
        ['Operator', null, 'operator', 'presentation'],
        ['Tomas Lindqvist', 'Zephyr Widgets Corp', 'executive', 'presentation'],
        ['Operator', null, 'operator', 'qa'],
        ['Priya Raman', 'Northgate Securities', 'analyst', 'qa'],
        ['Tomas Lindqvist', 'Zephyr Widgets Corp', 'executive', 'qa'],
      ],
    );
    assert.deepEqual(
      t.sections.map((s) => s.kind),
      ['header', 'participants', 'participants', 'presentation', 'qa', 'disclaimer', 'disclaimer'],
    );
  });

  it('ends a turn before the rule that opens the next one', () => {
    const ceo = t.turns[1];
    assert.equal(ceo.range.end.line - ceo.range.start.line, 4);
  });
});

describe('section titles', () => {
  it('accepts known titles and small OCR damage, nothing else', () => {
    assert.equal(sectionKind('QUESTIONS AND ANSWERS'), 'qa');
    assert.equal(sectionKind('OUESTIONS AND ANSWERS'), 'qa');
    assert.equal(sectionKind('Question-and-Answer Session'), 'qa');
    assert.equal(sectionKind('Conference Call Participiants'), 'participants');
    assert.equal(sectionKind('Representation'), null);
    assert.equal(sectionKind('Thank you.'), null);
  });
});

describe('detection', () => {
  it('recognises transcripts and leaves ordinary text alone', () => {
    assert.ok(isTranscript(fixture('streetevents-pdf.txt')));
    assert.ok(isTranscript(fixture('streetevents-eikon.txt')));
    const readme = '# Project\n\nRun npm install - then npm test - and enjoy.\n\nLicense: MIT\n';
    const licence = 'MIT License\n\nCopyright (c) 2031 Someone\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n';
    const log = Array.from({ length: 50 }, (_, i) => `2031-01-01 10:00:${String(i).padStart(2, '0')} INFO - worker - job ${i} done`).join('\n');
    const novel = 'CHAPTER ONE\n\n"Where are you going?" she asked.\n\nHe said: "Nowhere at all."\n\nThe rain fell - softly - on the roofs.\n'.repeat(20);
    for (const text of [readme, licence, log, novel, '', '\u0000\u0001binary\uFFFD']) assert.equal(isTranscript(text), false, text.slice(0, 40));
  });
});

describe('the reference transcript', { skip: sharedMissing }, () => {
  it('has 73 turns, 3 + 6 participants and 6 exchanges', () => {
    const t = parse(readFileSync(referencePath, 'utf8'));
    assert.equal(t.turns.length, 73);
    assert.equal(t.participants.filter((p) => p.role === 'executive').length, 3);
    assert.equal(t.participants.filter((p) => p.role === 'analyst').length, 6);
    assert.deepEqual(
      t.exchanges.map((x) => x.analyst),
      ['Simon Leopold', 'Simona Jankowski', 'George Notter', 'Amitabh Passi', 'Ehud Gelblum', 'Mark McKechnie'],
    );
    assert.equal(t.turns[0].speaker, 'Operator');
    assert.equal(t.turns[72].speaker, 'Operator');
    assert.ok(t.turns.every((u) => u.role !== 'unknown'));
    const allen = t.participants[0];
    assert.deepEqual([allen.name, allen.firm, allen.title], ['David H. Allen', 'Calix Inc', 'Director of IR and Treasurer']);
  });
});
