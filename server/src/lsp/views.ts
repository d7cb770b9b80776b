// The analyst's views over LSP: the call scorecard and outlook (a custom request), a metric's
// history across the company's calls, the workspace's calls, and the editor features built on the
// same judgements: a code lens per call with its verdict counts, inlay hints after judged figures,
// Go to Definition / Find References between the statements of a ledger line, across files.
import { InlayHintKind, type CodeLens, type InlayHint, type Location } from 'vscode-languageserver/node';
import {
  callAt,
  callLedger,
  callName,
  callScorecard,
  companyGroups,
  countVerdicts,
  deltaLabel,
  documentJudgements,
  EXPORT_FORMATS,
  fileName,
  exportRows,
  formatExport,
  formatPeriod,
  headerName,
  historyPoints,
  judgementMessage,
  placedTranscript,
  previousCall,
  statementLabel,
  superseded,
  verdictDelta,
  type Analysis,
  type Judgement,
  type OtherCall,
} from '../core';
import {
  CALLS_REQUEST,
  countsLabel,
  EXPORT_REQUEST,
  HISTORY_REQUEST,
  SCORECARD_REQUEST,
  type CallSummary,
  type ExportParams,
  type History,
  type HistoryParams,
  type Scorecard,
  type ScorecardParams,
} from '../../../shared/protocol';
import type { Position, Range } from 'vscode-languageserver-types';
import type { Server } from './context';
import { guard } from './guard';

function contains(r: Range, p: Position): boolean {
  const after = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const before = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return after && before;
}

function lineEnd(calls: Analysis['calls'], i: number): number {
  return i + 1 < calls.length ? calls[i + 1].start : Infinity;
}

