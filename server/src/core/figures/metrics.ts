// Metric names: where a sentence names a financial metric, and its normalised name, with the segment
// or channel it is qualified by ("International revenue", "revenue … through the Ericsson channel").

export interface MetricMention {
  start: number;
  end: number;
  name: string;
}

/** Head words of metrics, longest first within each family; the name is what the figure reports. */
const HEADS: [RegExp, string][] = [
  [/deferred\s+revenues?/, 'deferred revenue'],
  [/revenues?\s+per\s+(?:user|unit|subscriber)|arpu/, 'ARPU'],
  [/gross\s+margins?/, 'gross margin'],
  [/gross\s+profit/, 'gross profit'],
  [/operating\s+(?:profit\s+)?margins?/, 'operating margin'],
  [/ebitda\s+margins?/, 'EBITDA margin'],
  [/(?:net|profit)\s+margins?/, 'net margin'],
  [/adjusted\s+ebitda|ebitda/, 'EBITDA'],
  [/operating\s+expenses?|opex|operating\s+costs?/, 'operating expenses'],
  [/operating\s+(?:income|profits?)|income\s+from\s+operations|segment\s+operating\s+profits?/, 'operating income'],
  [/(?:non-gaap\s+|gaap\s+|adjusted\s+|diluted\s+)*(?:earnings\s+per\s+(?:diluted\s+)?share|eps)/, 'EPS'],
  [/net\s+(?:income|earnings|loss)|net\s+profit/, 'net income'],
  [/free\s+cash\s+flows?/, 'free cash flow'],
  [/operating\s+cash\s+flows?|cash\s+flows?\s+from\s+operations/, 'operating cash flow'],
  [/cash\s+flows?/, 'cash flow'],
  [/cash(?:\s+and\s+(?:cash\s+equivalents|investments|marketable\s+securities|short-term\s+investments))?(?:\s+on\s+hand)?|cash\s+balance/, 'cash'],
  [/days\s+sales\s+outstanding|dsos?/, 'DSO'],
  [/inventory\s+turns?/, 'inventory turns'],
  [/inventor(?:y|ies)(?:\s+levels?)?/, 'inventory'],
  [/book-to-bill|book\s+to\s+bill/, 'book-to-bill'],
  [/backlog/, 'backlog'],
  [/bookings|orders/, 'bookings'],
  [/capital\s+(?:expenditures?|spending|investments?)|capex/, 'capital expenditures'],
  [/(?:effective\s+)?tax\s+rate/, 'tax rate'],
  // Cash paid in interest is not the interest expense that guidance gives.
  [/(?:debt\s+)?interest\s+payments?/, 'interest payments'],
  [/(?:debt\s+)?interest\s+expense/, 'interest expense'],
  [/(?:total\s+)?debt/, 'debt'],
  [/dividends?/, 'dividend'],
  [/(?:share\s+)?repurchases?|buybacks?/, 'share repurchases'],
  [/headcount|employees/, 'headcount'],
  [/churn/, 'churn'],
  [/net\s+adds|net\s+additions/, 'net additions'],
  [/synergies/, 'synergies'],
  [/accretion/, 'accretion'],
  [/(?:top[\s-]line|revenues?|sales)/, 'revenue'],
];

/** Words that qualify a revenue-like head as a segment ("service revenue", "International sales"). */
const SEGMENT_WORDS = new Set([
  'international', 'domestic', 'service', 'services', 'product', 'products', 'software', 'hardware', 'subscription',
  'license', 'licence', 'maintenance', 'recurring', 'stimulus', 'broadband', 'wireless', 'wireline', 'consumer',
  'enterprise', 'military', 'commercial', 'aftermarket', 'segment', 'channel', 'cloud', 'advertising', 'retail',
  'wholesale', 'government', 'video', 'data', 'equipment', 'systems', 'platform', 'organic',
]);
/** Capitalised words that start a sentence or qualify nothing. */
const NOT_SEGMENT = new Set([
  'the', 'our', 'total', 'actual', 'this', 'that', 'in', 'as', 'and', 'but', 'so', 'we', 'it', 'non-gaap', 'gaap',
  'net', 'reported', 'overall', 'consolidated', 'adjusted', 'i', 'also', 'while', 'with', 'for', 'of', 'quarterly',
  'annual', 'fourth-quarter', 'first-quarter', 'second-quarter', 'third-quarter', 'full-year', 'year-to-date',
  'their', 'its', 'your', 'a', 'an', 'then', 'now', 'q1', 'q2', 'q3', 'q4', 'ceo', 'cfo',
]);

const METRIC_SCAN = new RegExp(`\\b(?:${HEADS.map(([re]) => `(${re.source})`).join('|')})\\b`, 'gi');

