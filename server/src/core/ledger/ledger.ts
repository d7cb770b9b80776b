// The guidance ledger of one call: for every (metric, segment, qualifier, period) the guidance given
// (the original and each revision, with when it was given), the expectations management stated and
// the reported actual, each pointing at its figure. Growth rates ("revenue growth") and changes of
// ratios in points ("gross margin change") have lines of their own, so growth is judged against
// growth and levels against levels. Only management's speech counts. Pure: figures and text in,
// ledger out.
import type { Figure, Qualifier } from '../figures/figure';
import type { Transcript } from '../model';
import type { TextLines } from '../text';
import { formatValue, inPoints, isRatioMetric, unitFits } from './measure';
import { endMonth, formatPeriod, type Period, previousPeriod, samePeriod, yearEarlier } from '../period';

export type StatementKind = 'guidance' | 'expectation' | 'actual';

export interface Statement {
  kind: StatementKind;
  /** Guidance the speaker presents as an update of earlier guidance. */
  revised: boolean;
  figure: Figure;
  metric: string;
  /** The segment it is about (null: the company as a whole) and its qualifier (null: none said in the call). */
  segment: string | null;
  qualifier: Qualifier | null;
  period: Period;
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
  segment: string | null;
  qualifier: Qualifier | null;
  period: Period;
  basePeriod: Period;
  /** The base relation as said: "sequentially" or "year over year". */
  relation: string;
  /** Growth bounds in percent, signed (a decline is negative). */
  lowPct: number;
  highPct: number;
  revised: boolean;
  when: string | null;
}

/** What a ledger line is about; statements of different keys are never compared. */
export interface LineKey {
  metric: string;
  /** Null: the company as a whole. A segment's figure is compared only with the same segment's. */
  segment: string | null;
  /** Null: no statement of this metric, segment and period in the call names a qualifier. */
  qualifier: Qualifier | null;
  period: Period;
}

export interface LedgerLine extends LineKey {
  /** Distinct guidance values in the order given; later ones with `revised` are revisions. */
  guidance: Statement[];
  expectations: Statement[];
  /** The reported actual (the value stated most often, first mention), or null. */
  actual: Statement | null;
  /** Growth guidance whose base is not reported in this call. */
  growth: GrowthGuidance[];
  /**
   * Forward figures of this line the ledger does not judge: a range the period is said to fall
   * outside of ("just below our 3% to 5% range"), a target. The call spoke of the outlook again.
   */
  restated: Figure[];
}

export interface Ledger {
  lines: LedgerLine[];
  /** The line each figure of the ledger belongs to. */
  byFigure: Map<Figure, LedgerLine>;
}

const SEQUENTIAL = /\bsequential(ly)?\b|quarter[- ](over|on)[- ]quarter|\bq\/q\b|from the (prior|previous|last) quarter/gi;
const YEAR_ON_YEAR = /year[- ](over|on)[- ]year|\by\/y\b|from a year ago|from (last|the prior) year|from the (same|prior[- ]year) (quarter|period)/gi;

/** How far the nearest match of `re` in `before` + figure + `after` lies from the figure; Infinity when none. */
function distanceTo(re: RegExp, before: string, text: string, after: string): number {
  const sentence = `${before}${text}${after}`;
  const [from, to] = [before.length, before.length + text.length];
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const d = m.index >= to ? m.index - to : m.index + m[0].length <= from ? from - (m.index + m[0].length) : 0;
    best = Math.min(best, d);
  }
  return best;
}

/**
 * The base a growth rate is stated on, by the relation said nearest the figure: "34% year-over-year,
 * … our strongest sequential growth" is year over year. Null when the sentence names none.
 */
function relationOf(f: Figure, lines: TextLines): 'sequentially' | 'year over year' | null {
  const [before, after] = sentenceAround(f, lines);
  const seq = distanceTo(SEQUENTIAL, before, f.text, after);
  const yoy = distanceTo(YEAR_ON_YEAR, before, f.text, after);
  if (seq === Infinity && yoy === Infinity) return null;
  return seq < yoy ? 'sequentially' : 'year over year';
}
/** Words that set guidance against a result, as a call does when it recalls guidance it gave. */
const RECALLED =
  /\b(?:compared (?:with|to)|versus|vs\.?|above|below|ahead of|exceed(?:ed|s|ing)?|beat|surpass(?:ed|ing)?|in line with|within|met|missed|came in|at the (?:high|low|top|upper|lower|bottom) end|guided|(?:we|i) (?:said|told|indicated|mentioned)|had (?:expected|guided|forecast|projected|anticipated|said|indicated)|(?:original|previous|prior|earlier) (?:guidance|outlook|expectations?|forecast)|originally|previously)\b/i;
