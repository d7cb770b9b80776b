// How two values of one metric are compared and written: the favourable direction, whether the
// difference is in points (percentages such as margins) or in amount and percent, and the formats.

/** Metrics where a higher number is the unfavourable side: costs, losses, days to collect, stock and debt carried. */
const LOWER_IS_BETTER = /\b(expenses?|costs?|opex|capex|spend(ing)?|expenditures?|loss(es)?|dso|days sales|burn|inventor(y|ies)|debt|borrowings?)\b/i;

/** Metrics that are themselves ratios: a percentage of them is a level, not growth. */
const RATIO_METRIC = /\b(margins?|rate|ratio|share|percent(age)?|yield|mix|utili[sz]ation|returns?|roe|roi|roic|growth)\b/i;

/** Metrics stated in money: a figure of them without a currency is something else (a count, a rate). */
const MONEY_METRIC = /\b(revenues?|sales|income|earnings|eps|expenses?|costs?|opex|capex|cash|profits?|ebitda|spend(ing)?)\b/i;

/** Whether a figure in `unit` can be a level of `metric`: revenue needs a currency, not "3". */
export function unitFits(metric: string, unit: string): boolean {
  return !MONEY_METRIC.test(metric) || isRatioMetric(metric) || /^[A-Z]{3}$/.test(unit);
}

/**
 * Values more than this factor apart are not one measure compared (a quarter against a year, an
 * exchange rate read as EPS); a real beat or miss is rarely that large.
 */
export const MAX_RATIO = 4;

export function lowerIsBetter(metric: string): boolean {
  return LOWER_IS_BETTER.test(metric);
}

export function isRatioMetric(metric: string): boolean {
  return RATIO_METRIC.test(metric);
}

/** Percentages and basis points are compared in points; everything else in amount and percent. */
export function inPoints(unit: string): boolean {
  return unit === '%' || unit === 'bps';
}

/** Basis points become percentage points so 50 bps and 0.5% compare. */
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
  if (inPoints(unit)) return `${sign}${trim(v, 2)}${unit === '%' ? '%' : ' bps'}`;
  const symbol = CURRENCY[unit];
  if (symbol === undefined && !/^[A-Z]{3}$/.test(unit)) return `${sign}${trim(v, 2)}${unit === 'count' ? '' : ` ${unit}`}`;
  const [scaled, suffix] =
    s >= 1e9 ? [v / 1e9, 'B'] : s >= 1e6 ? [v / 1e6, 'M'] : s >= 1e3 ? [v / 1e3, 'K'] : [v, ''];
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

/**
 * The difference of `actual` from `reference` as an analyst writes it: "+$4.4M, +5.1%", or
 * "−0.8 points" for percentages.
 */
export function formatDifference(actual: number, reference: number, unit: string): string {
  const d = actual - reference;
  if (Math.abs(d) <= 1e-9 * Math.max(1, Math.abs(reference))) return 'no difference';
  if (inPoints(unit)) {
    const pts = trim(Math.abs(toPoints(d, unit)), 2);
    return `${signed(pts, d < 0)} ${pts === '1' ? 'point' : 'points'}`;
  }
  // In the reference's scale, but no coarser than the difference: "+$0.7M" on $36M, "+$242M" on $1.06B.
  const scale = Math.min(Math.abs(reference) || Math.abs(d), Math.max(Math.abs(d), 1e6));
  const amount = signed(formatValue(Math.abs(d), unit, scale), d < 0);
  if (reference === 0) return amount;
  return `${amount}, ${signed(`${trim(Math.abs((d / Math.abs(reference)) * 100), 1)}%`, d < 0)}`;
}
