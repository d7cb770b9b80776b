// Call metadata written in header lines: event titles, dates, fiscal periods.
import type { Meta } from '../model';
import { readPeriod } from '../period';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const MONTH_DAY_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b/i;
const ISO_DATE = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;

/**
 * "FEBRUARY 05, 2013", "Jan 26, 2016", "5 August 2031" or "2031-08-05" → "2013-02-05"; null when no
 * date is found. Numeric dates with slashes are left alone: "05/08/2031" is May or August by country.
 */
export function parseDate(text: string): string | null {
  const iso = ISO_DATE.exec(text);
  const us = MONTH_DAY_YEAR.exec(text);
  const eu = DAY_MONTH_YEAR.exec(text);
  // The first written wins: a header's own date comes before one its title mentions.
  const first = [iso, us, eu].filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
  if (!first) return null;
  if (first === iso) return first[0];
  const [name = '', day = '', year = ''] = first === us ? [first[1], first[2], first[3]] : [first[2], first[1], first[3]];
  const month = MONTHS.indexOf(name.toLowerCase().slice(0, 3)) + 1;
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
  let company =
    /^(.+?)\s+(?:(?:Preliminary|Final|Full[- ]Year|Fiscal|Interim|Annual|Half[- ]Year)\s+)*(?:Earnings|Results|Financial Results|Sales|Conference Call|Trading Update)\b/i.exec(
      rest,
    )?.[1];
  // "Acme Corp. (ACME) Q2 2031 Earnings Call", "ACME CORP - Q2 2031 EARNINGS CALL": the company, then
  // the period; a ticker in brackets is the ticker.
  const periodAt = company?.search(PERIOD_START) ?? -1;
  if (company && periodAt > 0) company = company.slice(0, periodAt).replace(/[\s\-–—:,|]+$/, '');
  const bracketed = company ? BARE_TICKER.exec(company) : null;
  if (company && bracketed) {
    meta.ticker ??= bracketed[1]!;
    company = company.slice(0, bracketed.index).trim();
  }
  // "Fourth Quarter 2031 Results": a period, not a company; "Our results": no name at all.
  if (
    company &&
    /^[\p{Lu}\d]/u.test(company) &&
    !readPeriod(company) &&
    !/^(?:first|second|third|fourth|full|fiscal|quarterly|annual|earnings|results|financial|sales|conference)\b/i.test(company) &&
    !/^(?:our|we|the|this|its|their)$/i.test(company)
  )
    meta.company ??= company.trim();
}

/** Where a period starts in a title: "Q2 2031", "2Q31", "FY 2031", "Second Quarter", "Fiscal 2031". */
const PERIOD_START = /\b(?:Q[1-4]|[1-4]Q|FY|H[12]|(?:first|second|third|fourth)[\s-]+quarter|fiscal|full[\s-]year|(?:19|20)\d{2})\b/i;
const HEADER_FIELD =
  /^(company(?:\s+name)?|issuer|ticker|symbol|event(?:\s+(?:title|name))?|title|(?:event\s+|call\s+)?date|period|quarter|fiscal\s+period)\s*:\s*(\S.{0,150})$/i;
const COMPANY_TICKER_LINE = /^(\p{Lu}[^()]{1,80}?)\s*\(([A-Z][A-Z0-9.]{0,7})\)$/u;
/** "(ACME)" after a company's name: its ticker, no exchange given. */
const BARE_TICKER = /\s*\(([A-Z][A-Z0-9.]{0,7})\)\s*$/;

/** A line that ends as a sentence does ("Our results … toward our goals."), not a title's "Acme Corp.". */
const PROSE_END = /(?<!\b(?:Inc|Corp|Co|Ltd|plc))[.!?]\s*$/i;

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
  // "Company: Acme Corp.", "Ticker: ACME", "Event: Q2 2031 Earnings Call": an export's header fields.
  for (const l of headerLines) {
    const field = HEADER_FIELD.exec(l.trim());
    if (!field) continue;
    const [, key = '', value = ''] = field;
    const k = key.toLowerCase();
    if (k.startsWith('company') || k === 'issuer') meta.company ??= value;
    else if (k === 'ticker' || k === 'symbol') meta.ticker ??= /([A-Z][A-Z0-9.]{0,7})$/.exec(value)?.[1] ?? null;
    else if (k.includes('date')) meta.date ??= parseDate(value);
    else if (k === 'period' || k === 'quarter' || k === 'fiscal period') meta.period ??= readPeriod(value);
    else if (!meta.title) readEventTitle(value, meta);
  }
  // "Acme Corp. (ACME)" on a line of its own: the company and its ticker.
  for (const l of headerLines) {
    const named = COMPANY_TICKER_LINE.exec(l.trim());
    if (named) {
      meta.company ??= named[1]!;
      meta.ticker ??= named[2]!;
      break;
    }
  }
  const ticker = EXCHANGE_TICKER.exec(text);
  const dateAt = text.search(DATE_AT);
  if (ticker) {
    meta.ticker ??= ticker[2]!;
    meta.company ??= text.slice(0, ticker.index).trim() || null;
    meta.title ??= (dateAt > ticker.index ? text.slice(0, dateAt) : text).trim();
  } else if (!meta.title) {
    // A title, not a sentence about results ("Our results in Q4 demonstrate …."): titles end without a full stop.
    const title = headerLines.find((l) => /\b(?:earnings|call|conference|results)\b/i.test(l) && l.length <= 200 && !PROSE_END.test(l));
    if (title) readEventTitle(dateAt > 0 && title.search(DATE_AT) > 0 ? title.slice(0, title.search(DATE_AT)) : title, meta);
  }
  // The period and date of the header's own lines, not of a sentence in it ("up 230% compared to
  // Q1 2030." in a file of sentences with no title).
  const own = meta.title ? text : headerLines.filter((l) => !PROSE_END.test(l)).join(' ');
  meta.period ??= readPeriod(own);
  meta.date ??= parseDate(own);
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
