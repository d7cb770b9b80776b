// The analyst's tables of one call, as data: per metric and period the guidance (original and
// revisions), expectations, the actual and the verdicts on them (the scorecard); the guidance for
// coming periods against the company's previous call (the outlook); a metric over the company's
// calls (the history). The client draws them; every statement keeps the place it was said.
import type { HistoryPoint, OutlookChange, OutlookRow, Place, Scorecard, ScorecardRow, VerdictCounts, ViewStatement, ViewVerdict } from './views';
import type { Call } from '../calls';
import type { CallLedger } from '../ledger/crossCall';
import { superseded, type Judgement, type Located } from '../ledger/judge';
import type { LedgerLine, Statement } from '../ledger/ledger';
import { formatValue, inPoints, toPoints } from '../ledger/measure';
import { endMonth, formatPeriod, type Period } from '../period';
import type { Range } from 'vscode-languageserver-types';
import { judgementMessage } from './judgementText';

/** What a ledger line is about: statements of different segments or qualifiers are different rows. */
function rowKey(s: { metric: string; period: Period; figure: { segment?: string | null; qualifier?: string | null } }): string {
  return [s.metric.toLowerCase(), s.figure.segment ?? '', s.figure.qualifier ?? '', formatPeriod(s.period)].join('\u0000');
}

function lineKey(l: LedgerLine): string | null {
  const s = l.actual ?? l.guidance[0] ?? l.expectations[0];
  return s ? rowKey(s) : null;
}

function moved(r: Range, by: number): Range {
  return by === 0 ? r : { start: { line: r.start.line + by, character: r.start.character }, end: { line: r.end.line + by, character: r.end.character } };
}

/** A value or range as an analyst reads it. */
export function statementLabel(s: Pick<Statement, 'value' | 'low' | 'high' | 'unit'>): string {
  const scale = Number.isFinite(s.high) ? s.high : s.value;
  if (s.low === -Infinity && Number.isFinite(s.high)) return `at most ${formatValue(s.high, s.unit, scale)}`;
  if (s.high === Infinity && Number.isFinite(s.low)) return `at least ${formatValue(s.low, s.unit, s.low)}`;
  if (s.low !== s.high && Number.isFinite(s.low) && Number.isFinite(s.high))
    return `${formatValue(s.low, s.unit, scale)}–${formatValue(s.high, s.unit, scale)}`;
  return formatValue(s.value, s.unit);
}

function kindOf(s: Statement): ViewStatement['kind'] {
  if (s.kind === 'actual') return 'actual';
  if (s.kind === 'expectation') return 'expectation';
  return s.revised ? 'revision' : 'guidance';
}

export function viewStatement(s: Statement, place: Place, call: string | null): ViewStatement {
  return {
    kind: kindOf(s),
    label: statementLabel(s),
    value: s.value,
    low: s.low,
    high: s.high,
    unit: s.unit,
    when: s.when,
    speaker: s.figure.speaker,
    place,
    call,
  };
}

/** The middle of a statement's bounds (its value where a bound is open). */
function middle(s: Statement): number {
  return Number.isFinite(s.low) && Number.isFinite(s.high) ? (s.low + s.high) / 2 : s.value;
}

/** How far `s` is from `ref`'s middle: points for rates, else percent of the middle. */
export function delta(s: Statement, ref: Statement): { delta: number | null; deltaUnit: '%' | 'pts' } {
  const mid = middle(ref);
  if (inPoints(s.unit) && inPoints(ref.unit)) return { delta: toPoints(s.value - mid, s.unit), deltaUnit: 'pts' };
  if (s.unit !== ref.unit || mid === 0 || !Number.isFinite(mid)) return { delta: null, deltaUnit: '%' };
  return { delta: ((s.value - mid) / Math.abs(mid)) * 100, deltaUnit: '%' };
}

/** A distance as an inlay hint or a table shows it: "−5.1%", "+0.4 pts". */
export function deltaLabel(d: { delta: number | null; deltaUnit: '%' | 'pts' }): string {
  if (d.delta === null) return '';
  const sign = d.delta > 0 ? '+' : d.delta < 0 ? '\u2212' : '';
  return `${sign}${Math.abs(d.delta).toFixed(1)}${d.deltaUnit === 'pts' ? ' pts' : '%'}`;
}

/** Each result's verdict once: those against guidance replaced since are not counted. */
export function countVerdicts(judgements: readonly { code: string; superseded: boolean }[]): VerdictCounts {
  const c: VerdictCounts = { beat: 0, miss: 0, inline: 0, raised: 0, lowered: 0 };
  for (const j of judgements) {
    if (j.superseded) continue;
    if (j.code === 'guidance.beat' || j.code === 'expectation.beat') c.beat++;
    else if (j.code === 'guidance.miss' || j.code === 'expectation.miss') c.miss++;
    else if (j.code === 'guidance.inline') c.inline++;
    else if (j.code === 'guidance.raised') c.raised++;
    else if (j.code === 'guidance.lowered') c.lowered++;
  }
  return c;
}

