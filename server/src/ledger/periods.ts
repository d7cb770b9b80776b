// Fiscal periods as the figure layer writes them ("Q4 2012", "H1 2013", "FY 2013"): ordering and
// the base periods that growth guidance is stated against.

interface Period {
  kind: 'Q' | 'H' | 'FY';
  n: number;
  year: number;
}

function parse(p: string | null): Period | null {
  const m = /^(Q([1-4])|H([12])|FY)\s+(\d{4})$/.exec((p ?? '').trim());
  if (!m) return null;
  const year = Number(m[4]);
  if (m[2]) return { kind: 'Q', n: Number(m[2]), year };
  if (m[3]) return { kind: 'H', n: Number(m[3]), year };
  return { kind: 'FY', n: 1, year };
}

function format(p: Period): string {
  return p.kind === 'FY' ? `FY ${p.year}` : `${p.kind}${p.n} ${p.year}`;
}

/** The period just before: Q1 2016 → Q4 2015, H1 2013 → H2 2012, FY 2013 → FY 2012. */
export function previousPeriod(period: string): string | null {
  const p = parse(period);
  if (!p) return null;
  const per = p.kind === 'Q' ? 4 : p.kind === 'H' ? 2 : 1;
  return p.n > 1 ? format({ ...p, n: p.n - 1 }) : format({ ...p, n: per, year: p.year - 1 });
}

/** The same period a year earlier. */
export function yearEarlier(period: string): string | null {
  const p = parse(period);
  return p ? format({ ...p, year: p.year - 1 }) : null;
}

/**
 * A sort key in months of the period's end, so calls and periods order in time; null when the
 * period is not one we can place.
 */
export function periodEnd(period: string | null): number | null {
  const p = parse(period);
  if (!p) return null;
  const months = p.kind === 'Q' ? 3 * p.n : p.kind === 'H' ? 6 * p.n : 12;
  return p.year * 12 + months;
}
