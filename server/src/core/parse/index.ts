// Picks the layout a text is in and parses it into the model.
import type { Transcript } from '../model';
import { TextLines } from '../text';
import { assemble } from './assemble';
import type { TranscriptFormat } from './format';
import { generic } from './generic';
import { motleyFool2025, motleyFoolClassic } from './motleyFool';
import { isDataDump, plainDraft } from './plain';
import { seekingAlpha } from './seekingAlpha';
import { streetEventsEikon } from './streetEventsEikon';
import { streetEventsPdf } from './streetEventsPdf';

/** Known layouts, most specific first; the generic speaker-line parser is the fallback. */
export const FORMATS: TranscriptFormat[] = [streetEventsPdf, streetEventsEikon, seekingAlpha, motleyFool2025, motleyFoolClassic, generic];

/** A score at or above this says the text is a transcript in that layout. */
export const DETECT_THRESHOLD = 0.5;

export interface Detection {
  format: string;
  score: number;
}

export function detect(lines: TextLines): Detection {
  let best: Detection = { format: 'plain', score: 0 };
  if (isDataDump(lines)) return best;
  for (const f of FORMATS) {
    if (f === generic) continue;
    const score = f.detect(lines);
    if (score > best.score) best = { format: f.id, score };
  }
  // The shapes decide where no provider recognises its own layout.
  if (best.score >= DETECT_THRESHOLD) return best;
  const score = generic.detect(lines);
  return score > best.score ? { format: generic.id, score } : best;
}

/** Every layout's score for a text, best first: why `detect` chose what it chose (`analyze --explain`). */
export function layoutScores(text: string): Detection[] {
  const lines = new TextLines(text.length > 200_000 ? text.slice(0, 200_000) : text);
  if (isDataDump(lines)) return [{ format: 'plain', score: 0 }];
  return FORMATS.map((f) => ({ format: f.id, score: Math.round(f.detect(lines) * 100) / 100 })).sort((a, b) => b.score - a.score);
}

/** True when the text looks like an earnings-call transcript in any known layout. */
export function isTranscript(text: string): boolean {
  return detect(new TextLines(text.length > 200_000 ? text.slice(0, 200_000) : text)).score >= DETECT_THRESHOLD;
}

/** The layout to parse `lines` with; null for data (JSON, token tables), which is read as plain text. */
export function formatOf(lines: TextLines): TranscriptFormat | null {
  if (isDataDump(lines)) return null;
  const found = detect(lines);
  return FORMATS.find((f) => f.id === found.format && found.score >= DETECT_THRESHOLD) ?? generic;
}

export function parseWith(lines: TextLines, format: TranscriptFormat | null): Transcript {
  if (!format) return assemble(lines, plainDraft('Data (JSON or a token table), not a transcript layout: figures only.'));
  const draft = format.parse(lines);
  // A provider's parser never decides alone: where it finds no turns, the shapes may.
  if (draft.turns.length === 0 && format !== generic) {
    const general = generic.parse(lines);
    if (general.turns.length > 0) return assemble(lines, general);
  }
  return assemble(lines, draft);
}

export function parseTranscript(lines: TextLines): Transcript {
  return parseWith(lines, formatOf(lines));
}

/** True when line `i` is a banner that opens a call in `format`'s layout. */
export function opensCall(lines: TextLines, i: number, format: TranscriptFormat | null): boolean {
  // Banners are short: a long line is prose whatever it holds.
  return format?.startsCall !== undefined && lines.lineEnd(i) - lines.lineStart(i) <= 80 && format.startsCall(lines.line(i));
}

/** The first line with text (the line count when there is none): a banner below it opens a call of its own. */
export function firstText(lines: TextLines): number {
  let first = 0;
  while (first < lines.count && lines.isBlank(first)) first++;
  return first;
}

/** Lines looked at for banners between two yields of `callStartSteps`. */
const BANNER_LINES_PER_STEP = 20_000;

/**
 * Where the calls of a merged file start: line 0, then each line below the first text that opens a
 * call. Yields every BANNER_LINES_PER_STEP lines: a file of hundreds of calls has hundreds of
 * thousands of lines.
 */
export function* callStartSteps(lines: TextLines, format: TranscriptFormat | null): Generator<void, number[]> {
  const starts = [0];
  if (!format?.startsCall) return starts;
  for (let i = firstText(lines) + 1; i < lines.count; i++) {
    if (opensCall(lines, i, format)) starts.push(i);
    if (i % BANNER_LINES_PER_STEP === 0) yield;
  }
  return starts;
}
