// workspace/symbol: speakers and firms of every transcript, on disk or open (open documents answer
// from their analysis, which may hold unsaved edits).
import type { Analysis } from '../core';
import { callEntry, workspaceSymbols, type CallEntry } from '../service/workspace';
import type { Server } from './context';
import { guard } from './guard';

export function registerWorkspaceSymbols(s: Server): void {
  /** Workspace symbols of an open document, made once per analysis. */
  const openEntries = new WeakMap<Analysis, CallEntry>();
  s.connection.onWorkspaceSymbol(
    guard(s.connection, 'workspaceSymbol', [], async (p, token) => {
      const entries: CallEntry[] = [];
      for (const [uri, entry] of s.guidance.index.diskPeople()) if (!s.store.get(uri)) entries.push(entry);
      for (const d of s.store.all()) {
        const a = await s.store.analysis(d.uri, () => token.isCancellationRequested);
        if (!a) continue;
        let entry = openEntries.get(a);
        if (!entry) openEntries.set(a, (entry = callEntry(d.uri, a.transcript)));
        entries.push(entry);
      }
      return workspaceSymbols(entries, p.query);
    }),
  );
}