/** Where the things a view shows are: this document's URI, another call's name. */
export interface ViewContext {
  uri: string;
  /** A name for the call in another document, for a statement said there. */
  callName(uri: string): string;
}

function locate(at: Located, ctx: ViewContext): { place: Place; call: string | null } {
  const uri = at.uri ?? ctx.uri;
  return { place: { uri, range: at.statement.figure.range }, call: uri === ctx.uri ? null : ctx.callName(uri) };
}

/**
 * The scorecard rows of call `i`: its ledger lines that hold guidance, an expectation or a verdict,
 * with the verdicts on them (`judgements` in document lines: the call's own, a merged file's and
 * the workspace's). Outcome hints are left out: they are the later call's verdicts seen from here.
 */
export function scorecardRows(calls: readonly Call[], i: number, judgements: readonly Judgement[], ctx: ViewContext): ScorecardRow[] {
  const call = calls[i];
  if (!call) return [];
  const end = calls[i + 1]?.start ?? Infinity;
  const inCall = (r: Range) => r.start.line >= call.start && r.start.line < end;
  const here = (s: Statement): ViewStatement => viewStatement(s, { uri: ctx.uri, range: moved(s.figure.range, call.start) }, null);
  const rows: ScorecardRow[] = [];
  // Judgements carry copies of their statements: a row is found by where its statements stand.
  const rowAt = new Map<string, ScorecardRow>();
  const at = (r: Range) => `${r.start.line}:${r.start.character}`;
  for (const l of call.ledger.lines) {
    const first = l.actual ?? l.guidance[0] ?? l.expectations[0];
    if (!first) continue;
    const row: ScorecardRow = {
      metric: l.metric,
      segment: first.figure.segment ?? null,
      qualifier: first.figure.qualifier ?? null,
      period: formatPeriod(l.period),
      guidance: l.guidance.map(here),
      expectations: l.expectations.map(here),
      actual: l.actual && here(l.actual),
      verdicts: [],
    };
    rows.push(row);
    for (const v of [...row.guidance, ...row.expectations, ...(row.actual ? [row.actual] : [])]) rowAt.set(at(v.place.range), row);
  }
  for (const j of judgements) {
    if (j.code === 'guidance.outcome' || (j.subject.uri !== null && j.subject.uri !== ctx.uri) || !inCall(j.subject.statement.figure.range)) continue;
    const row = rowAt.get(at(j.subject.statement.figure.range));
    if (!row) continue;
    const ref = locate(j.reference, ctx);
    const subject = locate(j.subject, ctx);
    // Guidance from another call (or an earlier call of a merged file) joins the row it was measured in.
    if (ref.call !== null || !inCall(j.reference.statement.figure.range)) {
      const seen = row.guidance
        .concat(row.expectations)
        .some(
          (g) =>
            g.place.uri === ref.place.uri &&
            g.place.range.start.line === ref.place.range.start.line &&
            g.place.range.start.character === ref.place.range.start.character,
        );
      if (!seen)
        (j.reference.statement.kind === 'expectation' ? row.expectations : row.guidance).unshift(
          viewStatement(j.reference.statement, ref.place, ref.call ?? 'an earlier call in this file'),
        );
    }
    const v: ViewVerdict = {
      code: j.code,
      message: judgementMessage(j),
      subject: subject.place,
      reference: ref.place,
      ...delta(j.subject.statement, j.reference.statement),
      superseded: superseded(j),
    };
    row.verdicts.push(v);
  }
  // The result's verdict on the latest guidance first (the row shows it), then revisions, then the
  // verdicts against guidance replaced since.
  const rank = (v: ViewVerdict) => (v.superseded ? 2 : v.code === 'guidance.raised' || v.code === 'guidance.lowered' ? 1 : 0);
  for (const r of rows) r.verdicts.sort((a, b) => rank(a) - rank(b));
  return rows.filter((r) => r.guidance.length || r.expectations.length || r.verdicts.length);
}

function latestGuidance(l: LedgerLine): Statement | null {
  return l.guidance.at(-1) ?? null;
}

function outlookChange(now: Statement, before: Statement): OutlookChange {
  const same = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (same(now.low, before.low) && same(now.high, before.high)) return 'reaffirmed';
  const [m, n] = [middle(now), middle(before)];
  if (!same(m, n)) return m > n ? 'raised' : 'lowered';
  return now.high - now.low < before.high - before.low ? 'narrowed' : 'widened';
}

/**
 * Guidance call `i` gives for periods after its own, against what the company's previous call
 * (`previous`, null when there is none) guided for the same periods; what that call guided for a
 * period still to come that this one no longer guides is dropped.
 */
