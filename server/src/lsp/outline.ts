// textDocument/documentSymbol and textDocument/foldingRange: read from the structure alone, so
// they never wait for figures or diagnostics.
import type { DocumentSymbol } from 'vscode-languageserver/node';
import { documentOutline, foldingRanges, type Analysis } from '../core';
import type { Server } from './context';
import { guard } from './guard';

export function registerOutline(s: Server): void {
  /** The outline of an analysis, made once: VS Code asks again on every edit and for breadcrumbs. */
  const outlines = new WeakMap<Analysis, DocumentSymbol[]>();
  s.connection.onDocumentSymbol(guard(s.connection, 'documentSymbol', [], async (p, token) => {
    const a = await s.store.analysis(p.textDocument.uri, () => token.isCancellationRequested);
    if (!a) return [];
    let outline = outlines.get(a);
    if (!outline) outlines.set(a, (outline = documentOutline(a.calls, a.lines)));
    return outline;
  }));
  s.connection.onFoldingRanges(guard(s.connection, 'foldingRange', [], async (p, token) => {
    const a = await s.store.analysis(p.textDocument.uri, () => token.isCancellationRequested);
    return a ? foldingRanges(a.transcript) : [];
  }));
}
