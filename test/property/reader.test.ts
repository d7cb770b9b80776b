// Properties of the layout-general reader over random mixes of speaker-line shapes, rosters,
// headings, speech and noise: it never throws, every turn and roster entry lies inside the text, no
// roster line is ever a turn, turns come in document order, and a trusted shape always names at
// least two recurring people or the roster's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readLayout } from '../../server/src/core/parse/reader';
import { parseTranscript } from '../../server/src/core/parse';
import { TextLines } from '../../server/src/core/text';
import { runs } from './arbitraries';

const NAMES = ['Ada Quill', 'Bo Tran', 'Cy Ober', 'Di Vance', 'ADA QUILL', 'Ada M. Quill', 'Ek', 'Unidentified Analyst'];
const FIRMS = ['Lantern Bay Foods', 'Eastgate Research', 'Chief Financial Officer', 'Analyst', ''];

const name = fc.constantFrom(...NAMES);
const firm = fc.constantFrom(...FIRMS);
const speakerLine = fc.oneof(
  fc.constant('Operator'),
  name,
  fc.tuple(name, firm).map(([n, f]) => `${n} - ${f}`),
  fc.tuple(name, firm).map(([n, f]) => `${n}--${f}`),
  fc.tuple(name, firm).map(([n, f]) => `${n} (${f}):`),
  fc.tuple(name, firm).map(([n, f]) => `[${n}, ${f}]`),
  fc.tuple(name, firm).map(([n, f]) => `${n} | ${f}`),
  fc.tuple(fc.constantFrom('Q', 'A'), name).map(([q, n]) => `${q} - ${n}`),
  fc.tuple(name, fc.string({ maxLength: 40 })).map(([n, s]) => `${n}:${s}`),
);
const heading = fc.constantFrom(
  'Executives',
  'Analysts',
  'Participants',
  'Call participants:',
  'Presentation',
  'Question-and-Answer Session',
  'Q&A',
  'Key Takeaways',
  'PRESENTATION',
);
const speech = fc.constantFrom('Revenue rose 9% to $13 million.', 'Thank you.', 'How did margins trend?', 'We expect growth of 5% to 7% next year.', '');
const noise = fc.oneof(
  fc.constantFrom('', '   ', '12', 'Page 3 of 9', '-'.repeat(40), '='.repeat(80), 'Copyright 2031 Example Media. All rights reserved.', '\u00a0', '\t'),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const line = fc.oneof(
  { weight: 4, arbitrary: speakerLine },
  { weight: 1, arbitrary: heading },
  { weight: 4, arbitrary: speech },
  { weight: 2, arbitrary: noise },
);
const document = fc.tuple(fc.array(line, { maxLength: 120 }), fc.constantFrom('\n', '\r\n', '\r')).map(([ls, eol]) => ls.join(eol));

describe('layout-general reader properties', () => {
  it('never throws, keeps ranges inside the text and never reads a roster line as a turn', () => {
    fc.assert(
      fc.property(document, (text) => {
        const lines = new TextLines(text);
        const t = parseTranscript(lines);
        const rosterLines = new Set<number>();
        for (const p of t.participants) for (let l = p.range.start.line; l <= p.range.end.line; l++) rosterLines.add(l);
        let last = -1;
        for (const u of t.turns) {
          assert.ok(!rosterLines.has(u.headerRange.start.line), `roster line ${u.headerRange.start.line} read as a turn`);
          assert.ok(u.range.start.line > last, 'turns in document order');
          assert.ok(u.range.end.line < lines.count && u.bodyStart.line < lines.count);
          last = u.range.start.line;
        }
        for (const r of t.notSpeech ?? []) assert.ok(r.range.start.line <= r.range.end.line && r.range.end.line < lines.count);
      }),
      { numRuns: runs(300) },
    );
  });

  it('trusts a shape only on two recurring people or the roster, and gives a confidence from 0 to 1', () => {
    fc.assert(
      fc.property(document, (text) => {
        const { profile } = readLayout(new TextLines(text));
        assert.ok(profile.confidence >= 0 && profile.confidence <= 1);
        for (const s of profile.shapes) {
          if (!s.accepted || s.shape === 'operator' || s.shape === 'unidentified') continue;
          const rosterOnly = s.inRoster === s.people && profile.rosterEntries >= 2;
          assert.ok(s.recurring >= 2 || s.inRoster >= 2 || (s.inRoster >= 1 && s.recurring >= 1) || rosterOnly, `${s.shape} trusted on too little`);
        }
      }),
      { numRuns: runs(200) },
    );
  });
});
