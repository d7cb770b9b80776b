// How two values of one metric are compared and written: the favourable direction, whether the
// difference is in points (percentages such as margins) or in amount and percent, and the formats.

/**
 * The one catalogue of metrics where a higher number is the unfavourable side: costs and spending
 * (capital expenditure included: above guidance is more cash out, as analysts and the dev gold read
 * it), losses and charges, the tax rate, leverage and debt, churn and attrition, days to collect,
 * stock carried, cost ratios (a bank's efficiency ratio, an insurer's combined or loss ratio) and
 * dilution, and the share count (fewer shares, more earnings per share). Everything else (revenue,
 * margins, income, EPS, cash, growth, retention) is higher-better.
 */
const LOWER_IS_BETTER =
  /\b(expenses?|costs?|opex|capex|capital expenditures?|spend(ing)?|expenditures?|loss(es)?|charge-offs?|write-?offs?|impairments?|provisions?|restructuring|tax(es)? rate|tax|dso|days sales|days (in )?inventory|burn|inventor(y|ies)|debt|borrowings?|leverage|churn|attrition|efficiency ratio|combined ratio|loss ratio|casm|dilution|share count|shares(?: outstanding)?$)\b/gi;

/** Heads that read better for a higher number though a word of the list above qualifies them ("cost savings", "tax benefit"). */
const HIGHER_IS_BETTER = /\b(benefits?|income|earnings|profits?|margins?|savings?|synerg(y|ies)|retention|coverage|turns|revenues?|sales)\b/gi;

const COST_OF = /\bcosts?\s+of\b/i;

