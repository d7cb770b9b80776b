// One interface for every transcript layout, so formats drop in beside each other.
import type { TextLines } from '../text';
import type { Draft } from './assemble';

export interface TranscriptFormat {
  id: string;
  /** How sure (0 to 1) the format is that the text is in its layout, from its first lines. */
  detect(lines: TextLines): number;
  parse(lines: TextLines): Draft;
}

/** How many lines detection reads: enough for a header, a roster and the first turns. */
export const SNIFF_LINES = 400;

export function sniffCount(lines: TextLines): number {
  return Math.min(lines.count, SNIFF_LINES);
}
