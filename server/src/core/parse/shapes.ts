// The shapes a speaker line takes, each defined once with examples. A shape reads one trimmed line
// and says who it names; it never decides alone that the line opens a turn: the layout profile
// (profile.ts) accepts a shape only where it recurs in the file, and the reader checks each name
// against the roster and the names the shape repeats.
import type { Role } from '../model';
import { isUnidentified, looksLikeName } from './names';

export type ShapeId =
  | 'operator'
  | 'unidentified'
  | 'qa-prefix'
  | 'name-dash'
  | 'name-double-dash'
  | 'name-comma'
  | 'name-paren'
  | 'name-pipe'
  | 'bracketed'
  | 'bare-name'
  | 'name-over-affiliation'
  | 'inline';

export interface SpeakerHit {
  shape: ShapeId;
  speaker: string;
  firm: string | null;
  title: string | null;
  /** Where the line itself says the role ("Q - Name" asks, "Name--Analyst"). */
  role?: Role;
  /** Inline shapes: where the spoken text starts on the line (after "Name:"). */
  bodyAt?: number;
  /** Where the name starts on the (untrimmed) line, for inline shapes. */
  nameAt?: number;
  /** Inline shapes: how long the name is as written ("Moderator", read as the Operator). */
  nameLength?: number;
  /** The line carries the source's turn number ("[12]"): each such header is a turn of its own. */
  numbered?: boolean;
}

/** Longest speaker line a shape reads: longer lines are prose. */
const MAX_SPEAKER_LINE = 300;
const DASH = /\s+[-–—]\s+/;

/** A line that ends like a sentence or a clause is speech, not a speaker line. */
function endsLikeProse(text: string): boolean {
  return /[.!?,;]$/.test(text) && !/\b(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros|L\.?P|LLC|S\.A|N\.V|plc)\.$/i.test(text) && !/\b\p{Lu}\.$/u.test(text);
}

/** "Speaker 2": a transcription service's name for one voice it could not name, the same voice each time. */
const VOICE_LABEL = /^speaker\s+\d{1,2}$/i;

/** Words that make capitalised words a firm's name, not a person's: "Northgate Securities", "Acme Corp". */
const FIRM_WORD =
  /\b(?:inc|corp|corporation|co|company|ltd|llc|llp|plc|lp|holdings|securities|capital|partners|research|markets|associates|advisors|advisers|management|investments|financial|technologies|systems|international|media|global|fund|funds|trust|equity)\b\.?/i;

/** A name of a person on a speaker line: capitalised words ("Jane Roe", "JANE ROE", "H. Jane Roe, Jr."), not a firm or a job. */
export function personName(text: string): boolean {
  const t = text.replace(/,\s*(?:Jr|Sr|II|III|IV)\.?$/i, '');
  if (isUnidentified(t) || VOICE_LABEL.test(t)) return true;
  return looksLikeName(t) && !FIRM_WORD.test(t) && !isJobTitle(t);
}

/**
 * "Firm - Title" or one affiliation ("Chief Financial Officer", "Northgate Securities"). After a name
 * the last part is the title ("Name - Firm - Unit - CFO"); on an affiliation line of its own the
 * first part is the firm (`firmFirst`: "Acme Inc. - CEO - Acme Labs").
 */
export function splitAffiliation(rest: string, firmFirst = false): { firm: string | null; title: string | null } {
  const parts = rest
    .split(DASH)
    .map((p) => p.trim())
    .filter(Boolean);
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (first === undefined || last === undefined) return { firm: null, title: null };
  if (parts.length > 1 && firmFirst) return { firm: first, title: parts.slice(1).join(' - ') };
  if (parts.length > 1) return { firm: parts.slice(0, -1).join(' - '), title: last };
  return isJobTitle(first) ? { firm: null, title: first } : { firm: first, title: null };
}

/** Words that make an affiliation a job rather than a firm: "EVP and CFO", "Head of IR", "Analyst". */
export function isJobTitle(text: string): boolean {
  return /\b(?:ceo|cfo|coo|cto|cio|evp|svp|vp|chief|president|chairman|chairwoman|chair|officer|director|head|treasurer|controller|secretary|counsel|founder|manager|investor relations|ir|analyst|partner|principal|executive|vice)\b/i.test(
    text,
  );
}

/**
 * Who runs the call, by any of its names: "Operator", "Conference Operator", "Moderator", "Host",
 * "Coordinator". Each is the operator (the Q&A opens with its introductions), named so.
 */
