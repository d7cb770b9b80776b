// The guidance ledger of one call: for every (metric, period) the guidance given (the original
// and each revision, with when it was given), the expectations management stated and the
// reported actual, each pointing at its figure. Pure: figures and text in, ledger out.
import type { Figure } from '../figures/figure';
import type { Transcript } from '../model';
import type { TextLines } from '../text';
import { formatValue, isRatioMetric, unitFits } from './measure';
import { periodEnd, previousPeriod, yearEarlier } from './periods';

export type StatementKind = 'guidance' | 'expectation' | 'actual';

export interface Statement {
  kind: StatementKind;
  /** Guidance the speaker presents as an update of earlier guidance. */
  revised: boolean;
  figure: Figure;
  metric: string;
  period: string;
  unit: string;
  /** The value messages quote: the figure's value, a range's midpoint. */
  value: number;
  /** Bounds compared against; a reported "less than $1 million" is open below. */
  low: number;
  high: number;
  /** When it was given, as the text says ("October"), or a call's name across calls; null if unsaid. */
  when: string | null;
  /** How growth guidance became this range, e.g. "+15% ±3% sequentially on Q1 2016 revenue $832M". */
  derivation: string | null;
}

/** Guidance stated as growth on a base period's value, resolved once that value is known. */
export interface GrowthGuidance {
  figure: Figure;
  metric: string;
  period: string;
  basePeriod: string;
  /** The base relation as said: "sequentially" or "year over year". */
  relation: string;
  /** Growth bounds in percent, signed (a decline is negative). */
  lowPct: number;
  highPct: number;
  revised: boolean;
  when: string | null;
}

export interface LedgerLine {
  metric: string;
  period: string;
  /** Distinct guidance values in the order given; later ones with `revised` are revisions. */
  guidance: Statement[];
  expectations: Statement[];
  /** The reported actual (the value stated most often, first mention), or null. */
  actual: Statement | null;
  /** Growth guidance whose base is not reported in this call. */
  growth: GrowthGuidance[];
}

export interface Ledger {
  lines: LedgerLine[];
  /** The line each figure of the ledger belongs to. */
  byFigure: Map<Figure, LedgerLine>;
}

const SEQUENTIAL = /\bsequential(ly)?\b|quarter[- ](over|on)[- ]quarter|\bq\/q\b|from the (prior|previous|last) quarter/i;
const YEAR_ON_YEAR = /year[- ](over|on)[- ]year|\by\/y\b|from a year ago|from the (same|prior[- ]year) (quarter|period)/i;
/** Words that set guidance against a result, as a call does when it recalls guidance it gave. */
const RECALLED = /\b(?:compared (?:with|to)|versus|vs\.?|above|below|ahead of|exceed(?:ed|s|ing)?|beat|surpass(?:ed|ing)?|in line with|within|met|missed|came in|at the (?:high|low|top|upper|lower|bottom) end)\b/i;
const DECLINE = /\b(decrease|decline|down|lower|fall|drop|contract|shrink|reduc)\w*\b/i;

function key(metric: string, period: string): string {
  return `${metric.toLowerCase()}\u0000${period}`;
}

/** The ends an actual's qualifier leaves open: "less than $1 million" is at most $1 million. */
function actualBounds(f: Figure, value: number): [number, number] {
  if (f.low !== null && f.high !== null) return [f.low, f.high];
  const q = (f.approx ?? '').toLowerCase();
  if (/just (over|under)/.test(q)) return [value, value];
  if (/less|under|below|up to|at most|no more/.test(q)) return [-Infinity, value];
  if (/more|over|above|at least|exceed|greater/.test(q)) return [value, Infinity];
  return [value, value];
}

function pointOf(f: Figure): number | null {
  if (f.value !== null) return f.value;
  if (f.low !== null && f.high !== null) return (f.low + f.high) / 2;
  return null;
}

/** The sentence holding the figure, split at the figure: [before, after]. */
function sentenceAround(f: Figure, lines: TextLines): [string, string] {
  const line = lines.line(f.range.start.line);
  const before = line.slice(0, f.range.start.character);
  const after = f.range.end.line === f.range.start.line ? line.slice(f.range.end.character) : '';
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(';'));
  const ends = [after.indexOf('. '), after.indexOf(';')].filter((i) => i >= 0);
  return [before.slice(start + 1), ends.length ? after.slice(0, Math.min(...ends)) : after];
}

function growthOf(f: Figure, metric: string, period: string, lines: TextLines, when: string | null): GrowthGuidance | null {
  const [before, after] = sentenceAround(f, lines);
  const sentence = `${before}${f.text}${after}`;
  const relation = SEQUENTIAL.test(sentence) ? 'sequentially' : YEAR_ON_YEAR.test(sentence) ? 'year over year' : null;
  if (!relation) return null;
  const basePeriod = relation === 'sequentially' ? previousPeriod(period) : yearEarlier(period);
  const value = pointOf(f);
  if (!basePeriod || value === null) return null;
  const sign = DECLINE.test(before) && value > 0 ? -1 : 1;
  const lo = sign * (f.low ?? value);
  const hi = sign * (f.high ?? value);
  return {
    figure: f, metric, period, basePeriod, relation,
    lowPct: Math.min(lo, hi), highPct: Math.max(lo, hi),
    revised: f.basis === 'revised-guidance', when,
  };
}

