// Judgements on a ledger: an actual against each guidance and expectation for its period, and each
// revision against the guidance it replaced. Messages carry both numbers and the difference.
import type { LedgerLine, Statement } from './ledger';
import { formatDifference, formatValue, inPoints, lowerIsBetter, MAX_RATIO, toPoints } from './measure';

export type JudgementCode =
  | 'guidance.miss'
  | 'guidance.beat'
  | 'guidance.inline'
  | 'guidance.raised'
  | 'guidance.lowered'
  | 'expectation.miss'
  | 'expectation.beat'
  | 'guidance.outcome';

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

export interface Judgement {
  code: JudgementCode;
  /** Where the judgement shows: the actual, the revision, or (outcome) the earlier guidance. */
  subject: Located;
  /** The statement it is measured against. */
  reference: Located;
  message: string;
  relatedMessage: string;
}

export type Side = 'above' | 'below' | 'inline';

function comparable(a: Statement, b: Statement): boolean {
  if (inPoints(a.unit) && inPoints(b.unit)) return true;
  if (a.unit !== b.unit) return false;
  const [x, y] = [Math.abs(a.value), Math.abs(b.value)];
  return Math.sign(a.value) !== Math.sign(b.value) || Math.max(x, y) <= MAX_RATIO * Math.min(x, y);
}

/** Where the actual falls against the reference's bounds; null when an open bound leaves it undecided. */
export function sideOf(actual: Statement, ref: Statement, tol: Tolerance): Side | null {
  if (!comparable(actual, ref)) return null;
  const p = (s: Statement, v: number) => (inPoints(s.unit) ? toPoints(v, s.unit) : v);
  const [aL, aH, gL, gH] = [p(actual, actual.low), p(actual, actual.high), p(ref, ref.low), p(ref, ref.high)];
  const t = inPoints(ref.unit) ? tol.points : (tol.percent / 100) * Math.max(Math.abs(gL), Math.abs(gH));
  const eps = 1e-9 * Math.max(1, Math.abs(gH));
  if (aL > gH + t + eps) return 'above';
  if (aH < gL - t - eps) return 'below';
  return Number.isFinite(aL) && Number.isFinite(aH) ? 'inline' : null;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The statement as an analyst reads it: "around 44%", "in the $36M range", "$932M–$982M". */
export function wording(s: Statement): string {
  if (s.low !== s.high && Number.isFinite(s.low) && Number.isFinite(s.high)) {
    return `${formatValue(s.low, s.unit)}–${formatValue(s.high, s.unit)}`;
  }
  const v = formatValue(s.value, s.unit);
  const q = s.figure.approx?.trim();
  if (!q) return v;
  if (/range/i.test(q)) return `in the ${v} range`;
  return `${q.toLowerCase()} ${v}`;
}

function label(s: Statement): string {
  const what = s.kind === 'expectation' ? 'expectation' : s.revised ? 'revised guidance' : 'guidance';
  const notes = [s.when, s.derivation].filter(Boolean).join('; ');
  return `${what} ${wording(s)}${notes ? ` (${notes})` : ''}`;
}

/** The difference from the reference: from its midpoint when in line, else from the nearest bound. */
function difference(actual: Statement, ref: Statement, side: Side): string {
  const to = side === 'above' ? ref.high : side === 'below' ? ref.low : ref.value;
  const range = ref.low !== ref.high;
  const from = side === 'below' && Number.isFinite(actual.high) && actual.high !== actual.low ? actual.high : actual.value;
  const where = range && side !== 'inline' ? ` ${side} the range` : '';
  return `${formatDifference(from, to, ref.unit)}${where}`;
}

/** Judge `actual` against one guidance or expectation statement. */
export function judgeActual(actual: Located, ref: Located, tol: Tolerance): Judgement | null {
  const a = actual.statement;
  const g = ref.statement;
  const side = sideOf(a, g, tol);
  if (!side) return null;
  const favourable = side === 'inline' ? null : (side === 'above') !== lowerIsBetter(a.metric);
  const prefix = g.kind === 'expectation' ? 'expectation' : 'guidance';
  if (prefix === 'expectation' && favourable === null) return null;
  const code = `${prefix}.${favourable === null ? 'inline' : favourable ? 'beat' : 'miss'}` as JudgementCode;
  const verb = favourable === null ? 'in line with' : favourable ? 'beat' : 'missed';
  const cost = favourable !== null && lowerIsBetter(a.metric) ? ` (${side} ${prefix}: ${favourable ? 'favourable' : 'unfavourable'} for ${a.metric})` : '';
  const actualText = `${capital(a.metric)} ${wording(a)}`;
  return {
    code,
    subject: actual,
    reference: ref,
    message: `${actualText} ${verb} ${label(g)}: ${difference(a, g, side)}${cost}`,
    relatedMessage: `${capital(label(g))} for ${a.metric}, ${a.period}`,
  };
}

/** A revision against the guidance before it: raised, lowered, or (unchanged) nothing. */
export function judgeRevision(prev: Located, next: Located, tol: Tolerance): Judgement | null {
  const p = prev.statement;
  const n = next.statement;
  const side = sideOf({ ...n, low: n.value, high: n.value }, { ...p, low: p.value, high: p.value }, tol);
  if (!side || side === 'inline') return null;
  const code: JudgementCode = side === 'above' ? 'guidance.raised' : 'guidance.lowered';
  const when = (s: Statement) => (s.when ? ` (${s.when})` : '');
  return {
    code,
    subject: next,
    reference: prev,
    message: `${capital(n.metric)} guidance for ${n.period} ${side === 'above' ? 'raised' : 'lowered'} from ${wording(p)}${when(p)} to ${wording(n)}${when(n)}: ${formatDifference(n.value, p.value, n.unit)}`,
    relatedMessage: `Earlier ${label(p)}`,
  };
}

/** Every judgement one call makes on itself. */
export function judgeLines(lines: readonly LedgerLine[], tol: Tolerance): Judgement[] {
  const out: Judgement[] = [];
  const here = (statement: Statement): Located => ({ statement, uri: null });
  for (const line of lines) {
    const revisions = line.guidance.filter((g, i) => i > 0 && g.revised);
    for (const r of revisions) {
      const prev = line.guidance[line.guidance.indexOf(r) - 1];
      const j = judgeRevision(here(prev), here(r), tol);
      if (j) out.push(j);
    }
    if (!line.actual) continue;
    for (const ref of [...line.guidance, ...line.expectations]) {
      const j = judgeActual(here(line.actual), here(ref), tol);
      if (j) out.push(j);
    }
  }
  return out;
}
