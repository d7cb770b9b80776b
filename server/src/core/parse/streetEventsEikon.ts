// Thomson Reuters / Refinitiv StreetEvents plain-text export (Eikon): section titles between two
// "=" rules, turn headers "Name,  Firm - Title    [n]" between two "-" rules, rosters as
// " * Name" over "   Firm - Title". The "Event Brief" variant has the same frame.
import type { Meta, Participant } from '../model';
import { emptyMeta } from '../model';
import type { TextLines } from '../text';
import type { SectionMark, TurnMark } from './assemble';
import type { TranscriptFormat } from './format';
import { head, headerTurn, sniffCount } from './format';
import { parseDate, parseTime, readEventTitle } from './meta';
import { sectionKind } from './sections';

// A few stray characters after a rule are damage in the source, not text.
const EQUALS_RULE = /^={20,}[^=\s]{0,2}\s*$/;
const DASH_RULE = /^-{20,}[^-\s]{0,2}\s*$/;
const TURN_NUMBER = /\s+\[\d+\]\s*$/;

function between(lines: TextLines, i: number, rule: RegExp): boolean {
  return i > 0 && i + 1 < lines.count && rule.test(head(lines, i - 1)) && rule.test(head(lines, i + 1));
}

/** "Name,  Firm - Title" (the turn number already cut off). */
function readTurnHeader(text: string): { speaker: string; firm: string | null; title: string | null } {
  const comma = /^([^,]+?),\s+(.+)$/.exec(text);
  if (!comma) return { speaker: text, firm: null, title: null };
  const dash = /^(.+?)\s+[-–—]\s+(.+)$/.exec(comma[2]);
  return dash ? { speaker: comma[1], firm: dash[1], title: dash[2] } : { speaker: comma[1], firm: comma[2], title: null };
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

  parse(lines) {
    const meta = emptyMeta();
    const sections: SectionMark[] = [];
    const turns: TurnMark[] = [];
    const participants: Participant[] = [];
    let current: SectionMark | null = null;

    for (let i = 0; i < lines.count; i++) {
      const raw = head(lines, i);
      const text = raw.trim();
      if (text.length === 0 || EQUALS_RULE.test(raw) || DASH_RULE.test(raw)) continue;
      if (between(lines, i, EQUALS_RULE) || (between(lines, i, DASH_RULE) && !TURN_NUMBER.test(raw) && sectionKind(text))) {
        current = { boundary: i - 1, line: i, title: text, kind: sectionKind(text) ?? 'other' };
        sections.push(current);
        continue;
      }
      if (between(lines, i, DASH_RULE) && TURN_NUMBER.test(raw)) {
        const turn = headerTurn(lines, i, readTurnHeader(text.replace(TURN_NUMBER, '')), i, i - 1);
        turns.push({ ...turn, bodyStart: { line: i + 2 < lines.count ? i + 2 : i + 1, character: 0 } });
        continue;
      }
      if (!current) readHeaderLine(text, meta);
      else if (current.kind === 'participants' && /^\*\s+/.test(text)) {
        const next = i + 1 < lines.count ? head(lines, i + 1).trim() : '';
        const dash = /^(.+?)\s+[-–—]\s+(.+)$/.exec(next);
        const hasAffiliation = next.length > 0 && !next.startsWith('*');
        participants.push({
          name: text.replace(/^\*\s+/, ''),
          firm: hasAffiliation ? (dash ? dash[1] : next) : null,
          title: hasAffiliation && dash ? dash[2] : null,
          role: /conference|analyst/i.test(current.title) ? 'analyst' : 'executive',
          range: lines.lineRange(i, hasAffiliation ? i + 1 : i),
        });
      }
    }
    return { format: 'streetevents-eikon', meta, sections, turns, participants, notes: [] };
  },
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
    meta.kind ??= kind[1].toLowerCase();
    return;
  }
  if (!meta.date && parseDate(text) && text.length < 60) {
    meta.date = parseDate(text);
    meta.time = parseTime(text.replace(/^.*?\d{4}/, ''));
    return;
  }
  if (!meta.title && /\b(earnings|call|conference|results|meeting)\b/i.test(text)) readEventTitle(text, meta);
}