/** Metric mentions of a sentence, left to right. */
export function metricMentions(sentence: string, channel: string | null): MetricMention[] {
  const out: MetricMention[] = [];
  METRIC_SCAN.lastIndex = 0;
  for (let m = METRIC_SCAN.exec(sentence); m; m = METRIC_SCAN.exec(sentence)) {
    let i = 0;
    while (i < HEADS.length - 1 && m[i + 1] === undefined) i++; // the alternative that matched, without copying the groups
    let name = HEADS[i][1];
    let start = m.index;
    if (name === 'revenue' || name === 'bookings' || name === 'operating income') {
      const seg = segmentBefore(sentence, m.index);
      if (seg) {
        name = `${seg.words} ${name}`;
        start = seg.start;
      } else if (name === 'revenue') {
        const via = throughChannel(sentence, m.index, m.index + m[0].length, channel);
        if (via) name = `${via} channel revenue`;
      }
    }
    out.push({ start, end: m.index + m[0].length, name });
  }
  return out;
}

const ENDS_IN_SPACE = /\s$/;
const WORDS = /\S+/g;
const ENDS_IN_PUNCTUATION = /[,.;:()"]$/;
const ONE_DIGIT = /^\d$/;
const PROPER_NAME = /^[A-Z][\w&.-]*$/;

/** Up to three qualifying words right before a head: segment words or proper names. */
function segmentBefore(sentence: string, at: number): { words: string; start: number } | null {
  const from = Math.max(0, at - 60);
  const before = sentence.slice(from, at);
  if (!ENDS_IN_SPACE.test(before)) return null;
  const words = [...before.matchAll(WORDS)];
  let k = words.length;
  while (k > 0 && words.length - k < 3) {
    const w = words[k - 1][0];
    const lower = w.toLowerCase();
    if (ENDS_IN_PUNCTUATION.test(w) || NOT_SEGMENT.has(lower)) break;
    const tier = ONE_DIGIT.test(w) && words[k - 2]?.[0] === 'Tier';
    if (!(SEGMENT_WORDS.has(lower) || PROPER_NAME.test(w) || tier)) break;
    k -= tier ? 2 : 1;
  }
  if (k === words.length) return null;
  const taken = words.slice(k).map(([w]) => (SEGMENT_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w));
  return { words: taken.join(' '), start: from + words[k].index! };
}

const THROUGH = /\bthrough\s+(?:the\s+|that\s+|this\s+)?(?:([A-Z][\w&-]*)\s*(channel)?|(channel))/g;

const CLAUSE_BREAK = /[,;]/;

/**
 * The channel a sentence says revenue (the head at start–end) went through: "revenue from reselling …
 * through Ericsson" in the same clause after it, or "through that channel …, and revenue was" before
 * it; "that channel" is the channel named last (`channel`).
 */
function throughChannel(sentence: string, start: number, end: number, channel: string | null): string | null {
  if (!sentence.includes('through')) return null; // THROUGH needs the word; most sentences lack it
  for (const m of sentence.matchAll(THROUGH)) {
    const before = m.index < start;
    if (!before && CLAUSE_BREAK.test(sentence.slice(end, m.index))) break;
    if (!before && m.index - end > 80) break;
    if (m[1] && !NOT_SEGMENT.has(m[1].toLowerCase())) return m[1];
    if (m[2] || m[3]) return channel;
  }
  return null;
}

const NAME_CHANNEL = /\b([A-Z][\w&-]*)\s+channel\b/;
const THROUGH_NAME = /\bthrough\s+([A-Z][\w&-]*)\b/;

/** A channel named in a sentence ("the Ericsson channel", "through Ericsson"), for later "that channel". */
export function namedChannel(sentence: string): string | null {
  // Each pattern needs its literal word; most sentences have neither.
  const m = (sentence.includes('channel') ? NAME_CHANNEL.exec(sentence) : null) ?? (sentence.includes('through') ? THROUGH_NAME.exec(sentence) : null);
  return m && !NOT_SEGMENT.has(m[1].toLowerCase()) ? m[1] : null;
}

const SHARE_OF = /^\s+of\s+(?:the\s+|our\s+|its\s+|their\s+|total\s+|[A-Z][\w&]*'s\s+)*((?:[\w-]+\s+){0,4}?)(market|revenues?|sales|(?:phone|customer|subscriber)\s+base|portfolio)\b/;
const REVENUE_WORD = /^rev|^sales/;

/** Percent of something: "15% of the global access equipment market", "60% of UTC's revenues". */
export function shareOf(after: string): string | null {
  const m = SHARE_OF.exec(after);
  if (!m) return null;
  const what = REVENUE_WORD.test(m[2]) ? 'revenue' : m[2];
  return `share of ${(m[1] + what).trim()}`;
}
