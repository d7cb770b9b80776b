// Generators for property tests: random text, transcript-like fragments, and random mutations
// (delete, duplicate, swap, truncate lines, insert noise) of real and fictional transcripts.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { decodeBytes } from '../../server/src/service/decode';
import { fixturesDir, sharedMissing, sharedTranscripts } from '../paths';

/** Cases per property: bounded in `npm test`, larger in `npm run fuzz` (FUZZ_RUNS). */
export function runs(normal: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? Math.max(normal, n) : normal;
}

/** The fictional fixtures, and the shared transcripts when they are there. */
export function baseTexts(): { name: string; text: string }[] {
  const read = (file: string) => decodeBytes(readFileSync(file));
  const out = readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, text: read(path.join(fixturesDir, f)) }));
  if (!sharedMissing) {
    for (const d of readdirSync(sharedTranscripts, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      for (const f of readdirSync(path.join(sharedTranscripts, d.name)))
        out.push({ name: `${d.name}/${f}`, text: read(path.join(sharedTranscripts, d.name, f)) });
    }
  }
  return out;
}

/** Pieces of the layouts the parser knows, so random text reaches its branches. */
const FRAGMENTS = [
  'Operator',
  'Jane Q. Roe - Acme Corp - CFO',
  'John Doe Northgate Securities - Analyst',
  'PRESENTATION',
  'QUESTIONS AND ANSWERS',
  'CORPORATE PARTICIPANTS',
  '='.repeat(80),
  '-'.repeat(80),
  'Jane Roe,  Acme Corp - CFO    [3]',
  ' * John Doe',
  '   Acme Corp - CEO',
  'Question-and-Answer Session',
  'Executives',
  'Jane Roe - Chief Financial Officer',
  'Prepared Remarks:',
  'Questions & Answers:',
  'Call participants:',
  'Jane Roe--Chief Financial Officer',
  'John Doe--Northgate -- Analyst',
  'Full Conference Call Transcript',
  'Chief Executive Officer — Jane Roe',
  'Operator:Our first question comes from the line of John Doe.',
  'Jane Roe:Revenue was $5.2 million, up 8%.',
  'Unidentified Analyst',
  'Unknown Speaker',
  '12',
  'Acme Corp. (NYSE:ACME) Q2 2031 Earnings Conference Call May 1, 2031 5:00 PM ET',
  '{"speaker": "Operator"}',
  'word|0||||LC|[]|[]',
  'We expect revenue of $10 million to $12 million in Q3.',
  '\uFEFF',
  '\u00a0',
  '\t',
  '',
];

const LINE_BREAKS = ['\n', '\r\n', '\r'];

/** Text made of layout fragments, random characters and any line endings. */
export const transcriptLike: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 80 })),
      fc.constantFrom(...LINE_BREAKS),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.map(([a, b]) => a + b).join(''));

/** Any string at all, including lone surrogates and control characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  transcriptLike,
);

type Mutation =
  | { kind: 'delete' | 'duplicate'; at: number; count: number }
  | { kind: 'swap'; at: number; to: number }
  | { kind: 'truncate'; at: number; keep: number }
  | { kind: 'insert'; at: number; noise: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat({ max: 120 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    noise: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 60 })),
  }),
);

export function mutate(text: string, ms: Mutation[]): string {
  const lines = text.split(/(?<=\r\n|\n|\r)/);
  for (const m of ms) {
    const at = lines.length ? m.at % lines.length : 0;
    if (m.kind === 'delete') lines.splice(at, m.count);
    else if (m.kind === 'duplicate') lines.splice(at, 0, ...lines.slice(at, at + m.count));
    else if (m.kind === 'swap' && lines.length) {
      const to = m.to % lines.length;
      [lines[at], lines[to]] = [lines[to], lines[at]];
    } else if (m.kind === 'truncate' && lines.length) lines[at] = lines[at].slice(0, m.keep);
    else if (m.kind === 'insert') lines.splice(at, 0, `${m.noise}\n`);
  }
  return lines.join('');
}

/** A text's line breaks as they were, or all made "\r\n", or "\r", or each line's chosen by its number. */
export const lineEnds = fc.constantFrom('as is', 'crlf', 'cr', 'mixed');

export function withLineEnds(text: string, kind: string): string {
  if (kind === 'as is') return text;
  let i = 0;
  return text.replace(/\r\n|\r|\n/g, () => (kind === 'crlf' ? '\r\n' : kind === 'cr' ? '\r' : LINE_BREAKS[i++ % 3]));
}

/** One of the bases, by name (a counterexample prints the name, not the whole text). */
export function baseName(bases: { name: string }[]): fc.Arbitrary<string> {
  return fc.constantFrom(...bases.map((b) => b.name));
}

/** Random line mutations, applied with `mutate`. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(mutation, { minLength: 1, maxLength: 8 });

export interface Edit {
  start: number;
  end: number;
  insert: string;
  reversed?: boolean;
}

/** Edits as an editor sends them: replace a span (given as fractions of the text) with new text. */
export const edits: fc.Arbitrary<{ from: number; len: number; insert: string; reversed: boolean }[]> = fc.array(
  fc.record({
    from: fc.double({ min: 0, max: 1, noNaN: true }),
    len: fc.nat({ max: 200 }),
    // Lone breaks too: a "\r" typed before a "\n" or a "\n" after a "\r" joins them into one.
    insert: fc.oneof(fc.constant(''), fc.constantFrom(...LINE_BREAKS), fc.constantFrom(...FRAGMENTS.map((f) => `${f}\n`)), fc.string({ maxLength: 30 })),
    /** Sent with the range's ends the other way round, which LSP does not forbid. */
    reversed: fc.boolean(),
  }),
  { minLength: 1, maxLength: 6 },
);

/** The fractional edits made concrete against a text, in order. */
export function concreteEdits(text: string, spec: { from: number; len: number; insert: string; reversed?: boolean }[]): { edits: Edit[]; result: string } {
  let current = text;
  const out: Edit[] = [];
  for (const e of spec) {
    // An editor never puts a position between the \r and \n of one line break.
    const snap = (o: number) => (current[o - 1] === '\r' && current[o] === '\n' ? o - 1 : o);
    const start = snap(Math.floor(e.from * current.length));
    const end = snap(Math.min(current.length, start + e.len));
    out.push({ start, end, insert: e.insert, reversed: e.reversed });
    current = current.slice(0, start) + e.insert + current.slice(end);
  }
  return { edits: out, result: current };
}
