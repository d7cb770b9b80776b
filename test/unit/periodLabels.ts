// Tests write periods as an analyst does ("Q2 2031"); the code hands them on as values. These turn
// one into the other at the test's edge, so that assertions stay readable.
import { formatPeriod, readPeriod, type Period } from '../../server/src/core/period';

/** The period a label names; a label the reader cannot read fails the test that wrote it. */
export function period(label: string): Period;
export function period(label: string | null): Period | null;
export function period(label: string | null): Period | null {
  if (label === null) return null;
  const p = readPeriod(label);
  if (!p) throw new Error(`not a period: ${label}`);
  return p;
}

export type Labelled<T extends { period: Period | null }> = Omit<T, 'period'> & { period: string | null };

/** `x` with its period written as a label. */
export function labelled<T extends { period: Period | null }>(x: T): Labelled<T> {
  return { ...x, period: x.period && formatPeriod(x.period) };
}

/** A period as the label an analyst writes, or null. */
export function label(p: Period | null): string | null {
  return p && formatPeriod(p);
}
