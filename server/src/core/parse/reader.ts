// The layout-general reader: one pass sorts every line into noise, a section title, a roster entry,
// publisher text or a speaker-line candidate of some shape (shapes.ts); the layout profile
// (profile.ts) then says which shapes this file uses, and only candidates of those shapes, naming
// people who recur or whom the roster lists, open turns. A provider preset adds what only that
// provider writes (its banner, a header field); it never decides which lines are turns.
import type { Meta, Participant, PublisherText, Role } from '../model';
import { emptyMeta } from '../model';
import type { TextLines } from '../text';
import type { Draft, SectionMark, TurnMark } from './assemble';
import { head, headerTurn, inlineTurn, sniffCount } from './format';
import { readHeaderBlock, readOpeningWords } from './meta';
import { isUnidentified, nameKey } from './names';
import { inferProfile, publicProfile, type Candidate, type Profile } from './profile';
import { isCopyright, isPublisherHeading } from './publisher';
import { addInferredSections } from './qa';
import { sectionKind } from './sections';
import { affiliationLine, inlineSpeaker, isJobTitle, lineSpeaker, personName, splitAffiliation, type SpeakerHit } from './shapes';

export interface Preset {
  /** The format id the transcript reports, e.g. "seeking-alpha". */
  id: string;
  provider: string;
  /** True when the file's first lines carry what only this provider writes. */
  recognises(lines: TextLines): boolean;
  /** Header lines the provider fills with placeholders ("Call Start: ..."), skipped when reading meta. */
  ignoreHeaderLine?(text: string): boolean;
  /** A header block of the provider's own (a scraper's "Company: ..." fields): its meta, and the line after it. */
  header?(lines: TextLines): { meta: Meta; after: number };
  /** Where the speech starts, when the provider puts its own text above (a summary under a heading). */
  speechFrom?(lines: TextLines): number;
  /** The rule a provider frames its speaker lines with: then a name in the speech is never a header. */
  speakerFrame?: RegExp;
}

const RULE = /^\s*(?:[-=_*~#]\s*){10,}$/;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/** A roster heading of any wording: "Company Representatives", "Call Speakers", "Management Participants". */
const ROSTER_HEADING = /^(?:[\p{L}&-]+\s+){0,3}(?:participants|representatives|executives|analysts|attendees|speakers)$/iu;

/** A section title alone on its line, in any case, with or without a colon: "Q&A:", "PRESENTATION". */
function titleKind(text: string): ReturnType<typeof sectionKind> {
  const t = text.replace(/:$/, '').trim();
  // "1. Overview", "II. Financials": a numbered point inside a section, not a section of the call.
  if (t.length > 40 || !/^\p{L}/u.test(t) || /^(?:\d+|[IVX]+)[.)]\s/.test(t)) return null;
  return sectionKind(t) ?? (ROSTER_HEADING.test(t) ? 'participants' : null);
}

/** The role a roster heading gives its people: "Analysts" ask, "Executives" answer, "Participants" may be either. */
function headingRole(title: string): Role | null {
  if (/analyst|conference call/i.test(title)) return 'analyst';
  if (/executive|company|corporate/i.test(title)) return 'executive';
  return null;
}

interface RosterEntry {
  participant: Participant;
  last: number;
}

/**
 * A roster entry at line i: a speaker shape with an affiliation ("Jane Roe - CFO"), a bulleted name
 * over an indented affiliation (" * Jane Roe" / "   Firm - Title"), "Title — Name", or a bare name.
 */
function rosterEntry(lines: TextLines, i: number, headRole: Role | null): RosterEntry | null {
  const text = head(lines, i).trim();
  const bullet = /^[*•·-]\s+(.+)$/.exec(text)?.[1];
  let name: string | null = null;
  let aff: { firm: string | null; title: string | null } = { firm: null, title: null };
  let last = i;
  const [, jobTitle, person] = /^(.+?)\s+[—–-]\s+(.+)$/.exec(text) ?? [];
  if (bullet && personName(bullet)) {
    name = bullet.trim();
    const next = i + 1 < lines.count ? head(lines, i + 1) : '';
    if (/^\s+\S/.test(next) && !/^\s*[*•·]\s/.test(next)) {
      // "   Firm - Title": the firm first, the title (dashes and all) after it; "   - Analyst" has no firm.
      aff = splitAffiliation(next.trim().replace(/^[-–—]\s+/, ''), true);
      last = i + 1;
    }
  } else if (jobTitle && person && isJobTitle(jobTitle) && personName(person)) {
    name = person.trim();
    aff = { firm: null, title: jobTitle.trim() };
  } else {
    // A roster line is no sentence, whatever it ends with ("Gerard Cassidy - RBC.").
    const hit = lineSpeaker(text) ?? lineSpeaker(text.replace(/\.$/, ''));
    // One word is no one's full name on a roster: "Revenue-- $15 million" is a summary line.
    if (!hit || hit.shape === 'operator' || !/\s/.test(hit.speaker)) return null;
    name = hit.speaker;
    aff = { firm: hit.firm, title: hit.title };
  }
  const role: Role = headRole ?? (aff.title && /\banalyst\b/i.test(aff.title) ? 'analyst' : aff.title && isJobTitle(aff.title) ? 'executive' : 'unknown');
  // An analyst's one affiliation is the firm, whatever it says.
  if (role === 'analyst' && aff.title && !aff.firm && !/\banalyst\b/i.test(aff.title)) aff = { firm: aff.title, title: 'Analyst' };
  else if (role === 'analyst' && !aff.title) aff = { ...aff, title: 'Analyst' };
  return { participant: { name, firm: aff.firm, title: aff.title, role, range: lines.lineRange(i, last) }, last };
}

/** The line with text above i (stepping over blank lines and page numbers), or -1. */
function previousText(lines: TextLines, i: number): number {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) if (!lines.isBlank(j) && !PAGE_NUMBER.test(head(lines, j).trim())) return j;
  return -1;
}

