// Guidance given in one call measured against the actual a later call reports: the later call
// gets miss/beat/in-line (related information into the earlier file), the earlier call's
// guidance gets the outcome, and a later call's guidance is compared with the earlier one's.
import { judgeActual, judgeRevision, type Judgement, type Located, type Tolerance } from './judge';
import { resolveGrowth, segmentKey, type GrowthGuidance, type LedgerLine, type LineKey, type Statement } from './ledger';
import { nth, pushAt } from '../lists';
import { endMonth, formatPeriod, type Period, samePeriod } from '../period';
import type { Meta } from '../model';

/** What identifies a call: the company (ticker or name) and the fiscal period it reports. */
export interface CallId {
  ticker: string | null;
  /** Company name normalised by `companyKey`. */
  company: string | null;
  period: Period;
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
  return `${formatPeriod(c.period)} call${c.date ? `, ${c.date}` : ''}`;
}

/**
 * What a ledger line is about, as a key: its metric (in any case), segment, qualifier and period.
 * Lines of equal keys are `sameLine`: a line naming no qualifier is the reported figure, GAAP.
 */
function keyOf(k: LineKey): string {
  return `${k.metric.toLowerCase()}\u0000${segmentKey(k.segment)}\u0000${k.qualifier ?? 'GAAP'}\u0000${formatPeriod(k.period)}`;
}

/**
 * The guidance a call leaves for a line: its last revision (what it announces as the new outlook),
 * else its last statement. A figure mentioned again later in the Q&A ("the $65 billion we gave in
 * January") does not undo the revision the prepared remarks made.
 */
function latestGuidance(line: LedgerLine): Statement | undefined {
  for (let i = line.guidance.length - 1; i >= 0; i--) if (line.guidance[i]?.revised) return line.guidance[i];
  return line.guidance[line.guidance.length - 1];
}

/** What a call's own lines say, whatever group it is judged in. */
interface CallFacts {
  /** What they were made for: a ledger is the same call's while these stay. */
  period: Period;
  date: string | null;
  /** The first line per key (metric, segment, qualifier, period). */
  lines: Map<string, LedgerLine>;
  /**
   * The actual per key, where one line of that key states one: where two do (an unqualified and a
   * GAAP line of one metric), either could be the one meant, and neither is taken.
   */
  actuals: Map<string, Statement>;
  /** Its lines after its own period, in order: their last guidance, or the growth guidance to resolve on the group's actuals. */
  forward: ({ stated: Statement } | { growth: GrowthGuidance })[];
  /** Keys of its lines whose outlook it speaks of again without a figure the ledger judges (a target). */
  restated: string[];
}

/** Each call's facts, made once per ledger: an edit of one call of a merged file makes that call's again, not every call's. */
const factsOf = new WeakMap<readonly LedgerLine[], CallFacts>();

function callFacts(call: CallLedger): CallFacts {
  const hit = factsOf.get(call.lines);
  if (hit && samePeriod(hit.period, call.period) && hit.date === call.date) return hit;
  const facts: CallFacts = { period: call.period, date: call.date, lines: new Map(), actuals: new Map(), forward: [], restated: [] };
  const stated = new Map<string, number>();
  const own = endMonth(call.period);
  for (const l of call.lines) {
    const key = keyOf(l);
    if (!facts.lines.has(key)) facts.lines.set(key, l);
    if (l.actual) {
      stated.set(key, (stated.get(key) ?? 0) + 1);
      if (!facts.actuals.has(key)) facts.actuals.set(key, l.actual);
    }
    if (endMonth(l.period) <= own) continue;
    if (l.restated.length > 0) facts.restated.push(key);
    const last = latestGuidance(l);
    const growth = l.growth[l.growth.length - 1];
    if (last) facts.forward.push({ stated: namedFor(call, last) });
    else if (growth) facts.forward.push({ growth });
  }
  for (const [key, n] of stated) if (n > 1) facts.actuals.delete(key);
  factsOf.set(call.lines, facts);
  return facts;
}

/** Guidance as the calls after it see it: said in this call. */
function namedFor(call: CallLedger, s: Statement): Statement {
  const name = callName(call);
  return { ...s, when: s.when ? `${name}, ${s.when}` : name };
}

/** `localeCompare`'s order, without making the comparison afresh each time: calls of one period tie on it and are sorted by date. */
const byDate = new Intl.Collator();

/** A forward guidance statement of a call, and where it stands among the group's calls. */
interface Guided {
  call: CallLedger;
  /** The call's place in the group, in time. */
  place: number;
  guidance: Statement;
}

/**
 * One company's calls, indexed once for judging each against the others: which call reports each
 * (metric, period), each call's forward guidance, the guidance each call's actuals are measured
 * against, and each call's guidance by (metric, period) for revisions. Every index is made in one
 * pass over the calls' ledger lines, so judging every call of the group is linear in its lines.
 */
