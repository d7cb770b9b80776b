// The calls a document holds. A transcript is one call; a merged file (a year of calls, a folder
// pasted together) is several, each opened by its provider's banner. Each call is parsed and its
// figures and ledger computed on its own, in its own line numbers: an edit re-reads only the call
// it falls in, and a call's roster, period and guidance are its own. The document-wide views
// (outline, figures) are put together from the calls when a feature asks.
import type { Figure } from './figures/figure';
import type { FigureMemo } from './figures/memo';
import { callLedger, judgeEachSteps, type CallLedger } from './ledger/crossCall';
import { judgeLines, type Judgement, type Located, type Tolerance } from './ledger/judge';
import type { Ledger } from './ledger/ledger';
import { nth } from './lists';
import { finish } from './steps';
import type { Meta, Transcript } from './model';
import type { TextLines } from './text';
import type { Position, Range } from 'vscode-languageserver-types';

export interface Call {
  /** The document line the call starts at: line 0 of `lines`. */
  start: number;
  lines: TextLines;
  transcript: Transcript;
  /** Read when first asked for: the outline and folding need only the transcript. */
  readonly figures: Figure[];
  readonly ledger: Ledger;
  memo: FigureMemo;
  /** Reads the figures and ledger in steps, a turn's text at a time (none when read already). */
  readFigures(): Generator<void, void>;
}

function moved(p: Position, by: number): Position {
  return { line: p.line + by, character: p.character };
}

function movedRange(r: Range, by: number): Range {
  return { start: moved(r.start, by), end: moved(r.end, by) };
}

/** A call's transcript in document lines (turn and exchange numbers stay the call's own). */
export function placedTranscript(c: Call): Transcript {
  const t = c.transcript;
  const by = c.start;
  if (by === 0) return t;
  return {
    ...t,
    participants: t.participants.map((p) => ({ ...p, range: movedRange(p.range, by) })),
    sections: t.sections.map((s) => ({ ...s, range: movedRange(s.range, by), ...(s.titleRange ? { titleRange: movedRange(s.titleRange, by) } : {}) })),
    turns: t.turns.map((u) => ({ ...u, range: movedRange(u.range, by), headerRange: movedRange(u.headerRange, by), bodyStart: moved(u.bodyStart, by) })),
    exchanges: t.exchanges.map((x) => ({ ...x, range: movedRange(x.range, by) })),
  };
}

/** The document's transcript: the first call's header and notes, every call's sections, people and turns. */
export function documentTranscript(calls: readonly Call[]): Transcript {
  const first = nth(calls, 0).transcript;
  if (calls.length === 1) return first;
  const out: Transcript = { format: first.format, meta: first.meta, participants: [], sections: [], turns: [], exchanges: [], notes: first.notes };
  for (const c of calls) {
    const t = placedTranscript(c);
    const turnBase = out.turns.length;
    out.participants.push(...t.participants);
    out.sections.push(...t.sections);
    out.turns.push(...t.turns);
    for (const x of t.exchanges) out.exchanges.push({ ...x, index: out.exchanges.length + 1, turns: x.turns.map((i) => i + turnBase) });
  }
  return out;
}

/** The document's figures, in document order, with turn indices into `documentTranscript`. */
export function documentFigures(calls: readonly Call[]): Figure[] {
  if (calls.length === 1) return nth(calls, 0).figures;
  const out: Figure[] = [];
  let turnBase = 0;
  for (const c of calls) {
    out.push(...placedFigures(c, turnBase));
    turnBase += c.transcript.turns.length;
  }
  return out;
}

/** A call's figures in document lines, their turn indices counted from `turnBase` (0: the call's own). */
export function placedFigures(c: Call, turnBase = 0): Figure[] {
  return c.start === 0 && turnBase === 0 ? c.figures : c.figures.map((f) => placed(f, c.start, turnBase));
}