export function outlookRows(call: Call, previous: { ledger: CallLedger; name: string; uri: string; start: number } | null, ctx: ViewContext): OutlookRow[] {
  const own = call.transcript.meta.period;
  const coming = (period: Period) => own !== null && endMonth(period) > endMonth(own);
  const beforeLines = new Map<string, LedgerLine>();
  for (const l of previous?.ledger.lines ?? []) {
    const key = lineKey(l);
    if (key && latestGuidance(l) && coming(l.period)) beforeLines.set(key, l);
  }
  // Each row with the end of its period, to put them in time; named by the statement it shows.
  const rows: [number, OutlookRow][] = [];
  const push = (l: LedgerLine, shown: Statement, row: Pick<OutlookRow, 'now' | 'before' | 'change'>) =>
    rows.push([
      endMonth(l.period),
      { metric: l.metric, segment: shown.figure.segment ?? null, qualifier: shown.figure.qualifier ?? null, period: formatPeriod(l.period), ...row },
    ]);
  const seen = new Set<string>();
  const prior = (s: Statement) =>
    viewStatement(
      s,
      { uri: previous!.uri, range: moved(s.figure.range, previous!.start) },
      previous!.uri === ctx.uri ? 'an earlier call in this file' : previous!.name,
    );
  for (const l of call.ledger.lines) {
    const now = latestGuidance(l);
    const key = lineKey(l);
    if (!now || !key || !coming(l.period)) continue;
    seen.add(key);
    const was = beforeLines.get(key);
    const before = was ? latestGuidance(was) : null;
    push(l, now, {
      now: viewStatement(now, { uri: ctx.uri, range: moved(now.figure.range, call.start) }, null),
      before: before && prior(before),
      change: before ? outlookChange(now, before) : 'new',
    });
  }
  for (const [key, l] of beforeLines) {
    if (seen.has(key)) continue;
    const before = latestGuidance(l)!;
    push(l, before, { now: null, before: prior(before), change: 'dropped' });
  }
  return rows.sort(([ea, a], [eb, b]) => ea - eb || a.metric.localeCompare(b.metric)).map(([, row]) => row);
}

/** One metric (and segment) over a company's calls, oldest first: the guidance each call gave for it and the actuals each reported. */
export function historyPoints(calls: readonly { ledger: CallLedger; name: string; start: number }[], metric: string, segment: string | null): HistoryPoint[] {
  const points: HistoryPoint[] = [];
  const m = metric.toLowerCase();
  for (const c of calls) {
    for (const l of c.ledger.lines) {
      const first = l.actual ?? l.guidance[0];
      if (l.metric.toLowerCase() !== m || !first || (first.figure.segment ?? null) !== segment) continue;
      const place = (s: Statement): Place => ({ uri: c.ledger.uri, range: moved(s.figure.range, c.start) });
      points.push({
        call: c.name,
        uri: c.ledger.uri,
        period: formatPeriod(l.period),
        order: endMonth(l.period),
        guidance: l.guidance.map((g) => viewStatement(g, place(g), c.name)),
        actual: l.actual && viewStatement(l.actual, place(l.actual), c.name),
      });
    }
  }
  return points.sort((a, b) => a.order - b.order || a.call.localeCompare(b.call));
}

/** A call another view statement can come from: its ledger, its name, where it starts in its document. */
export interface OtherCall {
  ledger: CallLedger;
  name: string;
  start: number;
}

/** The company's call before `call` among `candidates` (by the period each reports), or null. */
export function previousCall<T extends { ledger: CallLedger }>(period: Period | null, candidates: readonly T[]): T | null {
  if (period === null) return null;
  const own = endMonth(period);
  let best: T | null = null;
  for (const c of candidates) {
    const e = endMonth(c.ledger.period);
    if (e < own && (best === null || e > endMonth(best.ledger.period))) best = c;
  }
  return best;
}

/** Call `i`'s scorecard: its rows, its outlook against `previous`, and the verdict counts. */
export function callScorecard(
  calls: readonly Call[],
  i: number,
  judgements: readonly Judgement[],
  previous: OtherCall | null,
  ctx: ViewContext,
  callTitle: string,
): Scorecard {
  const call = calls[i];
  if (!call) throw new RangeError(`no call ${i} of ${calls.length}`);
  const rows = scorecardRows(calls, i, judgements, ctx);
  return {
    uri: ctx.uri,
    call: callTitle,
    period: call.transcript.meta.period && formatPeriod(call.transcript.meta.period),
    rows,
    outlook: outlookRows(call, previous && { ...previous, uri: previous.ledger.uri }, ctx),
    previousCall: previous?.name ?? null,
    counts: countVerdicts(rows.flatMap((r) => r.verdicts)),
  };
}