const CALL_HOST = /^(?:(?:conference\s+)?operator|(?:conference\s+|call\s+)?(?:moderator|host|coordinator))$/i;

/** Examples: "Operator", "OPERATOR", "Moderator". */
function operator(text: string): SpeakerHit | null {
  return CALL_HOST.test(text) ? { shape: 'operator', speaker: 'Operator', firm: null, title: null } : null;
}

/** Examples: "Unidentified Analyst", "Unknown Speaker", "Unidentified Participant - Firm". */
function unidentified(text: string): SpeakerHit | null {
  const [name = '', ...rest] = text.split(DASH);
  if (!isUnidentified(name)) return null;
  return { shape: 'unidentified', speaker: name.trim(), ...splitAffiliation(rest.join(' - ')) };
}

/** Examples: "Q - Jane Roe", "A - Richard Roe", "Q: Jane Roe" (the asker and the answerer of a Q&A). */
function qaPrefix(text: string): SpeakerHit | null {
  const m = /^([QA])\s*[-–—:]\s*(\S.*)$/.exec(text);
  if (!m) return null;
  const [, side, name = ''] = m;
  if (!personName(name)) return null;
  return { shape: 'qa-prefix', speaker: name.trim(), firm: null, title: null, role: side === 'Q' ? 'analyst' : 'executive' };
}

/**
 * Examples: "Jane Roe - Northgate Securities", "Jane Roe - Chief Financial Officer",
 * "Jane Roe - Zephyr Widgets Corp - CFO" (firm, then title).
 */
function nameDash(text: string): SpeakerHit | null {
  const at = text.search(DASH);
  if (at <= 0) return null;
  const name = text.slice(0, at).trim();
  if (!personName(name) || /\s--\s|--/.test(name)) return null;
  const rest = text.slice(at).replace(DASH, '');
  if (!rest || endsLikeProse(text)) return null;
  return { shape: 'name-dash', speaker: name, ...splitAffiliation(rest) };
}

/** Examples: "Jane Roe--Chief Executive Officer", "Hugo Brandt--Calder & Fenn -- Analyst". */
function nameDoubleDash(text: string): SpeakerHit | null {
  const m = /^(\S.{0,59}?)\s*--\s*(\S.*)$/.exec(text);
  if (!m) return null;
  const [, name = '', rest = ''] = m;
  if (!personName(name) || endsLikeProse(text)) return null;
  const parts = rest.split(/\s+--\s+/).map((p) => p.trim());
  const title = parts[parts.length - 1]!;
  return {
    shape: 'name-double-dash',
    speaker: name.trim(),
    firm: parts.length > 1 ? parts.slice(0, -1).join(' -- ') : null,
    title,
    role: /^analyst$/i.test(title) ? 'analyst' : undefined,
  };
}

/**
 * Examples: "Priya Raman,  Northgate Securities - Analyst", "Tomas Lindqvist, Zephyr Widgets Corp - CEO",
 * "Mira Okafor;Director of Investor Relations".
 */
function nameComma(text: string): SpeakerHit | null {
  const m = /^([^,;]{2,60}?)(?:,\s+|;\s*)(\S.*)$/.exec(text);
  if (!m) return null;
  const [, name = '', rest = ''] = m;
  // Not "Acme, Inc. (NYSE:ACME) Q1 2031 Earnings Call": an affiliation has no figures or exchange tickers.
  if (!personName(name) || endsLikeProse(text) || /^(?:Jr|Sr|II|III|IV|Inc|Ltd)\.?(?:\s+[-–—]\s|,|$)/i.test(rest) || /\d|\([A-Za-z]+\s*:/.test(rest))
    return null;
  const dash = /^(.+?)\s+[-–—]\s+(.+)$/.exec(rest);
  if (dash) {
    const [, firm = '', title = ''] = dash;
    return { shape: 'name-comma', speaker: name.trim(), firm: firm.trim(), title: title.trim() };
  }
  return { shape: 'name-comma', speaker: name.trim(), ...(commaAffiliation(rest) ?? splitAffiliation(rest)) };
}

/** Examples: "TOMAS LINDQVIST (Chief Executive Officer):", "Priya Raman (Northgate Securities)". */
function nameParen(text: string): SpeakerHit | null {
  const m = /^([^()]{2,60}?)\s*\(([^()]{2,100})\)\s*:?$/.exec(text);
  if (!m) return null;
  const [, name = '', affiliation = ''] = m;
  if (!personName(name)) return null;
  return { shape: 'name-paren', speaker: name.trim(), ...splitAffiliation(affiliation) };
}

/** Examples: "Jane Roe | Chief Financial Officer", "Priya Raman | Northgate Securities | Analyst". */
function namePipe(text: string): SpeakerHit | null {
  const parts = text.split(/\s*\|\s*/);
  const [name = ''] = parts;
  if (parts.length < 2 || parts.length > 3 || !personName(name) || parts.some((p) => !p)) return null;
  return { shape: 'name-pipe', speaker: name, ...splitAffiliation(parts.slice(1).join(' - ')) };
}

/** Examples: "[Jane Roe, Northgate Securities]", "[Tomas Lindqvist]". */
function bracketed(text: string): SpeakerHit | null {
  const m = /^\[([^\],]{2,60})(?:,\s*([^\]]{1,100}))?\]$/.exec(text);
  if (!m) return null;
  const [, name = '', affiliation] = m;
  if (!personName(name)) return null;
  return { shape: 'bracketed', speaker: name.trim(), ...(affiliation ? splitAffiliation(affiliation) : { firm: null, title: null }) };
}

