// Period arithmetic the ledger needs on top of the figure layer's periods: ordering in time and
// the base periods that growth guidance is stated against.
import { endMonth, formatPeriod, parsePeriod } from '../figures/periods';

/** The period just before: Q1 2016 → Q4 2015, H1 2013 → H2 2012, FY 2013 → FY 2012. */
export function previousPeriod(period: string): string | null {
  const p = parsePeriod(period);
  if (!p) return null;
  if (p.kind === 'FY') return formatPeriod({ ...p, year: p.year - 1 });
  return formatPeriod(p.n > 1 ? { ...p, n: p.n - 1 } : { ...p, n: p.kind === 'Q' ? 4 : 2, year: p.year - 1 });
}

/** The same period a year earlier. */
export function yearEarlier(period: string): string | null {
  const p = parsePeriod(period);
  return p ? formatPeriod({ ...p, year: p.year - 1 }) : null;
}

/** Months from year 0 to the period's end, to order calls and periods; null when unplaceable. */
export function periodEnd(period: string | null): number | null {
  const p = parsePeriod(period);
  return p && endMonth(p);
}
