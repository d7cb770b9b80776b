// The grammar of numerals: finds every number written in a stretch of prose and reads its value,
// unit, scale, range and qualifier. Knows nothing about metrics or periods (see attribute.ts).
//
// One scanning regex finds the core of each numeral; small sticky regexes then extend it left and
// right at that spot only, so the whole scan is linear in the text and nothing backtracks far.

import { fiscalYear, fullYear, half as halfOf, nineMonths as nineMonthsOf, type Period, quarter as quarterOf } from '../period';
import { isDigit, isLetter, isSpace, isWordChar } from './chars';
import { tailExec, tailTest } from './tail';

export type NumeralKind =
  | 'money'
  | 'percent'
  | 'points'
  | 'bps'
  | 'multiple'
  | 'duration'
  | 'count'
  | 'number'
  | 'year'
  | 'quarter'
  | 'half'
  | 'fiscal-year'
  | 'date'
  | 'time'
  | 'product'
  | 'ordinal'
  | 'label'
  | 'word';

export interface Numeral {
  /** Offsets into the scanned string. */
  start: number;
  end: number;
  kind: NumeralKind;
  value: number | null;
  low: number | null;
  high: number | null;
  /** USD, EUR, %, pt, bps, x, days, months, years, quarters, count, date, … */
  unit: string;
  approx: string | null;
  /** Amount per share ("$0.05 a share"). */
  perShare: boolean;
  /** Written with a direction ("down $75 million"): -1, 1, or 0. */
  sign: -1 | 0 | 1;
  /** For dates: the fiscal period it names when that is complete ("Q4 2012", "FY 2013"). */
  period: Period | null;
  /** The ordinal of a quarter or half (1–4) when the year is left implicit. */
  partOfYear: { part: 'Q' | 'H' | '9M'; n: number } | null;
  /** Word figures: which one ("break even", "flat", "digits"). */
  word: string | null;
  /** The "plus or minus" part of "\$2.1 billion, plus or minus 3%", as written. */
  spread?: { value: number; unit: string };
}

const MONTHS =
  'jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?';
const MONTH_STARTS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const CARDINALS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
const CARDINAL =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)';
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const DECADES: Record<string, number> = {
  teens: 10,
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};
/** ISO codes written before an amount ("DKK 45 billion", "EUR 3.2 million"). */
const ISO_CODES = 'USD|EUR|GBP|CAD|JPY|CHF|AUD|NZD|DKK|SEK|NOK|CNY|RMB|INR|BRL|MXN|KRW|HKD|SGD|ZAR';
const CURRENCY = `(?:US\\$|${ISO_CODES}|C\\$|A\\$|\\\\?\\$|€|£|¥|₹|Rs\\.?(?=\\s?\\d))`;
const NUMBER = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+';
/** An apostrophe before a two-digit year, as typed or autocorrected ("'18", "’18", "‘18"). */
const APOS = "['\u2018\u2019]";
const QUARTER_WORD = '(?:first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?[gq]uarters?';
/** "of 2018", "of fiscal 2018", "of fiscal year '18", "of fiscal '21": a two-digit year only after "fiscal", "FY" or an apostrophe. */
const YEAR_TAIL = `(?:\\s+(?:of\\s+)?(?:(?:fiscal\\s+)?(?:19|20)\\d\\d\\b|(?:fiscal(?:\\s+year)?\\s*|FY\\s?)${APOS}?(?:(?:19|20)\\d\\d|\\d\\d)\\b|${APOS}\\d\\d\\b))?`;

/** "Q4 of '18", "H2 of fiscal 2031": the year after a part of it. */
const OF_YEAR = `\\s+of\\s+(?:fiscal\\s+)?(?:(?:19|20)\\d\\d|${APOS}\\d\\d)\\b`;
/** Alternatives tried at a candidate position; the first that matches wins, so longer forms come first. */
const CORE_PARTS: [string, string][] = [
  // Quarters, halves and fiscal years.
  [
    'q',
    `\\bF[Qq][1-4](?:${OF_YEAR}|\\s?${APOS}?(?:(?:19|20)\\d\\d|\\d\\d)\\b)?|\\b[Qq][1-4](?:${OF_YEAR}|\\s?(?:${APOS}|FY|F)?\\s?(?:(?:19|20)\\d\\d|\\d\\d)\\b)?|\\b[1-4]Q(?:\\s?(?:FY\\s?)?${APOS}?\\d\\d(?:\\d\\d)?)?\\b|\\b${QUARTER_WORD}\\b${YEAR_TAIL}`,
  ],
  ['h', `\\b(?:[Hh][12]|[12][Hh])(?:${OF_YEAR}|\\s?${APOS}?(?:(?:19|20)\\d\\d|\\d\\d))?\\b|\\b(?:first|second|back|front)\\s+half\\b${YEAR_TAIL}`],
  // "the first nine months of 2024": a year to date at the third quarter's end.
  ['9m', `\\b(?:first\\s+)?(?:nine|9)\\s+months\\b${YEAR_TAIL}`],
  ['fy', `\\b(?:FY|fiscal(?:\\s+year)?|full[\\s-]year)\\s?${APOS}?(?:(?:19|20)\\d\\d|\\d\\d)\\b`],
  // Calendar dates and clock times.
  [
    'date',
    `\\b(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+(?:19|20)\\d\\d\\b)?|\\b(?:${MONTHS})\\s+(?:of\\s+)?(?:19|20)\\d\\d\\b|\\b\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})\\b`,
  ],
  ['time', `\\b\\d{1,2}:\\d\\d(?:\\s?[AaPp]\\.?[Mm]\\.?)?`],
  // Product and model numbers: BLM 1500, F135, F-35, V2500.
  ['prod', `\\b(?!(?:${ISO_CODES}|FY|Q|H)\\b)(?:[A-Z]{2,5}\\s\\d{3,5}\\b|[A-Z]{1,5}-?\\d{1,5}[A-Za-z]{0,4}\\b)(?!\\.\\d)`],
  // Word figures.
  ['be', `\\bbreak[\\s-]?even\\b|\\bbreakeven\\b`],
  ['flat', `\\bflat\\b`],
  [
    'digits',
    `\\b(?:(?:low|mid|high|upper|lower)[\\s-]+)?(?:single|double|triple)[\\s-]+digits?\\b|\\b(?:low|mid|high|upper)[\\s-]+(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b`,
  ],
  ['card', `\\b${CARDINAL}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\\b`],
  // Ordinals and plain numbers, possibly with a currency before them.
  ['ord', `\\b\\d+(?:st|nd|rd|th)\\b`],
  ['num', `(?:${CURRENCY}\\s?-?|(?<![\\w.,])-?)(?:${NUMBER})`],
];
/** Which alternative matched, by capture group (1-based): plain groups, as named ones cost a `groups` object per match. */
const CORE_KINDS = CORE_PARTS.map(([kind]) => kind);
const CORE = new RegExp(
  CORE_PARTS.map(([, source]) => `(${source})`).join('|'),
  // Case-insensitive for words ("First quarter", "FEBRUARY 05"); product codes are checked for capitals.
  'yi',
);

