// Judgements on a ledger: an actual against each guidance and expectation for its period, and each
// revision against the guidance it replaced. A judgement is a structured record (what was compared,
// both statements, the difference, which way is favourable, what superseded the guidance); the
// features write it out (features/judgementText), nothing reads a message back.
import type { Qualifier } from '../figures/figure';
import type { Period } from '../period';
import { openBound, type LedgerLine, type Statement } from './ledger';
import { differenceOf, inPoints, lowerIsBetter, MAX_POINTS, MAX_RATIO, resultRatio, toPoints, type Difference } from './measure';

export type JudgementCode =
  'guidance.miss' | 'guidance.beat' | 'guidance.inline' | 'guidance.raised' | 'guidance.lowered' | 'expectation.miss' | 'expectation.beat' | 'guidance.outcome';

/** What each code says; the SARIF rules and the settings' descriptions use it. */
export const JUDGEMENT_DESCRIPTIONS: Readonly<Record<JudgementCode, string>> = {
  'guidance.miss': 'A reported actual is on the unfavourable side of guidance.',
  'guidance.beat': 'A reported actual is on the favourable side of guidance.',
  'guidance.inline': 'A reported actual is in line with guidance.',
  'guidance.raised': 'A revision raised guidance.',
  'guidance.lowered': 'A revision lowered guidance.',
  'expectation.miss': 'A reported actual is on the unfavourable side of an expectation management stated.',
  'expectation.beat': 'A reported actual is on the favourable side of an expectation management stated.',
  'guidance.outcome': 'What a later call reported against this guidance.',
};

export const JUDGEMENT_CODES = Object.keys(JUDGEMENT_DESCRIPTIONS) as JudgementCode[];

/**
 * What counts as "in line". Amounts: within 1% of the guided value — guidance is given in round
 * figures (whole millions on a ~$90M quarter is ±0.5%), and a result that close is what
 * management calls "met guidance". Percentages such as margins: within 0.1 points — margins are
 * reported to one decimal, so a smaller gap is rounding, and anything larger is a real difference.
 */
