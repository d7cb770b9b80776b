// textDocument/documentSymbol: read from the structure alone, so it never waits for figures or
// diagnostics; a merged file's outline is made a call at a time.
import type { DocumentSymbol } from 'vscode-languageserver/node';
import { outlineSteps, type Analysis } from '../core';
import { runSteps } from '../service/documents';
import type { Server } from './context';
import { guard } from './guard';

export function registerOutline(s: Server): void {
  /** The outline of an analysis, made once: VS Code asks again on every edit and for breadcrumbs. */
  const outlines = new WeakMap<Analysis, DocumentSymbol[]>();
  s.connection.onDocumentSymbol(
    guard(s.connection, 'documentSymbol', [], async (p, token) => {
      const stop = () => token.isCancellationRequested;
      const a = await s.store.analysis(p.textDocument.uri, stop);
      if (!a) return [];
      let outline = outlines.get(a) ?? null;
      // A call at a time: a merged file's outline of hundreds of calls lets other requests through;
      // urgent, so figures read for diagnostics meanwhile wait.
      if (!outline && (outline = await runSteps(outlineSteps(a.calls, a.lines), stop, undefined, true))) outlines.set(a, outline);
      return outline ?? [];
    }),
  );
}
