// textDocument/foldingRange: sections, exchanges and turns, read from the structure alone.
import { foldingRanges } from '../core';
import type { Server } from './context';
import { guard } from './guard';

export function registerFolding(s: Server): void {
  s.connection.onFoldingRanges(
    guard(s.connection, 'foldingRange', [], async (p, token) => {
      const a = await s.store.analysis(p.textDocument.uri, () => token.isCancellationRequested);
      return a ? foldingRanges(a.transcript) : [];
    }),
  );
}
