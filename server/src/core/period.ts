// A fiscal period as a value: what the reader finds in a title, what each figure is about and what
// the ledger pairs figures by. It is read from text once (`readPeriod`) and written out only where a
// person reads it (`formatPeriod`); in between, layers compare and step periods as values.

export interface Period {
  /** A quarter, a half, the first nine months, or the fiscal year. */
  readonly kind: 'Q' | 'H' | '9M' | 'FY';
  /** Quarter 1–4, half 1–2; 0 for nine months and a fiscal year. */
  readonly n: number;
  readonly year: number;
}

export const quarter = (n: number, year: number): Period => ({ kind: 'Q', n, year });
export const half = (n: number, year: number): Period => ({ kind: 'H', n, year });
export const nineMonths = (year: number): Period => ({ kind: '9M', n: 0, year });
export const fiscalYear = (year: number): Period => ({ kind: 'FY', n: 0, year });

/** "12" is 2012 and "98" 1998; four digits stand as written. */
export function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n >= 50 ? 1900 + n : 2000 + n) : n;
}

const ORDINAL_QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
/** "and full year" between a quarter and its year: "Q4 and Full Year 2031", "Fourth Quarter and Fiscal 2031". */
const AND_YEAR = String.raw`(?:\s+and\s+(?:full[\s-]year|fiscal(?:\s+year)?|FY))?`;
const Q_PERIOD = new RegExp(String.raw`\bQ([1-4])${AND_YEAR}\s*[-/]?\s*(?:of\s+)?(?:FY\s*)?'?(\d{4}|\d{2})\b`, 'i');
const NQ_PERIOD = /\b([1-4])Q\s*(?:FY)?'?(\d{4}|\d{2})\b/i;
const QUARTER_WORDS = new RegExp(String.raw`\b(first|second|third|fourth)[\s-]+quarter${AND_YEAR}\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?(\d{4})\b`, 'i');
/** "Quarter 2 2031", "Quarter 2, 2031". */
const QUARTER_N = /\bquarter\s+([1-4]),?\s+(\d{4})\b/i;
/** The year first: "2031 Q2", "FY2031 Q2", "Fiscal 2031 Second Quarter". */
const YEAR_THEN_QUARTER = /\b(?:(?:FY\s*|fiscal\s+(?:year\s+)?)'?(\d{4}|\d{2})|(\d{4}))\s*[-/]?\s*(?:Q([1-4])|(first|second|third|fourth)[\s-]+quarter)\b/i;
const H_PERIOD = /\bH([12])\s*'?(\d{4}|\d{2})\b/i;
const NH_PERIOD = /\b([12])H\s*'?(\d{4}|\d{2})\b/i;
/** "Half Year 2031" (the first half), "Second Half 2031", "First Half of Fiscal 2031". */
const HALF_WORDS = /\b(?:(first|second)[\s-]+half|half[\s-]year)\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?(\d{4})\b/i;
const NINE_MONTHS = /\b9M\s*(\d{4})\b/;
const FY_PERIOD = /\b(?:FY|fiscal(?:\s+year)?|full[\s-]year)\s*'?(\d{4}|\d{2})\b/i;

/**
 * The period a title or a label names: "Q4 2012", "1Q16", "fourth quarter 2012", "2031 Q2", "Q4 and
 * Full Year 2031", "H1 2013", "Half Year 2031", "9M 2024", "FY 2013", "Full Year 2031".
 */
export function readPeriod(text: string | null): Period | null {
  if (!text) return null;
  let m = Q_PERIOD.exec(text) ?? NQ_PERIOD.exec(text) ?? QUARTER_N.exec(text);
  if (m) return quarter(Number(m[1]), fullYear(m[2]!));
  m = QUARTER_WORDS.exec(text);
  if (m) return quarter(ORDINAL_QUARTERS[m[1]!.toLowerCase()]!, Number(m[2]));
  m = YEAR_THEN_QUARTER.exec(text);
  if (m) return quarter(m[3] ? Number(m[3]) : ORDINAL_QUARTERS[m[4]!.toLowerCase()]!, fullYear(m[1] ?? m[2]!));
  m = H_PERIOD.exec(text) ?? NH_PERIOD.exec(text);
  if (m) return half(Number(m[1]), fullYear(m[2]!));
  m = HALF_WORDS.exec(text);
  if (m) return half(m[1]?.toLowerCase() === 'second' ? 2 : 1, Number(m[2]));
  m = NINE_MONTHS.exec(text);
  if (m) return nineMonths(Number(m[1]));
  m = FY_PERIOD.exec(text);
  if (m) return fiscalYear(fullYear(m[1]!));
  return null;
}

/** "Q4 2012", "H1 2013", "9M 2024", "FY 2013". */
export function formatPeriod(p: Period): string {
  if (p.kind === 'FY' || p.kind === '9M') return `${p.kind} ${p.year}`;
  return `${p.kind}${p.n} ${p.year}`;
}

export function samePeriod(a: Period | null | undefined, b: Period | null | undefined): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.n === b.n && a.year === b.year);
}

/** Months from year 0 to the period's end: periods compare in time by it. */
export function endMonth(p: Period): number {
  return p.year * 12 + (p.kind === 'Q' ? 3 * p.n : p.kind === 'H' ? 6 * p.n : p.kind === '9M' ? 9 : 12);
}

/** The quarter `k` quarters after `p` (negative: before). */
export function shiftQuarter(p: Period, k: number): Period {
  const i = p.year * 4 + (p.n - 1) + k;
  return quarter((i % 4) + 1, Math.floor(i / 4));
}

/** The period just before: Q1 2016 → Q4 2015, H1 2013 → H2 2012, FY 2013 → FY 2012. */
export function previousPeriod(p: Period): Period {
  if (p.kind === 'FY' || p.kind === '9M') return { ...p, year: p.year - 1 };
  return p.n > 1 ? { ...p, n: p.n - 1 } : { ...p, n: p.kind === 'Q' ? 4 : 2, year: p.year - 1 };
}

/** The same period a year earlier. */
export function yearEarlier(p: Period): Period {
  return { ...p, year: p.year - 1 };
}
