// One analysis per document version: every feature reads this, nothing parses twice.
import type { Diagnostic } from 'vscode-languageserver-types';
import { withIdentity, type CallIdentity } from './features/callInfo';
import { callAt, documentFigures, documentTranscript, type Call } from './calls';
import type { Figure } from './figures/figure';
import { FigureMemo } from './figures/memo';
import { figureSteps } from './figures/recognise';
import { buildLedger, type Ledger } from './ledger/ledger';
import type { Transcript } from './model';
import { callStartSteps, firstText, formatOf, opensCall, parseWith } from './parse';
import { SNIFF_LINES, type TranscriptFormat } from './parse/format';
import { finish } from './steps';
import { TextLines } from './text';

export interface AnalysisOptions {
  /** Above this many characters only the structure is computed (no figures, no diagnostics). */
  maxFullAnalysisChars: number;
  /**
   * The company and period set by hand for this document, applied to its first call's meta before
   * its figures are read (a merged file's later calls keep what the reader found in them).
   */
  identity?: CallIdentity | null;
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
export const MAX_CHANGES = 16;

/** A call of the new version: kept as it was, or to analyse again (its lines when an edit made them). */
interface Slot {
  start: number;
  call: Call | null;
  memo?: FigureMemo;
  lines?: TextLines;
}

/**
 * The analysis of `text` (or of the text `text()` returns: an edited document's text is read only
 * when the analysis needs it). Given the analysis of the version before and the changes that made
 * this text of it, only the calls the changes fall in are analysed again, from their own text, and
 * within them the figures of unchanged turns are reused; the result is the same as without them.
 */
export function analyse(
  text: string | (() => string),
  options: AnalysisOptions = DEFAULT_OPTIONS,
  previous?: Analysis,
  changes?: readonly TextChange[],
): Analysis {
  return finish(analysisSteps(text, options, previous, changes));
}

/**
 * `analyse` one call at a time: the generator yields after each call it parses, so a caller can
 * answer other requests between calls of a merged file of hundreds, and returns the analysis.
 * Each call's figures and ledger are read when first asked for (`Call.figures`), not here: the
 * outline and folding never wait for them.
 */
export function* analysisSteps(
  text: string | (() => string),
  options: AnalysisOptions = DEFAULT_OPTIONS,
  previous?: Analysis,
  changes?: readonly TextChange[],
): Generator<void, Analysis> {
  const update = previous && changes ? edited(previous, text, changes) : null;
  if (update && update.lines.length > options.maxFullAnalysisChars === previous!.outlineOnly) {
    return yield* build(update.lines, previous!.format, update.slots, previous!.outlineOnly, options);
  }
  const lines = new TextLines(text);
  const outlineOnly = lines.length > options.maxFullAnalysisChars;
  const same = previous?.outlineOnly === outlineOnly ? previous : undefined;
  const format = formatOf(lines);
  // The line index and the layout of a large text are a stretch of work already.
  yield;
  // Without the changes, each call's figures are looked for in the memo of the call at its place.
  const slots = (yield* callStartSteps(lines, format)).map((start, i): Slot => ({ start, call: null, memo: same?.calls[i]?.memo }));
  return yield* build(lines, format, slots, outlineOnly, options);
}

function* build(lines: TextLines, format: TranscriptFormat | null, slots: Slot[], outlineOnly: boolean, options: AnalysisOptions): Generator<void, Analysis> {
  const calls: Call[] = [];
  for (const [i, s] of slots.entries()) {
    if (s.call) {
      calls.push(s.call);
      continue;
    }
    const end = slots[i + 1]?.start ?? lines.count;
    const identity = s.start === 0 ? (options.identity ?? null) : null;
    calls.push(
      analyseCall(s.lines ?? (s.start === 0 && end === lines.count ? lines : lines.slice(s.start, end)), s.start, format, outlineOnly, identity, s.memo),
    );
    yield;
  }
  // Every text holds a call from line 0 (callStartSteps), so there is a first call.
  const first = calls[0]!;
  if (outlineOnly) {
    const notes = first.transcript.notes.filter((n) => !n.startsWith(OVER_LIMIT));
    first.transcript.notes = [...notes, `${OVER_LIMIT} (${Math.round(options.maxFullAnalysisChars / 1048576)} MB): only the outline is computed.`];
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

interface FiguresAndLedger {
  figures: Figure[];
  ledger: Ledger;
}

/**
 * What a call's figures give, read once and shared by the call wherever it moves. The reading is
 * one generator: read in steps and left between two (the document changed), it is taken up where
 * it stopped, by the next steps or by a caller that needs the figures at once.
 */
class FiguresRead {
  private value?: FiguresAndLedger;
  private reading?: Generator<void, FiguresAndLedger>;
  constructor(private readonly read: () => Generator<void, FiguresAndLedger>) {}
  get(): FiguresAndLedger {
    return this.value ?? finish(this.steps());
  }
  *steps(): Generator<void, FiguresAndLedger> {
    while (!this.value) {
      const reading = (this.reading ??= this.read());
      let step: IteratorResult<void, FiguresAndLedger>;
      try {
        step = reading.next();
      } catch (e) {
        // A generator that threw is over: the next caller reads afresh (and fails the same way).
        this.reading = undefined;
        throw e;
      }
      if (step.done) this.value = step.value;
      else yield;
    }
    return this.value;
  }
}

/** A call parsed: its transcript now, its figures and ledger when first asked for. */
class ParsedCall implements Call {
  constructor(
    public start: number,
    readonly lines: TextLines,
    readonly transcript: Transcript,
    readonly memo: FigureMemo,
    private readonly read: FiguresRead,
  ) {}
  get figures(): Figure[] {
    return this.read.get().figures;
  }
  get ledger(): Ledger {
    return this.read.get().ledger;
  }
  *readFigures(): Generator<void, void> {
    yield* this.read.steps();
  }
  /** The same call at another line of the document (lines above it changed). */
  at(start: number): ParsedCall {
    return new ParsedCall(start, this.lines, this.transcript, this.memo, this.read);
  }
}

function analyseCall(
  lines: TextLines,
  start: number,
  format: TranscriptFormat | null,
  outlineOnly: boolean,
  identity: CallIdentity | null,
  memo = new FigureMemo(),
): Call {
  const transcript = parseWith(lines, format);
  if (identity) transcript.meta = withIdentity(transcript.meta, identity);
  return new ParsedCall(
    start,
    lines,
    transcript,
    memo,
    new FiguresRead(function* () {
      const figures = outlineOnly ? [] : yield* figureSteps(lines, transcript, memo);
      return { figures, ledger: buildLedger(figures, lines, transcript) };
    }),
  );
}

/**
 * What the changes leave of the last analysis: the new line index and, per call, the call itself
 * when no change fell in it, or its new lines, made from its own text and the change: the
 * document's text is not read (the layout stays the last version's). Null when a change spans calls, may move where calls start, or may
 * change the layout the text is read in: the caller analyses afresh then.
 */
function edited(previous: Analysis, text: string | (() => string), changes: readonly TextChange[]): { lines: TextLines; slots: Slot[] } | null {
  if (changes.length === 0 || changes.length > MAX_CHANGES) return null;
  const banner = (lines: TextLines, from: number, to: number) => {
    for (let i = from; i <= to; i++) if (opensCall(lines, i, previous.format)) return true;
    return false;
  };
  const slots: Slot[] = previous.calls.map((c) => ({ start: c.start, call: c, memo: c.memo, lines: c.lines }));
  let lines = previous.lines;
  // Changes in the first lines may change the layout detected.
  let redetect = false;
  for (const c of changes) {
    const from = lines.positionAt(lines.offsetAt(c.range.start));
    const to = lines.positionAt(Math.max(lines.offsetAt(from), lines.offsetAt(c.range.end)));
    const k = callAt(slots, from.line);
    const slot = slots[k]!;
    const next = slots[k + 1]?.start ?? lines.count;
    if (to.line >= next) return null;
    const own = slot.lines!;
    redetect ||= from.line < SNIFF_LINES;
    // Above the first text, a change decides whether the first banner opens a call.
    if (k === 0 && from.line <= firstText(own)) return null;
    // A banner edited, typed or split by a new line moves where calls start.
    if (banner(own, from.line - slot.start, to.line - slot.start)) return null;
    const at = own.offsetAt({ line: from.line - slot.start, character: from.character });
    const end = own.offsetAt({ line: to.line - slot.start, character: to.character });
    const changed = new TextLines(own.text.slice(0, at) + c.text + own.text.slice(end));
    // A "\r" left at the end would join the "\n" after the call into one break.
    if (k + 1 < slots.length && changed.text.endsWith('\r')) return null;
    if (banner(changed, from.line - slot.start, changed.positionAt(at + c.text.length).line)) return null;
    lines = lines.replaced(slot.start, next, changed, text);
    for (const later of slots.slice(k + 1)) later.start += changed.count - own.count;
    slot.lines = changed;
    slot.call = null;
  }
  if (typeof text === 'string' && text.length !== lines.length) return null; // the changes do not describe this text
  // Detection reads the first lines: those of the first call, when it is long enough to hold them.
  const firstLines = slots[0]!.lines!;
  const head = firstLines.count > SNIFF_LINES + 4 ? firstLines : lines;
  if (redetect && formatOf(head) !== previous.format) return null;
  for (const s of slots) if (s.call && s.call.start !== s.start) s.call = moved(s.call, s.start);
  return { lines, slots };
}

/** A kept call at its new start, its figures (read or not) its own still: every call is made by `analyseCall`. */
function moved(call: Call, start: number): Call {
  return (call as ParsedCall).at(start);
}