export interface Tolerance {
  percent: number;
  points: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { percent: 1, points: 0.1 };

/** A statement and the document it is in (null: the document being judged). */
export interface Located {
  statement: Statement;
  uri: string | null;
}

export type Side = 'above' | 'below' | 'inline';

export type RevisedSince = { by: 'reporting call' } | { by: 'later call'; call: string };

/** Measured against guidance that later guidance replaced, read or only said: not the verdict an analyst reads first. */
export function superseded(j: Pick<Judgement, 'supersededBy' | 'revisedSince'>): boolean {
  return j.supersededBy !== null || j.revisedSince !== null;
}

export interface Judgement {
  code: JudgementCode;
  /** Where the judgement shows: the actual, the revision, or (outcome) the earlier guidance. */
  subject: Located;
  /** The statement it is measured against. */
  reference: Located;
  /** What was compared: one metric, segment (null: the company as a whole), qualifier and period. */
  metric: string;
  segment: string | null;
  qualifier: Qualifier | null;
  period: Period;
  /** Where the subject falls against the reference (for a revision: above is raised). */
  side: Side;
  /** Subject minus reference: from the nearest bound when outside a range, else from the midpoint. */
  difference: Difference;
  /** From the one catalogue of directions (measure.lowerIsBetter). */
  higherIsBetter: boolean;
  /** Beat (true), miss (false), in line or a revision (null). */
  favourable: boolean | null;
  /** Later guidance of the same metric, segment, qualifier and period that replaced the reference. */
  supersededBy: Located | null;
  /**
   * The outlook measured against was revised after it was given, by guidance none of the calls read
   * holds: the reporting call says so ("we lowered our guidance on January 28"), or a call between
   * spoke of it again without a figure the ledger judges. Null: no sign of either.
   */
  revisedSince: RevisedSince | null;
  /** `guidance.outcome` only: the judgement the reporting call made, and that call's name. */
  outcome?: { of: Judgement; reportedIn: string };
}

/**
 * Two statements measure one thing: the same unit (a margin's level in percent is not a change in
 * basis points), or a change in points against one in basis points; and not so far apart they must
 * be different measures (amounts more than `maxRatio` apart).
 */
export function comparable(a: Statement, b: Statement, maxRatio = MAX_RATIO): boolean {
  const change = (u: string) => u === 'bps' || u === 'pt';
  if (change(a.unit) && change(b.unit)) return true;
  if (a.unit !== b.unit) return false;
  if (inPoints(a.unit)) return Math.abs(toPoints(a.value, a.unit) - toPoints(b.value, b.unit)) <= MAX_POINTS;
  // Magnitudes within maxRatio, whatever the signs (a guided loss of $5M against a profit of $2M is
  // judged; free cash flow of −14.7 against a guide of +65 is another measure); zero is break-even.
  const [x, y] = [Math.abs(a.value), Math.abs(b.value)];
  return x === 0 || y === 0 || Math.max(x, y) <= maxRatio * Math.min(x, y);
}

/** Where the actual falls against the reference's bounds; null when an open bound leaves it undecided. */
export function sideOf(actual: Statement, ref: Statement, tol: Tolerance, maxRatio = MAX_RATIO): Side | null {
  if (!comparable(actual, ref, maxRatio)) return null;
  const p = (s: Statement, v: number) => (inPoints(s.unit) ? toPoints(v, s.unit) : v);
  const [aL, aH, gL, gH] = [p(actual, actual.low), p(actual, actual.high), p(ref, ref.low), p(ref, ref.high)];
  const finite = [gL, gH].filter(Number.isFinite).map(Math.abs);
  const t = inPoints(ref.unit) ? tol.points : (tol.percent / 100) * Math.max(0, ...finite);
  const eps = 1e-9 * Math.max(1, ...finite);
  if (aL > gH + t + eps) return 'above';
  if (aH < gL - t - eps) return 'below';
  return Number.isFinite(aL) && Number.isFinite(aH) ? 'inline' : null;
}

/** The difference from the reference: from its midpoint when in line, else from the nearest bound. */
function differenceFrom(actual: Statement, ref: Statement, side: Side): Difference {
  const to = side === 'above' ? ref.high : side === 'below' ? ref.low : ref.value;
  const from = side === 'below' && Number.isFinite(actual.high) && actual.high !== actual.low ? actual.high : actual.value;
  return differenceOf(from, to, ref.unit, ref.low !== ref.high && !openBound(ref) && side !== 'inline');
}

function about(s: Statement): Pick<Judgement, 'metric' | 'segment' | 'qualifier' | 'period'> {
  return { metric: s.metric, segment: s.segment, qualifier: s.qualifier, period: s.period };
}

/**
 * Judge `actual` against one guidance or expectation statement. Against an open bound ("more than
 * $20 billion") only a result on the far side is judged: inside it the bound says nothing of how
 * far past it the company meant to land, so there is no beat or in-line to call.
 */
export function judgeActual(actual: Located, ref: Located, tol: Tolerance, supersededBy: Located | null = null): Judgement | null {
  const a = actual.statement;
  const g = ref.statement;
  // A result of exactly zero ("break-even") against guidance clear of zero is more often a part of
  // the business said to break even than the whole company's result.
  if (a.low === 0 && a.high === 0 && (g.low > 0 || g.high < 0)) return null;
  const side = sideOf(a, g, tol, resultRatio(a.metric, a.unit, a.segment));
  if (!side) return null;
  if (side === 'inline' && openBound(g)) return null;
  // A miss or beat where the speaker put the result elsewhere against the outlook ("in line with
  // expectations", "came in above what we expected"): what is compared here is not what they
  // compared it with (another measure, or guidance replaced since), and the speaker knows their
  // outlook. An in-line reading stays: a speaker's "slightly above" may be within the tolerance.
  if (a.figure.said && side !== 'inline' && a.figure.said !== side && g.kind === 'guidance') return null;
  const lower = lowerIsBetter(a.metric, [a.value, g.value]);
  const favourable = side === 'inline' ? null : (side === 'above') !== lower;
  const prefix = g.kind === 'expectation' ? 'expectation' : 'guidance';
  if (prefix === 'expectation' && favourable === null) return null;
  const code = `${prefix}.${favourable === null ? 'inline' : favourable ? 'beat' : 'miss'}` as JudgementCode;
  return {
    code,
    subject: actual,
    reference: ref,
    ...about(a),
    side,
    difference: differenceFrom(a, g, side),
    higherIsBetter: !lower,
    favourable,
    supersededBy,
    revisedSince: null,
  };
}

/** A revision against the guidance before it: raised, lowered, or (unchanged) nothing. */
export function judgeRevision(prev: Located, next: Located, tol: Tolerance): Judgement | null {
  const p = prev.statement;
  const n = next.statement;
  // A company's sales or spending guided anew lands within the bounds a result does: a revision
  // further off is another measure ("\$1.2 billion of that for aircraft", one segment's revenue).
  const side = sideOf({ ...n, low: n.value, high: n.value }, { ...p, low: p.value, high: p.value }, tol, resultRatio(n.metric, n.unit, n.segment));
  if (!side || side === 'inline') return null;
  const lower = lowerIsBetter(n.metric, [n.value, p.value]);
  return {
    code: side === 'above' ? 'guidance.raised' : 'guidance.lowered',
    subject: next,
    reference: prev,
    ...about(n),
    side,
    difference: differenceOf(n.value, p.value, n.unit, false),
    higherIsBetter: !lower,
    favourable: null,
    supersededBy: null,
    revisedSince: null,
  };
}

/** The guidance that replaced `line.guidance[i]`: the last revision given after it, or null. */
function replacement(line: LedgerLine, i: number): Statement | null {
  for (const g of line.guidance.slice(i + 1).reverse()) if (g.revised) return g;
  return null;
}

/**
 * Every judgement one call makes on itself. The actual is judged against each guidance the call
 * recalls, the replaced ones too (an analyst wants to know the original was missed), but those carry
 * the guidance that superseded them, and the features show them below the judgement on the latest.
 */
export function judgeLines(lines: readonly LedgerLine[], tol: Tolerance): Judgement[] {
  const out: Judgement[] = [];
  const here = (statement: Statement): Located => ({ statement, uri: null });
  for (const line of lines) {
    // Each revision against the guidance just before it; two revisions in one paragraph ("an outlook
    // of roughly flat to up 1% to 1.5%") are one update read twice, not one revising the other.
    line.guidance.forEach((r, i) => {
      const prev = i > 0 && r.revised ? line.guidance[i - 1] : undefined;
      if (prev?.revised && prev.figure.range.start.line === r.figure.range.start.line) return;
      const j = prev && judgeRevision(here(prev), here(r), tol);
      if (j) out.push(j);
    });
    if (!line.actual) continue;
    line.guidance.forEach((ref, i) => {
      const later = replacement(line, i);
      const j = judgeActual(here(line.actual!), here(ref), tol, later && here(later));
      if (j) out.push(j);
    });
    for (const ref of line.expectations) {
      const j = judgeActual(here(line.actual), here(ref), tol);
      if (j) out.push(j);
    }
  }
  return out;
}
