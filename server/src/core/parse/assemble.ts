// Turns what a format parser found (section titles, speaker lines, rosters) into the model:
// ranges, roles and Q&A exchanges are worked out here once for every format.
import type { Position, Range } from 'vscode-languageserver-types';
import type { Exchange, LayoutProfile, Meta, Participant, PublisherText, Role, Section, SectionKind, Transcript, Turn } from '../model';
import type { TextLines } from '../text';
import { head } from './format';
import { isUnidentified, nameKey } from './names';
import { introducesQuestioner } from './qa';

export interface SectionMark {
  /** First line that belongs to the section (a rule above the title, say): ends what came before. */
  boundary: number;
  /** The title line, where the section's range starts. */
  line: number;
  title: string;
  kind: SectionKind;
}

export interface TurnMark {
  boundary: number;
  /** The speaker line, where the turn's range starts. */
  line: number;
  speaker: string;
  firm: string | null;
  title: string | null;
  headerRange: Range;
  bodyStart: Position;
  /** Set where the layout itself says the role (an "Analyst" title, say). */
  role?: Role;
}

export interface Draft {
  format: string;
  meta: Meta;
  sections: SectionMark[];
  turns: TurnMark[];
  participants: Participant[];
  notes: string[];
  profile?: LayoutProfile;
  notSpeech?: PublisherText[];
}

export function assemble(lines: TextLines, draft: Draft): Transcript {
  const sectionMarks = [...draft.sections].sort((a, b) => a.line - b.line);
  const turnMarks = [...draft.turns].sort((a, b) => a.line - b.line);
  const boundaries = [...sectionMarks.map((s) => s.boundary), ...turnMarks.map((t) => t.boundary)].sort((a, b) => a - b);

  /** Last non-blank line before the next boundary after `line`, never before `line`. */
  const endOf = (line: number, stops: number[]): number => {
    const next = firstAbove(stops, line) ?? lines.count;
    let end = next - 1;
    while (end > line && lines.isBlank(end)) end--;
    return end;
  };
  const rangeOf = (start: number, end: number): Range => lines.lineRange(start, end);

  const sections: Section[] = [];
  const firstMark = boundaries[0] ?? lines.count;
  const headerFirst = firstNonBlank(lines, 0, firstMark);
  if (headerFirst !== null && (draft.meta.title || draft.meta.provider || sectionMarks.length)) {
    sections.push({ kind: 'header', title: 'Header', range: rangeOf(headerFirst, endOf(headerFirst, boundaries)) });
  }
  const sectionStops = sectionMarks.map((s) => s.boundary);
  for (const s of sectionMarks) {
    const line = head(lines, s.line);
    const end = line.trimEnd().length;
    const titleRange = { start: { line: s.line, character: Math.min(end, line.length - line.trimStart().length) }, end: { line: s.line, character: end } };
    sections.push({ kind: s.kind, title: s.title, range: rangeOf(s.line, endOf(s.line, sectionStops)), titleRange });
  }

  const roster = new Map<string, Participant>();
  for (const p of draft.participants) if (!roster.has(nameKey(p.name))) roster.set(nameKey(p.name), p);
  const companyFirms = new Set(draft.participants.filter((p) => p.role === 'executive' && p.firm).map((p) => firmKey(p.firm!)));
  // The company's own people are its executives, whatever their title says.
  const own = draft.meta.company ? firmKey(draft.meta.company) : '';
  if (own) companyFirms.add(own);

  let inSection = -1;
  const turns: Turn[] = turnMarks.map((m) => {
    while ((sectionMarks[inSection + 1]?.line ?? Infinity) <= m.line) inSection++;
    const section = sectionMarks[inSection]?.kind ?? 'other';
    const known = roster.get(nameKey(m.speaker));
    const firm = m.firm ?? known?.firm ?? null;
    const title = m.title ?? known?.title ?? null;
    return {
      speaker: oneLine(m.speaker),
      role: roleOf(m, known, firm, title, companyFirms),
      firm: firm && oneLine(firm),
      title: title && oneLine(title),
      section,
      range: rangeOf(m.line, endOf(m.line, boundaries)),
      headerRange: m.headerRange,
      bodyStart: m.bodyStart,
    };
  });
  // Vouched for as the company's: by the roster, or by the company's own firm.
  const vouched = (t: Turn) => roster.get(nameKey(t.speaker))?.role === 'executive' || (t.firm !== null && companyFirms.has(firmKey(t.firm)));
  inferAnalysts(lines, turns, vouched);
  inferExecutives(lines, turns);

  return {
    format: draft.format,
    meta: draft.meta,
    participants: draft.participants,
    sections,
    turns,
    exchanges: exchangesOf(turns),
    notes: draft.notes,
    ...(draft.profile ? { profile: draft.profile } : {}),
    ...(draft.notSpeech?.length ? { notSpeech: draft.notSpeech } : {}),
  };
}