/**
 * "David Roe Acme Inc - CFO": nothing says where the name ends but the speaker lines, which name
 * the same person ("David Roe - Acme Inc - CFO"): the longest speaker's name the line starts with.
 * Never heard: the leading capitalised words and a middle initial.
 */
function splitRosterLine(lines: TextLines, u: { line: number; left: string; title: string; role: Role | null }, turns: readonly TurnMark[]): Participant {
  let name = '';
  for (const t of turns) if (t.speaker.length > name.length && (u.left === t.speaker || u.left.startsWith(`${t.speaker} `))) name = t.speaker;
  if (!name) {
    const words = u.left.split(' ');
    name = words.slice(0, words.length > 2 && /^\p{Lu}\.$/u.test(words[1]!) ? 3 : Math.min(2, words.length)).join(' ');
  }
  const role: Role = u.role ?? (/\banalyst\b/i.test(u.title) ? 'analyst' : isJobTitle(u.title) ? 'executive' : 'unknown');
  return { name, firm: u.left.slice(name.length).trim() || null, title: u.title, role, range: lines.lineRange(u.line, u.line) };
}

/** A roster name that runs into its firm ("Jane Roe Northgate"), cut where a speaker's name ends. */
function heardName(name: string, turns: readonly TurnMark[]): { name: string; firm?: string } {
  let heard = '';
  for (const t of turns) if (t.speaker.length > heard.length && name.startsWith(`${t.speaker} `)) heard = t.speaker;
  return heard ? { name: heard, firm: name.slice(heard.length).trim() } : { name };
}

/** A short line that is no speaker line and no sentence: the wrapped end of the line above. */
function isWrappedTail(text: string): boolean {
  return text.length <= 60 && !/[.!?:;]$/.test(text) && lineSpeaker(text) === null && inlineSpeaker(text) === null;
}

/** Line i names someone the roster lists already, and speech follows it. */
function listedSpeaking(lines: TextLines, i: number, roster: ReadonlySet<string>): boolean {
  const hit = lineSpeaker(head(lines, i));
  return hit !== null && roster.has(nameKey(hit.speaker)) && isSpeech(speechBelow(lines, i));
}