/** Examples: "Jane Roe", "Mira J. Okafor", "JANE ROE", "Jane" (one word only where the roster names her). */
function bareName(text: string): SpeakerHit | null {
  return personName(text) ? { shape: 'bare-name', speaker: text, firm: null, title: null } : null;
}

/**
 * The line under a bare name, when it is the name's affiliation: "Northgate Securities - Analyst",
 * "Zephyr Widgets Corp - Chief Executive Officer" (a name line over an affiliation line). Not a
 * sentence, not another person's name.
 */
export function affiliationLine(text: string): { firm: string | null; title: string | null } | null {
  const t = text.trim();
  if (t.length > 150 || endsLikeProse(t)) return null;
  // "Chief Financial Officer, Zephyr Widgets Corp.", "Analyst, Northgate Securities LLC": the job, then the firm.
  const job = personName(t.split(',')[0]!) ? null : commaAffiliation(t);
  if (job) return job;
  if (!DASH.test(t)) return null;
  const parts = t.split(DASH);
  if (parts.some((p) => p.trim().length === 0) || personName(parts[0]!)) return null;
  return splitAffiliation(t, true);
}

const JOB_COMMA_FIRM = /^([^,]{2,80}),\s+(\p{Lu}[^,]{1,80})$/u;

/** "Chief Executive Officer, Zephyr Widgets Corp." or "Zephyr Widgets Corp., CEO": a job and a firm, either way round. */
function commaAffiliation(text: string): { firm: string; title: string } | null {
  const m = JOB_COMMA_FIRM.exec(text.trim());
  if (!m || /\d/.test(text)) return null;
  const [, first = '', second = ''] = m;
  if (isJobTitle(first) && !isJobTitle(second)) return { title: first.trim(), firm: second.trim() };
  if (isJobTitle(second) && !isJobTitle(first)) return { firm: first.trim(), title: second.trim() };
  return null;
}

/** "Name:" at the start of a line; the name is checked separately, so this cannot run long. */
const INLINE = /^(\s*)([^:\s][^:]{0,99}?)\s*:/;
/** Where the colon after a label may be at the latest: INLINE's indent and 100 characters. */
const MAX_LABEL = 140;
const isBlankChar = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0;

/**
 * A recording's time where a speaker line starts or ends: "[00:01:02] Jane Roe: …", "(1:02) Jane Roe",
 * "Jane Roe  00:01:02". Transcription services write one on every turn; it is no part of the name.
 */
const STAMP = String.raw`[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?`;
const LEADING_STAMP = new RegExp(String.raw`^(\s*)${STAMP}\s+(?=\S)`);
const TRAILING_STAMP = new RegExp(String.raw`\s+${STAMP}:?$`);
/** "Jane Roe (00:01:02): …", "Speaker 2 [1:02]: …": a name, its time, then the colon. */
const NAME_STAMP = new RegExp(String.raw`^(\s*)([^:()\[\]]{2,60}?)\s+[\[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]\s*:`);
/** A time stamp can open the line: it starts with a bracket or a digit. */
function mayOpenWithStamp(line: string): boolean {
  let i = 0;
  while (i < line.length && isBlankChar(line.charCodeAt(i))) i++;
  const c = line.charCodeAt(i);
  return c === 0x5b || c === 0x28 || (c >= 0x30 && c <= 0x39);
}