/** The first of the sorted `stops` above `line` (binary search: turns can number in the 100,000s). */
function firstAbove(stops: number[], line: number): number | undefined {
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stops[mid]! > line) hi = mid;
    else lo = mid + 1;
  }
  return stops[lo];
}

function firstNonBlank(lines: TextLines, from: number, to: number): number | null {
  for (let i = from; i < to; i++) if (!lines.isBlank(i)) return i;
  return null;
}

/** Names as they display: NBSP, tabs and runs of spaces copied from a page become one space. */
function oneLine(text: string): string {
  // Most names and titles are already on one line with single spaces: no copy for those.
  if (!/\s\s|[^\S ]/.test(text) && text.trim() === text) return text;
  return text.replace(/\s+/g, ' ').trim();
}

function firmKey(firm: string): string {
  return firm
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(inc|incorporated|corp|corporation|co|ltd|llc|plc|the)\b/g, '')
    .trim();
}

/** A company's titles; "Director" or "Head of …" may be a bank's too (inferAnalysts corrects it in the Q&A). */
const COMPANY_TITLE = /\b(ceo|cfo|coo|cto|chief|president|chairman|officer|vice president|vp|director|head|treasurer|investor relations|ir)\b/i;

function roleOf(m: TurnMark, known: Participant | undefined, firm: string | null, title: string | null, companyFirms: Set<string>): Role {
  if (m.role) return m.role;
  if (/^operator\b/i.test(m.speaker)) return 'operator';
  // "Unidentified Company Representative", "Unknown Executive": the company speaking, unnamed.
  if (isUnidentified(m.speaker) && /\b(?:company|corporate|executive|management)\b/i.test(m.speaker)) return 'executive';
  if (known && known.role !== 'unknown') return known.role;
  if (title && /\banalyst\b/i.test(title)) return 'analyst';
  if (/\banalyst\b/i.test(m.speaker)) return 'analyst';
  if (firm && companyFirms.has(firmKey(firm))) return 'executive';
  if (title && COMPANY_TITLE.test(title)) return 'executive';
  return 'unknown';
}

/**
 * In Q&A, an unknown speaker the operator has just introduced is asking the question, and so is one
 * the operator names anywhere in the Q&A ("the next question comes from Jane Roe with Northgate").
 */
function inferAnalysts(lines: TextLines, turns: Turn[], vouched: (t: Turn) => boolean): void {
  const analysts = new Set<string>();
  let introductions = '';
  /** The operator's words that hand the line to a questioner ("Our next question comes from …"). */
  let questioners = '';
  for (const [i, t] of turns.entries()) {
    if (t.section === 'qa' && t.role === 'operator' && introductions.length < 50_000) {
      const words = openingWords(lines, t);
      introductions += ` ${words}`;
      if (introducesQuestioner(words)) questioners += ` ${words}`;
    }
    const previous = turns[i - 1];
    if (!previous || t.section !== 'qa' || t.role !== 'unknown' || previous.role !== 'operator') continue;
    // "Unknown Speaker" names no one: only this turn is known to be a question.
    if (isUnidentified(t.speaker)) t.role = 'analyst';
    else analysts.add(nameKey(t.speaker));
  }
  for (const u of turns)
    if (
      u.role === 'unknown' &&
      u.section === 'qa' &&
      (analysts.has(nameKey(u.speaker)) || (!isUnidentified(u.speaker) && introduced(u.speaker, introductions)))
    )
      u.role = 'analyst';
  // A title alone ("Director", "MD and Head of Semiconductors") does not make a questioner the
  // operator introduces one of the company's, where neither the roster nor the firm says so.
  for (const u of turns)
    if (u.role === 'executive' && u.section === 'qa' && !vouched(u) && !TOP_TITLE.test(u.title ?? '') && surnameSaid(u.speaker, questioners))
      u.role = 'analyst';
}

