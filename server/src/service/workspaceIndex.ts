// The workspace's transcripts: one index for workspace symbols (each file's people) and for
// cross-call judgements (each file's company and call period). Files are read as the index builds,
// yielding between files; a call's full ledger is loaded only when a transcript of the same
// company asks for cross-call judgements, and kept until it changes.
import { endMonth, judgeAcross, sameCompany, type CallId, type CallLedger, type Judgement, type Tolerance } from '../core';
import type { CallEntry } from './workspace';

/** What reading a file tells: which call it is (null: one the index cannot place), and its people (null: not read in full). */
export interface FileFacts {
  id: CallId | null;
  people: CallEntry | null;
}

export interface CallSource {
  /** What a file is; null when it is not a transcript. */
  identify(uri: string): Promise<FileFacts | null>;
  /** The call's ledger, read in full; null when unreadable. */
  load(uri: string): Promise<CallLedger | null>;
}

/** How far apart (in months of period end) two calls can be and still be compared. */
const WINDOW_MONTHS = 24;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceIndex {
  private readonly ids = new Map<string, CallId>();
  private readonly people = new Map<string, CallEntry>();
  private readonly entries = new Map<string, CallLedger>();
  /** Reads begun per file: a read that a later one overtook is dropped (the file changed meanwhile). */
  private readonly reads = new Map<string, number>();
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
    const read = this.newRead(uri);
    let facts: FileFacts | null = null;
    try {
      facts = await this.source.identify(uri);
    } catch {
      facts = null; // unreadable files are simply not calls
    }
    if (this.reads.get(uri) === read) this.known(uri, facts);
  }

  private newRead(uri: string): number {
    const read = (this.reads.get(uri) ?? 0) + 1;
    this.reads.set(uri, read);
    return read;
  }

  private known(uri: string, facts: FileFacts | null): void {
    if (this.open.has(uri)) return;
    this.entries.delete(uri);
    if (facts?.id) this.ids.set(uri, facts.id);
    else this.ids.delete(uri);
    if (facts?.people) this.people.set(uri, facts.people);
    else this.people.delete(uri);
  }

  /** The people of each file as read from disk (an open document's own may differ), for workspace symbols. */
  diskPeople(): IterableIterator<[string, CallEntry]> {
    return this.people.entries();
  }

  /** An open document's current analysis stands in for the file on disk. */
  /** The ledger lines an open document stands in the index with (its last published analysis's). */
  openLines(uri: string): readonly unknown[] | undefined {
    return this.open.has(uri) ? this.entries.get(uri)?.lines : undefined;
  }

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
      this.newRead(uri);
      this.known(uri, null);
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
    const own = this.ids.get(uri);
    const near = (u: string) => {
      const other = this.ids.get(u);
      return !own || !other || Math.abs(endMonth(other.period) - endMonth(own.period)) <= WINDOW_MONTHS;
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