class CallGroup {
  /** The calls in time: by the period they report, then by date (ties in the order given). */
  readonly calls: readonly CallLedger[];
  private readonly ends = new Map<CallLedger, number>();
  private readonly places = new Map<CallLedger, number>();
  /** Each call's facts: its first line and its actual per key. */
  private readonly factIndex = new Map<CallLedger, CallFacts>();
  /** Calls stating an actual per key, in time. */
  private readonly stating = new Map<string, CallLedger[]>();
  private readonly reporters = new Map<string, CallLedger | null>();
  private readonly forward = new Map<CallLedger, Statement[]>();
  /** Per reporting call: the earlier calls' guidance its actuals answer, in time and statement order. */
  private guidedFor?: Map<CallLedger, Guided[]>;
  /** Per (metric, period): each call's first forward guidance for it, in time. */
  private guidanceAt?: Map<string, Guided[]>;
  /** Per (metric, segment, period), whatever the qualifier: the places of the calls guiding it, in time. */
  private guidingAt?: Map<string, number[]>;
  /** Per (metric, period): the places of the calls that speak of its outlook again without judged figures, in time. */
  private readonly restatedAt = new Map<string, number[]>();

  constructor(calls: readonly CallLedger[]) {
    for (const c of calls) this.ends.set(c, endMonth(c.period));
    this.calls = [...calls].sort((a, b) => this.compare(a, b));
    this.calls.forEach((c, i) => {
      this.places.set(c, i);
      const facts = callFacts(c);
      this.factIndex.set(c, facts);
      for (const key of facts.restated) pushAt(this.restatedAt, key, i);
      for (const key of facts.actuals.keys()) pushAt(this.stating, key, c);
    });
  }

  /** Calls in time: by the period they report, then by date. */
  private compare(a: CallLedger, b: CallLedger): number {
    return (this.ends.get(a) ?? 0) - (this.ends.get(b) ?? 0) || byDate.compare(a.date ?? '', b.date ?? '');
  }

  lineOf(call: CallLedger, k: LineKey): LedgerLine | undefined {
    return this.factIndex.get(call)?.lines.get(keyOf(k));
  }

  actualIn(call: CallLedger, k: LineKey): Statement | null {
    return this.factIndex.get(call)?.actuals.get(keyOf(k)) ?? null;
  }

  /**
   * The call that reports `k.period`: the one whose own period it is, else the first stating it
   * that ends with it or later (a fourth-quarter call reports the year).
   */
  reporter(k: LineKey): CallLedger | null {
    const key = keyOf(k);
    let rep = this.reporters.get(key);
    if (rep !== undefined) return rep;
    const stating = this.stating.get(key) ?? [];
    const end = endMonth(k.period);
    rep = stating.find((c) => samePeriod(c.period, k.period)) ?? stating.find((c) => (this.ends.get(c) ?? -Infinity) >= end) ?? null;
    this.reporters.set(key, rep);
    return rep;
  }

  /** Forward guidance of a call: its last statement per (metric, period) after the call's own period, growth resolved. */
  forwardGuidance(call: CallLedger): Statement[] {
    let out = this.forward.get(call);
    if (out) return out;
    out = [];
    for (const item of callFacts(call).forward) {
      if ('stated' in item) {
        out.push(item.stated);
        continue;
      }
      const g = item.growth;
      const baseKey = { ...g, period: g.basePeriod };
      const baseCall = this.reporter(baseKey);
      const base = baseCall ? this.actualIn(baseCall, baseKey) : null;
      if (base && Number.isFinite(base.low) && Number.isFinite(base.high)) out.push(namedFor(call, resolveGrowth(g, base)));
    }
    this.forward.set(call, out);
    return out;
  }

  /** The guidance of every call, by the call that reports its actual and by (metric, period). */
  private indexGuidance(): void {
    this.guidedFor = new Map();
    this.guidanceAt = new Map();
    this.guidingAt = new Map();
    this.calls.forEach((call, place) => {
      const firsts = new Set<string>();
      for (const guidance of this.forwardGuidance(call)) {
        const key = keyOf(guidance);
        if (!firsts.has(key)) {
          firsts.add(key);
          pushAt(this.guidanceAt!, key, { call, place, guidance });
          const loose = anyQualifierKey(guidance);
          const places = this.guidingAt!.get(loose);
          if (places?.[places.length - 1] !== place) pushAt(this.guidingAt!, loose, place);
        }
        const rep = this.reporter(guidance);
        if (!rep || rep === call) continue;
        pushAt(this.guidedFor!, rep, { call, place, guidance });
      }
    });
  }

  /**
   * A judgement of guidance given at place `from` on a result reported at `to`, marked where the
   * outlook was revised since: the reporting call says so, or the last call between that speaks of
   * it again.
   */
  private revisedBetween(j: Judgement, from: number, to: number): Judgement {
    if (j.subject.statement.figure.outlookRevised) return { ...j, revisedSince: { by: 'reporting call' } };
    const again = this.restatedAt
      .get(keyOf(j.reference.statement))
      ?.filter((p) => p > from && p < to)
      .pop();
    return again === undefined ? j : { ...j, revisedSince: { by: 'later call', call: callName(nth(this.calls, again)) } };
  }