export function registerViews(s: Server): void {
  /** The document's analysis with its figures read, or null when it is gone or changed meanwhile. */
  async function analysed(uri: string, stop: () => boolean): Promise<Analysis | null> {
    const a = await s.store.analysis(uri, stop);
    return a && (await s.store.readFigures(uri, a, stop)) ? a : null;
  }

  /** Every judgement the document's calls take part in: their own, a merged file's, the workspace's. */
  async function judgements(uri: string, a: Analysis): Promise<Judgement[]> {
    const tol = s.settings.diagnostics.tolerance;
    return [...documentJudgements(a.calls, tol), ...(await s.guidance.index.judgements(uri, tol))];
  }

  /**
   * Call `i`'s company's calls: those of this file that `keep` takes (by index; call `i` alone when
   * no other call of the file is its company's), and the calls in the workspace's other files.
   */
  async function companyCalls(uri: string, a: Analysis, i: number, keep: (j: number) => boolean): Promise<OtherCall[]> {
    const out: OtherCall[] = [];
    const group = companyGroups(a.calls).find((g) => g.includes(i)) ?? [i];
    for (const j of group) {
      const c = a.calls[j];
      const ledger = keep(j) ? callLedger(uri, c.transcript.meta, c.ledger.lines) : null;
      if (ledger) out.push({ ledger, name: callName(ledger), start: c.start });
    }
    for (const ledger of await s.guidance.index.companyCalls(uri)) {
      if (ledger.uri !== uri) out.push({ ledger, name: `${fileName(ledger.uri)} · ${callName(ledger)}`, start: 0 });
    }
    return out;
  }

  function subjectIn(a: Analysis, i: number, uri: string) {
    const end = lineEnd(a.calls, i);
    return (j: Judgement) =>
      j.code !== 'guidance.outcome' &&
      (j.subject.uri === null || j.subject.uri === uri) &&
      j.subject.statement.figure.range.start.line >= a.calls[i].start &&
      j.subject.statement.figure.range.start.line < end;
  }

  s.connection.onRequest(
    SCORECARD_REQUEST,
    guard(s.connection, 'scorecard', null, async (p: ScorecardParams, token): Promise<Scorecard | null> => {
      const a = await analysed(p.uri, () => token.isCancellationRequested);
      if (!a) return null;
      const i = callAt(a.calls, Math.max(0, p.line));
      const all = await judgements(p.uri, a);
      const ctx = { uri: p.uri, callName: (u: string) => fileName(u) };
      const previous = previousCall(a.calls[i].transcript.meta.period, await companyCalls(p.uri, a, i, (j) => j < i));
      return callScorecard(a.calls, i, all, previous, ctx, headerName(a.calls[i].transcript));
    }),
  );

  s.connection.onRequest(
    HISTORY_REQUEST,
    guard(s.connection, 'history', null, async (p: HistoryParams, token): Promise<History | null> => {
      const a = await analysed(p.uri, () => token.isCancellationRequested);
      if (!a) return null;
      const i = callAt(a.calls, Math.max(0, p.line));
      const call = a.calls[i];
      const own = callLedger(p.uri, call.transcript.meta, call.ledger.lines);
      // The history is the company's: this call, the file's calls before and after it, the workspace's.
      const calls = own ? await companyCalls(p.uri, a, i, () => true) : [];
      const points = historyPoints(calls, p.metric, p.segment);
      const company = call.transcript.meta.company ?? call.transcript.meta.ticker ?? 'this company';
      return { metric: p.metric, segment: p.segment, company, points, note: calls.length > 1 ? null : `The workspace holds no other call of ${company}.` };
    }),
  );

  s.connection.onRequest(
    EXPORT_REQUEST,
    guard(s.connection, 'export', null, async (p: ExportParams, token): Promise<string | null> => {
      const a = await analysed(p.uri, () => token.isCancellationRequested);
      if (!a || !EXPORT_FORMATS.includes(p.format)) return null;
      return formatExport(exportRows(fileName(p.uri), p.uri, a.calls, await judgements(p.uri, a), fileName), p.format);
    }),
  );

  // The index keeps company names normalised for matching ("halvard instruments"): shown capitalised.
  const display = (key: string) => key.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  s.connection.onRequest(
    CALLS_REQUEST,
    guard(s.connection, 'calls', [], (): CallSummary[] =>
      s.guidance.index.calls().map(({ uri, id }) => ({
        uri,
        company: id.ticker ?? (id.company ? display(id.company) : fileName(uri)),
        period: formatPeriod(id.period),
        date: id.date,
      })),
    ),
  );

  s.connection.onCodeLens(
    guard(s.connection, 'codeLens', [], async (p, token): Promise<CodeLens[]> => {
      if (!s.settings.views.codeLens) return [];
      const uri = p.textDocument.uri;
      const a = await analysed(uri, () => token.isCancellationRequested);
      if (!a) return [];
      const all = await judgements(uri, a);
      return a.calls.map((c, i) => {
        const header = placedTranscript(c).sections.find((x) => x.kind === 'header');
        const line = header?.titleRange?.start.line ?? header?.range.start.line ?? c.start;
        const range = { start: { line, character: 0 }, end: { line, character: 0 } };
        const counts = countVerdicts(all.filter(subjectIn(a, i, uri)).map((j) => ({ code: j.code, superseded: superseded(j) })));
        return { range, command: { title: `Scorecard: ${countsLabel(counts)}`, command: 'transcriptLens.showScorecard', arguments: [uri, line] } };
      });
    }),
  );

  s.connection.languages.inlayHint.on(
    guard(s.connection, 'inlayHint', [], async (p, token): Promise<InlayHint[]> => {
      if (!s.settings.views.inlayHints) return [];
      const uri = p.textDocument.uri;
      const a = await analysed(uri, () => token.isCancellationRequested);
      if (!a) return [];
      const hints: InlayHint[] = [];
      for (const j of await judgements(uri, a)) {
        const r = j.subject.statement.figure.range;
        if (
          j.code === 'guidance.outcome' ||
          (j.subject.uri !== null && j.subject.uri !== uri) ||
          r.start.line < p.range.start.line ||
          r.start.line > p.range.end.line
        )
          continue;
        const word = j.code.startsWith('expectation') ? 'vs expected' : j.code === 'guidance.raised' || j.code === 'guidance.lowered' ? 'was' : 'vs guide';
        const distance = word === 'was' ? '' : ` ${deltaLabel(verdictDelta(j.subject.statement, j.reference.statement))}`;
        hints.push({
          position: r.end,
          label: `${word} ${statementLabel(j.reference.statement)}${distance.trimEnd() ? distance : ''}`,
          kind: InlayHintKind.Parameter,
          paddingLeft: true,
          tooltip: judgementMessage(j),
        });
      }
      return hints;
    }),
  );

  /** Judgements on the figure under the cursor, as subject or as reference. */
  async function touching(uri: string, position: Position, stop: () => boolean): Promise<{ asSubject: Judgement[]; asReference: Judgement[] }> {
    const a = await analysed(uri, stop);
    if (!a) return { asSubject: [], asReference: [] };
    const all = await judgements(uri, a);
    const here = (at: Judgement['subject']) => (at.uri === null || at.uri === uri) && contains(at.statement.figure.range, position);
    return { asSubject: all.filter((j) => here(j.subject)), asReference: all.filter((j) => here(j.reference)) };
  }
  const location = (at: Judgement['subject'], uri: string): Location => ({ uri: at.uri ?? uri, range: at.statement.figure.range });
  const unique = (list: Location[]) => [...new Map(list.map((l) => [`${l.uri}:${l.range.start.line}:${l.range.start.character}`, l])).values()];

  s.connection.onDefinition(
    guard(s.connection, 'definition', [], async (p, token) => {
      if (!s.settings.views.navigation) return [];
      const uri = p.textDocument.uri;
      const { asSubject, asReference } = await touching(uri, p.position, () => token.isCancellationRequested);
      // From an actual (or a revision) to what it is measured against; from guidance to its outcome.
      const to = asSubject.length ? asSubject.map((j) => location(j.reference, uri)) : asReference.map((j) => location(j.subject, uri));
      return unique(to);
    }),
  );

  s.connection.onReferences(
    guard(s.connection, 'references', [], async (p, token) => {
      if (!s.settings.views.navigation) return [];
      const uri = p.textDocument.uri;
      const { asSubject, asReference } = await touching(uri, p.position, () => token.isCancellationRequested);
      const all = [...asSubject, ...asReference].flatMap((j) => [location(j.subject, uri), location(j.reference, uri)]);
      return unique(p.context.includeDeclaration ? all : all.filter((l) => !(l.uri === uri && contains(l.range, p.position))));
    }),
  );
}
