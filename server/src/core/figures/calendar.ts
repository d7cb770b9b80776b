// The company's fiscal calendar, inferred from the call: which calendar month closes its fiscal
// year, so that "the March quarter" or "the December quarter" name a fiscal quarter.

import { type Period, quarter } from '../period';

export interface FiscalCalendar {
  /** The calendar month (1–12) the fiscal year ends in. */
  yearEndMonth: number;
  /**
   * The fiscal year's number minus the calendar year its last month falls in: 0 mostly, −1 where
   * "fiscal 2018" ends in January 2019 (a retailer's year), +1 where "fiscal 2019" ends in June 2018.
   */
  labelOffset: number;
  /** No quarter and date to infer it from: a calendar year is assumed. */
  assumed: boolean;
  /** The call's date as a month count (year × 12 + month − 1), or null without a date. */
  callMonth: number | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const DAY = 86_400_000;
/** Calls come two to eight weeks after the quarter closes; a week back from the call is still past the close. */
const AFTER_CLOSE = 7 * DAY;

/**
 * The fiscal calendar of a call reporting `call` on `date` ("2018-02-01"): the quarter it reports
 * closed in the month before the call (a week back, for calls held in the first days of a month);
 * the year ends as many quarters later as remain in it.
 */
export function fiscalCalendar(call: Period | null, date: string | null): FiscalCalendar {
  const d = date ? ISO_DATE.exec(date) : null;
  const callMonth = d ? Number(d[1]) * 12 + Number(d[2]) - 1 : null;
  const left = call && (call.kind === 'Q' ? 4 - call.n : call.kind === 'H' ? (2 - call.n) * 2 : call.kind === '9M' ? 1 : 0);
  if (!d || !call || left === null) return { yearEndMonth: 12, labelOffset: 0, assumed: true, callMonth };
  const back = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])) - AFTER_CLOSE);
  const closed = back.getUTCFullYear() * 12 + back.getUTCMonth() - 1; // the month before, as a month count
  const yearEnd = closed + left * 3;
  const labelOffset = call.year - Math.floor(yearEnd / 12);
  // A title and date more than a year apart are no calendar to trust.
  if (Math.abs(labelOffset) > 1) return { yearEndMonth: 12, labelOffset: 0, assumed: true, callMonth };
  return { yearEndMonth: (yearEnd % 12) + 1, labelOffset, assumed: false, callMonth };
}

/**
 * The fiscal quarter that closes in calendar `month` (1–12) nearest the call: "the March quarter" in
 * a February call is the one ahead, "the December quarter" the one reported. Null when no fiscal
 * quarter closes in that month, or the call has no date to place it by.
 */
export function quarterClosingIn(month: number, cal: FiscalCalendar): Period | null {
  if (cal.callMonth === null || (month - cal.yearEndMonth + 12) % 3 !== 0) return null;
  const callYear = Math.floor(cal.callMonth / 12);
  let best: number | null = null;
  for (let y = callYear - 1; y <= callYear + 1; y++) {
    const close = y * 12 + month - 1;
    if (best === null || Math.abs(close - cal.callMonth) < Math.abs(best - cal.callMonth)) best = close;
  }
  const close = best!;
  const toYearEnd = (cal.yearEndMonth - month + 12) % 12;
  const yearEnd = close + toYearEnd;
  return quarter(4 - toYearEnd / 3, Math.floor(yearEnd / 12) + cal.labelOffset);
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Fiscal year ends in September", with how it was found. */
export function describeCalendar(cal: FiscalCalendar): string {
  const month = MONTH_NAMES[cal.yearEndMonth - 1] ?? 'December';
  return cal.assumed ? `fiscal year assumed to end in ${month}` : `fiscal year ends in ${month} (from the call's period and date)`;
}

/** The month (1–12) a capitalised month name names, or 0. */
export function monthNumber(name: string): number {
  return MONTH_NAMES.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;
}