  /** Cross-call judgements that show in `target`, a call of the group. */
  judge(target: CallLedger, tol: Tolerance): Judgement[] {
    if (!this.guidedFor) this.indexGuidance();
    const uri = target.uri;
    const at = (statement: Statement, call: CallLedger): Located => ({ statement, uri: call.uri === uri ? null : call.uri });
    const out: Judgement[] = [];
    // Its own guidance, told what a later call reported.
    const here = this.places.get(target) ?? 0;
    for (const g of this.forwardGuidance(target)) {
      const rep = this.reporter(g);
      const actual = rep ? this.actualIn(rep, g) : null;
      if (!rep || !actual || rep === target) continue;
      const j = judgeActual(at(actual, rep), at(g, target), tol);
      if (j) out.push(outcome(this.revisedBetween(j, here, this.places.get(rep) ?? 0), rep));
    }
    // As the reporting call, only the latest earlier guidance per metric and period counts (calls
    // of the same period and date as the target count as earlier).
    const reported = new Map<string, Judgement>();
    for (const { call, place, guidance: g } of this.guidedFor!.get(target) ?? []) {
      if (call === target || this.compare(call, target) > 0) continue;
      const actual = this.actualIn(target, g);
      const j = actual && judgeActual(at(actual, target), at(g, call), tol);
      if (j && !restated(this, target, g)) reported.set(keyOf(g), this.revisedBetween(j, place, here));
    }
    out.push(...reported.values(), ...this.revisions(target, tol, at));
    return out;
  }

  /** Guidance this call gives for a period an earlier call had guided: raised or lowered. */
  private revisions(target: CallLedger, tol: Tolerance, at: (s: Statement, c: CallLedger) => Located): Judgement[] {
    const out: Judgement[] = [];
    const before = this.before(target);
    for (const g of this.forwardGuidance(target)) {
      const prev = latestBelow(this.guidanceAt!.get(keyOf(g)) ?? [], before);
      // A call between that guided it on another basis (non-GAAP where these say nothing): which of
      // the two this one moves from is not known, and the older one is not the latest.
      if (!prev || this.guidingAt!.get(anyQualifierKey(g))?.some((p) => p > prev.place && p < before)) continue;
      const j = judgeRevision(at(prev.guidance, prev.call), at({ ...g, revised: true }, target), tol);
      if (j) out.push(j);
    }
    return out;
  }

  /** How many calls come before `target` in time (ties with it are not before it). */
  private before(target: CallLedger): number {
    let lo = 0;
    let hi = this.places.get(target) ?? 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(nth(this.calls, mid), target) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The last of `list` (in place order) placed below `place`. */
/** What a line is about but its qualifier: the metric, segment and period. */
function anyQualifierKey(k: LineKey): string {
  return `${k.metric.toLowerCase()}\u0000${segmentKey(k.segment)}\u0000${formatPeriod(k.period)}`;
}

function latestBelow(list: readonly Guided[], place: number): Guided | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nth(list, mid).place < place) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

/** Cross-call judgements that show in `uri`, among calls of one company. */
export function judgeAcross(calls: readonly CallLedger[], uri: string, tol: Tolerance): Judgement[] {
  const target = calls.find((c) => c.uri === uri);
  if (!target) return [];
  return new CallGroup(calls.filter((c) => sameCompany(c, target))).judge(target, tol);
}

/**
 * Cross-call judgements of each of `calls` (one company's, by ticker or name), in the order given:
 * the calls are indexed once for all of them. A call that does not share a key with every other
 * (a ticker here, a name there) is judged among those it does share one with, as `judgeAcross` does.
 * Yields after each call judged: a merged file of hundreds of one company's calls is judged
 * between requests.
 */
export function* judgeEachSteps(calls: readonly CallLedger[], tol: Tolerance): Generator<void, Judgement[][]> {
  const all = new CallGroup(calls);
  // One ticker, or one name, on every call: each is the same company as every other.
  const one = (key: (c: CallLedger) => string | null) => calls.every((c) => key(c) !== null && key(c) === key(calls[0]!));
  const everyOneCompany = one((c) => c.ticker) || one((c) => c.company);
  const out: Judgement[][] = [];
  for (const target of calls) {
    const group = everyOneCompany || calls.every((c) => sameCompany(c, target)) ? all : new CallGroup(calls.filter((c) => sameCompany(c, target)));
    out.push(group.judge(target, tol));
    yield;
  }
  return out;
}

/** The reporting call recalls this guidance itself ("the guidance we gave in October"): judged there already. */
function restated(group: CallGroup, call: CallLedger, g: Statement): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
  return group.lineOf(call, g)?.guidance.some((o) => o.unit === g.unit && near(o.low, g.low) && near(o.high, g.high)) ?? false;
}

/** The earlier call's guidance figure, told what became of it. */
function outcome(j: Judgement, rep: CallLedger): Judgement {
  return { ...j, code: 'guidance.outcome', subject: j.reference, reference: j.subject, supersededBy: null, outcome: { of: j, reportedIn: callName(rep) } };
}
