// Call metadata written in header lines: event titles, dates, fiscal periods.
import type { Meta } from '../model';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ORDINAL_QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** "FEBRUARY 05, 2013" or "Jan 26, 2016" → "2013-02-05"; null when no date is found. */
export function parseDate(text: string): string | null {
  const m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

/** "9:30PM GMT" from an event date line. */
export function parseTime(text: string): string | null {
  const m = /\b(\d{1,2}:\d{2}\s*(?:[AP]M)?(?:\s+[A-Z]{2,4})?)\b/i.exec(text);
  return m ? m[1] : null;
}

function fullYear(y: string): string {
  return y.length === 2 ? `20${y}` : y;
}

/** The fiscal period a title names: "Q4 2012", "1Q16", "fourth quarter 2012", "FY 2013". */
export function parsePeriod(text: string): string | null {
  let m = /\bQ([1-4])\s*(?:FY\s*)?'?(\d{4}|\d{2})\b/i.exec(text);
  if (m) return `Q${m[1]} ${fullYear(m[2])}`;
  m = /\b([1-4])Q\s*(?:FY)?'?(\d{4}|\d{2})\b/i.exec(text);
  if (m) return `Q${m[1]} ${fullYear(m[2])}`;
  m = /\b(first|second|third|fourth)[\s-]+quarter\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?(\d{4})\b/i.exec(text);
  if (m) return `Q${ORDINAL_QUARTERS[m[1].toLowerCase()]} ${m[2]}`;
  m = /\b(?:FY|fiscal\s+(?:year\s+)?)\s*'?(\d{4}|\d{2})\b/i.exec(text);
  if (m) return `FY ${fullYear(m[1])}`;
  return null;
}

/**
 * Reads an event title such as "CALX - Q4 2012 Calix, Inc. Earnings Conference Call" or
 * "Q1 2016 Advanced Micro Devices Inc Earnings Call" into ticker, period and company.
 */
export function readEventTitle(title: string, meta: Meta): void {
  meta.title = title.trim();
  meta.period ??= parsePeriod(title);
  let rest = title.trim();
  const ticker = /^([A-Z][A-Z0-9.]{0,7})\s+-\s+/.exec(rest);
  if (ticker) {
    meta.ticker ??= ticker[1];
    rest = rest.slice(ticker[0].length);
  }
  rest = rest.replace(/^(?:Q[1-4]|[1-4]Q|FY|H[12])\s*'?\d{2,4}\s+/i, '');
  const company = /^(.+?)\s+(?:(?:Preliminary|Final|Full[- ]Year|Fiscal|Interim|Annual|Half[- ]Year)\s+)*(?:Earnings|Results|Financial Results|Sales|Conference Call|Trading Update)\b/i.exec(rest);
  if (company) meta.company ??= company[1].trim();
}