/** A line of speech, not a roster's: a sentence, or a long run of words. */
function isSpeech(text: string | null): boolean {
  return text !== null && text.length > 60 && /[.!?]["'”’)]?$/.test(text);
}

/** The next line with text a few lines below i (over a page break), or null: a speaker line has speech under it. */
function speechBelow(lines: TextLines, i: number): string | null {
  const j = nextContent(lines, i);
  return j === null ? null : head(lines, j).trim();
}

/** The next line with text below i, stepping over a page break (blank lines, a page number); null past a few lines. */
function nextContent(lines: TextLines, i: number): number | null {
  for (let j = i + 1; j < Math.min(lines.count, i + 8); j++) if (!lines.isBlank(j) && !PAGE_NUMBER.test(head(lines, j).trim())) return j;
  return null;
}

/** A bare name over its affiliation line is one speaker header of two lines. */
function withAffiliation(lines: TextLines, i: number, hit: SpeakerHit): Candidate {
  if (hit.shape !== 'bare-name') return { line: i, last: i, hit };
  const next = nextContent(lines, i);
  const aff = next === null ? null : affiliationLine(head(lines, next));
  return aff && next !== null ? { line: i, last: next, hit: { ...hit, shape: 'name-over-affiliation', ...aff } } : { line: i, last: i, hit };
}

/** Whether a candidate of a trusted shape opens a turn: it names someone who speaks, not a heading. */
function speaks(lines: TextLines, c: Candidate, profile: Profile, roster: ReadonlySet<string>, introduced: () => boolean): boolean {
  const { hit } = c;
  if (hit.shape === 'inline') {
    if (/^operator$/i.test(hit.speaker) || isUnidentified(hit.speaker)) return true;
    // Listed, or said with a firm or a job ("Cy Marsh, Chief Financial Officer: …"): a person speaking.
    if (roster.has(nameKey(hit.speaker)) || hit.firm !== null || hit.title !== null) return true;
    // Named once: a questioner the operator has just handed the line to.
    return /\s/.test(hit.speaker) && ((profile.mentions.get(nameKey(hit.speaker)) ?? 0) >= 2 || introduced());
  }
  const below = speechBelow(lines, c.last);
  if (below === null) return false;
  if (hit.shape === 'operator' || hit.shape === 'unidentified') return true;
  const key = nameKey(hit.speaker);
  if (roster.has(key)) return true;
  // One word is a name only where the roster says so ("Sales", "Revenue" stand alone as headings).
  if (!/\s/.test(hit.speaker)) return false;
  return (profile.mentions.get(key) ?? 0) >= 2 || below.length > hit.speaker.length;
}

/** A rule right above a title or a speaker line frames it: what came before ends above the rule. */
function boundaryAt(lines: TextLines, i: number): number {
  return i > 0 && RULE.test(head(lines, i - 1)) ? i - 1 : i;
}

function turnOf(lines: TextLines, c: Candidate): TurnMark {
  const who = { speaker: c.hit.speaker, firm: c.hit.firm, title: c.hit.title, ...(c.hit.role ? { role: c.hit.role } : {}) };
  if (c.hit.shape === 'inline' && c.hit.bodyAt !== undefined && c.hit.bodyAt < head(lines, c.line).length)
    return inlineTurn(c.line, who, c.hit.nameAt ?? 0, c.hit.bodyAt, c.hit.nameLength);
  const turn = headerTurn(lines, c.line, who, c.last, boundaryAt(lines, c.line));
  // The speech starts below a rule that closes the header's frame.
  const below = c.last + 1;
  return below + 1 < lines.count && RULE.test(head(lines, below)) ? { ...turn, bodyStart: { line: below + 1, character: 0 } } : turn;
}

/**
 * True when the lines just above a candidate name its speaker ("... comes from the line of Keith
 * Roe"): whoever spoke there handed over to them. Reads the start and the end of each line.
 */
function namedAbove(lines: TextLines, c: Candidate, from: number): boolean {
  const words = c.hit.speaker.split(/\s+/).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w));
  if (words.length === 0) return false;
  const said = new RegExp(`\\b(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`);
  for (let j = Math.max(from, c.line - 6); j < c.line; j++) {
    const start = lines.lineStart(j);
    const end = lines.lineEnd(j);
    const text = end - start <= 800 ? lines.text.slice(start, end) : `${lines.text.slice(start, start + 400)} ${lines.text.slice(end - 400, end)}`;
    if (said.test(text)) return true;
  }
  return false;
}

