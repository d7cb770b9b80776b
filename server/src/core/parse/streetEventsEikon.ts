// Thomson Reuters / Refinitiv StreetEvents plain-text export (Eikon), a preset for the layout-general
// reader: its banner and header block, and the frame that recognises it (section titles between two
// "=" rules, turn headers between two "-" rules). The turn headers ("Name,  Firm - Title    [n]"),
// the rosters (" * Name" over "   Firm - Title") and the sections are shapes the reader knows. The
// "Event Brief" variant has the same frame.
import type { Meta } from '../model';
import type { TextLines } from '../text';
import type { TranscriptFormat } from './format';
import { headerBlock, head, sniffCount } from './format';
import { parseDate, parseTime, readEventTitle } from './meta';
import { readLayout, type Preset } from './reader';
import { sectionKind } from './sections';

// A few stray characters after a rule are damage in the source, not text.
const EQUALS_RULE = /^={20,}[^=\s]{0,2}\s*$/;
const DASH_RULE = /^-{20,}[^-\s]{0,2}\s*$/;
const TURN_NUMBER = /\s+\[\d+\]\s*$/;

function between(lines: TextLines, i: number, rule: RegExp): boolean {
  return i > 0 && i + 1 < lines.count && rule.test(head(lines, i - 1)) && rule.test(head(lines, i + 1));
}

/** `detect(lines) > 0`, stopping at the first sign of the layout (each call of a merged file asks this again). */
function recognises(lines: TextLines): boolean {
  const n = sniffCount(lines);
  for (let i = 0; i < n; i++) {
    const text = head(lines, i);
    if (
      (i < 10 && /StreetEvents/i.test(text)) ||
      (between(lines, i, EQUALS_RULE) && sectionKind(text)) ||
      (between(lines, i, DASH_RULE) && TURN_NUMBER.test(text))
    )
      return true;
  }
  return false;
}

export const streetEventsEikon: TranscriptFormat = {
  id: 'streetevents-eikon',

  detect(lines) {
    let score = 0;
    const n = sniffCount(lines);
    for (let i = 0; i < n; i++) {
      const text = head(lines, i);
      if (i < 10 && /StreetEvents/i.test(text)) score += 0.3;
      if (between(lines, i, EQUALS_RULE) && sectionKind(text)) score += 0.15;
      if (between(lines, i, DASH_RULE) && TURN_NUMBER.test(text)) score += 0.1;
    }
    return Math.min(1, score);
  },

  startsCall(line) {
    return /^\s*(?:Thomson Reuters|Refinitiv) StreetEvents Event (?:Transcript|Brief)\s*$/i.test(line);
  },

  parse: (lines) => readLayout(lines, [EIKON]).draft,
};

/** The header above the first rule: provider, kind, event title, date. */
function readHeader(lines: TextLines): { meta: Meta; after: number } {
  // A header is a few lines: without a rule near the top, the reader reads from the start.
  return headerBlock(lines, 40, (i) => EQUALS_RULE.test(head(lines, i)), readHeaderLine);
}

const EIKON: Preset = {
  id: 'streetevents-eikon',
  provider: 'Thomson Reuters StreetEvents',
  recognises,
  header: readHeader,
  speakerFrame: DASH_RULE,
};

function readHeaderLine(text: string, meta: Meta): void {
  if (/StreetEvents/i.test(text)) {
    meta.provider ??= /refinitiv/i.test(text) ? 'Refinitiv StreetEvents' : 'Thomson Reuters StreetEvents';
    if (/\bbrief\b/i.test(text)) meta.kind = 'brief';
    return;
  }
  const spaced = text.replace(/(\S) (?=\S( |$))/g, '$1');
  const kind = /^(EDITED|FINAL|PRELIMINARY|RAW)\s*(VERSION|TRANSCRIPT)/i.exec(spaced);
  if (kind) {
    meta.kind ??= kind[1]!.toLowerCase();
    return;
  }
  if (!meta.date && parseDate(text) && text.length < 60) {
    meta.date = parseDate(text);
    meta.time = parseTime(text.replace(/^.*?\d{4}/, ''));
    return;
  }
  if (!meta.title && /\b(earnings|call|conference|results|meeting)\b/i.test(text)) readEventTitle(text, meta);
}