/** A time stamp can end the line: a digit or a closing bracket (and a colon) ends it, and it has a colon. */
function mayEndWithStamp(line: string): boolean {
  const end = line.endsWith(':') ? line.length - 2 : line.length - 1;
  const c = line.charCodeAt(end);
  return (c === 0x5d || c === 0x29 || (c >= 0x30 && c <= 0x39)) && line.includes(':');
}

/** The line's first colon follows a digit, within a label's length: "Jane Roe (00:01:02): …". */
function colonAfterDigit(line: string, colon: number): boolean {
  if (colon < 3) return false;
  const c = line.charCodeAt(colon - 1);
  return c >= 0x30 && c <= 0x39;
}

/** WebVTT's voice tag: "<v Jane Roe>Thank you." */
const VOICE = /^(\s*)<v(?:\.[\w.-]+)?\s+([^<>]{2,60})>/;

/** Shapes of the label before an inline speaker's colon that give the person's firm or title too. */
const LABEL_SHAPES = [qaPrefix, nameParen, nameComma, nameDash];
/** Marks a web page or a caption file puts around a speaker's label: bold, a caption's ">>", angle brackets. */
const OPENING_MARK = /^(?:>{1,2}\s*|\*\*|__|<)/;
const CLOSING_MARK = /(?:\*\*|__|>)$/;

/**
 * Examples: "Jane Roe: Thank you.", "Operator:Welcome", "Jane Roe:" alone over her text,
 * "Analyst (Jane Roe): one more question". Not
 * "Gross Margin: up 40 basis points" (the profile needs the name to recur as a speaker's).
 */
export function inlineSpeaker(line: string): SpeakerHit | null {
  const voice = VOICE.exec(line);
  if (voice) {
    const [whole, , name = ''] = voice;
    const who = CALL_HOST.test(name.trim()) ? 'Operator' : name.trim();
    if (who !== 'Operator' && !isUnidentified(who) && !looksLikeName(who, 4)) return null;
    return { shape: 'inline', speaker: who, firm: null, title: null, nameAt: whole.indexOf(name), nameLength: name.trim().length, bodyAt: whole.length };
  }
  // "[00:01:02] Jane Roe: …": the time is read past; positions stay those of the line.
  const stamp = mayOpenWithStamp(line) ? LEADING_STAMP.exec(line) : null;
  const skip = stamp ? stamp[0].length - (stamp[1]?.length ?? 0) : 0;
  const raw = stamp ? (stamp[1] ?? '') + line.slice(stamp[0].length) : line;
  const hit = inlineAt(raw);
  return hit && skip ? { ...hit, nameAt: (hit.nameAt ?? 0) + skip, bodyAt: (hit.bodyAt ?? 0) + skip } : hit;
}

function inlineAt(raw: string): SpeakerHit | null {
  // "Jane Roe (00:01:02): …": the time's own colons are not the label's.
  // A label ends at a colon within its length: a line without one is read no further.
  const colon = raw.indexOf(':');
  if (colon < 0 || colon > MAX_LABEL) return null;
  const timed = colonAfterDigit(raw, colon) ? NAME_STAMP.exec(raw) : null;
  const m = timed ?? INLINE.exec(raw);
  if (!m) return null;
  const [whole, indent = '', label = ''] = m;
  // "**Jane Roe:** …", ">> JANE ROE: …", "<Q - Jane Roe>: …": marks around the label are no part of it.
  const open = OPENING_MARK.exec(label)?.[0] ?? '';
  const close = CLOSING_MARK.exec(label.slice(open.length))?.[0] ?? '';
  const core = label.slice(open.length, label.length - close.length).trim();
  const at = indent.length + open.length;
  let body = whole.length;
  if (raw.startsWith('**', body) || raw.startsWith('__', body)) body += 2;
  while (body < raw.length && /\s/.test(raw.charAt(body))) body++;
  // "Analyst (Jane Roe): ...": the role, then the person.
  const labelled = /^(Analyst|Executive|Moderator)\s*\(([^()]{2,60})\)$/i.exec(core);
  const [, kind = '', person = ''] = labelled ?? [];
  if (labelled && personName(person)) {
    const role = kind.toLowerCase() === 'analyst' ? 'analyst' : kind.toLowerCase() === 'executive' ? 'executive' : undefined;
    return { shape: 'inline', speaker: person.trim(), firm: null, title: null, ...(role ? { role } : {}), nameAt: at + core.indexOf('(') + 1, bodyAt: body };
  }
  const name = CALL_HOST.test(core) ? 'Operator' : core;
  if (name === 'Operator' || isUnidentified(name) || VOICE_LABEL.test(name) || looksLikeName(name, 4))
    return { shape: 'inline', speaker: name, firm: null, title: null, nameAt: at, nameLength: core.length, bodyAt: body };
  // "Jane Roe, Chief Financial Officer: …", "Jane Roe (Northgate Securities): …", "Q - Jane Roe: …":
  // the person and their affiliation or side.
  for (const shape of LABEL_SHAPES) {
    const hit = shape(core);
    if (hit) return { ...hit, shape: 'inline', nameAt: at + Math.max(0, core.indexOf(hit.speaker)), bodyAt: body };
  }
  return null;
}

