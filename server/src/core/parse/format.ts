// One interface for every transcript layout, so formats drop in beside each other, and the
// small helpers every layout uses to read lines and mark turns.
import { emptyMeta, type Meta, type Role } from '../model';
import type { TextLines } from '../text';
import type { Draft, TurnMark } from './assemble';

export interface TranscriptFormat {
  id: string;
  /** How sure (0 to 1) the format is that the text is in its layout, from its first lines. */
  detect(lines: TextLines): number;
  parse(lines: TextLines): Draft;
  /**
   * True for a line that opens a transcript of its own (a provider's banner): a file of merged
   * calls is split there and each call parsed alone. Judged from the line alone, so an edit
   * elsewhere can never move where calls start.
   */
  startsCall?(line: string): boolean;
}

/** How many lines detection reads: enough for a header, a roster and the first turns. */
export const SNIFF_LINES = 400;

export function sniffCount(lines: TextLines): number {
  return Math.min(lines.count, SNIFF_LINES);
}

/**
 * Headers, titles and speaker lines are short: parsers look at no more than this much of a line,
 * so a 5 MB line costs no more than a normal one and no pattern can run long on it.
 */
export const MAX_EXAMINED = 400;

/** The start of line i, at most MAX_EXAMINED characters: what parsers match against. */
export function head(lines: TextLines, i: number): string {
  const start = lines.lineStart(i);
  return lines.text.slice(start, Math.min(lines.lineEnd(i), start + MAX_EXAMINED));
}

export interface Speaker {
  speaker: string;
  firm: string | null;
  title: string | null;
  role?: Role;
}

/**
 * A provider's header block: the lines above the first one `ends` (within `limit` lines), each
 * read by `read`; `after` is where the block ends, or 0 when no end was found so near the top
 * (the reader then reads from the start).
 */
export function headerBlock(
  lines: TextLines,
  limit: number,
  ends: (i: number) => boolean,
  read: (text: string, meta: Meta) => void,
): { meta: Meta; after: number } {
  const meta = emptyMeta();
  const end = Math.min(lines.count, limit);
  let i = 0;
  for (; i < end && !ends(i); i++) if (!lines.isBlank(i)) read(head(lines, i).trim(), meta);
  return { meta, after: i < end ? i : 0 };
}

/** A turn opened by speaker lines `first`..`last` of their own; the body starts below them. */
export function headerTurn(lines: TextLines, first: number, who: Speaker, last = first, boundary = first): TurnMark {
  const top = head(lines, first);
  const indent = top.length - top.trimStart().length;
  return {
    boundary,
    line: first,
    ...who,
    headerRange: {
      start: { line: first, character: indent },
      end: { line: last, character: Math.max(last === first ? indent : 0, head(lines, last).trimEnd().length) },
    },
    bodyStart: { line: Math.min(last + 1, lines.count - 1), character: 0 },
  };
}

/** A turn whose text follows the speaker's name on the same line ("Name: text"). */
export function inlineTurn(i: number, who: Speaker, nameStart: number, bodyStart: number, nameLength = who.speaker.length): TurnMark {
  return {
    boundary: i,
    line: i,
    ...who,
    headerRange: { start: { line: i, character: nameStart }, end: { line: i, character: nameStart + nameLength } },
    bodyStart: { line: i, character: bodyStart },
  };
}
