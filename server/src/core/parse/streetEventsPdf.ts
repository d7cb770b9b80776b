// Thomson Reuters StreetEvents transcripts as text taken from the PDF (the reference layout):
// upper-case section lines, rosters as "Name Firm - Title" with nothing between name and firm,
// turns opened by "Name - Firm - Title" or "Operator" on a line of their own.
import type { Meta, Participant, Role } from '../model';
import { emptyMeta } from '../model';
import type { TextLines } from '../text';
import type { SectionMark, TurnMark } from './assemble';
import type { Speaker, TranscriptFormat } from './format';
import { head, headerTurn, sniffCount } from './format';
import { isUnidentified, looksLikeName } from './names';
import { parseDate, parseTime, readEventTitle } from './meta';
import { addInferredSections } from './qa';
import { sectionKind } from './sections';

/** A person's name: capitalised words and initials, no digits, at most six words. */
export const PERSON = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,5}$/u;

interface SpeakerLine {
  speaker: string;
  firm: string | null;
  title: string | null;
}

/** "Name - Firm - Title", "Operator", or an unidentified speaker; null for any other line. */
export function readSpeakerLine(line: string): SpeakerLine | null {
  const text = line.trim();
  if (text.length === 0 || text.length > 200) return null;
  if (/^operator$/i.test(text)) return { speaker: 'Operator', firm: null, title: null };
  const parts = text.split(/\s+[-–—]\s+/);
  if (/^(unidentified|unknown)\b/i.test(parts[0]) && parts[0].length < 50) {
    return { speaker: parts[0], firm: parts.length > 2 ? parts.slice(1, -1).join(' - ') : null, title: parts.length > 1 ? parts[parts.length - 1] : null };
  }
  if (parts.length < 3 || !PERSON.test(parts[0]) || /[.!?,;:]$/.test(text)) return null;
  return { speaker: parts[0], firm: parts.slice(1, -1).join(' - '), title: parts[parts.length - 1] };
}

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
      if (previousBlank(lines, i) && readSpeakerLine(text)?.firm) speakers++;
    }
    return Math.min(1, score + Math.min(0.4, speakers * 0.05));
  },

  startsCall(line) {
    return /^\s*(?:THOMSON REUTERS|REFINITIV) STREETEVENTS\s*$/.test(line);
  },

  parse(lines) {
    const meta = emptyMeta();
    const sections: SectionMark[] = [];
    const turns: TurnMark[] = [];
    const rosterLines: RosterLine[] = [];
    let currentKind: SectionMark | null = null;

    for (let i = 0; i < lines.count; i++) {
      if (lines.isBlank(i)) continue;
      const text = head(lines, i).trim();
      if (isPageNumber(text)) continue;
      const section = sectionAt(lines, i);
      if (section) {
        sections.push(section);
        currentKind = section;
        continue;
      }
      if (!currentKind) {
        readHeaderLine(text, meta);
        continue;
      }
      if (currentKind.kind === 'participants') {
        addRosterLine(rosterLines, i, text, /conference|analyst/i.test(currentKind.title) ? 'analyst' : 'executive');
        continue;
      }
      const found = startsParagraph(lines, i) ? speakerAt(lines, i) : null;
      if (found) {
        turns.push(headerTurn(lines, i, found.who, found.last));
        i = found.last;
      }
    }

    const spoken = spokenIndex(turns);
    const participants = rosterLines.map((r) => splitRosterLine(lines, r, spoken));
    addInferredSections(lines, sections, turns);
    return { format: 'streetevents-pdf', meta, sections, turns, participants, notes: [] };
  },
};

/** A page number standing alone where the PDF's page broke: "12", "Page 3", "3 of 20". */
export function isPageNumber(text: string): boolean {
  return /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i.test(text);
}

/**
 * Speaker lines open a paragraph: after a blank line, a page number or a section title, or (in
 * text copied without blank lines) after a line that ends a sentence.
 */
