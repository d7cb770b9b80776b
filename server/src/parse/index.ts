// Picks the layout a text is in and parses it into the model.
import type { Transcript } from '../model';
import { TextLines } from '../text';
import { assemble } from './assemble';
import type { TranscriptFormat } from './format';
import { generic } from './generic';
import { motleyFool2025 } from './motleyFool2025';
import { motleyFoolClassic } from './motleyFoolClassic';
import { isDataDump, plainDraft } from './plain';
import { seekingAlpha } from './seekingAlpha';
import { streetEventsEikon } from './streetEventsEikon';
import { streetEventsPdf } from './streetEventsPdf';

/** Known layouts, most specific first; the generic speaker-line parser is the fallback. */
export const FORMATS: TranscriptFormat[] = [streetEventsPdf, streetEventsEikon, seekingAlpha, motleyFoolClassic, motleyFool2025, generic];

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
    const score = f.detect(lines);
    if (score > best.score) best = { format: f.id, score };
  }
  return best;
}

/** True when the text looks like an earnings-call transcript in any known layout. */
export function isTranscript(text: string): boolean {
  return detect(new TextLines(text.length > 200_000 ? text.slice(0, 200_000) : text)).score >= DETECT_THRESHOLD;
}

export function parseTranscript(lines: TextLines): Transcript {
  if (isDataDump(lines)) return assemble(lines, plainDraft('Data (JSON or a token table), not a transcript layout: figures only.'));
  const found = detect(lines);
  const format = FORMATS.find((f) => f.id === found.format && found.score >= DETECT_THRESHOLD) ?? generic;
  return assemble(lines, format.parse(lines));
}
