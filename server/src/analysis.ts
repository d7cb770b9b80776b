// One analysis per document version: every feature reads this, nothing parses twice.
import type { Diagnostic } from 'vscode-languageserver-types';
import { documentFigures, documentTranscript, type Call } from './calls';
import type { Figure } from './figures/figure';
import { FigureMemo } from './figures/memo';
import { recogniseFigures } from './figures/recognise';
import { buildLedger } from './ledger/ledger';
import type { Transcript } from './model';
import { callStarts, formatOf, parseWith } from './parse';
import { SNIFF_LINES, type TranscriptFormat } from './parse/format';
import { TextLines } from './text';

export interface AnalysisOptions {
  /** Above this many characters only the structure is computed (no figures, no diagnostics). */
  maxFullAnalysisChars: number;
}

export const DEFAULT_OPTIONS: AnalysisOptions = { maxFullAnalysisChars: 20 * 1024 * 1024 };

/** A change to the text, in the coordinates of the text before it (what LSP's incremental sync sends). */
export interface TextChange {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

export interface Analysis {
  lines: TextLines;
  /** The layout parsed, or null for data read as plain text. */
  format: TranscriptFormat | null;
  /** The calls the document holds, in order: one for a transcript, several for a merged file. */
  calls: Call[];
  /** The whole document's transcript (made from the calls when first asked for). */
  readonly transcript: Transcript;
  /** Every figure, in document order (made from the calls when first asked for). */
  readonly figures: Figure[];
  diagnostics: Diagnostic[];
  /** True when the text was over the size limit and only the outline was computed. */
  outlineOnly: boolean;
}

/** More changes than this in one go (a replace-all) and the document is analysed afresh. */
const MAX_CHANGES = 16;

/** A call of the new version: kept as it was, or to analyse again with the memo of the one it replaces. */
interface Slot {
  start: number;
  call: Call | null;
  memo?: FigureMemo;
}

/**
 * The analysis of `text`. Given the analysis of the version before and the changes that made
 * `text` of it, only the calls the changes fall in are analysed again, and within them the
 * figures of unchanged turns are reused; the result is the same as without them.
 */
export function analyse(text: string, options: AnalysisOptions = DEFAULT_OPTIONS, previous?: Analysis, changes?: readonly TextChange[]): Analysis {
  const outlineOnly = text.length > options.maxFullAnalysisChars;
  const same = previous?.outlineOnly === outlineOnly ? previous : undefined;
  const update = same && changes ? edited(same, text, changes) : null;
  if (update) return build(update.lines, update.format, update.slots, outlineOnly, options);
  const lines = new TextLines(text);
  const format = formatOf(lines);
  // Without the changes, each call's figures are looked for in the memo of the call at its place.
  const slots = callStarts(lines, format).map((start, i): Slot => ({ start, call: null, memo: same?.calls[i]?.memo }));
  return build(lines, format, slots, outlineOnly, options);
}

function build(lines: TextLines, format: TranscriptFormat | null, slots: Slot[], outlineOnly: boolean, options: AnalysisOptions): Analysis {
  const calls = slots.map((s, i) => s.call ?? analyseCall(lines, s.start, i + 1 < slots.length ? slots[i + 1].start : lines.count, format, outlineOnly, s.memo));
  if (outlineOnly) {
    const notes = calls[0].transcript.notes.filter((n) => !n.startsWith(OVER_LIMIT));
    calls[0].transcript.notes = [...notes, `${OVER_LIMIT} (${Math.round(options.maxFullAnalysisChars / 1048576)} MB): only the outline is computed.`];
  }
  let transcript: Transcript | undefined;
  let figures: Figure[] | undefined;
  return {
    lines,
    format,
    calls,
    get transcript() {
      return (transcript ??= documentTranscript(calls));
    },
    get figures() {
      return (figures ??= documentFigures(calls));
    },
    diagnostics: [],
    outlineOnly,
  };
}

const OVER_LIMIT = 'Over the size limit';

function analyseCall(doc: TextLines, start: number, end: number, format: TranscriptFormat | null, outlineOnly: boolean, memo = new FigureMemo()): Call {
  const lines = start === 0 && end === doc.count ? doc : doc.slice(start, end);
  const transcript = parseWith(lines, format);
  const figures = outlineOnly ? [] : recogniseFigures(lines, transcript, memo);
  return { start, lines, transcript, figures, ledger: buildLedger(figures, lines, transcript), memo };
}

function firstNonBlank(lines: TextLines): number {
  let i = 0;
  while (i < lines.count - 1 && lines.isBlank(i)) i++;
  return i;
}

/**
 * What the changes leave of the last analysis: the new lines (the old ones patched) and, per
 * call, the call itself when no change fell in it. Null when the changes may have moved where
 * calls start or the layout the text is read in: the caller analyses afresh then.
 */
function edited(previous: Analysis, text: string, changes: readonly TextChange[]): { lines: TextLines; format: TranscriptFormat | null; slots: Slot[] } | null {
  if (changes.length === 0 || changes.length > MAX_CHANGES) return null;
  const opens = previous.format?.startsCall;
  const slots: Slot[] = previous.calls.map((c) => ({ start: c.start, call: c, memo: c.memo }));
  let lines = previous.lines;
  // Changes at the top may change the layout detected, or whether the first banner opens a call.
  let top = false;
  for (const [n, c] of changes.entries()) {
    const from = lines.offsetAt(c.range.start);
    const to = Math.max(from, lines.offsetAt(c.range.end));
    const first = lines.positionAt(from).line;
    const last = lines.positionAt(to).line;
    top ||= first < SNIFF_LINES || first <= firstNonBlank(lines);
    // A banner edited, typed or split by a new line moves where calls start.
    for (let i = first; i <= last && opens; i++) if (opens(lines.line(i))) return null;
    const expected = lines.text.length - (to - from) + c.text.length;
    const doc = n === changes.length - 1 ? text : lines.text.slice(0, from) + c.text + lines.text.slice(to);
    if (doc.length !== expected) return null; // the changes do not describe this text
    lines = lines.edited(doc, from, to, c.text.length);
    const added = lines.positionAt(from + c.text.length).line;
    for (let i = first; i <= added && opens; i++) if (opens(lines.line(i))) return null;
    slots.forEach((s, k) => {
      const next = k + 1 < slots.length ? slots[k + 1].start : Infinity;
      if (s.start > last) s.start += added - last;
      else if (next > first) s.call = null;
    });
  }
  const format = top ? formatOf(lines) : previous.format;
  if (format !== previous.format) return null;
  if (top && callStarts(lines, format).join() !== slots.map((s) => s.start).join()) return null;
  for (const s of slots) if (s.call && s.call.start !== s.start) s.call = { ...s.call, start: s.start };
  return { lines, format, slots };
}
