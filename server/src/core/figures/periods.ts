// The period phrases of a sentence ("the quarter", "the prior quarter", "next year") and the parts
// of a year named without one ("the first quarter"), resolved against the call's own period.

import { fiscalYear, type Period, shiftQuarter } from '../period';
import { type FiscalCalendar, MONTH_NAMES, monthNumber, quarterClosingIn } from './calendar';
import { tailTest } from './tail';

/**
 * A part of the year named without its year ("the first quarter", "Q1", "second half"), resolved
 * against the call's period: the call's own part is the call's; a later part is this year; an earlier
 * one is next year when the sentence looks ahead, else this year (in a Q4 2012 call, "we expect to
 * break even in the first quarter" is Q1 2013, "the drop in the second quarter" is Q2 2012).
 */
export function resolvePart(part: 'Q' | 'H' | '9M', n: number, call: Period | null, ahead: boolean): Period | null {
  // The first nine months without a year are this year's: nobody guides a year to date.
  if (part === '9M') return call && { kind: '9M', n: 0, year: call.year };
  if (!call || call.kind === 'FY' || call.kind === '9M') return call && ahead ? { kind: part, n, year: call.year + 1 } : null;
  const callPart = part === 'Q' ? (call.kind === 'Q' ? call.n : call.n * 2) : call.kind === 'Q' ? Math.ceil(call.n / 2) : call.n;
  if (n === callPart) return { kind: part, n, year: call.year };
  if (n > callPart) return { kind: part, n, year: ahead ? call.year : call.year - 1 };
  return { kind: part, n, year: ahead ? call.year + 1 : call.year };
}

/** A period phrase in a sentence: where it is, which period, and whether it is a comparison base. */
export interface PeriodMention {
  start: number;
  end: number;
  period: Period | null;
  /** "from the prior quarter", "versus a year ago": the period compared against, not spoken about. */
  comparison: boolean;
  /** Named relative to the call: "the quarter" in a forward-looking sentence means the quarter ahead. */
  relative: 'this-quarter' | 'this-year' | 'to-date' | null;
  /** "Q2 of last year", "the second quarter a year ago": the year-ago period a figure is compared with. */
  yearAgo?: boolean;
  /** Named without its year ("the fourth quarter", "FQ3"): the part of the year, resolved against the call as `period`. */
  part?: { part: 'Q' | 'H' | '9M'; n: number };
}

/** A month's name, as in "the March quarter". */
const MONTH = `(?:${MONTH_NAMES.join('|')})`;
const MENTION_SCAN = new RegExp(
  String.raw`\b(?:(this|the|current|that)\s+[gq]uarter(?!\s+end(?:ed|ing)\s+(?:in\s+|on\s+)?${MONTH})|(?:the\s+)?(prior|previous|last|preceding|sequential)\s+[gq]uarter|(?:the\s+)?(next|coming|following|upcoming)\s+[gq]uarter|(?:a|one)\s+year\s+ago|(?:the\s+)?(?:(?:prior|previous|last)[\s-]+year(?:'s)?|year[\s-]+ago)[\s-]+(?:[gq]uarter|period)|(?:the\s+)?(?:prior|previous|last)\s+(?:fiscal\s+)?year|(?:the\s+)?(next|coming|following)\s+(?:fiscal\s+)?year|(?:this|the\s+current|the\s+full|full|the|our(?:\s+full)?)[\s-]+(?:fiscal\s+)?year\b(?![-\s]+(?:over|on|to)[-\s]+(?:year|date)\b|\s+ago\b)(?!\s*'?\d)|(?:fiscal[\s-]+)?(year[\s-]+to[\s-]+date|ytd)|(so\s+far\s+(?:in\s+)?(?:this|the)\s+[gq]uarter|[gq]uarter[\s-]+to[\s-]+date|(?:to\s+date|thus\s+far)\s+(?:in\s+)?this\s+[gq]uarter)|(?:at|by)\s+(?:fiscal[\s-]+)?(year[\s-]end)|(?:the|our|this|that)\s+(${MONTH})\s+[gq]uarter|[gq]uarter\s+end(?:ed|ing)\s+(?:in\s+|on\s+)?(${MONTH}))\b`,
  'gi',
);
const MENTION_WORD = /uarter|year|ytd/i;
const comparisonBefore = tailTest(/\b(?:from|versus|vs\.?|compared\s+(?:to|with)|than|over|against|since|relative\s+to)\s+$/i);