/** Guidance of `g` as an amount once the base period's actual is known. */
export function resolveGrowth(g: GrowthGuidance, base: Statement): Statement {
  const low = base.value * (1 + g.lowPct / 100);
  const high = base.value * (1 + g.highPct / 100);
  const mid = (g.lowPct + g.highPct) / 2;
  const spread = (g.highPct - g.lowPct) / 2;
  const pct = `${mid >= 0 ? '+' : '−'}${Math.abs(mid)}%${spread ? ` ±${spread}%` : ''}`;
  return {
    kind: 'guidance', revised: g.revised, figure: g.figure, metric: g.metric, period: g.period,
    unit: base.unit, value: (low + high) / 2, low, high, when: g.when,
    derivation: `${pct} ${g.relation} on ${g.basePeriod} ${g.metric.toLowerCase()} ${formatValue(base.value, base.unit)}`,
  };
}

/** Who speaks for the company: analysts' and the operator's numbers are not guidance or results. */
function companyVoice(f: Figure): boolean {
  return f.role !== 'analyst' && f.role !== 'operator';
}

/** Statements with the same unit and bounds say the same thing; NaN bounds equal nothing (null). */
function boundsKey(s: Statement): string | null {
  return Number.isNaN(s.low) || Number.isNaN(s.high) ? null : `${s.unit} ${s.low} ${s.high}`;
}

/** The actual stated most often (a figure repeated in a summary), earliest on a tie. */
function chooseActual(mentions: Statement[]): Statement | null {
  // Counted by bounds in one pass: a merged file can mention one actual hundreds of times.
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const k = boundsKey(m);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: Statement | null = null;
  let bestCount = 0;
  for (const m of mentions) {
    const k = boundsKey(m);
    const count = k === null ? 0 : (counts.get(k) ?? 0);
    if (count > bestCount) [best, bestCount] = [m, count];
  }
  return best;
}

/** Distinct guidance values (or expectations) kept per metric and period; more is noise, not revisions. */
const MAX_DISTINCT = 8;

export function buildLedger(figures: readonly Figure[], lines: TextLines, transcript: Transcript | null): Ledger {
  const byKey = new Map<string, LedgerLine>();
  const mentions = new Map<LedgerLine, Statement[]>();
  const sorted = [...figures].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const byFigure = new Map<Figure, LedgerLine>();
  // A call reports the results of its own period (a quarter, or the year or half it closes);
  // other periods' numbers are comparisons or misattributed.
  const reported = periodEnd(transcript?.meta.period ?? null);
  for (const f of sorted) {
    if (!f.metric || !f.period || !companyVoice(f)) continue;
    if (f.basis === 'actual' && reported !== null && periodEnd(f.period) !== reported) continue;
    const point = pointOf(f);
    if (point === null) continue;
    const growthLike = f.unit === '%' && !isRatioMetric(f.metric);
    const kind: StatementKind | null =
      f.basis === 'actual' ? 'actual'
        : f.basis === 'guidance' || f.basis === 'revised-guidance' ? 'guidance'
          : f.basis === 'expectation' ? 'expectation'
            : null;
    // Guidance stated in a call for no named period is about one ahead, not the period the call
    // reports, unless it is recalled: dated ("in October") or set against a result.
    if (kind === 'guidance' && f.periodAssumed && !f.statedIn && !RECALLED.test(sentenceAround(f, lines).join(f.text))) continue;
    const forwardChange = f.basis === 'change' && f.claim;
    if (kind === null && !forwardChange) continue;
    if (growthLike && kind === 'actual') continue; // "revenue up 12%" describes a change, not a level
    if (!growthLike && !unitFits(f.metric, f.unit)) continue;
    const k = key(f.metric, f.period);
    let line = byKey.get(k);
    if (!line) {
      line = { metric: f.metric, period: f.period, guidance: [], expectations: [], actual: null, growth: [] };
      byKey.set(k, line);
      mentions.set(line, []);
    }
    const when = kind === 'actual' ? null : (f.statedIn ?? null);
    if (growthLike || forwardChange) {
      if (kind !== 'expectation' && growthLike) {
        const g = growthOf(f, f.metric, f.period, lines, when);
        if (g) {
          line.growth.push(g);
          byFigure.set(f, line);
        }
      }
      continue;
    }
    const [low, high] = kind === 'actual' ? actualBounds(f, point) : [f.low ?? point, f.high ?? point];
    const s: Statement = {
      kind: kind as StatementKind, revised: f.basis === 'revised-guidance', figure: f, metric: f.metric, period: f.period,
      unit: f.unit, value: point, low, high, when, derivation: null,
    };
    byFigure.set(f, line);
    if (s.kind === 'actual') mentions.get(line)?.push(s);
    else {
      const list = s.kind === 'guidance' ? line.guidance : line.expectations;
      const k = boundsKey(s);
      if (k !== null && list.length < MAX_DISTINCT && !list.some((o) => boundsKey(o) === k)) list.push(s);
    }
  }
  const out = [...byKey.values()];
  for (const line of out) line.actual = chooseActual(mentions.get(line) ?? []);
  resolveGrowthWithin(out);
  return { lines: out, byFigure };
}

/**
 * Growth guidance whose base is reported in the same call becomes an implied range, unless the
 * call also states the level ("to approximately $90 million"), which is then the guidance.
 */
function resolveGrowthWithin(lines: LedgerLine[]): void {
  const byKey = new Map(lines.map((l) => [key(l.metric, l.period), l]));
  const find = (metric: string, period: string) => byKey.get(key(metric, period));
  for (const line of lines) {
    if (line.guidance.length) {
      line.growth = [];
      continue;
    }
    line.growth = line.growth.filter((g) => {
      const base = find(g.metric, g.basePeriod)?.actual;
      if (!base || !Number.isFinite(base.low) || !Number.isFinite(base.high)) return true;
      line.guidance.push(resolveGrowth(g, base));
      return false;
    });
  }
}
