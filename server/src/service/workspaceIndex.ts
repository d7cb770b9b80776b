// The workspace's transcripts, known by company and call period. Files are identified cheaply
// (their head) as the index builds, yielding between files; a call's full ledger is loaded only
// when a transcript of the same company asks for cross-call judgements, and kept until it changes.
import { judgeAcross, periodEnd, sameCompany, type CallId, type CallLedger, type Judgement, type Tolerance } from '../core';

export interface CallSource {
  /** Which call a file is, from its head; null when it is not a transcript the index can place. */
  identify(uri: string): Promise<CallId | null>;
  /** The call's ledger, read in full; null when unreadable. */
  load(uri: string): Promise<CallLedger | null>;
}

/** How far apart (in months of period end) two calls can be and still be compared. */
const WINDOW_MONTHS = 24;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceIndex {
  private readonly ids = new Map<string, CallId>();
  private readonly entries = new Map<string, CallLedger>();
  /** Open documents: their entries come from the editor's text, not the disk. */
  private readonly open = new Set<string>();

  constructor(private readonly source: CallSource) {}

  get size(): number {
    return this.ids.size;
  }

  /** Identify files, one per turn of the event loop so requests are served while it builds. */
  async add(uris: readonly string[], report?: (done: number, total: number) => void, cancelled?: () => boolean): Promise<void> {
    let done = 0;
    for (const uri of uris) {
      if (cancelled?.()) return;
      if (!this.open.has(uri)) await this.identify(uri);
      report?.(++done, uris.length);
      await nextTurn();
    }
  }

  private async identify(uri: string): Promise<void> {
    let id: CallId | null = null;
    try {
      id = await this.source.identify(uri);
    } catch {
      id = null; // unreadable files are simply not calls
    }
    this.identified(uri, id);
  }

  /** A file identified by whoever read it already (the workspace symbols' indexing reads every file). */
  identified(uri: string, id: CallId | null): void {
    if (this.open.has(uri)) return;
    this.entries.delete(uri);
    if (id) this.ids.set(uri, id);
    else this.ids.delete(uri);
  }

  /** An open document's current analysis stands in for the file on disk. */
  setOpen(entry: CallLedger): void {
    this.open.add(entry.uri);
    this.ids.set(entry.uri, entry);
    this.entries.set(entry.uri, entry);
  }

  /** An open document that is not a call (yet): forget what the index had for it. */
  clearOpen(uri: string): void {
    this.open.add(uri);
    this.ids.delete(uri);
    this.entries.delete(uri);
  }

  /** The document closed: the file on disk counts again. */
  async closed(uri: string): Promise<void> {
    this.open.delete(uri);
    await this.identify(uri);
  }

  /** A file changed, appeared or vanished on disk. */
  async changed(uri: string, exists = true): Promise<void> {
    if (this.open.has(uri)) return;
    if (exists) await this.identify(uri);
    else {
      this.ids.delete(uri);
      this.entries.delete(uri);
    }
  }

  /** Indexed documents of the same company as `uri`, itself excluded. */
  related(uri: string): string[] {
    const id = this.ids.get(uri);
    if (!id) return [];
    return [...this.ids].filter(([u, other]) => u !== uri && sameCompany(id, other)).map(([u]) => u);
  }

  /**
   * The calls of `uri`'s company near it in time, loading ledgers not loaded yet. Guidance reaches
   * at most a fiscal year ahead, and growth is stated on a base a year back, so calls further apart
   * than WINDOW_MONTHS cannot bear on each other: a company with decades of calls loads a handful.
   */
  async companyCalls(uri: string): Promise<CallLedger[]> {
    const out: CallLedger[] = [];
    const at = periodEnd(this.ids.get(uri)?.period ?? null);
    const near = (u: string) => {
      const p = periodEnd(this.ids.get(u)?.period ?? null);
      return at === null || p === null || Math.abs(p - at) <= WINDOW_MONTHS;
    };
    for (const u of [uri, ...this.related(uri).filter(near)]) {
      let entry = this.entries.get(u);
      if (!entry && !this.open.has(u)) {
        entry = (await this.source.load(u).catch(() => null)) ?? undefined;
        if (entry) this.entries.set(u, entry);
        await nextTurn();
      }
      if (entry) out.push(entry);
    }
    return out;
  }

  /** Every call the index knows, by file: what the Calls view lists. */
  calls(): { uri: string; id: CallId }[] {
    return [...this.ids].map(([uri, id]) => ({ uri, id }));
  }

  async judgements(uri: string, tol: Tolerance): Promise<Judgement[]> {
    if (!this.ids.has(uri)) return [];
    return judgeAcross(await this.companyCalls(uri), uri, tol);
  }
}
