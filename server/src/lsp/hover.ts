// textDocument/hover: the figure under the cursor, read from the call it is in only (that call's
// figures are read then if they were not yet).
import {
  callAt,
  figureHover,
  historySection,
  hoverSections,
  ledgerSection,
  placedFigures,
  placedTranscript,
  type Call,
  type Figure,
  type Transcript,
} from '../core';
import type { Server } from './context';
import { guard } from './guard';

export function registerHover(s: Server): void {
  hoverSections.push(
    ledgerSection((uri) => s.guidance.publishedFor(uri)),
    historySection,
  );
  /** What a hover in a call reads: that call's transcript and figures in document lines, made once per call. */
  const views = new WeakMap<Call, { transcript: Transcript; figures: Figure[] }>();
  s.connection.onHover(
    guard(s.connection, 'hover', null, async (p, token) => {
      const a = await s.store.analysis(p.textDocument.uri, () => token.isCancellationRequested);
      if (!a) return null;
      const call = a.calls[callAt(a.calls, p.position.line)];
      let view = views.get(call);
      if (!view) views.set(call, (view = { transcript: placedTranscript(call), figures: placedFigures(call) }));
      return figureHover({ analysis: { lines: a.lines, ...view }, uri: p.textDocument.uri }, p.position);
    }),
  );
}
