// The open documents and their analyses: the changes made to each since its last analysis, and
// one analysis per version, made in steps so that no document waits behind another. Requests read
// the structure (calls parsed); diagnostics read the figures too, also in steps.
import { TextDocuments } from 'vscode-languageserver/node';
import { DEFAULT_OPTIONS, MAX_CHANGES, analysisSteps, type Analysis, type AnalysisOptions, type CallIdentity, type TextChange } from '../core';
import { LazyDocument, wellFormedRange } from './lazyDocument';

/** What a step may take before the event loop gets a turn: a request waits at most about this long. */
const STEP_MS = 8;

/** A turn of the event loop: requests and notifications that arrived meanwhile are handled. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Why work stops early: the request was cancelled or the document changed. */
export type Stop = () => boolean;

/**
 * Urgent work running (an outline being made): other work waits for it between its steps, so
 * the answer a user waits for is not slowed by diagnostics being read meanwhile.
 */
let urgent = 0;
let urgentDone: Promise<void> = Promise.resolve();
let endUrgent: () => void = () => undefined;

/**
 * What the steps wait for before each stretch: answers and notifications already made still
 * being written to the client (null: none). The server sets it from its transport. A pipe takes a
 * few dozen KB at a time, and the event loop writes more only between stretches: a 10 MB outline
 * written while steps run would take hundreds of turns, and every answer after it would wait.
 */
let outputPending: () => Promise<void> | null = () => null;

export function waitForOutput(pending: () => Promise<void> | null): void {
  outputPending = pending;
}

/**
 * Runs `steps` to its end, giving the event loop a turn every STEP_MS; null when `stop` says so
 * first. `spent` is told the time each stretch of work took (not the waits between). Work that is
 * not `isUrgent` also waits while urgent work runs, and all work while output is pending.
 */
export async function runSteps<T>(steps: Generator<void, T>, stop: Stop, spent: (ms: number) => void = () => undefined, isUrgent = false): Promise<T | null> {
  if (isUrgent && urgent++ === 0) urgentDone = new Promise((resolve) => (endUrgent = resolve));
  try {
    for (;;) {
      const out = outputPending();
      if (out) {
        for (let wait: Promise<void> | null = out; wait; wait = outputPending()) await wait;
        if (stop()) return null;
      }
      const started = performance.now();
      let step = steps.next();
      while (!step.done && performance.now() - started < STEP_MS) step = steps.next();
      spent(performance.now() - started);
      if (step.done) return step.value;
      await nextTurn();
      while (!isUrgent && urgent > 0) await urgentDone;
      if (stop()) return null;
    }
  } finally {
    if (isUrgent && --urgent === 0) endUrgent();
  }
}

interface Analysed {
  version: number;
  analysis: Analysis;
  /** What the analysis cost, and whether it was made afresh (not from the version before). */
  ms: number;
  fresh: boolean;
}

/** An analysis being made: requests for the same version wait for the same one. */
interface Making {
  version: number;
  done: Promise<Analysis | null>;
  /** The changes it applies (undefined: made afresh). */
  taken: TextChange[] | null | undefined;
  /** Set when a newer version is asked for: the steps stop. */
  givenUp: boolean;
}

export class DocumentStore {
  readonly documents: TextDocuments<LazyDocument>;
  /**
   * The changes made to each document since its last analysis, so that the next one re-reads only
   * what they touched; null when they are not known (a full-text change, or too many of them).
   */
  private readonly pending = new Map<string, TextChange[] | null>();
  private readonly analysed = new Map<string, Analysed>();
  private readonly making = new Map<string, Making>();
  private options: AnalysisOptions = DEFAULT_OPTIONS;
  /** Company and period set by hand, by URI: kept when the document closes, for when it opens again. */
  private readonly identities = new Map<string, CallIdentity>();
  /** Told when a document's analysis first comes out over the size limit (its note says so). */
  onOverLimit: (uri: string, note: string) => void = () => undefined;

  constructor() {
    this.documents = new TextDocuments<LazyDocument>({
      create: LazyDocument.create,
      update: (doc, changes, version) => {
        // Ranges as the store applies them (ends in order), so the analysis reads the same edit.
        for (const c of changes) this.record(doc.uri, 'range' in c ? { range: wellFormedRange(c.range), text: c.text } : null);
        return LazyDocument.update(doc, changes, version);
      },
    });
  }

  private record(uri: string, change: TextChange | null): void {
    let list = this.pending.get(uri);
    if (list === undefined) this.pending.set(uri, (list = []));
    if (list === null) return;
    if (change && list.length < MAX_CHANGES) list.push(change);
    else this.pending.set(uri, null);
  }

  get(uri: string): LazyDocument | undefined {
    return this.documents.get(uri);
  }

  all(): LazyDocument[] {
    return this.documents.all();
  }

  /** The analysis options (the size limit); a new limit re-analyses every document. */
  setOptions(options: AnalysisOptions): void {
    if (options.maxFullAnalysisChars === this.options.maxFullAnalysisChars) return;
    this.options = options;
    this.analysed.clear();
    for (const making of this.making.values()) making.givenUp = true;
    this.making.clear();
  }