/** Shapes of a speaker line standing alone, most specific first. */
const LINE_SHAPES = [operator, unidentified, qaPrefix, bracketed, namePipe, nameParen, nameDoubleDash, nameComma, nameDash, bareName];

/**
 * The line without trailing separators that introduce nothing ("Ellen Roe,   -" → "Ellen Roe"), and
 * the first of them. A loop from the end, not a pattern: spaces and dashes must not backtrack.
 */
function emptyAffiliation(t: string): { bare: string; separator: ',' | '-' | null } {
  let end = t.length;
  let separator: ',' | '-' | null = null;
  for (;;) {
    let j = end;
    while (j > 0 && /\s/.test(t.charAt(j - 1))) j--;
    const ch = t[j - 1];
    if (ch === ',' || ch === ';') separator = ',';
    else if ((ch === '-' || ch === '–' || ch === '—') && j >= 2 && /\s/.test(t.charAt(j - 2))) separator = '-';
    else break;
    end = j - 1;
  }
  return separator ? { bare: t.slice(0, end).trimEnd(), separator } : { bare: t, separator: null };
}

/** "**Jane Roe** - CFO", ">> JANE ROE", "<Q - Jane Roe>": the line without the marks around its words. */
function undecorated(t: string): string {
  const bare = t.includes('**') || t.includes('__') ? t.replace(/\*\*|__/g, '').trim() : t;
  const caption = bare.startsWith('>') ? bare.replace(/^>{1,2}\s*/, '') : bare;
  return caption.startsWith('<') && caption.endsWith('>') ? caption.slice(1, -1).trim() : caption;
}

/** A turn number after a speaker line: "Operator    [1]", "Jane Roe,  Firm - CFO    [12]". */
const TURN_NUMBER = /\s+\[\d{1,5}\]$/;

/** The shape a line standing alone has as a speaker line, or null. */
export function lineSpeaker(text: string): SpeakerHit | null {
  const plain = undecorated(text.trim());
  // Most lines have no time stamp: the patterns run only where a line could start or end with one.
  const unstamped = mayOpenWithStamp(plain) ? plain.replace(LEADING_STAMP, '') : plain;
  const trimmed = mayEndWithStamp(unstamped) ? unstamped.replace(TRAILING_STAMP, '') : unstamped;
  if (trimmed.length > MAX_SPEAKER_LINE + 10) return null;
  // "Jane Roe - Chief Financial Officer:" over her speech: the colon ends the header.
  const unnumbered = trimmed.endsWith(']') ? trimmed.replace(TURN_NUMBER, '') : trimmed;
  const t = unnumbered.endsWith(':') ? unnumbered.replace(/\s*:$/, '') : unnumbered;
  if (t.length < 2 || t.length > MAX_SPEAKER_LINE) return null;
  const numbered = unnumbered.length < trimmed.length ? { numbered: true } : {};
  // "Ellen Roe,   -     [2]": an affiliation left empty, in the shape of its separator.
  const { bare, separator } = emptyAffiliation(t);
  for (const shape of LINE_SHAPES) {
    let hit = shape(bare);
    if (hit?.shape === 'bare-name' && separator) hit = { ...hit, shape: separator === ',' ? 'name-comma' : 'name-dash' };
    // "Operator | Moderator", "OPERATOR (Host):": the operator whatever the shape.
    if (hit) return CALL_HOST.test(hit.speaker) ? { ...hit, ...numbered, shape: 'operator', speaker: 'Operator' } : { ...hit, ...numbered };
  }
  return null;
}