/** The index of the call holding document line `line` (calls, or anything placed by where it starts). */
export function callAt(calls: readonly { start: number }[], line: number): number {
  let lo = 0;
  let hi = calls.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (nth(calls, mid).start <= line) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function placed(f: Figure, by: number, turnBase = 0): Figure {
  return by === 0 && turnBase === 0 ? f : { ...f, range: movedRange(f.range, by), turn: f.turn === null ? null : f.turn + turnBase };
}

/**
 * The document as other files' calls see it: its first call. (A merged file's later calls are
 * judged against each other within it, not against other files.)
 */
export function documentLedger(uri: string, calls: readonly Call[]): CallLedger | null {
  const first = nth(calls, 0);
  return callLedger(uri, first.transcript.meta, first.ledger.lines);
}

/** Calls of one company within the document (two or more), whose guidance and results meet. */
export function companyGroups(calls: readonly Call[]): number[][] {
  const groups: number[][] = [];
  const placedIn = new Map<string, number[]>();
  calls.forEach((c, i) => {
    const keys = companyKeys(c.transcript.meta);
    if (!keys.length) return;
    const group = keys.map((k) => placedIn.get(k)).find((g) => g !== undefined);
    const into = group ?? [];
    if (!group) groups.push(into);
    into.push(i);
    for (const k of keys) if (!placedIn.has(k)) placedIn.set(k, into);
  });
  return groups.filter((g) => g.length > 1);
}

/** A call's company as keys (ticker, name), made once per header: an edit asks again for every call. */
const keysOf = new WeakMap<Meta, string[]>();

function companyKeys(meta: Meta): string[] {
  let keys = keysOf.get(meta);
  if (!keys) {
    const l = callLedger('', meta, []);
    keys = l ? [l.ticker && `t:${l.ticker}`, l.company && `c:${l.company}`].filter((k): k is string => Boolean(k)) : [];
    keysOf.set(meta, keys);
  }
  return keys;
}

/** Call `i`'s judgements of its own guidance, placed in document lines. */
export function ownJudgements(calls: readonly Call[], i: number, tol: Tolerance): Judgement[] {
  const call = nth(calls, i);
  return judgeLines(call.ledger.lines, tol).map((j) => placedJudgement(j, () => call.start));
}

/** Judgements across the calls of `group` (one company), placed in document lines. */
export function acrossJudgements(calls: readonly Call[], group: readonly number[], tol: Tolerance): Judgement[] {
  return finish(acrossJudgementSteps(calls, group, tol));
}

/** `acrossJudgements` a call of the group at a time, so that a caller can answer requests between. */
export function* acrossJudgementSteps(calls: readonly Call[], group: readonly number[], tol: Tolerance): Generator<void, Judgement[]> {
  const ledgers = group.map((i) => callLedger(String(i), nth(calls, i).transcript.meta, nth(calls, i).ledger.lines)).filter((l): l is CallLedger => l !== null);
  const judged = yield* judgeEachSteps(ledgers, tol);
  return ledgers.flatMap((l, k) => nth(judged, k).map((j) => placedJudgement(j, (uri) => nth(calls, Number(uri ?? l.uri)).start)));
}

/** A judgement in document lines: every statement it holds (the superseding guidance, an outcome's judgement too). */
function placedJudgement(j: Judgement, startOf: (uri: string | null) => number): Judgement {
  const place = (at: Located): Located => ({ statement: { ...at.statement, figure: placed(at.statement.figure, startOf(at.uri)) }, uri: null });
  return {
    ...j,
    subject: place(j.subject),
    reference: place(j.reference),
    supersededBy: j.supersededBy && place(j.supersededBy),
    ...(j.outcome ? { outcome: { ...j.outcome, of: placedJudgement(j.outcome.of, startOf) } } : {}),
  };
}

/**
 * The judgements a document shows on its own: each call's guidance against its own results,
 * and, in a merged file, guidance one call gives against the results a later one reports.
 */
export function documentJudgements(calls: readonly Call[], tol: Tolerance): Judgement[] {
  return [...calls.flatMap((_, i) => ownJudgements(calls, i, tol)), ...companyGroups(calls).flatMap((g) => acrossJudgements(calls, g, tol))];
}
