// Guidance given in one call measured against the actual a later call reports: the later call
// gets miss/beat/in-line (related information into the earlier file), the earlier call's
// guidance gets the outcome, and a later call's guidance is compared with the earlier one's.
import { judgeActual, judgeRevision, type Judgement, type Located, type Tolerance } from './judge';
import { resolveGrowth, sameLine, type LedgerLine, type LineKey, type Statement } from './ledger';
import { periodEnd } from './periods';
import type { Meta } from '../model';

/** What identifies a call: the company (ticker or name) and the fiscal period it reports. */
export interface CallId {
  ticker: string | null;
  /** Company name normalised by `companyKey`. */
  company: string | null;
  period: string;
  date: string | null;
}

export interface CallLedger extends CallId {
  uri: string;
  lines: LedgerLine[];
}

/** A call's ledger for the index; null when the call has no period or no company to place it by. */
export function callLedger(uri: string, meta: Meta, lines: LedgerLine[]): CallLedger | null {
  const company = companyKey(meta.company);
  const ticker = meta.ticker?.toUpperCase() ?? null;
  if (!meta.period || (!company && !ticker)) return null;
  return { uri, ticker, company, period: meta.period, date: meta.date, lines };
}

/** "Calix, Inc." and "CALIX INC" are one company. */
export function companyKey(name: string | null): string | null {
  if (!name) return null;
  const k = name
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .replace(/\b(inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|ag|sa|nv|holdings?|group)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return k || null;
}

export function sameCompany(a: CallId, b: CallId): boolean {
  return (a.ticker !== null && a.ticker === b.ticker) || (a.company !== null && a.company === b.company);
}

/** A call as messages name it: "Q1 2016 call, 2016-04-21". */
export function callName(c: CallId): string {
  return `${c.period} call${c.date ? `, ${c.date}` : ''}`;
}

/** Calls in time: by the period they report, then by date. */
function compareCalls(a: CallId, b: CallId): number {
  return (periodEnd(a.period) ?? 0) - (periodEnd(b.period) ?? 0) || (a.date ?? '').localeCompare(b.date ?? '');
}

/** The call's line about what `k` is about (metric, segment, qualifier, period). */
function lineOf(call: CallLedger, k: LineKey): LedgerLine | undefined {
  return call.lines.find((l) => sameLine(l, k));
}

/**
 * The actual the call reports for `k`; null where it reports none, or where `k` names no qualifier
 * and the call reports the metric under two (GAAP and non-GAAP EPS): either could be the one meant.
 */
function actualIn(call: CallLedger, k: LineKey): Statement | null {
  const found = call.lines.filter((l) => l.actual !== null && sameLine(l, k));
  return found.length === 1 ? found[0].actual : null;
}

/** The call that reports `k.period`: the one whose own period it is, else the first stating it that ends with it or later (a fourth-quarter call reports the year). */
function reporter(calls: readonly CallLedger[], k: LineKey): CallLedger | null {
  const own = calls.find((c) => c.period === k.period && actualIn(c, k));
  if (own) return own;
  const end = periodEnd(k.period) ?? Infinity;
  return calls.find((c) => (periodEnd(c.period) ?? -Infinity) >= end && actualIn(c, k)) ?? null;
}

/**
 * The guidance a call leaves for a line: its last revision (what it announces as the new outlook),
 * else its last statement. A figure mentioned again later in the Q&A ("the $65 billion we gave in
 * January") does not undo the revision the prepared remarks made.
 */
function latestGuidance(line: LedgerLine): Statement | undefined {
  for (let i = line.guidance.length - 1; i >= 0; i--) if (line.guidance[i].revised) return line.guidance[i];
  return line.guidance[line.guidance.length - 1];
}

/** Forward guidance of a call: its last statement per (metric, period) after the call's own period, growth resolved. */
function forwardGuidance(call: CallLedger, calls: readonly CallLedger[]): Statement[] {
  const own = periodEnd(call.period) ?? Infinity;
  const out: Statement[] = [];
  for (const line of call.lines) {
    if ((periodEnd(line.period) ?? -Infinity) <= own) continue;
    let last = latestGuidance(line);
    const g = line.growth[line.growth.length - 1];
    if (!last && g) {
      const baseKey = { ...g, period: g.basePeriod };
      const baseCall = reporter(calls, baseKey);
      const base = baseCall ? actualIn(baseCall, baseKey) : null;
      if (base && Number.isFinite(base.low) && Number.isFinite(base.high)) last = resolveGrowth(g, base);
    }
    if (last) out.push({ ...last, when: [callName(call), last.when].filter(Boolean).join(', ') });
  }
  return out;
}

/** Cross-call judgements that show in `uri`, among calls of one company. */
export function judgeAcross(calls: readonly CallLedger[], uri: string, tol: Tolerance): Judgement[] {
  const target = calls.find((c) => c.uri === uri);
  if (!target) return [];
  const group = calls.filter((c) => sameCompany(c, target)).sort(compareCalls);
  const at = (statement: Statement, call: CallLedger): Located => ({ statement, uri: call.uri === uri ? null : call.uri });
  const out: Judgement[] = [];
  // As the reporting call, only the latest earlier guidance per metric and period counts.
  const reported = new Map<string, Judgement>();
  for (const earlier of group) {
    if (compareCalls(earlier, target) > 0) break;
    for (const g of forwardGuidance(earlier, group)) {
      const rep = reporter(group, g);
      const actual = rep ? actualIn(rep, g) : null;
      if (!rep || !actual || rep === earlier || (earlier !== target && rep !== target)) continue;
      const j = judgeActual(at(actual, rep), at(g, earlier), tol);
      if (!j) continue;
      if (earlier === target) out.push(outcome(j, rep));
      else if (!restated(target, g)) reported.set(`${g.metric.toLowerCase()} ${g.segment ?? ''} ${g.qualifier ?? ''} ${g.period}`, j);
    }
  }
  out.push(...reported.values(), ...revisionsAcross(group, target, tol, at));
  return out;
}

/** The reporting call recalls this guidance itself ("the guidance we gave in October"): judged there already. */
function restated(call: CallLedger, g: Statement): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
  return lineOf(call, g)?.guidance.some((o) => o.unit === g.unit && near(o.low, g.low) && near(o.high, g.high)) ?? false;
}

/** The earlier call's guidance figure, told what became of it. */
function outcome(j: Judgement, rep: CallLedger): Judgement {
  return { ...j, code: 'guidance.outcome', subject: j.reference, reference: j.subject, supersededBy: null, outcome: { of: j, reportedIn: callName(rep) } };
}

/** Guidance this call gives for a period an earlier call had guided: raised or lowered. */
function revisionsAcross(
  group: readonly CallLedger[],
  target: CallLedger,
  tol: Tolerance,
  at: (s: Statement, c: CallLedger) => Located,
): Judgement[] {
  const out: Judgement[] = [];
  const before = group.filter((c) => compareCalls(c, target) < 0);
  for (const g of forwardGuidance(target, group)) {
    for (const prevCall of [...before].reverse()) {
      const prev = forwardGuidance(prevCall, group).find((p) => sameLine(p, g));
      if (!prev) continue;
      const j = judgeRevision(at(prev, prevCall), at({ ...g, revised: true }, target), tol);
      if (j) out.push(j);
      break;
    }
  }
  return out;
}