/** The year spoken of began before the call: "came into the year", "we started the year … projecting" (not "we entered this year with momentum"). */
const YEAR_BEGUN = /\b(?:came\s+into|started|began)\s+the\s+(?:fiscal\s+)?year\b/i;
const YEAR_BEFORE = /year\s+ago|(?:prior|previous|last)\s+(?:fiscal\s+)?year/;
const YEAR_AGO = /year\s+ago/;
const YEAR_AGO_QUARTER = /(?:year(?:'s)?|ago)[\s-]+(?:[gq]uarter|period)$/;
const EARLIER = /prior|previous|last/;

/** Every phrase ends in "quarter" or "year": most sentences have neither and skip the slower scan. */
export function namesPeriod(sentence: string): boolean {
  return MENTION_WORD.test(sentence);
}

/**
 * Relative period phrases of a sentence; explicit dates ("Q1 2013", "first quarter") are numerals and
 * come from the numeral scan. None without the words namesPeriod looks for, which callers test first.
 */
export function relativeMentions(sentence: string, call: Period | null, ahead: boolean, calendar: FiscalCalendar | null = null): PeriodMention[] {
  const out: PeriodMention[] = [];
  MENTION_SCAN.lastIndex = 0;
  for (let m = MENTION_SCAN.exec(sentence); m; m = MENTION_SCAN.exec(sentence)) {
    const text = m[0].toLowerCase();
    let period: Period | null = null;
    let relative: PeriodMention['relative'] = null;
    if (call) {
      const q = call.kind === 'Q' ? call : null;
      // "So far this quarter", "quarter-to-date": the quarter under way as the call is held, after the one it reports.
      if (m[8] || m[9]) period = calendar && quarterClosingIn(monthNumber(m[8] ?? m[9] ?? ''), calendar);
      else if (m[6]) period = q && shiftQuarter(q, 1);
      // "2,800 stores at year-end": the year a fourth quarter's call closes, or the one ahead; in a
      // report of an earlier quarter it may be the last year's end, so it names no period.
      else if (m[7]) period = q && (ahead || q.n === 4) ? fiscalYear(q.year + (ahead && q.n === 4 ? 1 : 0)) : null;
      else if (m[1]) {
        period = q;
        relative = 'this-quarter';
      } else if (m[2]) period = q && shiftQuarter(q, -1);
      else if (m[3]) period = q && shiftQuarter(q, 1);
      // "the prior year quarter", "the year-ago period": the call's quarter a year before.
      else if (YEAR_AGO_QUARTER.test(text)) period = q && { ...q, year: q.year - 1 };
      else if (YEAR_BEFORE.test(text)) period = fiscalYear(call.year - 1);
      else if (m[4]) period = fiscalYear(call.year + 1);
      // "Year-to-date" in a quarter's call: the quarters of the year so far.
      else if (m[5]) {
        period = q && yearToDate(q);
        relative = 'to-date';
      }
      // "this year" / "the full year": the call's year, or the next one when a Q4 call looks ahead,
      // unless the outlook is the one the year was begun with ("when we came into the year, we expected …").
      else {
        period = fiscalYear(call.year + (ahead && call.kind === 'Q' && call.n === 4 && !YEAR_BEGUN.test(sentence) ? 1 : 0));
        relative = 'this-year';
      }
    }
    // "The March quarter" where no fiscal quarter closes in March (or without a date): no period named.
    if ((m[8] || m[9]) && period === null) continue;
    const yearAgo = YEAR_AGO.test(text);
    out.push({
      // "at year-end": the preposition is the figure's, as "in" is of "in the quarter".
      start: m[7] ? m.index + m[0].length - m[7].length : m.index,
      end: m.index + m[0].length,
      period: yearAgo && call?.kind === 'Q' && period ? { ...call, year: call.year - 1 } : period,
      comparison: Boolean(m[2]) || yearAgo || EARLIER.test(text) || comparisonBefore(sentence.slice(Math.max(0, m.index - 20), m.index)),
      relative,
    });
  }
  return out;
}

function yearToDate(q: Period): Period {
  if (q.n === 2) return { kind: 'H', n: 1, year: q.year };
  if (q.n === 3) return { kind: '9M', n: 0, year: q.year };
  return q.n === 4 ? { kind: 'FY', n: 0, year: q.year } : q;
}

export function isComparisonBase(sentence: string, start: number): boolean {
  return comparisonBefore(sentence.slice(Math.max(0, start - 20), start));
}
