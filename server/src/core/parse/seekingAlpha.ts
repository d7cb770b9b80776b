// Seeking Alpha: one header line (or a few) naming company, exchange:ticker, quarter and date;
// rosters under "Executives" / "Analysts" or "Company Participants" / "Conference Call
// Participants" as "Name - Title" ("Name - Firm" for analysts); every turn opened by the speaker's
// bare name on a line of its own; "Question-and-Answer Session" opens the Q&A.
import type { Meta, Participant, Role } from '../model';
import { emptyMeta } from '../model';
import type { TextLines } from '../text';
import type { SectionMark, TurnMark } from './assemble';
import type { TranscriptFormat } from './format';
import { head, headerTurn, sniffCount } from './format';
import { parseDate, parsePeriod, parseTime } from './meta';
import { isUnidentified, looksLikeName, nameKey } from './names';
import { addInferredSections } from './qa';

/** Roster headings as Seeking Alpha writes them (mixed case: the PDF layout's are upper case). */
const ROSTER_HEADING = /^(Executives|Analysts|Company Participants|Corporate Participants|Conference Call Participants)$/;
const ROSTER_ENTRY = /^(\S.{0,59}?)\s+[-–—]\s+(\S.{0,199})$/;
const QA_HEADING = /^question-and-answer session$/i;
/** "(NYSE:HOG)", "(NASDAQ:COST)". */
const TICKER = /\(([A-Za-z]{2,12})\s*:\s*([A-Z][A-Z0-9.]{0,7})\)/;

function rosterEntry(lines: TextLines, i: number): RegExpExecArray | null {
  if (i >= lines.count) return null;
  const m = ROSTER_ENTRY.exec(head(lines, i).trim());
  return m && looksLikeName(m[1]) ? m : null;
}

/** A bare speaker line: a roster name, the operator, an unidentified speaker, or a name followed by speech. */
function speakerAt(lines: TextLines, i: number, roster: Map<string, Participant>, bare: Map<string, number>): string | null {
  const text = head(lines, i).trim();
  // Speech follows, at most one blank line below.
  const next = i + 1 < lines.count && lines.isBlank(i + 1) ? i + 2 : i + 1;
  if (next >= lines.count || lines.isBlank(next)) return null;
  if (text === 'Operator' || isUnidentified(text)) return text;
  if (!looksLikeName(text)) return null;
  if (roster.has(nameKey(text))) return text;
  // Not in a roster: a name of two words or more, said again elsewhere or followed by speech.
  if (!/\s/.test(text)) return null;
  return (bare.get(nameKey(text)) ?? 0) >= 2 || head(lines, next).trim().length > text.length ? text : null;
}

/** How often each name-like text stands alone on a line. */
function bareNames(lines: TextLines): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < lines.count; i++) {
    if (lines.lineEnd(i) - lines.lineStart(i) > 60) continue;
    const text = head(lines, i).trim();
    if (looksLikeName(text)) counts.set(nameKey(text), (counts.get(nameKey(text)) ?? 0) + 1);
  }
  return counts;
}

export const seekingAlpha: TranscriptFormat = {
  id: 'seeking-alpha',

  detect(lines) {
    let score = 0;
    let operators = 0;
    let names = 0;
    const n = sniffCount(lines);
    for (let i = 0; i < n; i++) {
      const text = head(lines, i).trim();
      if (i < 8 && TICKER.test(text) && /\b(call|conference|earnings|results)\b/i.test(text)) score += 0.3;
      else if (i < 8 && TICKER.test(text)) score += 0.15;
      if (ROSTER_HEADING.test(text) && rosterEntry(lines, i + 1)) score += 0.2;
      if (QA_HEADING.test(text)) score += 0.2;
      const speech = i + 1 < n && head(lines, i + 1).trim().length > 40;
      if (text === 'Operator' && speech) operators++;
      else if (speech && /\s/.test(text) && looksLikeName(text)) names++;
    }
    // Bare speaker lines alone recognise a copy without header, rosters or headings.
    return Math.min(1, score + Math.min(0.3, operators * 0.1) + Math.min(0.3, names * 0.05));
  },

  parse(lines) {
    const meta = emptyMeta();
    meta.provider = 'Seeking Alpha';
    const sections: SectionMark[] = [];
    const turns: TurnMark[] = [];
    const participants: Participant[] = [];
    const roster = new Map<string, Participant>();
    const headerLines: string[] = [];
    let rosterRole: Role | null = null;
    let started = false;
    const bare = bareNames(lines);

    for (let i = 0; i < lines.count; i++) {
      if (lines.isBlank(i)) continue;
      const text = head(lines, i).trim();
      if (!started && ROSTER_HEADING.test(text)) {
        sections.push({ boundary: i, line: i, title: text, kind: 'participants' });
        rosterRole = /analyst|conference/i.test(text) ? 'analyst' : 'executive';
        continue;
      }
      const entry = !started && rosterRole ? rosterEntry(lines, i) : null;
      if (entry && rosterRole) {
        const p = rosterParticipant(entry[1], entry[2], rosterRole, lines.lineRange(i, i));
        participants.push(p);
        roster.set(nameKey(p.name), p);
        continue;
      }
      if (QA_HEADING.test(text)) {
        sections.push({ boundary: i, line: i, title: text, kind: 'qa' });
        started = true;
        continue;
      }
      const speaker = speakerAt(lines, i, roster, bare);
      if (speaker) {
        started = true;
        turns.push(headerTurn(lines, i, { speaker, firm: null, title: null }));
      } else if (!started && !rosterRole) headerLines.push(text);
    }

    readHeader(headerLines, meta);
    for (const p of participants) if (p.role === 'executive') p.firm ??= meta.company;
    addInferredSections(lines, sections, turns, 'Question-and-Answer Session');
    return { format: 'seeking-alpha', meta, sections, turns, participants, notes: [] };
  },
};

/** "Richard Roe - Chief Financial Officer", "Jane Doe - Northgate Securities", "Name - Firm - Title". */
function rosterParticipant(name: string, rest: string, role: Role, range: Participant['range']): Participant {
  const parts = rest.split(/\s+[-–—]\s+/);
  if (parts.length > 1) return { name, firm: parts.slice(0, -1).join(' - '), title: parts[parts.length - 1], role, range };
  return role === 'analyst' ? { name, firm: rest, title: 'Analyst', role, range } : { name, firm: null, title: rest, role, range };
}

/**
 * "Acme Corp. (NYSE:ACME) Q2 2031 Earnings Conference Call March 7, 2031 5:00 PM ET", on one
 * line or several; a "Call Start: ..." line carries a placeholder date and is skipped.
 */
function readHeader(headerLines: string[], meta: Meta): void {
  const text = headerLines.filter((l) => !/^call (start|end)\b/i.test(l)).join(' ').replace(/\s+/g, ' ').trim();
  if (!text) return;
  const ticker = TICKER.exec(text);
  if (ticker) {
    meta.ticker = ticker[2];
    meta.company = text.slice(0, ticker.index).trim() || null;
  }
  meta.period = parsePeriod(text);
  meta.date = parseDate(text);
  const dateAt = text.search(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b/i);
  if (dateAt > 0) meta.time = parseTime(text.slice(dateAt).replace(/^.*?\d{4}/, ''));
  meta.title = (dateAt > 0 ? text.slice(0, dateAt) : text).trim();
}