const DECLINE = /\b(decrease|decline|down|lower|fall|drop|contract|shrink|reduc)\w*\b/i;
/** A decline named right after the number: "a 3-point decline in gross margin", "a 4% reduction". */
const DECLINE_JUST_AFTER =
  /^[\s-]*(?:(?:percentage\s+)?points?\s+|percent\s+)?(?:decline|decrease|drop|reduction|contraction|fall|deterioration|compression)\b/i;
/** A decline said right before the number: "declined 4%", "down by about 3 points", "down over 7 points", "a decrease of 2%". */
const DECLINE_JUST_BEFORE =
  /\b(?:decrease[sd]?|declin(?:e[sd]?|ing)|down|lower|f[ae]ll(?:ing|s)?|dropp?(?:ed|ing|s)?|contract(?:ed|ing|s)?|shr[iau]nk(?:ing|s)?|reduc(?:e[sd]?|ing|tion))(?:\s+(?:by|of|approximately|about|around|roughly|nearly|almost|some|over|under|more\s+than|less\s+than|at\s+least|close\s+to|between|in\s+the\s+range\s+of))*\s*$/i;

const SINCE_BASE_YEAR = /^[^.;]{0,30}?\b(?:since|from|versus|vs\.?|compared\s+(?:to|with))\s+(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\b/i;

/**
 * A change measured from a year before the last ("down 7 points since 2015" of 2018): years of
 * change, not the one period's change guidance is given as ("compared to 2017" of 2018 is).
 */
function sinceEarlierYear(after: string, period: Period): boolean {
  const base = SINCE_BASE_YEAR.exec(after)?.[1];
  return base !== undefined && Number(base) < period.year - 1;
}

export function segmentKey(segment: string | null | undefined): string {
  return segment ? segment.toLowerCase().replace(/\s+/g, ' ').trim() : '';
}

/** How far past the reported period guidance reaches: the next fiscal year from a first-quarter call. */
const MAX_HORIZON_MONTHS = 24;

function key(k: LineKey): string {
  return `${k.metric.toLowerCase()}\u0000${segmentKey(k.segment)}\u0000${k.qualifier ?? ''}\u0000${formatPeriod(k.period)}`;
}

/**
 * Metric, segment, period and whether a level or a change: the statements whose qualifiers are
 * weighed together ("EPS of $0.70, up 11% excluding gains": the exclusion is the growth's, not the level's).
 */
function baseKey(f: Figure): string {
  return `${f.metric!.toLowerCase()}\u0000${segmentKey(f.segment)}\u0000${formatPeriod(f.period!)}\u0000${changeOf(f, f.metric!) ?? 'level'}`;
}

/**
 * Qualifiers that name one measure: non-GAAP and adjusted are the same thing said two ways, and
 * "reported" is the GAAP figure (as against constant currency or organic).
 */
export function canonicalQualifier(q: Qualifier | null | undefined): Qualifier | null {
  if (!q) return null;
  if (q === 'adjusted') return 'non-GAAP';
  if (q === 'reported') return 'GAAP';
  return q;
}

/**
 * Two ledger lines (of one call or two) are about one thing: same metric, segment and period, and
 * qualifiers that agree. A line without a qualifier is one whose call named none for it (within a
 * call an unqualified figure already took the one qualifier its call names): that is the reported
 * figure, so it meets GAAP. A departure from the reported figure (non-GAAP, constant currency,
 * organic) is one a speaker names; where the other call does not, it may be on another base, and the
 * two are not compared.
 */
export function sameLine(a: LineKey, b: LineKey): boolean {
  const q = (k: LineKey) => k.qualifier ?? 'GAAP';
  return (
    a.metric.toLowerCase() === b.metric.toLowerCase() && segmentKey(a.segment) === segmentKey(b.segment) && samePeriod(a.period, b.period) && q(a) === q(b)
  );
}

/** The ends a qualifier leaves open: "less than $1 million" is at most $1 million, "more than $20 billion" at least. */
function statedBounds(f: Figure, value: number): [number, number] {
  if (f.low !== null && f.high !== null) return [f.low, f.high];
  const q = (f.approx ?? '').toLowerCase();
  if (/just (over|under)/.test(q)) return [value, value];
  if (/less|under|below|up to|at most|no more|south of/.test(q)) return [-Infinity, value];
  if (/more|over|above|at least|exceed|greater|upwards|north of/.test(q)) return [value, Infinity];
  return [value, value];
}

/** A bound, not a point: one end is open. */
export function openBound(s: Statement): boolean {
  return !Number.isFinite(s.low) || !Number.isFinite(s.high);
}

/**
 * A range said in words ("high single digits", "the mid-teens"): the speaker chose not to give a
 * number, and the reader's bounds for it are a convention, not what was guided. Not judged. ("Break
 * even" is a number, zero, and stays.)
 */
function wordRange(f: Figure): boolean {
  return !/\d/.test(f.text) && f.low !== null && f.high !== null && f.low !== f.high;
}

/** A spread in basis points after "plus or minus": "40%, plus or minus 50 basis points". */
const BPS_SPREAD = /(?:plus\s+or\s+minus|\+\/-|±)\s*[\d.,]+\s*(?:basis\s+points?|bps)\b/i;
/** Text that ends where a spread begins: the number after it is the spread, not a statement. */
const SPREAD_BEFORE = /(?:plus\s+or\s+minus|\+\/-|±)\s*$/i;

/**
 * Bounds the reader gave that cannot be what was said: a range narrower than a millionth of its value
 * (a spread of "3%" on an amount taken as 3 dollars), or a basis-point spread on a percentage five
 * points or more either way (50 bps taken as 50 points; real spreads are a fraction of a point). Such
 * a statement is not judged rather than judged on the wrong range.
 */
function misreadSpread(f: Figure, value: number, low: number, high: number): boolean {
  if (low === high) return false;
  if (high - low < 1e-6 * Math.abs(value)) return true;
  return f.unit === '%' && BPS_SPREAD.test(f.text) && (high - low) / 2 >= 5;
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

/**
 * A range guided for the level of `f`'s metric and period in `f`'s sentence (`before` and `after` it
 * on its line), and its relative half-width: 0.028 for "\$1.8 billion, plus or minus \$50 million".
 * Null when the sentence guides no level, or a point.
 */
function levelRangeBeside(f: Figure, before: string, after: string, figures: readonly Figure[]): { level: Figure; spread: number } | null {
  const { line, character } = f.range.start;
  const [from, to] = [character - before.length, f.range.end.character + after.length];
  const level = figures.find(
    (g) =>
      g !== f &&
      g.range.start.line === line &&
      g.range.start.character >= from &&
      g.range.end.character <= to &&
      (g.basis === 'guidance' || g.basis === 'revised-guidance') &&
      g.metric === f.metric &&
      samePeriod(g.period, f.period) &&
      unitFits(g.metric!, g.unit) &&
      changeOf(g, g.metric!) === null,
  );
  if (!level || level.low === null || level.high === null || level.low <= 0 || level.high <= level.low) return null;
  return { level, spread: (level.high - level.low) / (level.high + level.low) };
}

/** The line a change of `metric` is kept on: "revenue growth", "revenue sequential growth", "gross margin change". */
function changeMetric(metric: string, change: 'growth' | 'change', f: Figure, lines: TextLines): string {
  return `${metric} ${relationOf(f, lines) === 'sequentially' ? 'sequential ' : ''}${change}`;
}

function growthOf(f: Figure, k: LineKey, lines: TextLines, when: string | null): GrowthGuidance | null {
  const [before] = sentenceAround(f, lines);
  const relation = relationOf(f, lines);
  if (!relation) return null;
  // Only a quarter or a half grows "sequentially": a year said to (a quarter's words read with the
  // year's period) has no base to apply the rate to.
  const sequentialYear = relation === 'sequentially' && k.period.kind !== 'Q' && k.period.kind !== 'H';
  const basePeriod = relation === 'sequentially' ? previousPeriod(k.period) : yearEarlier(k.period);
  const value = pointOf(f);
  if (value === null || sequentialYear) return null;
  // "Flat to down": growth bounded on one side only implies no amount to hold a result to.
  if (statedBounds(f, value).some((b) => !Number.isFinite(b))) return null;
  const sign = DECLINE.test(before) && value > 0 ? -1 : 1;
  const lo = sign * (f.low ?? value);
  const hi = sign * (f.high ?? value);
  return {
    figure: f,
    metric: k.metric,
    segment: k.segment,
    qualifier: k.qualifier,
    period: k.period,
    basePeriod,
    relation,
    lowPct: Math.min(lo, hi),
    highPct: Math.max(lo, hi),
    revised: f.basis === 'revised-guidance',
    when,
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
    kind: 'guidance',
    revised: g.revised,
    figure: g.figure,
    metric: g.metric,
    segment: g.segment,
    qualifier: g.qualifier,
    period: g.period,
    unit: base.unit,
    value: (low + high) / 2,
    low,
    high,
    when: g.when,
    derivation: `${pct} ${g.relation} on ${formatPeriod(g.basePeriod)} ${g.metric.toLowerCase()} ${formatValue(base.value, base.unit)}`,
  };
}

/**
 * Management's speech: a figure in a turn whose speaker is an executive. Analysts restate and
 * estimate, the operator reads the safe harbour, and what stands outside any turn (a publisher's
 * summary bullets, a headline) is nobody's statement: none of it is guidance or a result. A speaker
 * the layout does not place (role unknown) is left out too: a missing judgement costs less than a
 * wrong one.
 */
export function spokenByManagement(f: Pick<Figure, 'turn' | 'role'>): boolean {
  return f.turn !== null && f.role === 'executive';
}

/** Statements with the same unit and bounds say the same thing; NaN bounds equal nothing (null). */
function boundsKey(s: Statement): string | null {
  return Number.isNaN(s.low) || Number.isNaN(s.high) ? null : `${s.unit} ${s.low} ${s.high}`;
}

/**
 * "Our Q1 revenue guidance was up 32%" after "an increase of 32%" on a ranged level: the point an
 * earlier range was stated around, said again unrevised, is that guidance, not a narrower one.
 */
function restates(s: Statement, earlier: Statement): boolean {
  return !s.revised && s.low === s.high && s.unit === earlier.unit && s.value === earlier.value && earlier.low <= s.value && s.value <= earlier.high;
}

/** Values one result can be stated as: "$16.1 billion" and "$16 billion", "43.2%" and "43%". */
function sameResult(a: Statement, b: Statement): boolean {
  if (inPoints(a.unit)) return Math.abs(a.value - b.value) <= 0.5;
  return Math.abs(a.value - b.value) <= 0.02 * Math.max(Math.abs(a.value), Math.abs(b.value));
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

/**
 * The growth (or change) a call reports for a metric: the one said in the sentence that states the
 * metric's level ("revenue was $16.1 billion, up 13%"). Failing that, the one stated most often,
 * unless another, not a rounding of it, is stated as often: rates are said bare ("the revenue was up
 * 3%") of segments as much as of the company, and two of them cannot be told apart.
 */
function chooseChange(mentions: Statement[], level: Statement | null, lines: TextLines): Statement | null {
  if (level) {
    const at = level.figure.range.start;
    const [, after] = sentenceAround(level.figure, lines);
    const end = at.character + level.figure.text.length + after.length;
    const beside = mentions.find(
      (m) => m.figure.range.start.line === at.line && m.figure.range.start.character > at.character && m.figure.range.start.character <= end,
    );
    if (beside) return beside;
  }
  const best = chooseActual(mentions);
  if (!best) return null;
  const counts = new Map<string | null, number>();
  for (const m of mentions) counts.set(boundsKey(m), (counts.get(boundsKey(m)) ?? 0) + 1);
  const n = counts.get(boundsKey(best));
  return mentions.some((m) => !sameResult(m, best) && counts.get(boundsKey(m)) === n) ? null : best;
}

/** Distinct guidance values (or expectations) kept per metric and period; more is noise, not revisions. */
const MAX_DISTINCT = 8;

/**
 * Whether `f` states a change rather than a level: a percentage of a metric that is no ratio
 * ("revenue up 12%") is growth, and points of a ratio ("gross margin down 3 points") or any figure
 * the reader calls a change of a ratio are a change in points. Null for a level.
 */
function changeOf(f: Figure, metric: string): 'growth' | 'change' | null {
  if (f.unit === '%' && !isRatioMetric(metric)) return 'growth';
  if (isRatioMetric(metric) && (f.unit === 'pt' || f.unit === 'bps' || (f.basis === 'change' && f.unit === '%'))) return 'change';
  return null;
}

/** A change is guidance when it looks ahead, a result when it reports. */
function changeKind(f: Figure): StatementKind | null {
  if (f.basis === 'change') return f.claim ? 'guidance' : 'actual';
  return kindOf(f);
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Guidance dated the month of the call itself ("in January", said in a January call) is the call's
 * own outlook, not one recalled for the period it reports.
 */
function saidInCallMonth(statedIn: string, callMonth: number | null): boolean {
  if (callMonth === null) return false;
  const m = MONTHS.findIndex((name) => statedIn.toLowerCase().startsWith(name.slice(0, 3)));
  return m + 1 === callMonth;
}

/** A result of the same metric said near `f` on its line: what an outlook with no period of its own is set against. */
function resultBeside(f: Figure, spoken: readonly Figure[]): boolean {
  return spoken.some(
    (o) =>
      o !== f &&
      o.basis === 'actual' &&
      o.metric === f.metric &&
      o.range.start.line === f.range.start.line &&
      Math.abs(o.range.start.character - f.range.start.character) < RESULT_BESIDE,
  );
}

/** How near a result stands to the outlook it is set against, in characters. */
const RESULT_BESIDE = 200;

/** Whether `f` states a level the ledger reads, and as what; null when it is none of these. */
function kindOf(f: Figure): StatementKind | null {
  return f.basis === 'actual'
    ? 'actual'
    : f.basis === 'guidance' || f.basis === 'revised-guidance'
      ? 'guidance'
      : f.basis === 'expectation'
        ? 'expectation'
        : null;
}

/**
 * Metrics no two statements can be judged on: a number's scale read as its metric ("2.4 billion"
 * getting the metric "billion") names nothing measured, and "share of revenue" does not say whose
 * share it is ("around 10% of our revenue is 3D memory" against "adjacent products make up 12%"), and
 * an effect on a metric ("a \$0.02 impact on EPS") is not the metric, and rarely guided as one.
 */
const UNJUDGED = /^(?:hundreds?|thousands?|millions?|billions?|trillions?|share\s+of\s.*|.*\simpact)$/i;

/** The spread of a "X plus or minus Y" the reader gave as a figure of its own. */
function isSpread(f: Figure, lines: TextLines): boolean {
  // The few characters before the figure: a test anchored at the end of a whole paragraph would be
  // tried at every position of it.
  const at = f.range.start.character;
  return SPREAD_BEFORE.test(lines.line(f.range.start.line).slice(Math.max(0, at - 24), at));
}

/**
 * The qualifier each statement is judged under. Said on the figure, it is the figure's. Unsaid, it is
 * the one qualifier the call names for that metric, segment and period ("non-GAAP gross margin of 63%
 * to 64%" … "gross margin was 63.9%"), unless a qualified statement on the same basis gives another
 * value in the same paragraph (then the unqualified one is the other base); none if the call names
 * none; and where it names two (GAAP and non-GAAP EPS), an unqualified figure could be either and is
 * left out (undefined).
 */
function qualifierResolver(figures: readonly Figure[]): (f: Figure) => Qualifier | null | undefined {
  const named = new Map<string, Set<Qualifier>>();
  const qualified = new Map<string, Figure[]>();
  for (const f of figures) {
    const q = canonicalQualifier(f.qualifier);
    if (!q || !f.metric || !f.period) continue;
    const k = baseKey(f);
    const set = named.get(k) ?? new Set<Qualifier>();
    set.add(q);
    named.set(k, set);
    const list = qualified.get(k);
    if (list) list.push(f);
    else qualified.set(k, [f]);
  }
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
  return (f) => {
    const own = canonicalQualifier(f.qualifier);
    if (own) return own;
    const k = baseKey(f);
    const set = named.get(k);
    if (!set) return null;
    if (set.size > 1) return undefined;
    const v = pointOf(f);
    // Said in one breath (the paragraph), on the same basis: "non-GAAP EPS of $0.40 and EPS of $0.30".
    // A revision is another basis, and a recall of earlier guidance another paragraph.
    const other = qualified
      .get(k)!
      .some(
        (o) =>
          o.basis === f.basis && o.unit === f.unit && o.range.start.line === f.range.start.line && v !== null && pointOf(o) !== null && !near(pointOf(o)!, v),
      );
    return other ? undefined : [...set][0];
  };
}

export function buildLedger(figures: readonly Figure[], lines: TextLines, transcript: Transcript | null): Ledger {
  const byKey = new Map<string, LedgerLine>();
  const mentions = new Map<LedgerLine, Statement[]>();
  const sorted = [...figures].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const byFigure = new Map<Figure, LedgerLine>();
  // A call reports the results of its own period (a quarter, or the year or half it closes);
  // other periods' numbers are comparisons or misattributed.
  const own = transcript?.meta.period;
  const reported = own ? endMonth(own) : null;
  const callMonth = transcript?.meta.date ? Number(transcript.meta.date.slice(5, 7)) : null;
  const spoken = sorted.filter((f) => f.metric && !UNJUDGED.test(f.metric) && f.period && spokenByManagement(f) && !isSpread(f, lines));
  const qualifierOf = qualifierResolver(spoken);
  const lineFor = (lk: LineKey): LedgerLine => {
    const k = key(lk);
    let line = byKey.get(k);
    if (!line) {
      line = { ...lk, guidance: [], expectations: [], actual: null, growth: [], restated: [] };
      byKey.set(k, line);
      mentions.set(line, []);
    }
    return line;
  };
  /** Each change line and the line of the level it changes. */
  const levelOf = new Map<LedgerLine, LedgerLine>();
  const add = (line: LedgerLine, s: Statement) => {
    byFigure.set(s.figure, line);
    if (s.kind === 'actual') mentions.get(line)?.push(s);
    else {
      const list = s.kind === 'guidance' ? line.guidance : line.expectations;
      const k = boundsKey(s);
      if (k === null || list.length >= MAX_DISTINCT || list.some((o) => boundsKey(o) === k || restates(s, o))) return;
      // The outlook a revision moves from goes before it: the revision is measured against it.
      const last = list[list.length - 1];
      if (s.figure.revisedFrom && last?.revised) list.splice(list.length - 1, 0, s);
      else list.push(s);
    }
  };
  for (const f of spoken) {
    const metric = f.metric!;
    const period = f.period!;
    const point = pointOf(f);
    if (point === null) continue;
    const qualifier = qualifierOf(f);
    if (qualifier === undefined) continue;
    const change = changeOf(f, metric);
    const kind = change ? changeKind(f) : kindOf(f);
    if (kind === null) {
      // A target for a period ahead, within the horizon guidance is held to: the outlook spoken of again.
      const end = endMonth(period);
      if (f.basis === 'target' && (reported === null || (end > reported && end - reported <= MAX_HORIZON_MONTHS))) {
        lineFor({ metric: change ? changeMetric(metric, change, f, lines) : metric, segment: f.segment ?? null, qualifier, period }).restated.push(f);
      }
      continue;
    }
    if (kind === 'actual' && reported !== null && endMonth(period) !== reported) continue;
    // An outlook for a period ending more than two years after the reported one ("\$75 million of
    // cash by 2027" in a 2018 call) is a long-range plan, not guidance a result will be held to.
    if (kind !== 'actual' && reported !== null && endMonth(period) - reported > MAX_HORIZON_MONTHS) continue;
    // Guidance or an expectation for the period the call reports (said or assumed) is a recalled
    // one, dated ("in October") or set against the result ("ahead of what we guided"); undated and
    // unrecalled, it is a result or an outlook misread, not what the period was measured against.
    // A revision the call announces cannot be for a period already closed: undated, it is an outlook.
    const ownPeriod = reported !== null && endMonth(period) === reported;
    const dated = Boolean(f.statedIn) && !saidInCallMonth(f.statedIn!, callMonth);
    // Nor is one whose period nobody named, taken for the call's own, unless the result stands beside
    // it ("EPS was \$2.10, above our guidance of \$2.00"): "in order to hit the comp guidance and the
    // revenue guidance, 3% to 5% and 12%-plus" is the year's as likely.
    if (
      kind !== 'actual' &&
      ownPeriod &&
      !dated &&
      (f.basis === 'revised-guidance' || (f.periodAssumed && !resultBeside(f, spoken)) || !RECALLED.test(sentenceAround(f, lines).join(f.text)))
    )
      continue;
    const lk: LineKey = { metric, segment: f.segment ?? null, qualifier, period };
    const when = kind === 'actual' ? null : (f.statedIn ?? null);
    if (change) {
      // Growth is judged against growth (its own line, in points), and growth guidance on a base
      // the ledger knows also as the amount it implies.
      const [before, after] = sentenceAround(f, lines);
      if (sinceEarlierYear(after, period)) continue;
      const declined = DECLINE_JUST_BEFORE.test(before) || DECLINE_JUST_AFTER.test(after);
      const sign = point > 0 && (f.low === null || f.low >= 0) && declined ? -1 : 1;
      const [from, to] = statedBounds(f, point);
      const [a, b] = [sign * from, sign * to];
      let [low, high] = a <= b ? [a, b] : [b, a];
      if (kind !== 'actual' && (misreadSpread(f, point, low, high) || wordRange(f))) continue;
      // "Revenue of approximately \$1.8 billion, plus or minus \$50 million, an increase of approximately
      // 42%": growth said of the level guided beside it restates that level, and carries its spread.
      const beside = change === 'growth' && kind === 'guidance' && low === high ? levelRangeBeside(f, before, after, spoken) : null;
      if (beside) [low, high] = [((1 + low / 100) * (1 - beside.spread) - 1) * 100, ((1 + high / 100) * (1 + beside.spread) - 1) * 100];
      const gk: LineKey = { ...lk, metric: changeMetric(metric, change, f, lines) };
      const changeLine = lineFor(gk);
      if (!levelOf.has(changeLine)) levelOf.set(changeLine, lineFor(lk));
      add(changeLine, {
        kind,
        revised: f.basis === 'revised-guidance',
        figure: f,
        ...gk,
        unit: f.unit,
        value: sign * point,
        low,
        high,
        when,
        derivation: beside && `${f.text} on the range of ${beside.level.text}`,
      });
      if (kind === 'guidance' && change === 'growth') {
        const g = growthOf(f, lk, lines, when);
        if (g) lineFor(lk).growth.push(g);
      }
      continue;
    }
    if (f.basis === 'change' || !unitFits(metric, f.unit)) continue;
    const [low, high] = statedBounds(f, point);
    if (kind !== 'actual' && (misreadSpread(f, point, low, high) || wordRange(f))) continue;
    add(lineFor(lk), { kind, revised: f.basis === 'revised-guidance', figure: f, ...lk, unit: f.unit, value: point, low, high, when, derivation: null });
  }
  const out = [...byKey.values()];
  for (const line of out) if (!levelOf.has(line)) line.actual = chooseActual(mentions.get(line) ?? []);
  for (const [line, level] of levelOf) line.actual = chooseChange(mentions.get(line) ?? [], level.actual, lines);
  resolveGrowthWithin(out);
  return { lines: out, byFigure };
}

/**
 * Growth guidance whose base is reported in the same call becomes an implied range, unless the
 * call also states the level ("to approximately $90 million"), which is then the guidance.
 */
function resolveGrowthWithin(lines: LedgerLine[]): void {
  for (const line of lines) {
    if (line.guidance.length) {
      line.growth = [];
      continue;
    }
    line.growth = line.growth.filter((g) => {
      const base = lines.find((l) => sameLine(l, { ...g, period: g.basePeriod }) && l.actual)?.actual;
      if (!base || !Number.isFinite(base.low) || !Number.isFinite(base.high)) return true;
      line.guidance.push(resolveGrowth(g, base));
      return false;
    });
  }
}