/** The denominator of a share ("(% of revenue)", "as a percentage of sales"). */
const SHARE_OF = /\s*\(?(?:%|as\s+a\s+(?:percent(?:age)?|share))\s+of\b.*$/i;

/** Metrics that are themselves ratios: a percentage of them is a level, not growth. */
const RATIO_METRIC =
  /\b(margins?|rate|ratio|churn|attrition|retention|leverage|share|percent(age)?|yield|mix|utili[sz]ation|returns?|roe|roi|roic|growth)\b|% of\b/i;

/** Metrics stated in money: a figure of them without a currency is something else (a count, a rate). */
const MONEY_METRIC = /\b(revenues?|sales|income|earnings|eps|expenses?|costs?|opex|capex|cash|profits?|ebitda|spend(ing)?)\b/i;

/** Whether a figure in `unit` can be a level of `metric`: revenue needs a currency, not "3"; a margin none. */
export function unitFits(metric: string, unit: string): boolean {
  // A margin, rate or ratio is never an amount of money: "$0.28" near "tax rate" is a tax effect.
  if (/\b(margins?|rates?|ratios?)$/i.test(metric) && /^[A-Z]{3}$/.test(unit)) return false;
  return !MONEY_METRIC.test(metric) || isRatioMetric(metric) || /^[A-Z]{3}$/.test(unit);
}

/**
 * Values more than this factor apart are not one measure compared (a quarter against a year, an
 * exchange rate read as EPS); a real beat or miss is rarely that large.
 */
export const MAX_RATIO = 4;

/**
 * Amounts that add up over time and across the business: sales, spending, cash flow, units,
 * shares. A result of one lands within a third of its guidance, and a revision of it within as
 * much of the guidance before, so a wider gap is another measure (a quarter against the year, a
 * year to date against the full year, one segment against the whole). Earnings are differences of
 * large numbers and can swing further: those keep MAX_RATIO. (Percentages never get here: they are
 * compared in points.)
 */
const VOLUME_METRIC =
  /\b(revenues?|sales|bookings|billings|orders|expenses?|opex|capex|capital expenditures?|spend(ing)?|cash flow|shares|repurchases?|buybacks?|units|deliveries|shipments)\b/i;

/**
 * How far apart a result and its guidance may be and still be one measure compared. A segment's
 * volume keeps MAX_RATIO: a small channel or product can halve in a quarter.
 */
export function resultRatio(metric: string, unit: string, segment: string | null): number {
  const volume = unit === 'count' || VOLUME_METRIC.test(metric);
  return volume && segment === null ? 1.5 : MAX_RATIO;
}

/** Where the last word of `re` in `s` starts, or -1. */
function lastMatch(re: RegExp, s: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index;
  return at;
}

/**
 * Whether a lower value of `metric` is favourable: the catalogue word nearest the end of the name
 * decides, as the head of an English noun phrase comes last ("income tax expense" is an expense,
 * "cost savings" are savings). A loss stated as a negative number ("net loss of negative $40
 * million") is a signed income: there higher is better, as for the income itself.
 */
export function lowerIsBetter(metric: string, values: readonly number[] = []): boolean {
  // "operating expenses (% of revenue)", "spending as a percent of sales": what it is a share of is no head.
  metric = metric.replace(SHARE_OF, '');
  // "cost of revenue": the head comes before "of", whatever the cost is of.
  if (COST_OF.test(metric)) return true;
  const lower = lastMatch(LOWER_IS_BETTER, metric);
  if (lower < 0 || lastMatch(HIGHER_IS_BETTER, metric) > lower) return false;
  return !(/\bloss(es)?\b/i.test(metric) && values.some((v) => v < 0));
}

export function isRatioMetric(metric: string): boolean {
  return RATIO_METRIC.test(metric);
}

/**
 * Percentages differ by more than this many points are not one measure compared (a segment's margin
 * against the company's, a level against a change): a real beat or miss of a margin, a rate or a
 * growth rate is rarely that large.
 */
export const MAX_POINTS = 10;

/** Percentages, points and basis points are compared in points; everything else in amount and percent. */
export function inPoints(unit: string): boolean {
  return unit === '%' || unit === 'bps' || unit === 'pt';
}

/** Basis points become percentage points so 50 bps and 0.5 points compare. */
export function toPoints(value: number, unit: string): number {
  return unit === 'bps' ? value / 100 : value;
}

function trim(n: number, decimals: number): string {
  return n.toFixed(decimals).replace(/\.?0+$/, '') || '0';
}

const CURRENCY: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** "$91.4M", "$1.027B", "$0.06", "43.2%", "51 days"; `scale` picks the suffix (a difference takes its reference's). */
export function formatValue(value: number, unit: string, scale = value): string {
  const sign = value < 0 ? '-' : '';
  const v = Math.abs(value);
  const s = Math.abs(scale);
  if (inPoints(unit)) return `${sign}${trim(v, 2)}${unit === '%' ? '%' : unit === 'pt' ? (trim(v, 2) === '1' ? ' point' : ' points') : ' bps'}`;
  const symbol = CURRENCY[unit];
  // Counts, days and multiples: "2,300", "15.1M", "51 days", never "15100000".
  if (symbol === undefined && !/^[A-Z]{3}$/.test(unit)) {
    const body = s >= 1e9 ? `${trim(v / 1e9, 3)}B` : s >= 1e6 ? `${trim(v / 1e6, 2)}M` : v >= 1000 ? Math.round(v).toLocaleString('en-US') : trim(v, 2);
    return `${sign}${body}${unit === 'count' ? '' : ` ${unit}`}`;
  }
  const [scaled, suffix] = s >= 1e9 ? [v / 1e9, 'B'] : s >= 1e6 ? [v / 1e6, 'M'] : s >= 1e3 ? [v / 1e3, 'K'] : [v, ''];
  // $1.027B, $91.4M, $4.25M, $0.06: the precision calls report at each scale.
  const digits = suffix === 'B' ? 3 : suffix === '' ? 2 : scaled >= 10 ? 1 : 2;
  // Cents keep both digits: $2.10 a share, not $2.1.
  const cents = suffix === '' && symbol !== undefined && !Number.isInteger(Math.round(scaled * 100) / 100);
  const body = `${cents ? scaled.toFixed(2) : trim(scaled, digits)}${suffix}`;
  return symbol === undefined ? `${sign}${body} ${unit}` : `${sign}${symbol}${body}`;
}

function signed(text: string, negative: boolean): string {
  return `${negative ? '−' : '+'}${text}`;
}

/** A difference as numbers: the features write it ("+$4.4M, +5.1%", "−0.8 points"). */
export interface Difference {
  /** The subject's value and the reference's value (or bound) it is measured from. */
  from: number;
  to: number;
  unit: string;
  /** from − to, in the unit. */
  amount: number;
  /** Percentage points, for percentages and basis points; null for amounts. */
  points: number | null;
  /** Relative to the reference, in percent; null in points or against zero. */
  percent: number | null;
  /** Measured from the nearer end of a range the subject lies outside. */
  outsideRange: boolean;
}

export function differenceOf(from: number, to: number, unit: string, outsideRange: boolean): Difference {
  const amount = from - to;
  const points = inPoints(unit) ? toPoints(amount, unit) : null;
  const percent = points === null && to !== 0 ? (amount / Math.abs(to)) * 100 : null;
  return { from, to, unit, amount, points, percent, outsideRange };
}

/**
 * The difference as an analyst writes it: "+$4.4M, +5.1%", or "−0.8 points" for percentages.
 */
export function writeDifference(d: Difference): string {
  if (Math.abs(d.amount) <= 1e-9 * Math.max(1, Math.abs(d.to))) return 'no difference';
  if (d.points !== null) {
    const pts = trim(Math.abs(d.points), 2);
    return `${signed(pts, d.amount < 0)} ${pts === '1' ? 'point' : 'points'}`;
  }
  // In the reference's scale, but no coarser than the difference: "+$0.7M" on $36M, "+$242M" on $1.06B.
  const scale = Math.min(Math.abs(d.to) || Math.abs(d.amount), Math.max(Math.abs(d.amount), 1e6));
  const amount = signed(formatValue(Math.abs(d.amount), d.unit, scale), d.amount < 0);
  if (d.percent === null) return amount;
  return `${amount}, ${signed(`${trim(Math.abs(d.percent), 1)}%`, d.amount < 0)}`;
}

/** `writeDifference` of `actual` against `reference`. */
export function formatDifference(actual: number, reference: number, unit: string): string {
  return writeDifference(differenceOf(actual, reference, unit, false));
}