/** The speaker's last name said in the text ("… from Tim Arcuri with …" of "Timothy Michael Arcuri"). */
function surnameSaid(speaker: string, text: string): boolean {
  const last = speaker
    .split(/\s+/)
    .filter((w) => w.length > 1 && !/\.$/.test(w))
    .pop();
  return last !== undefined && last.length >= 2 && new RegExp(`\\b${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text);
}

/** Titles no analyst has. */
const TOP_TITLE = /\b(?:ceo|cfo|coo|chief|chairman|chairwoman|(?<!vice\s)president|founder|investor\s+relations)\b/i;

/**
 * In a call with a Q&A, who speaks in the prepared remarks by name (not the operator, no one the
 * operator introduces, no "Unidentified Audience Member") is the company: "Ada Quill: Sales rose 9%." with no title or roster to say so.
 * Without a Q&A the remarks have no bound, and no one is taken for an executive this way.
 */
function inferExecutives(lines: TextLines, turns: Turn[]): void {
  if (!turns.some((t) => t.section === 'qa')) return;
  let introductions = '';
  // The Q&A's introductions: the operator hands the remarks over to the company's people too.
  for (const t of turns) if (t.section === 'qa' && t.role === 'operator' && introductions.length < 50_000) introductions += ` ${openingWords(lines, t)}`;
  const presenters = new Set<string>();
  for (const t of turns)
    if (t.section === 'presentation' && t.role === 'unknown' && !isUnidentified(t.speaker) && !introduced(t.speaker, introductions))
      presenters.add(nameKey(t.speaker));
  for (const t of turns) if (t.role === 'unknown' && presenters.has(nameKey(t.speaker))) t.role = 'executive';
}

/** Whether the operator's words name the speaker ("… comes from Jane Roe with …"): first and last name both. */
function introduced(speaker: string, introductions: string): boolean {
  const words = speaker.split(/\s+/).filter((w) => w.length > 1 && !/\.$/.test(w));
  return words.length >= 2 && introductions.includes(`${words[0]!} `) && introductions.includes(words[words.length - 1]!);
}

/** The first lines of a turn's speech, where the operator introduces the next questioner. */
function openingWords(lines: TextLines, t: Turn): string {
  let text = head(lines, t.bodyStart.line).slice(t.bodyStart.character);
  for (let i = t.bodyStart.line + 1; i <= Math.min(t.range.end.line, t.bodyStart.line + 2); i++) text += ` ${head(lines, i)}`;
  return text;
}

/** An analyst's question with the answers that follow, until another analyst or the operator. */
function exchangesOf(turns: Turn[]): Exchange[] {
  const exchanges: Exchange[] = [];
  let current: Exchange | null = null;
  turns.forEach((t, i) => {
    if (t.section !== 'qa' || t.role === 'operator') {
      current = null;
      return;
    }
    if (t.role === 'analyst' && (!current || nameKey(current.analyst) !== nameKey(t.speaker))) {
      current = { index: exchanges.length + 1, analyst: t.speaker, firm: t.firm, turns: [], range: t.range };
      exchanges.push(current);
    }
    if (current) {
      current.turns.push(i);
      current.range = { start: current.range.start, end: t.range.end };
    }
  });
  return exchanges;
}
