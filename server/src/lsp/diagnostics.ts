// textDocument/publishDiagnostics: a moment after an edit, a document's judgements (its own and
// across the workspace's calls of its company). The work goes in steps, between which requests
// on every document are answered; it stops when the document changes again, and is not done at
// all when every code is turned off.
import type { DiagnosticSettings } from '../core';
import type { Server } from './context';

/** True when no diagnostic can show: every code is off. */
function allOff(settings: DiagnosticSettings): boolean {
  return Object.values(settings.severity).every((level) => level === 'off');
}

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly s: Server) {}

  /** Publishes an open document's diagnostics a moment after its last edit. */
  soon(uri: string, delay = this.s.store.publishDelay(uri)): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.publish(uri).catch((e: Error) => this.s.connection.console.error(`diagnostics failed: ${e.stack ?? e}`));
      }, delay),
    );
  }

  all(): void {
    for (const d of this.s.store.all()) this.soon(d.uri, 0);
  }

  /** The document changed: it, and the other open calls of its company that compare against it. */
  changed(uri: string): void {
    this.soon(uri);
    for (const other of this.s.guidance.index.related(uri)) if (this.s.store.get(other)) this.soon(other);
  }

  /** The document closed: its diagnostics go. */
  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    void this.s.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async publish(uri: string): Promise<void> {
    const { store, guidance, connection } = this.s;
    const doc = store.get(uri);
    if (!doc) return;
    const version = doc.version;
    const stale = () => store.get(uri)?.version !== version;
    const settings = this.s.settings.diagnostics;
    if (allOff(settings)) {
      guidance.unpublished(uri);
      void connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const a = await store.analysis(uri, stale);
    if (!a || !(await store.readFigures(uri, a, stale))) return;
    const before = guidance.index.openLines(uri);
    const diagnostics = await guidance.diagnosticsFor(uri, a, settings, stale);
    if (diagnostics && !stale()) void connection.sendDiagnostics({ uri, version, diagnostics });
    // The other open calls of the company were scheduled with this edit, but work in steps too: one
    // may have been judged against this document's ledger before it was replaced. Judge them again
    // now that it is (their own ledgers do not change, so this does not come back here).
    if (guidance.index.openLines(uri) !== before) for (const other of guidance.index.related(uri)) if (store.get(other)) this.soon(other);
  }
}