/**
 * Where CORE can start: a digit, a currency, "-" or "." before a digit, the first letters of one of
 * its words, or a code: up to five letters at a word's start, then a digit, maybe after "-" or " "
 * ("Q4", "F135", "F-35", "BLM 1500", and so "DKK 45 billion"). Trying CORE only there keeps the scan
 * fast on long documents.
 * The regex finds all but codes; a code is found from the digit it leads to (codeBefore), as trying
 * "up to five letters, then a digit" at every word was the slowest part of the scan.
 */
const CANDIDATE = new RegExp(
  `[\\d$€£¥₹\\\\]|[-.](?=\\d)|\\bRs\\.(?=\\s?\\d)|\\b(?:US|EUR|GBP|CAD|JPY|CHF|[CA]\\$|FY|fiscal|full|first|second|third|fourth|back|front|${MONTH_STARTS}|break|flat|low|mid|high|upper|lower|single|double|triple|${CARDINAL.slice(3, -1)})`,
  'gi',
);

/** The first place at or after `from` where CORE can start, or -1. */
function nextCandidate(text: string, from: number): number {
  CANDIDATE.lastIndex = from;
  const c = CANDIDATE.exec(text);
  if (!c) return -1;
  // A code before the place found leads to its "-" or digit: nothing between them stops the regex.
  const code = codeBefore(text, c.index);
  return code >= from ? code : c.index;
}

/** Where the code that leads to text[at] (a digit, or a "-" before one) starts, or -1. */
function codeBefore(text: string, at: number): number {
  let end = at;
  const c = text.charCodeAt(at);
  if (isDigit(c)) {
    const sep = text.charCodeAt(at - 1);
    if (sep === 45 || sep === 32) end = at - 1; // "-" or " " between the letters and the digit
  } else if (c !== 45) return -1;
  let start = end;
  while (start > 0 && end - start <= 5 && isLetter(text.charCodeAt(start - 1))) start--;
  const n = end - start;
  // One to five letters that start a word (a word character before them would make them no start).
  if (n < 1 || n > 5 || (start > 0 && isWordChar(text.charCodeAt(start - 1)))) return -1;
  return start;
}

