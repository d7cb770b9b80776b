// The call's identity for the editor's status item (transcriptLens/callInfo: the layout read, its
// confidence, company, period and turns, answered from the structure, never waiting for figures),
// and the company and period the user sets by hand when the reader finds none
// (transcriptLens/callIdentity): the document is analysed again with them, and its diagnostics
// published again, so that its figures get their period and the ledger judges them. LSP has no
// refresh for the outline: it follows at the next edit or when the editor asks again.
import { CodeLensRefreshRequest, InlayHintRefreshRequest, SemanticTokensRefreshRequest } from 'vscode-languageserver/node';
import { callAt, callInfo, canonicalPeriod, type CallIdentity, type CallInfo } from '../core';
import { CALL_IDENTITY_NOTIFICATION, CALL_INFO_REQUEST, type CallIdentityParams, type CallInfoParams } from '../../../shared/protocol';
import type { Server } from './context';
import type { DiagnosticsPublisher } from './diagnostics';
import { guard } from './guard';

/** The identity the notification carries, its fields trimmed and its period canonical; null: cleared. */
function identityOf(p: CallIdentityParams): CallIdentity | null {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const period = text(p.period);
  const identity = { company: text(p.company), ticker: text(p.ticker), period: period && canonicalPeriod(period) };
  return identity.company || identity.ticker || identity.period ? identity : null;
}

export function registerCallInfo(s: Server, diagnostics: DiagnosticsPublisher): void {
  s.connection.onRequest(
    CALL_INFO_REQUEST,
    guard(s.connection, 'callInfo', null, async (p: CallInfoParams, token): Promise<CallInfo | null> => {
      const a = await s.store.analysis(p.uri, () => token.isCancellationRequested);
      if (!a) return null;
      const line = typeof p.line === 'number' && Number.isFinite(p.line) ? Math.max(0, p.line) : 0;
      return callInfo(a.calls[callAt(a.calls, line)].transcript, a.calls.length);
    }),
  );

  s.connection.onNotification(CALL_IDENTITY_NOTIFICATION, (p: CallIdentityParams) => {
    if (typeof p?.uri !== 'string') return;
    s.store.setIdentity(p.uri, identityOf(p));
    if (!s.store.get(p.uri)) return;
    diagnostics.changed(p.uri);
    // Code lenses (verdict counts), inlay hints and figure tokens change with the judgements. A
    // client without these refreshes answers with an error, which changes nothing.
    for (const refresh of [CodeLensRefreshRequest.type, InlayHintRefreshRequest.type, SemanticTokensRefreshRequest.type]) {
      void s.connection.sendRequest(refresh).catch(() => undefined);
    }
  });
}
