// Call metadata written in header lines: event titles, dates, fiscal periods.
import type { Meta } from '../model';
import { readPeriod } from '../period';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "FEBRUARY 05, 2013" or "Jan 26, 2016" → "2013-02-05"; null when no date is found. */
export function parseDate(text: string): string | null {
  const m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(text);
  if (!m) return null;
  const [, name = '', day = '', year = ''] = m;
  const month = MONTHS.indexOf(name.toLowerCase()) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** "9:30PM GMT" from an event date line. */
export function parseTime(text: string): string | null {
  const m = /\b(\d{1,2}:\d{2}\s*(?:[AP]M)?(?:\s+[A-Z]{2,4})?)\b/i.exec(text);
  return m?.[1] ?? null;
}

/**
 * Reads an event title such as "CALX - Q4 2012 Calix, Inc. Earnings Conference Call" or
 * "Q1 2016 Advanced Micro Devices Inc Earnings Call" into ticker, period and company.
 */
export function readEventTitle(title: string, meta: Meta): void {
  meta.title = title.trim();
  meta.period ??= readPeriod(title);
  let rest = title.trim();
  const ticker = /^([A-Z][A-Z0-9.]{0,7})\s+-\s+/.exec(rest);
  if (ticker) {
    meta.ticker ??= ticker[1]!;
    rest = rest.slice(ticker[0].length);
  }
  rest = rest
    .replace(/^(?:Q[1-4]|[1-4]Q|FY|H[12])\s*'?\d{2,4}\s+/i, '')
    .replace(/^(?:(?:first|second|third|fourth)[\s-]+quarter\s+)?(?:fiscal\s+(?:year\s+)?)?\d{4}\s+/i, '');
  const company =
    /^(.+?)\s+(?:(?:Preliminary|Final|Full[- ]Year|Fiscal|Interim|Annual|Half[- ]Year)\s+)*(?:Earnings|Results|Financial Results|Sales|Conference Call|Trading Update)\b/i.exec(
      rest,
    )?.[1];
  // "Fourth Quarter 2031 Results": a period, not a company.
  if (
    company &&
    !readPeriod(company) &&
    !/^(?:first|second|third|fourth|full|fiscal|quarterly|annual|earnings|results|financial|sales|conference)\b/i.test(company)
  )
    meta.company ??= company.trim();
}

/** "(NYSE:ACME)", "(NASDAQ: ACME.B)": the exchange and ticker a title gives in brackets. */
const EXCHANGE_TICKER = /\(([A-Za-z]{2,12})\s*:\s*([A-Z][A-Z0-9.]{0,7})\)/;
const DATE_AT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b/i;

/**
 * The lines above a transcript's first section or turn: a title ("Acme Corp. (NYSE:ACME) Q2 2031
 * Earnings Call March 7, 2031 5:00 PM ET", or "ACME - Q2 2031 Acme Corp Earnings Call"), on one
 * line or several, and a date.
 */
export function readHeaderBlock(headerLines: string[], meta: Meta): void {
  const text = headerLines.join(' ').replace(/\s+/g, ' ').trim();
  if (!text) return;
  const ticker = EXCHANGE_TICKER.exec(text);
  const dateAt = text.search(DATE_AT);
  if (ticker) {
    meta.ticker ??= ticker[2]!;
    meta.company ??= text.slice(0, ticker.index).trim() || null;
    meta.title ??= (dateAt > ticker.index ? text.slice(0, dateAt) : text).trim();
  } else if (!meta.title) {
    const title = headerLines.find((l) => /\b(?:earnings|call|conference|results)\b/i.test(l) && l.length <= 200);
    if (title) readEventTitle(dateAt > 0 && title.search(DATE_AT) > 0 ? title.slice(0, title.search(DATE_AT)) : title, meta);
  }
  meta.period ??= readPeriod(text);
  meta.date ??= parseDate(text);
  if (dateAt >= 0) meta.time ??= parseTime(text.slice(dateAt).replace(/^.*?\d{4}/, ''));
}

/**
 * What the operator's and first speakers' opening words say of the call, where the header did not:
 * "welcome to the Acme Corp third quarter 2031 earnings call", "Acme's Q3 fiscal 2031 results".
 */
export function readOpeningWords(openings: string[], meta: Meta): void {
  for (const text of openings) {
    const call =
      /\b(?:welcome to|joining us for|participating in)\s+(?:the\s+)?(.{3,160}?)\b(?:earnings|results|financial results|conference call|call)\b/i.exec(
        text,
      )?.[1];
    if (!call) continue;
    meta.period ??= readPeriod(call);
    if (!meta.company) {
      // The words before the period: "Acme Corp's", "Acme Corp.".
      const before = call
        .split(/\b(?:first|second|third|fourth|Q[1-4]|[1-4]Q|fiscal|full[- ]year|FY)\b/i)[0]!
        .replace(/['’]s?\s*$/, '')
        .trim();
      if (before && /^\p{Lu}/u.test(before) && before.split(/\s+/).length <= 6) meta.company = before;
    }
    if (meta.period && meta.company) return;
  }
}