/** The end of the paragraph line i is in. */
function paragraphEnd(lines: TextLines, i: number): number {
  let end = i;
  while (end + 1 < lines.count && !lines.isBlank(end + 1)) end++;
  return end;
}

export interface Reading {
  draft: Draft;
  profile: Profile;
}

export function readLayout(lines: TextLines, presets: readonly Preset[] = [], limit = lines.count): Reading {
  const preset = presets.find((p) => p.recognises(lines)) ?? null;
  const own = preset?.header?.(lines);
  const sections: SectionMark[] = [];
  const participants: Participant[] = [];
  const roster = new Set<string>();
  const candidates: Candidate[] = [];
  const notSpeech: PublisherText[] = [];
  /** Lines above the first section title: the header, unless a turn starts among them. */
  const early: { line: number; text: string }[] = [];
  let inRoster = false;
  let rosterRole: Role | null = null;
  let publisherUntilSection = false;
  let structure = false;
  const EARLY_LINES = 40;
  /** Sections with a line of their own below the title: a title over a title is a table of contents. */
  const filled = new Set<SectionMark>();
  /** Where a roster ended on a line that was no entry: what follows, up to a turn, is the publisher's. */
  const rosterEnds: number[] = [];
  /** Roster lines whose name runs into the firm ("Jane Roe Acme Corp - CFO"): split once the speakers are known. */
  const unsplit: { line: number; left: string; title: string; role: Role | null }[] = [];

  for (let i = own?.after ?? 0; i < limit; i++) {
    if (lines.isBlank(i)) continue;
    const raw = head(lines, i);
    const text = raw.trim();
    if (RULE.test(text) || PAGE_NUMBER.test(text)) continue;
    const kind = titleKind(text);
    const above = sections[sections.length - 1];
    if (!kind && above) filled.add(above);
    if (kind) {
      sections.push({ boundary: boundaryAt(lines, i), line: i, title: text.replace(/:$/, ''), kind });
      inRoster = kind === 'participants';
      rosterRole = inRoster ? headingRole(text) : null;
      publisherUntilSection = false;
      structure = true;
      continue;
    }
    if (isPublisherHeading(text)) {
      sections.push({ boundary: boundaryAt(lines, i), line: i, title: text.replace(/:$/, ''), kind: 'other' });
      notSpeech.push({ kind: 'summary', range: lines.lineRange(i, i) });
      inRoster = false;
      publisherUntilSection = true;
      structure = true;
      continue;
    }
    // "PARTICIPANTS … Jane Roe -- CFO", then "JANE ROE (CFO):" over what she says: a roster lists, it
    // does not speak; a listed person's line with speech under it opens the first turn.
    if (inRoster && roster.size > 0 && listedSpeaking(lines, i, roster)) {
      inRoster = false;
      rosterEnds.push(i);
    }
    if (inRoster) {
      const previous = participants[participants.length - 1];
      if (
        previous &&
        previous.range.end.line === i - 1 &&
        /^\s/.test(raw) &&
        !/^\s/.test(head(lines, i - 1)) &&
        text.length <= 60 &&
        !/[.!?:;]$/.test(text) &&
        !/^[*•·]\s/.test(text)
      ) {
        // "Ada Roe, Chief Executive Officer, Acme" over an indented "  Rail Group": the entry, wrapped.
        if (previous.firm || !previous.title) previous.firm = previous.firm ? `${previous.firm} ${text}` : text;
        else previous.title = `${previous.title} ${text}`;
        previous.range = lines.lineRange(previous.range.start.line, i);
        continue;
      }
      const entry = rosterEntry(lines, i, rosterRole);
      if (entry) {
        // A roster may list one person twice, named two ways ("Amy E. Hood", "Amy Hood").
        if (!roster.has(nameKey(entry.participant.name))) participants.push(entry.participant);
        roster.add(nameKey(entry.participant.name));
        i = entry.last;
        continue;
      }
      const aff = affiliationLine(text);
      if (previous && !previous.firm && !previous.title && aff && previousText(lines, i) === previous.range.end.line) {
        // A name alone over its "Firm - Title".
        Object.assign(previous, aff, { range: lines.lineRange(previous.range.start.line, i) });
        if (previous.role === 'unknown' && aff.title && /\banalyst\b/i.test(aff.title)) previous.role = 'analyst';
        continue;
      }
      const joined = /^(\p{Lu}.{2,80}?)\s+[-–—]\s+(\S.{0,150})$/u.exec(text);
      if (joined && !/[.!?;:]$/.test(text)) {
        const [, left = '', title = ''] = joined;
        unsplit.push({ line: i, left: left.replace(/\s+/g, ' '), title: title.trim(), role: rosterRole });
        continue;
      }
      if (previous && previous.range.end.line === i - 1 && isWrappedTail(text)) {
        // The entry above, wrapped: "... - VP of" over "Investor Relations".
        if (previous.title) previous.title = `${previous.title} ${text}`;
        else previous.firm = previous.firm ? `${previous.firm} ${text}` : text;
        previous.range = lines.lineRange(previous.range.start.line, i);
        continue;
      }
      inRoster = false;
      if (participants.length) rosterEnds.push(i);
    }
    if (isCopyright(text)) {
      const end = paragraphEnd(lines, i);
      notSpeech.push({ kind: 'copyright', range: lines.lineRange(i, end) });
      i = end;
      continue;
    }
    if (publisherUntilSection) {
      // notSpeech holds at least the heading's entry: the last one runs on to here.
      const last = notSpeech[notSpeech.length - 1]!;
      last.range = { start: last.range.start, end: lines.lineRange(i, i).end };
      continue;
    }
    const hit: SpeakerHit | null = lineSpeaker(text) ?? inlineSpeaker(raw);
    if (hit) {
      const c = withAffiliation(lines, i, hit);
      candidates.push(c);
      i = c.last;
    }
    if (!structure && early.length < EARLY_LINES && !(preset?.ignoreHeaderLine?.(text) ?? false)) early.push({ line: i, text });
  }

  // Drop a table of contents: titles with nothing under them before the next title.
  const kept = sections.filter((s, k) => filled.has(s) || k === sections.length - 1);
  sections.length = 0;
  sections.push(...kept);
  const speechFrom = preset?.speechFrom?.(lines) ?? 0;
  const frame = preset?.speakerFrame;
  const framed = (c: Candidate) =>
    !frame || (c.line > 0 && c.last + 1 < lines.count && frame.test(head(lines, c.line - 1)) && frame.test(head(lines, c.last + 1)));
  if (speechFrom > 0 || frame) candidates.splice(0, candidates.length, ...candidates.filter((c) => c.line > speechFrom && framed(c)));
  // A roster name that runs into its firm ("Jane Roe Acme Inc - CFO") still lists the speaker "Jane Roe".
  const rosterTexts = [...unsplit.map((u) => u.left), ...participants.map((p) => p.name)];
  for (const speaker of new Set(candidates.map((c) => c.hit.speaker))) {
    if (!roster.has(nameKey(speaker)) && rosterTexts.some((r) => r.startsWith(`${speaker} `))) roster.add(nameKey(speaker));
  }
  const profile = inferProfile(candidates, roster, preset?.id ?? null, participants.length + unsplit.length);
  const turns: TurnMark[] = [];
  let previous: string | null = null;
  let sectionIndex = 0;
  const sorted = [...sections].sort((a, b) => a.line - b.line);
  candidates.forEach((c, k) => {
    let crossed = false;
    while ((sorted[sectionIndex]?.line ?? Infinity) < c.line) {
      sectionIndex++;
      crossed = true;
    }
    const before = turns[turns.length - 1] ?? null;
    // Named once, a speaker is one the operator or the last speaker handed over to, or the one who
    // opens the speech under its heading.
    const entered = crossed ? sorted[sectionIndex - 1]?.kind : undefined;
    const opens = entered === 'presentation' || entered === 'qa';
    const introduced = () => opens || (before !== null && (before.speaker === 'Operator' || namedAbove(lines, c, candidates[k - 1]?.line ?? 0)));
    if (!profile.accepted.has(c.hit.shape) || !speaks(lines, c, profile, roster, introduced)) {
      previous = null;
      return;
    }
    // A speaker line naming whoever is speaking, right under their own, continues their turn (the page
    // broke it in two). The operator's are kept apart: each introduces another questioner.
    const key = nameKey(c.hit.speaker);
    if (!crossed && previous === key && c.hit.shape !== 'operator' && !c.hit.numbered) return;
    previous = key;
    turns.push(turnOf(lines, c));
  });

  participants.push(...unsplit.map((u) => splitRosterLine(lines, u, turns)));
  for (const p of participants) if (!p.firm) Object.assign(p, heardName(p.name, turns));
  participants.sort((a, b) => a.range.start.line - b.range.start.line);
  for (const end of rosterEnds) {
    const from = end;
    const next = [...turns.map((t) => t.line), ...sections.map((s) => s.line)].filter((l) => l >= from).sort((a, b) => a - b)[0] ?? lines.count;
    let last = next - 1;
    while (last >= from && lines.isBlank(last)) last--;
    // A site's summary under its roster, or its footer after a closing roster: no one says it.
    if (last < from) continue;
    notSpeech.push({ kind: 'summary', range: lines.lineRange(from, last) });
    sections.push({ boundary: from, line: from, title: 'Summary', kind: 'other' });
  }
  notSpeech.sort((a, b) => a.range.start.line - b.range.start.line);
  const meta: Meta = own?.meta ?? emptyMeta();
  meta.provider ??= preset?.provider ?? null;
  const firstTurn = turns[0]?.line ?? lines.count;
  readHeaderBlock(
    early.filter((e) => e.line < firstTurn).map((e) => e.text),
    meta,
  );
  readOpeningWords(
    turns.slice(0, 3).map((t) => openingText(lines, t)),
    meta,
  );
  for (const p of participants) if (p.role === 'executive') p.firm ??= meta.company;
  const notes: string[] = [];
  if (!meta.company && !meta.ticker) notes.push('No company found in the title, the header or the opening words.');
  if (!meta.period) notes.push('No fiscal period found in the title, the header or the opening words: figures get no period.');
  if (turns.length === 0) notes.push('No speaker turns recognised: figures only.');
  addInferredSections(lines, sections, turns, 'Question-and-Answer Session');
  return {
    draft: {
      format: turns.length ? (preset?.id ?? 'generic') : 'plain',
      meta,
      sections,
      turns,
      participants,
      notes,
      profile: publicProfile(profile),
      notSpeech,
    },
    profile,
  };
}

/** The first lines a turn says: where the operator welcomes callers to "the third quarter 2031 call". */
function openingText(lines: TextLines, t: TurnMark): string {
  let text = head(lines, t.bodyStart.line).slice(t.bodyStart.character);
  for (let i = t.bodyStart.line + 1; i < Math.min(lines.count, t.bodyStart.line + 4); i++) text += ` ${head(lines, i)}`;
  return text;
}

/** Confidence already worked out per text: every layout's detection asks for it. */
const confidences = new WeakMap<TextLines, number>();

/** How sure the reader is, from the first lines, that a text has a layout of speaker lines. */
export function layoutConfidence(lines: TextLines): number {
  let c = confidences.get(lines);
  if (c === undefined) confidences.set(lines, (c = readLayout(lines, [], sniffCount(lines)).profile.confidence));
  return c;
}