function startsParagraph(lines: TextLines, i: number): boolean {
  if (i === 0 || lines.isBlank(i - 1)) return true;
  const before = head(lines, i - 1).trim();
  return isPageNumber(before) || /[.!?"”')\]]$/.test(before) || sectionAt(lines, i - 1) !== null;
}

/** The next line with text after line i, stepping over a page break; null past a few lines. */
function nextContent(lines: TextLines, i: number): number | null {
  for (let j = i + 1; j < Math.min(lines.count, i + 5); j++) if (!lines.isBlank(j) && !isPageNumber(head(lines, j).trim())) return j;
  return null;
}

/** "Name - Firm - Title" on one line, or the name alone over "Firm - Title". */
function speakerAt(lines: TextLines, i: number): { who: Speaker; last: number } | null {
  const text = head(lines, i);
  const one = readSpeakerLine(text);
  if (one) return { who: one, last: i };
  const name = text.trim();
  if (!(looksLikeName(name) || isUnidentified(name))) return null;
  const next = nextContent(lines, i);
  const affiliation = next === null ? null : readAffiliation(head(lines, next));
  return affiliation && next !== null ? { who: { speaker: name, ...affiliation }, last: next } : null;
}

/** "Firm - Title" on the line under a name; null for a line of prose. */
function readAffiliation(line: string): { firm: string; title: string } | null {
  const text = line.trim();
  if (text.length > 150 || /[.!?,;:]$/.test(text)) return null;
  const parts = text.split(/\s+[-–—]\s+/);
  if (parts.length < 2 || parts.some((p) => p.length === 0)) return null;
  return { firm: parts.slice(0, -1).join(' - '), title: parts[parts.length - 1] };
}

interface RosterLine {
  line: number;
  end: number;
  text: string;
  role: Role;
}

/** Roster entries, one a line; a name alone followed by "Firm - Title" is one entry. */
function addRosterLine(roster: RosterLine[], i: number, text: string, role: Role): void {
  const last = roster[roster.length - 1];
  if (last && last.end === i - 1 && !/\s[-–—]\s/.test(last.text) && looksLikeName(last.text)) {
    last.text = `${last.text} ${text}`;
    last.end = i;
    return;
  }
  if (/\p{L}/u.test(text)) roster.push({ line: i, end: i, text, role });
}

function readHeaderLine(text: string, meta: Meta): void {
  if (/STREETEVENTS|THOMSON REUTERS|REFINITIV/i.test(text) && !meta.provider) {
    meta.provider = /refinitiv/i.test(text) ? 'Refinitiv StreetEvents' : 'Thomson Reuters StreetEvents';
    return;
  }
  const kind = /^(EDITED|FINAL|PRELIMINARY|RAW|BRIEF)\s+TRANSCRIPT/i.exec(text);
  if (kind) {
    meta.kind ??= kind[1].toLowerCase();
    return;
  }
  if (/^EVENT DATE/i.test(text) || (!meta.date && parseDate(text) && text.length < 60)) {
    meta.date ??= parseDate(text);
    meta.time ??= parseTime(text.replace(/^.*?\d{4}/, ''));
    return;
  }
  if (!meta.title && /\b(earnings|call|conference|results|meeting|presentation)\b/i.test(text)) readEventTitle(text, meta);
}

/**
 * The first turn whose "Speaker Firm" is a roster line's name-and-firm, else the first whose speaker
 * starts it. Maps built once: merged files have thousands of roster lines and of turns.
 */
function spokenIndex(turns: TurnMark[]): (left: string) => TurnMark | undefined {
  const byNameFirm = new Map<string, TurnMark>();
  const byName = new Map<string, number>();
  turns.forEach((t, i) => {
    if (t.firm) {
      const key = `${t.speaker} ${t.firm}`.replace(/\s+/g, ' ');
      if (!byNameFirm.has(key)) byNameFirm.set(key, t);
    }
    if (!byName.has(t.speaker)) byName.set(t.speaker, i);
  });
  return (left) => {
    const exact = byNameFirm.get(left);
    if (exact) return exact;
    // Speakers followed by a space in `left`: the prefixes ending at each of its spaces.
    let first = -1;
    for (let at = left.indexOf(' '); at >= 0; at = left.indexOf(' ', at + 1)) {
      const i = byName.get(left.slice(0, at));
      if (i !== undefined && (first < 0 || i < first)) first = i;
    }
    return first >= 0 ? turns[first] : undefined;
  };
}

/**
 * Roster lines give no separator between name and firm ("David H. Allen Calix Inc - Title"):
 * the body's speaker lines ("David H. Allen - Calix Inc - Title") say where the name ends.
 */
function splitRosterLine(lines: TextLines, r: RosterLine, spokenBy: (left: string) => TurnMark | undefined): Participant {
  const cut = r.text.search(/\s+[-–—]\s+(?!.*\s[-–—]\s)/);
  const left = (cut >= 0 ? r.text.slice(0, cut) : r.text).replace(/\s+/g, ' ').trim();
  const title = cut >= 0 ? r.text.slice(cut).replace(/^\s+[-–—]\s+/, '').trim() : null;
  const range = lines.lineRange(r.line, r.end);
  const spoken = spokenBy(left);
  if (spoken) {
    const firm = left.slice(spoken.speaker.length).trim() || spoken.firm;
    return { name: spoken.speaker, firm, title, role: r.role, range };
  }
  // Never heard in the body: take the leading capitalised words and initials as the name.
  const words = left.split(' ');
  const nameWords = words.length > 2 && /^\p{Lu}\.$/u.test(words[1]) ? 3 : Math.min(2, words.length);
  return { name: words.slice(0, nameWords).join(' '), firm: words.slice(nameWords).join(' ') || null, title, role: r.role, range };
}