// "Rs 1,200 crore", "₹45 lakh": India's scales, ten million and a hundred thousand.
const scaleAt = gated(/(?:\s?(thousand|million|billion|trillion|mn|mm|bn|MM|crores?|lakhs?|lacs?)\b|(k|K|m|M|b|B|bn)\b)/y, 'tmbMkKBcl', 'tmbMcl');
const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  mm: 1e6,
  billion: 1e9,
  b: 1e9,
  bn: 1e9,
  trillion: 1e12,
  crore: 1e7,
  crores: 1e7,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
};
// "a 3-point decline", "a 4-day week": a hyphen may join the unit.
const unitAt = gated(
  /[\s-]?(?:(%|percent\b|per\s?cent\b|pct\b)|((?:percentage\s)?points?\b|pts?\b)|(basis\spoints?\b|bps\b|bp\b)|(x\b|times\b)|(days?|weeks?|months?|years?|quarters?|[gq]uarters?|hours?)\b)/iy,
  '%pPbBxXtTdDwWmMyYqQgGhH-',
  '%pPbBxXtTdDwWmMyYqQgGhH',
);
const perShareAt = gated(/\s?(?:a|per|for\s+each)\s+(?:fully[\s-]+)?(?:diluted\s+|basic\s+)?(?:common\s+)?share\b/y, 'apf', 'apf');
/** A counted noun, with at most one word before it: "50 employees", "50m paid subscribers". */
const pluralNounAt = gated(/\s(?:[a-z][a-z-]*\s)?([a-z][a-z-]{2,}s)\b/y, '', 'abcdefghijklmnopqrstuvwxyz');
const NOT_NOUNS = new Set([
  'was',
  'has',
  'is',
  'as',
  'its',
  'this',
  'thus',
  'plus',
  'less',
  'across',
  'previous',
  'various',
  'versus',
  'always',
  'sometimes',
  'perhaps',
  'whereas',
  'unless',
  'process',
  'business',
  'progress',
  'access',
  'address',
  'basis',
  'analysis',
  'emphasis',
  'bonus',
  'focus',
  'gas',
  'yes',
  'does',
  'goes',
  'means',
  'includes',
  'represents',
  'remains',
  'seems',
  'looks',
  'makes',
  'takes',
  'gives',
  'shows',
  'comes',
  'becomes',
  'reflects',
  'continues',
  'expects',
  'needs',
  'helps',
  'grows',
  'runs',
  'stands',
  'gets',
  'depends',
  'serves',
  'brings',
  'results',
  'towards',
  'afterwards',
  'plays',
  'pays',
  'sales',
  'revenues',
  'earnings',
  'margins',
  'expenses',
  'operations',
  'thanks',
  'ones',
  'others',
  'ends',
  'begins',
  'decreases',
  'increases',
  'declines',
  'improves',
  'adds',
  'covers',
  'enables',
  'drives',
]);
const DURATION_UNITS: Record<string, string> = {
  day: 'days',
  week: 'weeks',
  month: 'months',
  year: 'years',
  quarter: 'quarters',
  guarter: 'quarters',
  hour: 'hours',
};
const approxBefore = tailExec(
  /(?:^|[\s(])((?:just|slightly|somewhat|well|a\s+little|a\s+bit)\s+(?:over|under|above|below|more\s+than|less\s+than|shy\s+of)|approximately|approx\.|about|around|roughly|nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than|greater\s+than|at\s+least|at\s+most|up\s+to|upwards\s+of|close\s+to|in\s+excess\s+of|north\s+of|south\s+of|circa|some|~|(?:the\s+)?(?:low|mid|high|upper))\s*$/i,
);
const inTheBefore = tailExec(/(?:^|\s)in\s+the\s+(?:(low|mid|high|upper)[\s-]+)?$/i);
const rangeWordAt = gated(/\s+range\b/y, '', '*');
const fromBefore = tailTest(/(?:^|\s)(?<!\brang(?:e|es|ed|ing)\s)from\s+(?:about\s+|approximately\s+|around\s+)?$/i);
/** After "from X", "to Y to …": the range X to Y is what moves, to the figure after. */
function movesOnFrom(text: string, at: number): boolean {
  const join = rangeJoinAt(text, at);
  const b = join && readAmount(text, at + join[0].length);
  return Boolean(b) && MOVES_ON.test(text.slice(b!.end, b!.end + 40));
}
/** Between the outlook moved from and the one moved to: " to ", " per share to a new range of ". */
const MOVES_TO_WORDS = String.raw`^\s*(?:per\s+share\s*)?,?\s*to\s+(?:an?\s+(?:new\s+|revised\s+|updated\s+)?range\s+of\s+)?(?:about\s+|approximately\s+)?`;
export const MOVES_TO = new RegExp(`${MOVES_TO_WORDS}$`, 'i');
const MOVES_ON = new RegExp(`${MOVES_TO_WORDS}[$€£¥\\d]`, 'i');
/** An apostrophe as typed or autocorrected: "fiscal ‘18" comes with an opening quote as often as a closing one. */
const APOSTROPHE = /['\u2018\u2019]/;
const YEAR_SUFFIX = /^(?:[\w%]|\.\d)/;
const zeroToBefore = tailExec(/(?:^|\s)(zero\s+(?:to|and)\s+)$/i);
const betweenBefore = tailTest(/(?:^|\s)between\s+$/i);
const directionBefore = tailExec(/(?:^|\s)(down|up|negative|minus|plus)\s+$/i);
const rangeJoinAt = gated(
  new RegExp(`\\s*(?:to|through|-|–|—|and)\\s*(?:(down|up|negative|minus|plus|positive)\\s+)?(?=[\\d.$\\\\€£¥]|US|${ISO_CODES})`, 'y'),
  't-–—a',
  '*',
);
// "15% plus or minus 3%", also with the growth's base between: "15% sequentially, plus or minus 3%".
const plusMinusAt = gated(
  /(?:,?\s+(?:sequentially|year[- ]over[- ]year|quarter[- ]over[- ]quarter|respectively))?,?\s*(?:plus\s+or\s+minus|\+\/-|±)\s*/y,
  ',p+±',
  '*',
);
const cardinalRangeAt = gated(new RegExp(`\\s+(?:to|or)\\s+(${CARDINAL})\\b`, 'y'), '', '*');
const wordDigitsRangeAt = gated(
  new RegExp(
    `\\s+to\\s+(?:the\\s+)?((?:(?:low|mid|high|upper|lower)[\\s-]+)?(?:single|double|triple)[\\s-]+digits?|(?:low|mid|high|upper)[\\s-]+(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b`,
    'y',
  ),
  '',
  '*',
);

// Regexes of the hot paths are made once here: a literal in a function body is a new object per call.
const COMMAS = /,/g;
const PLURAL_S = /s$/;
const SINGULAR_END = /(?:ss|us|is)$/;
const PERCENT_WORD = /^\s?(?:per\s)?(?:percentage|percent)/i;
const DASH = /-|–|—/;
const SPACE = /\s/;
const NOT_A_NAME = /^(?:Q|H|FY|[A-Z]+S)$/;
const YEAR_AS_AMOUNT = /\s?(?:%|percent\b|million\b|billion\b|thousand\b|bps\b|basis\b|days\b|[a-z]+s\b)/iy;
const YEAR_RANGE = /\s?(?:-|–|to|through)\s?((?:19|20)\d\d)\b/y;

/** The value of a NUMBER: digits, thousands commas, a decimal point. */
function numberValue(digits: string): number {
  return Number(digits.includes(',') ? digits.replace(COMMAS, '') : digits);
}

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * A sticky regex tried only where its match can begin: on one of the characters `first`, or on white
 * space followed by one of `spaced` ('*': by anything). What follows most numerals starts none of
 * them, and looking costs less than the call.
 */
function gated(re: RegExp, first: string, spaced: string): (text: string, at: number) => RegExpExecArray | null {
  return (text, at) => {
    // Each index is checked against text.length just before it is read.
    if (at < text.length && !first.includes(text[at]!)) {
      if (!isSpace(text.charCodeAt(at))) return null;
      if (spaced !== '*' && !(at + 1 < text.length && spaced.includes(text[at + 1]!))) return null;
    }
    return stickyAt(re, text, at);
  };
}

function blank(start: number, end: number, kind: NumeralKind, unit: string): Numeral {
  return { start, end, kind, value: null, low: null, high: null, unit, approx: null, perShare: false, sign: 0, period: null, partOfYear: null, word: null };
}

type Span = [number, number];

/** Low/high of "low double digits", "high teens", "mid-single digits". */
function digitsBounds(phrase: string): Span {
  const p = phrase.toLowerCase();
  const pos = /\b(low|lower)\b/.test(p) ? 0 : /\bmid\b/.test(p) ? 1 : /\b(high|upper)\b/.test(p) ? 2 : -1;
  const decade = /(teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)/.exec(p)?.[1];
  // DECADES has every name the pattern matches: tens is known exactly when a decade is named.
  const tens = decade === undefined ? undefined : DECADES[decade];
  // low / mid / high thirds of each span, as analysts use them ("high teens" is 17–19%).
  let thirds: [Span, Span, Span];
  if (decade === 'teens')
    thirds = [
      [13, 14],
      [15, 16],
      [17, 19],
    ];
  else if (tens !== undefined)
    thirds = [
      [tens, tens + 3],
      [tens + 4, tens + 6],
      [tens + 7, tens + 9],
    ];
  else if (/single/.test(p))
    thirds = [
      [1, 3],
      [4, 6],
      [7, 9],
    ];
  else if (/double/.test(p))
    thirds = [
      [10, 13],
      [14, 16],
      [17, 19],
    ];
  else
    thirds = [
      [100, 399],
      [400, 699],
      [700, 999],
    ];
  if (pos !== -1) return thirds[pos];
  return /double/.test(p) ? [10, 99] : [thirds[0][0], thirds[2][1]];
}

/** Reads the amount at `start` (a NUMBER with optional currency); returns null when no digits there. */
interface Amount {
  end: number;
  value: number;
  currency: string | null;
  scale: number;
  unit: string | null;
  kind: NumeralKind;
  perShare: boolean;
  noun: boolean;
}

const AMOUNT = new RegExp(`(${CURRENCY})?\\s?(-)?(${NUMBER})`, 'y');

function readAmount(text: string, start: number): Amount | null {
  const m = stickyAt(AMOUNT, text, start);
  if (!m) return null;
  let end = start + m[0].length;
  const currency = m[1] ? currencyCode(m[1]) : null;
  let value = numberValue(m[3]!) * (m[2] ? -1 : 1); // group 3, the number, is in every match
  let scale = 1;
  const s = scaleAt(text, end);
  // A bare letter scale only written against the number ("$5m", "50m", "1.2B"), never "5 M" in prose.
  if (s) {
    // One of the two groups is the match; SCALES has every word either takes.
    scale = SCALES[(s[1] ?? s[2])!.toLowerCase()]!;
    end += s[0].length;
  }
  value *= scale;
  // "3.4 billion dollars", "40 million pounds", "45 cents": the currency said after the amount.
  // "won" and "pounds" weigh and win too: only after a scale ("1.2 trillion won") are they money.
  const word = currency ? null : currencyWordAt(text, end);
  const said = word && (scale > 1 || (word.code !== 'KRW' && word.code !== 'GBP')) ? word : null;
  if (said) {
    end += said[0].length;
    if (said.code === 'cents') value /= 100;
  }
  const money = currency ?? (said ? (said.code === 'cents' ? 'USD' : said.code) : null);
  let unit: string | null = money;
  let kind: NumeralKind = money ? 'money' : 'number';
  let perShare = false;
  let noun = false;
  if (!money) {
    const u = unitAt(text, end);
    if (u) {
      end += u[0].length;
      if (u[1]) [unit, kind] = ['%', 'percent'];
      else if (u[2]) [unit, kind] = ['pt', 'points'];
      else if (u[3]) [unit, kind] = ['bps', 'bps'];
      else if (u[4]) [unit, kind] = ['x', 'multiple'];
      // Group 5 is the alternative left; DURATION_UNITS has the singular of each of its words.
      else [unit, kind] = [DURATION_UNITS[u[5]!.toLowerCase().replace(PLURAL_S, '')]!, 'duration'];
    }
  }
  if (kind === 'money') {
    const p = perShareAt(text, end);
    if (p) {
      perShare = true;
      end += p[0].length;
    }
  }
  if (kind === 'number' && scale === 1) {
    const n = pluralNounAt(text, end);
    // Group 1, the noun, is in every match of pluralNounAt (here and below).
    if (n && !NOT_NOUNS.has(n[1]!.toLowerCase()) && !SINGULAR_END.test(n[1]!)) {
      [unit, kind, noun] = ['count', 'count', true];
      end += n[0].length;
    } else if (scale === 1 && !currency && s && s[1]) {
      // "2 million people" keeps its scale; handled above. Nothing else to read.
    }
  } else if (kind === 'number' && scale > 1) {
    const n = pluralNounAt(text, end);
    if (n && !NOT_NOUNS.has(n[1]!.toLowerCase())) {
      [unit, kind, noun] = ['count', 'count', true];
      end += n[0].length;
    } else [unit, kind] = ['count', 'count'];
  }
  return { end, value, currency: money, scale, unit, kind, perShare, noun };
}

/** Currencies named in words after an amount, by code ("cents" are hundredths of a dollar). */
const CURRENCY_WORDS: [RegExp, string][] = [
  [/^(?:canadian|c)\s+dollars?$/, 'CAD'],
  [/^(?:australian|a)\s+dollars?$/, 'AUD'],
  [/^(?:hong\s+kong)\s+dollars?$/, 'HKD'],
  [/^(?:singapore)\s+dollars?$/, 'SGD'],
  [/^(?:new\s+zealand)\s+dollars?$/, 'NZD'],
  [/^(?:us\s+|u\.s\.\s+)?dollars?$/, 'USD'],
  [/^cents?$/, 'cents'],
  [/^euros?$/, 'EUR'],
  [/^pounds?(?:\s+sterling)?$|^sterling$/, 'GBP'],
  [/^yen$/, 'JPY'],
  [/^(?:yuan|renminbi)$/, 'CNY'],
  [/^(?:swiss\s+)?francs?$/, 'CHF'],
  [/^(?:danish\s+)?kroner$/, 'DKK'],
  [/^(?:swedish\s+)?kronor$/, 'SEK'],
  [/^rupees?$/, 'INR'],
  [/^won$/, 'KRW'],
  [/^reais$/, 'BRL'],
  [/^(?:mexican\s+)?pesos?$/, 'MXN'],
];
const CURRENCY_WORD =
  /\s(?:u\.s\.\s|us\s|canadian\s|australian\s|hong\skong\s|singapore\s|new\szealand\s|swiss\s|danish\s|swedish\s|mexican\s)?(?:dollars?|cents?|euros?|pounds?(?:\ssterling)?|sterling|yen|yuan|renminbi|francs?|kroner|kronor|rupees?|won|reais|pesos?)\b/iy;

/** The currency named right after an amount, and its code; null when none is. */
function currencyWordAt(text: string, at: number): (RegExpExecArray & { code: string }) | null {
  if (at >= text.length || !isSpace(text.charCodeAt(at))) return null;
  const m = stickyAt(CURRENCY_WORD, text, at);
  if (!m) return null;
  const words = m[0].trim().toLowerCase().replace(/\s+/g, ' ');
  const code = CURRENCY_WORDS.find(([re]) => re.test(words))?.[1];
  return code ? Object.assign(m, { code }) : null;
}

const ISO_CODE = new RegExp(ISO_CODES);

function currencyCode(sign: string): string {
  const has = (s: string) => sign.includes(s);
  if (has('€') || has('EUR')) return 'EUR';
  if (has('£') || has('GBP')) return 'GBP';
  if (has('¥') || has('JPY')) return 'JPY';
  if (has('CAD') || has('C$')) return 'CAD';
  if (has('A$')) return 'AUD';
  if (has('₹') || has('Rs')) return 'INR';
  if (has('CHF')) return 'CHF';
  const code = ISO_CODE.exec(sign);
  return code ? code[0] : 'USD';
}

/** /^(?:19|20)\d\d$/ */
function isYear(digits: string): boolean {
  if (digits.length !== 4 || !isDigit(digits.charCodeAt(2)) || !isDigit(digits.charCodeAt(3))) return false;
  const century = digits.slice(0, 2);
  return century === '19' || century === '20';
}

/** The qualifier written just before `start` ("around", "less than", "in the … range"). */
function qualifierBefore(text: string, start: number): { approx: string | null; between: boolean; inThe: string | null; sign: -1 | 0 | 1; negative: boolean } {
  let rest = text.slice(Math.max(0, start - 40), start);
  let sign: -1 | 0 | 1 = 0;
  let negative = false;
  const d = directionBefore(rest);
  if (d) {
    const w = d[1]!.toLowerCase(); // group 1, the word, is in every match
    // "negative \$106 million", "minus 2%": the number itself is below zero; "down 2%" is a fall of 2.
    negative = w === 'negative' || w === 'minus';
    sign = w === 'down' || negative ? -1 : 1;
    rest = rest.slice(0, d.index + 1);
  }
  const inThe = inTheBefore(rest);
  const a = approxBefore(rest);
  // Group 1, the qualifier, is in every match of approxBefore.
  const approx = a ? a[1]!.replace(/\s+/g, ' ').replace(/^the /, '').toLowerCase() : null;
  if (a) rest = rest.slice(0, a.index + 1);
  return { approx, between: betweenBefore(rest), inThe: inThe ? (inThe[1] ?? '').toLowerCase() : null, sign, negative };
}

/** `before` without the qualifier it ends with ("a decline of around " → "a decline of "). */
export function withoutQualifier(before: string): string {
  const a = approxBefore(before);
  return a ? before.slice(0, a.index + 1) : before;
}

/** Scans `text` for numerals; offsets are into `text`. */
/**
 * Text that is not prose, whose digits are no figures: markup such as the export's
 * `<Sync id="L192"time="00:29:40"/>` tags, and token-per-line data records (`word|0|12.5|…`).
 */
const NOT_PROSE = /<[A-Za-z/!?][^<>\r\n]{0,400}>|^[^|\s]+(?:\|[^|\r\n]*){4,}$/gm;

export function scanNumerals(text: string): Numeral[] {
  const out: Numeral[] = [];
  NOT_PROSE.lastIndex = 0;
  // Both kinds of non-prose need their "<" or "|": most texts have neither and skip that scan.
  let skip = text.includes('<') || text.includes('|') ? NOT_PROSE.exec(text) : null;
  for (let start = nextCandidate(text, 0), next = 0; start >= 0; start = nextCandidate(text, next)) {
    while (skip && skip.index + skip[0].length <= start) {
      if (skip[0].length === 0) NOT_PROSE.lastIndex++;
      skip = NOT_PROSE.exec(text);
    }
    if (skip && skip.index <= start) {
      next = skip.index + skip[0].length;
      continue;
    }
    next = start + 1;
    CORE.lastIndex = start;
    const m = CORE.exec(text);
    if (!m) continue;
    let i = 1;
    while (i < CORE_KINDS.length && m[i] === undefined) i++;
    const g = CORE_KINDS[i - 1];
    let n: Numeral | null;
    if (g === 'q') n = quarter(m[0], start);
    else if (g === 'h') n = half(m[0], start);
    else if (g === '9m') n = nineMonths(m[0], start);
    else if (g === 'fy') {
      n = blank(start, start + m[0].length, 'fiscal-year', 'date');
      const y = fullYear(TRAILING_DIGITS.exec(m[0])![1]!); // 'fy' ends in the year's digits
      n.value = y;
      n.period = fiscalYear(y);
    } else if (g === 'date' && !MAY.test(m[0])) {
      n = blank(start, start + m[0].length, 'date', 'date');
      const y = YEAR_WORD_AT_END.exec(m[0]);
      if (y) n.value = Number(y[1]);
    } else if (g === 'time') n = blank(start, start + m[0].length, 'time', 'time');
    else if (g === 'prod') n = PRODUCT_CODE.test(m[0]) ? blank(start, start + m[0].length, 'product', 'product') : null;
    else if (g === 'be') {
      n = blank(start, start + m[0].length, 'word', 'USD');
      n.value = 0;
      n.word = 'break even';
    } else if (g === 'flat') n = flat(text, start, m[0].length);
    else if (g === 'digits') n = digits(text, start, m[0]);
    else if (g === 'card') n = cardinal(text, start, m[0]);
    else if (g === 'ord') {
      n = blank(start, start + m[0].length, 'ordinal', 'ordinal');
      n.value = parseInt(m[0], 10);
    } else n = amount(text, start, m[0]);
    // Not a numeral here after all ("in 2012" read as a code, "may 5"): rescan from the next character.
    if (!n) continue;
    const prev = out[out.length - 1];
    if (prev && n.spread) spreadOverPair(prev, n, text);
    out.push(n);
    next = Math.max(n.end, start + 1);
  }
  return out;
}

const PAIR_GAP = /^\s*and\s*$/i;

/** "63.6% and 63.5%, respectively, plus or minus 50 basis points": the spread is each one's. */
function spreadOverPair(p: Numeral, n: Numeral, text: string): void {
  if (p.spread || p.low !== null || p.value === null || n.value === null || n.low === null || n.high === null || p.kind !== n.kind) return;
  if (!PAIR_GAP.test(text.slice(p.end, n.start))) return;
  // A spread in percent of an amount is relative; one in points or in the amount's unit is a width.
  const relative = n.spread!.unit === '%' && n.kind !== 'percent';
  const half = (n.high - n.low) / 2;
  const width = relative && n.value !== 0 ? Math.abs(p.value) * (half / Math.abs(n.value)) : half;
  p.low = p.value - width;
  p.high = p.value + width;
  p.spread = n.spread;
}

const TRAILING_DIGITS = /(\d+)$/;
const MAY = /^may\b/;
const YEAR_WORD_AT_END = /\b((?:19|20)\d\d)$/;
/** The year a quarter or half phrase ends in: "of 2018", "of fiscal '18". */
const YEAR_AT_END = /(?:^|[^\d])((?:19|20)\d\d|(?<=(?:fiscal|FY|year|['\u2018\u2019])\s?['\u2018\u2019]?)\d\d)$/i;
const PRODUCT_CODE = /^[A-Z]+[- ]?\d+(?:[A-Z]*|[a-z]{2,4})$/;
const QUARTER_CODE = /^F?Q([1-4])|^([1-4])Q/i;
const QUARTER_CODE_YEAR = /(?:^F?\S{2}\s?(?:'|FY|F)?\s?'?)(\d{2,4})$/i;
const FIRST_WORD = /^(\w+)/;
const HALF_CODE = /^[Hh]([12])|^([12])[Hh]/;
const HALF_CODE_YEAR = /(\d{2,4})$/;
const HALF_WORD = /^(first|second|back|front)/i;
const FIRST_HALF_WORD = /^(first|front)/i;

function quarter(s: string, start: number): Numeral {
  const n = blank(start, start + s.length, 'quarter', 'date');
  const q = QUARTER_CODE.exec(s);
  // Not a code ("Q4", "4q12", "fq4", in any case), so a phrase whose first word is one of ORDINALS.
  const num = q ? Number(q[1] ?? q[2]) : ORDINALS[FIRST_WORD.exec(s)![1]!.toLowerCase()]!;
  n.partOfYear = { part: 'Q', n: num };
  n.value = num;
  const y = q ? QUARTER_CODE_YEAR.exec(s) : YEAR_AT_END.exec(s);
  if (y) n.period = quarterOf(num, fullYear(y[1]!)); // both year patterns end in group 1, the year
  return n;
}

function nineMonths(s: string, start: number): Numeral {
  const n = blank(start, start + s.length, 'half', 'date');
  n.partOfYear = { part: '9M', n: 1 };
  n.value = 9;
  const y = YEAR_AT_END.exec(s);
  if (y) n.period = nineMonthsOf(fullYear(y[1]!)); // group 1, the year, is in every match
  return n;
}

function half(s: string, start: number): Numeral {
  const n = blank(start, start + s.length, 'half', 'date');
  const h = HALF_CODE.exec(s);
  const word = HALF_WORD.exec(s);
  // Not a code, so the phrase starts with one of HALF_WORD's words, its group 1.
  const num = h ? Number(h[1] ?? h[2]) : FIRST_HALF_WORD.test(word![1]!) ? 1 : 2;
  n.partOfYear = { part: 'H', n: num };
  n.value = num;
  const y = h ? HALF_CODE_YEAR.exec(s.slice(2)) : YEAR_AT_END.exec(s);
  if (y) n.period = halfOf(num, fullYear(y[1]!)); // both year patterns end in group 1, the year
  return n;
}

/** "flat" states a value only where something is or stays flat, not "flat panel". */
function flat(text: string, start: number, len: number): Numeral | null {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(start + len, start + len + 30);
  const states =
    /\b(?:be|been|being|was|were|is|are|remain(?:ed|s)?|stay(?:ed|s)?|stayed|held|hold|kept|keep|roughly|relatively|essentially|basically|largely|approximately|about|pretty|fairly|broadly|mostly|come in|came in|ended|end|to)\s+$/i.test(
      before,
    ) ||
    /^\s*(?:year[- ]over[- ]year|sequentially|versus|vs\.?|compared|to\s+(?:slightly\s+)?(?:up|down)|in\s+(?:Q\d|the\s+\w+\s+quarter|20\d\d))/i.test(after);
  if (!states) return null;
  const n = blank(start, start + len, 'word', '%');
  n.value = 0;
  n.word = 'flat';
  // "flat to up 1%", "flat to down 2%": a range from nothing to the change named, its number part of it.
  const span = FLAT_SPAN.exec(after);
  if (span) {
    // "flat to a positive one": the change said as a word, in the same percent.
    const by = span[2] !== undefined ? Number(span[2]) : SMALL_WORDS.indexOf(span[3]!.toLowerCase()) + 1;
    [n.low, n.high] = /down|lower|negative|minus/i.test(span[1]!) ? [-by, 0] : [0, by];
    n.value = (n.low + n.high) / 2;
    n.end += span[0].length;
    return n;
  }
  // "flat to down": at most flat; "flat to slightly up": at least flat.
  const toward = FLAT_TOWARD.exec(after);
  if (toward) {
    n.end += toward[0].length;
    n.approx = /up|higher/i.test(toward[1]!) ? 'at least' : 'at most';
  }
  return n;
}

const SMALL_WORDS = ['one', 'two', 'three', 'four', 'five'];
const FLAT_SPAN =
  /^\s*to\s+(?:(?:an?\s+)?(?:slightly\s+|modestly\s+)?(up|down|higher|lower|positive|negative|plus|minus)\s+)(?:about\s+|approximately\s+|roughly\s+)?(?:(\d+(?:\.\d+)?)\s*(?:%|percent\b)|(one|two|three|four|five)\b(?!\s*[\d-]))/i;
const FLAT_TOWARD = /^\s*to\s+(?:slightly\s+|modestly\s+)?(down|up|lower|higher)\b/i;

function digits(text: string, start: number, phrase: string): Numeral {
  const n = blank(start, start + phrase.length, 'word', '%');
  n.word = 'digits';
  const [lo, first] = digitsBounds(phrase);
  const r = wordDigitsRangeAt(text, n.end);
  const hi = r ? digitsBounds(r[1]!)[1] : first; // group 1, the phrase, is in every match
  if (r) n.end += r[0].length;
  n.low = lo;
  n.high = hi;
  n.value = (lo + hi) / 2;
  n.approx = phrase.split(/[\s-]/)[0]!.toLowerCase(); // split gives at least one part
  if (!/^(low|mid|high|upper|lower)$/.test(n.approx)) n.approx = 'about';
  return n;
}

const cardinalUnitAt = gated(/\s(?:(?:more|additional|full|consecutive|straight|solid|new)\s)?(days?|weeks?|months?|years?|[qg]uarters?)\b/iy, '', '*');

/** Spelled-out cardinals count only where they count something: "two months", "three to five years". */
function cardinal(text: string, start: number, word: string): Numeral | null {
  const valueOf = (w: string) =>
    w
      .toLowerCase()
      .split('-')
      .reduce((s, p) => s + CARDINALS[p]!, 0); // each part is a word of CARDINAL or of its -one…-nine
  let end = start + word.length;
  const value = valueOf(word);
  let high: number | null = null;
  const r = cardinalRangeAt(text, end);
  if (r) {
    high = valueOf(r[1]!); // group 1, the word, is in every match
    end += r[0].length;
  }
  const u = cardinalUnitAt(text, end);
  const noun = u ? null : pluralNounAt(text, end);
  // Group 1 is in every match: the noun of pluralNounAt, the unit word of cardinalUnitAt (which
  // DURATION_UNITS has the singular of).
  if (!u && !(noun && !NOT_NOUNS.has(noun[1]!.toLowerCase()) && !SINGULAR_END.test(noun[1]!))) return null;
  if (word.toLowerCase() === 'one' && !u) return null;
  const m = u ?? noun!;
  const n = blank(start, end + m[0].length, u ? 'duration' : 'count', u ? DURATION_UNITS[u[1]!.toLowerCase().replace(PLURAL_S, '')]! : 'count');
  n.value = high === null ? value : (value + high) / 2;
  n.low = high === null ? null : value;
  n.high = high;
  n.approx = qualifierBefore(text, start).approx;
  return n;
}

/** Plain numbers that name things rather than measure them: "slide 9", "Tier 1", "Form 10". */
const labelBefore = tailTest(
  /\b(?:slides?|pages?|tiers?|chapter|items?|versions?|forms?|sections?|numbers?|no\.?|rule|phase|level|step|class|category|group|stage|part|exhibit|table|chart|appendix)\s+$/i,
);

/** Capitalised words that may stand right before a quantity; any other name makes it a version. */
const NOT_NAMES = new Set([
  'In',
  'On',
  'At',
  'Of',
  'By',
  'For',
  'To',
  'From',
  'And',
  'Or',
  'But',
  'The',
  'A',
  'An',
  'About',
  'Approximately',
  'Around',
  'Over',
  'Under',
  'Nearly',
  'Almost',
  'With',
  'Than',
  'Only',
  'Just',
  'Some',
  'Up',
  'Down',
  'Was',
  'Were',
  'Is',
  'Are',
  'Of',
  'Roughly',
  'Since',
  'Until',
  'Through',
  'During',
  'Between',
  'Plus',
  'Minus',
  'Less',
  'More',
  'Another',
  'All',
  'Each',
  'Every',
  'Top',
  'Last',
  'Next',
  'First',
  'Total',
  'Adding',
  'Added',
  'We',
  'They',
  'It',
  'I',
  'You',
  'Also',
  'So',
  'Then',
  'Now',
  'Yes',
  'No',
  'Okay',
  'OK',
  'Well',
  'Thanks',
  'Thank',
  'Revenue',
  'Sales',
]);

const nameBefore = tailExec(/(?:^|[^\w.,;:])([A-Z][a-zA-Z]+) $/);

/** A bare number right after a name is a version or model: "Office 365", "Verizon 2.0", "Xbox 360". */
function namedBefore(text: string, start: number): boolean {
  const m = nameBefore(text.slice(Math.max(0, start - 24), start));
  return m !== null && !NOT_NAMES.has(m[1]!) && !NOT_A_NAME.test(m[1]!); // group 1, the name, is in every match
}

const MID_SENTENCE_NAME = /[a-z0-9,]\s+[A-Z][a-zA-Z]+ $/;

/** "1." or "2)" opening a line is a list marker, not a figure. */
const LIST_MARKER = /^\d{1,2}[.)]\s/;

function amount(text: string, start: number, core: string): Numeral | null {
  const digitFirst = isDigit(text.charCodeAt(start));
  if (digitFirst && LIST_MARKER.test(text.slice(start, start + 4)) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 40), start))) return null;
  const digitsOnly = digitFirst ? core : core.replace(/^\D+/, '');
  if (core === digitsOnly && labelBefore(text.slice(Math.max(0, start - 12), start))) {
    const n = blank(start, start + core.length, 'label', 'label');
    n.value = Number(digitsOnly.replace(COMMAS, ''));
    return n;
  }
  // "15 Global 2000 organizations", "the Russell 2000": a year-like number after a name names the thing.
  if (isYear(digitsOnly) && core === digitsOnly && namedBefore(text, start) && MID_SENTENCE_NAME.test(text.slice(Math.max(0, start - 40), start))) {
    return blank(start, start + core.length, 'product', 'product');
  }
  // "growth, '17 to '16": an abbreviated year, not a number (not "'90s").
  if (core === digitsOnly && digitsOnly.length === 2 && APOSTROPHE.test(text.charAt(start - 1)) && !YEAR_SUFFIX.test(text.slice(start + 2, start + 4))) {
    const n = blank(start - 1, start + 2, 'year', 'date');
    n.value = 2000 + Number(digitsOnly);
    n.period = fiscalYear(n.value);
    return n;
  }
  // A bare year: 2012, not followed by a unit that makes it an amount.
  if (isYear(digitsOnly) && core === digitsOnly) {
    const after = stickyAt(YEAR_AS_AMOUNT, text, start + core.length);
    if (!after || (/^\s?[a-z]+s$/i.test(after[0]) && !/^\s?(?:days|units|shares|customers|employees|people|ports|subscribers|lines|homes)$/i.test(after[0]))) {
      const n = blank(start, start + core.length, 'year', 'date');
      n.value = Number(digitsOnly);
      n.period = fiscalYear(n.value);
      const r = stickyAt(YEAR_RANGE, text, n.end);
      if (r) {
        n.low = n.value;
        n.high = Number(r[1]);
        n.end += r[0].length;
        n.period = null;
      }
      return n;
    }
  }
  const a = readAmount(text, start);
  if (!a) return null;
  // "BLM 1500", and "Microsoft 365 subscriptions" mid-sentence: a name's number, not a count of
  // what follows ("Today 36 operators" opens a sentence and is a count).
  const named = namedBefore(text, start);
  const midSentenceName = named && /[a-z,]\s+[A-Z][a-zA-Z]+ $/.test(text.slice(Math.max(0, start - 40), start));
  if ((a.kind === 'number' || (a.kind === 'count' && a.noun && midSentenceName)) && a.scale === 1 && core === digitsOnly && named) {
    return blank(start, start + core.length, 'product', 'product');
  }
  // "($12.3) million": an accounts' negative, its scale outside the brackets (an aside "($4.2 billion)"
  // keeps it inside and is no negative).
  const bracketed = a.currency && a.scale === 1 && start > 0 && text[start - 1] === '(' && text[a.end] === ')' ? scaleAt(text, a.end + 1) : null;
  if (bracketed) {
    const scale = SCALES[(bracketed[1] ?? bracketed[2])!.toLowerCase()]!;
    return { ...blank(start - 1, a.end + 1 + bracketed[0].length, 'money', a.unit ?? 'USD'), value: -Math.abs(a.value) * scale };
  }
  const q = qualifierBefore(text, start);
  const n = blank(start, a.end, a.kind, a.unit ?? 'number');
  n.value = a.value;
  n.perShare = a.perShare;
  n.approx = q.approx;
  n.sign = q.sign;
  // Ranges: "$12 million to $15 million", "50 to 55 days", "between 9.9 and 10.1 billion".
  // "from 27% to 31%" is a move from one figure to another, not a range; "range from … to …" is one.
  // Unless it goes on to where it moves: "from \$4.50 to \$4.70 to a new range of \$4.65 to \$4.80" moves a range.
  const join = fromBefore(text.slice(Math.max(0, start - 24), start)) && !movesOnFrom(text, a.end) ? null : rangeJoinAt(text, a.end);
  const andJoin = join && join[0].includes('and');
  let crossing = false;
  if (join && (!andJoin || q.between) && !a.noun) {
    const b = readAmount(text, a.end + join[0].length);
    const bQual = qualifierBefore(text, a.end + join[0].length).approx;
    // "between \$135 million and \$55 million" of a loss runs downwards, as a directed range may.
    if (b && !bQual && rangeFits(a, b, join[0], Boolean(join[1]) || q.between, q.between)) {
      const scale = a.scale === 1 && b.scale > 1 ? b.scale : 1;
      // "down 1% to up 0.5%": each end said with its own direction, a range across zero whose
      // numbers carry their signs (and the direction before the first is no longer the whole's).
      const down = (w: string) => /down|negative|minus/i.test(w);
      crossing = q.sign !== 0 && join[1] !== undefined && q.sign < 0 !== down(join[1]);
      const lo = a.value * scale * (crossing && q.sign < 0 ? -1 : 1);
      const hi = b.value * (crossing && down(join[1]!) ? -1 : 1);
      if (crossing) n.sign = 0;
      n.end = b.end;
      n.low = Math.min(lo, hi);
      n.high = Math.max(lo, hi);
      n.value = (lo + hi) / 2;
      n.kind = a.kind === 'number' ? b.kind : a.kind;
      n.unit = a.unit ?? b.unit ?? 'number';
      n.perShare = a.perShare || b.perShare;
    }
  }
  // "in the range of zero to 3%": a range that starts at a spoken zero.
  if (n.low === null && (a.kind === 'percent' || a.kind === 'money') && n.value !== null && n.value > 0) {
    const from = Math.max(0, start - 14);
    const z = zeroToBefore(text.slice(from, start));
    if (z) {
      n.start = from + z.index + z[0].length - z[1]!.length;
      n.low = 0;
      n.high = n.value;
      n.value = n.value / 2;
    }
  }
  const pm = n.low === null ? plusMinusAt(text, n.end) : null;
  if (pm) {
    const b = readAmount(text, n.end + pm[0].length);
    if (b) {
      // The spread is not the value: "\$2.1 billion, plus or minus 3%" is 3% of it either way, a
      // percentage "plus or minus 50 basis points" half a point; "plus or minus -3" is 3 either way.
      const spread = spreadOf(a, b);
      if (spread !== null) {
        n.low = a.value - spread;
        n.high = a.value + spread;
        n.spread = b.kind === 'bps' ? { value: Math.abs(b.value), unit: 'bps' } : { value: Math.abs(b.value), unit: b.unit ?? a.unit ?? 'number' };
      }
      n.end = b.end;
    }
  }
  if (q.negative && !crossing) negate(n);
  if (q.inThe !== null && rangeWordAt(text, n.end)) n.approx = q.inThe ? `in the ${q.inThe} … range` : 'in the … range';
  if (n.kind === 'number' && PERCENT_WORD.test(text.slice(n.end, n.end + 12))) n.unit = '%';
  return n;
}