  /**
   * The company and period set by hand for a document (null: none, the reader's own): its next
   * analysis is made afresh with it, so that every figure of its first call gets the period.
   */
  setIdentity(uri: string, identity: CallIdentity | null): void {
    if (identity) this.identities.set(uri, identity);
    else this.identities.delete(uri);
    this.analysed.delete(uri);
    const making = this.making.get(uri);
    if (making) making.givenUp = true;
    this.making.delete(uri);
    this.pending.set(uri, []);
  }

  /** The analysis of the document's version, when made already: no work. */
  current(uri: string): Analysis | null {
    const doc = this.get(uri);
    const hit = this.analysed.get(uri);
    return doc && hit && hit.version === doc.version ? hit.analysis : null;
  }

  /**
   * The analysis of the document's current version (its calls parsed; figures are read when asked
   * for), made once per version, in steps of about STEP_MS. Null when the document is not open,
   * or when `stop` says so first: the analysis goes on for whoever else waits for it.
   */
  async analysis(uri: string, stop: Stop = () => false): Promise<Analysis | null> {
    for (;;) {
      const doc = this.get(uri);
      if (!doc || stop()) return null;
      const ready = this.current(uri);
      if (ready) return ready;
      let making = this.making.get(uri);
      if (making && making.version !== doc.version) this.giveUp(uri, making);
      if (!making || making.givenUp) making = this.make(uri, doc);
      const analysis = await making.done;
      // Null: given up for a newer version, which is the one to answer from.
      if (analysis) return stop() ? null : analysis;
    }
  }

  private make(uri: string, doc: LazyDocument): Making {
    const hit = this.analysed.get(uri);
    const taken = hit ? this.pending.get(uri) : undefined;
    this.pending.set(uri, []);
    const making: Making = { version: doc.version, taken, givenUp: false, done: Promise.resolve(null) };
    this.making.set(uri, making);
    making.done = this.steps(uri, doc, making, hit);
    return making;
  }

  private async steps(uri: string, doc: LazyDocument, making: Making, hit: Analysed | undefined): Promise<Analysis | null> {
    // The text is read only if the analysis cannot work from the changes alone.
    const identity = this.identities.get(uri);
    const options = identity ? { ...this.options, identity } : this.options;
    const steps = analysisSteps(() => doc.getText(), options, hit?.analysis, making.taken ?? undefined);
    let ms = 0;
    const stop = () => making.givenUp || this.get(uri) !== doc;
    const analysis = await runSteps(steps, stop, (spent) => (ms += spent));
    // Given up even after the last step: a newer version's analysis has taken its place.
    if (!analysis || stop()) return null;
    this.analysed.set(uri, { version: making.version, analysis, ms, fresh: !making.taken?.length });
    this.making.delete(uri);
    if (analysis.outlineOnly && hit?.analysis.outlineOnly !== true) {
      const notes = analysis.calls[0].transcript.notes;
      this.onOverLimit(uri, notes[notes.length - 1]);
    }
    return analysis;
  }

  /** A newer version is asked for: the changes the old analysis took are applied first by the next. */
  private giveUp(uri: string, making: Making): void {
    making.givenUp = true;
    this.making.delete(uri);
    if (!this.analysed.has(uri)) return;
    const newer = this.pending.get(uri);
    if (making.taken === null || making.taken === undefined || newer === null) this.pending.set(uri, null);
    else {
      this.pending.set(uri, []);
      for (const c of [...making.taken, ...(newer ?? [])]) this.record(uri, c);
    }
  }

  /**
   * Reads the figures and ledgers of the analysis's calls, a few turns per step; false when `stop`
   * said so before all were read (those read are kept for the next time). Their cost counts in
   * the document's publish delay.
   */
  async readFigures(uri: string, analysis: Analysis, stop: Stop): Promise<boolean> {
    const hit = this.analysed.get(uri);
    const spent = (ms: number) => {
      if (hit?.analysis === analysis) hit.ms += ms;
    };
    return (await runSteps(readingFigures(analysis), stop, spent)) !== null;
  }

  /**
   * How long to wait after an edit before publishing: nothing when an analysis costs less than the
   * time between two keystrokes (answers while the user types; edits that arrive meanwhile are
   * coalesced anyway), a pause to let typing settle when it costs more.
   */
  publishDelay(uri: string): number {
    const hit = this.analysed.get(uri);
    if (!hit) return 150;
    // Known changes after a fresh analysis: the next one re-reads only what they touched.
    if (hit.fresh && this.pending.get(uri)?.length) return 0;
    return hit.ms < 100 ? 0 : 150;
  }

  /** The document closed: its analysis and changes go. */
  forget(uri: string): void {
    this.analysed.delete(uri);
    const making = this.making.get(uri);
    if (making) making.givenUp = true;
    this.making.delete(uri);
    this.pending.delete(uri);
  }
}

/** Each call's figures and ledger read, a turn's text per step. */
function* readingFigures(analysis: Analysis): Generator<void, true> {
  for (const call of analysis.calls) yield* call.readFigures();
  return true;
}
