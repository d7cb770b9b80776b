// Thomson Reuters StreetEvents transcripts as text taken from the PDF (the reference layout), a preset
// for the layout-general reader: the banner and cover page, and what recognises the layout (upper-case
// section lines, "Name - Firm - Title" speaker lines). Rosters as "Name Firm - Title" (nothing between
// name and firm), page numbers, a name over its affiliation line and the turns are the reader's.
import type { Meta } from '../model';
import type { TextLines } from '../text';
import type { SectionMark } from './assemble';
import type { TranscriptFormat } from './format';
import { headerBlock, head, sniffCount } from './format';
import { parseDate, parseTime, readEventTitle } from './meta';
import { readLayout, type Preset } from './reader';
import { sectionKind } from './sections';
import { lineSpeaker } from './shapes';

function isUpperTitle(text: string): boolean {
  // Most lines are prose: one lower-case ASCII letter settles it without building `letters`.
  if (/[a-z]/.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

function sectionAt(lines: TextLines, i: number): SectionMark | null {
  const text = head(lines, i).trim();
  if (!isUpperTitle(text)) return null;
  const kind = sectionKind(text);
  return kind ? { boundary: i, line: i, title: text, kind } : null;
}

/** "Name - Firm - Title": the speaker line that opens this layout's turns. */
function isFirmSpeakerLine(text: string): boolean {
  const hit = lineSpeaker(text);
  return hit?.shape === 'name-dash' && hit.firm !== null && hit.title !== null;
}

function previousBlank(lines: TextLines, i: number): boolean {
  return i === 0 || lines.isBlank(i - 1);
}

export const streetEventsPdf: TranscriptFormat = {
  id: 'streetevents-pdf',

  detect(lines) {
    let score = 0;
    let speakers = 0;
    const n = sniffCount(lines);
    for (let i = 0; i < n; i++) {
      const text = head(lines, i);
      if (i < 12 && /STREETEVENTS|THOMSON REUTERS|REFINITIV/i.test(text)) score += 0.3;
      if (i < 12 && /\bTRANSCRIPT\b/.test(text)) score += 0.1;
      if (/^={20,}\s*$/.test(text)) return 0; // the plain-text export, not the PDF
      if (sectionAt(lines, i)) score += 0.1;
      if (previousBlank(lines, i) && isFirmSpeakerLine(text)) speakers++;
    }
    return Math.min(1, score + Math.min(0.4, speakers * 0.05));
  },

  startsCall(line) {
    return /^\s*(?:THOMSON REUTERS|REFINITIV) STREETEVENTS\s*$/.test(line);
  },

  parse: (lines) => readLayout(lines, [STREETEVENTS_PDF]).draft,
};

/**
 * `detect(lines) > 0`, without scoring: one sign of the layout is enough, so once one is found the
 * remaining lines are only checked for the plain-text export's rules. Each call of a merged file
 * asks this again.
 */
function recognises(lines: TextLines): boolean {
  let seen = false;
  const n = sniffCount(lines);
  for (let i = 0; i < n; i++) {
    const text = head(lines, i);
    if (/^={20,}\s*$/.test(text)) return false;
    seen ||=
      (i < 12 && (/STREETEVENTS|THOMSON REUTERS|REFINITIV/i.test(text) || /\bTRANSCRIPT\b/.test(text))) ||
      sectionAt(lines, i) !== null ||
      (previousBlank(lines, i) && isFirmSpeakerLine(text));
  }
  return seen;
}

/** The cover page above the first upper-case section line: provider, kind, event title, date. */
function readCover(lines: TextLines): { meta: Meta; after: number } {
  // A cover is a few lines: without a section line near the top, the reader reads from the start.
  return headerBlock(lines, 60, (i) => sectionAt(lines, i) !== null, readHeaderLine);
}

const STREETEVENTS_PDF: Preset = {
  id: 'streetevents-pdf',
  provider: 'Thomson Reuters StreetEvents',
  recognises,
  header: readCover,
};

function readHeaderLine(text: string, meta: Meta): void {
  if (/STREETEVENTS|THOMSON REUTERS|REFINITIV/i.test(text) && !meta.provider) {
    meta.provider = /refinitiv/i.test(text) ? 'Refinitiv StreetEvents' : 'Thomson Reuters StreetEvents';
    return;
  }
  const kind = /^(EDITED|FINAL|PRELIMINARY|RAW|BRIEF)\s+TRANSCRIPT/i.exec(text);
  if (kind) {
    meta.kind ??= kind[1]!.toLowerCase();
    return;
  }
  if (/^EVENT DATE/i.test(text) || (!meta.date && parseDate(text) && text.length < 60)) {
    meta.date ??= parseDate(text);
    meta.time ??= parseTime(text.replace(/^.*?\d{4}/, ''));
    return;
  }
  if (!meta.title && /\b(earnings|call|conference|results|meeting|presentation)\b/i.test(text)) readEventTitle(text, meta);
}