/** The half-width of "a plus or minus b" in a's unit, or null when b's unit does not apply to a. */
function spreadOf(a: Amount, b: Amount): number | null {
  const width = Math.abs(b.value);
  if (b.kind === 'percent' && a.kind !== 'percent') return Math.abs(a.value) * (width / 100);
  if (b.kind === 'bps') return a.kind === 'percent' || a.kind === 'points' ? width / 100 : a.kind === 'bps' ? width : null;
  if (b.kind === 'points') return a.kind === 'percent' || a.kind === 'points' ? width : null;
  if (b.kind === 'money' || b.kind === 'number') return b.scale === 1 && a.scale > 1 && b.kind === 'number' ? width * a.scale : width;
  return b.kind === a.kind ? width : null;
}

/** A numeral written below zero ("negative \$106 million", "minus 4% to minus 6%"): value and ends negated. */
function negate(n: Numeral): void {
  if (n.value !== null) n.value = -n.value;
  if (n.low !== null && n.high !== null) [n.low, n.high] = [-n.high, -n.low];
}

/**
 * "X to Y" is a range when Y continues X: same kind, Y above X (or `directed`) but not by an order of
 * magnitude; "between \$100 million and \$700 million" (`between`) says it is one however wide.
 */
function rangeFits(a: Amount, b: Amount, joiner: string, directed: boolean, between: boolean): boolean {
  // "$50-53b": the second end carries the scale the first leaves out.
  const scaledBare = Boolean(a.currency) && b.kind === 'count' && !b.noun && b.scale > 1;
  if (a.kind !== 'number' && b.kind !== 'number' && a.kind !== b.kind && !scaledBare) return false;
  if (a.currency && b.kind !== 'money' && b.kind !== 'number' && !scaledBare) return false;
  if (DASH.test(joiner) && !SPACE.test(joiner) && a.kind === 'number' && b.kind === 'number') return false;
  const lo = a.scale === 1 && b.scale > 1 ? a.value * b.scale : a.value;
  // "down $75 to down $25 million" runs downwards.
  const [from, to] = directed && b.value < lo ? [b.value, lo] : [lo, b.value];
  if (to < from) return false;
  return from <= 0 || between || to / from <= 4;
}
