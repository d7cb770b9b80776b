// Metric names: where a sentence names a financial metric, and its normalised name, with the segment
// or channel it is qualified by ("International revenue", "revenue … through the Ericsson channel").

import { monthNumber } from './calendar';
import { tailExec, tailTest } from './tail';

export interface MetricMention {
  start: number;
  end: number;
  /** The generic metric ("revenue", "operating margin"). */
  name: string;
  /** The segment, region, product or channel it is qualified by ("Data Center Group"), or null. */
  segment: string | null;
  /** Written as a loss ("net loss", "operating loss of"): its amounts are below zero. */
  loss: boolean;
}

/** What a call says about itself that metric reading needs: its company, whose name is no segment. */
export interface CallWords {
  /** Lower-case words of the company's name ("starbucks" of "Starbucks Corp."). */
  company: ReadonlySet<string>;
  /** Lower-case words of the names of the people on the call: "Brian, if you look at …" names no segment. */
  people: ReadonlySet<string>;
}

const COMPANY_FORMS = /\b(?:inc|corp|corporation|co|company|ltd|limited|plc|group|holdings|sa|ag|nv|the)\b\.?|\.com\b|[,.]/gi;

/** The words of a company's name that could stand before a metric ("Acme revenues"). */
export function callWords(company: string | null, people: readonly string[] = []): CallWords {
  const words = (company ?? '')
    .replace(COMPANY_FORMS, ' ')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 1);
  // "AMD expects revenue …" in the call of Advanced Micro Devices: the initials name the company too.
  if (words.length > 1) words.push(words.map((w) => w.charAt(0)).join(''));
  const names = new Set<string>();
  for (const p of people) for (const w of p.toLowerCase().split(/[\s.,]+/)) if (w.length > 1) names.add(w);
  return { company: new Set(words), people: names };
}

/** "… as a percentage of revenue" after a spending head: the share is the head's. */
const OF_REVENUE = String.raw`(?:\s+as\s+a\s+(?:percent(?:age)?|share)\s+of\s+(?:total\s+|net\s+)?(?:revenues?|sales))?`;

/** Spending as a share of revenue: a ratio, so a change of it is in points. */
export const EXPENSE_RATIO = 'operating expenses (% of revenue)';

/**
 * The rate a law sets, named so that it is not read as the company's tax rate: a figure of it
 * measures nothing the company reports or guides.
 */
export const STATUTORY_RATE = 'statutory tax rate';
export const REPURCHASE_AUTHORIZATION = 'share repurchase authorization';

/** "active X members": up to two words between "active" and the noun, none of them a linking word. */
function activeBase(noun: string): RegExp {
  return new RegExp(String.raw`(?:monthly\s+|daily\s+)?active\s+(?:(?!(?:and|or|with|in|on|of|to|for|the|our|their|by)\s)[\w-]+\s+){0,2}?${noun}`);
}

/** Head words of metrics, longest first within each family; the name is what the figure reports. */
const HEADS: [RegExp, string][] = [
  // Industry measures that contain a more general head ("net revenue retention" is no revenue).
  [/net\s+(?:revenue|dollar)\s+retention(?:\s+rate)?|net\s+retention(?:\s+rate)?|nrr|ndr/, 'net revenue retention'],
  [/current\s+remaining\s+performance\s+obligations?|crpo/, 'current remaining performance obligations'],
  [/remaining\s+performance\s+obligations?|rpo/, 'remaining performance obligations'],
  [/annual(?:ized)?\s+recurring\s+revenues?|arr/, 'ARR'],
  [/revenue\s+per\s+available\s+seat\s+miles?|rasm|prasm|trasm/, 'RASM'],
  [/cost\s+per\s+available\s+seat\s+miles?|casm(?:-ex)?/, 'CASM'],
  [/adjusted\s+funds\s+from\s+operations|affo/, 'AFFO'],
  [/funds\s+from\s+operations|ffo/, 'FFO'],
  // "comp sales": the spoken short form, one metric, not a comp and then sales.
  [/(?:comparable|same|comp)[\s-](?:store\s+)?sales|comps?/, 'comparable store sales'],
  [/net\s+new\s+(?:\w+\s+)?customers/, 'net new customers'],
  [/net\s+new\s+(?:\w+\s+)?stores/, 'net new stores'],
  [/(?:stock|share)[\s-]based\s+comp(?:ensation)?|sbc/, 'stock-based compensation'],
  [/free\s+cash\s+flow\s+margins?/, 'free cash flow margin'],
  [/(?:deferred|unearned)\s+revenues?/, 'deferred revenue'],
  // A base counted by who used it lately ("active rewards members", "monthly active users"): not a
  // revenue or customer count of another kind. Up to two words between, none a linking word
  // ("active with customers" is no count).
  [activeBase('members'), 'active members'],
  [activeBase('customers'), 'active customers'],
  [activeBase('(?:users|accounts)'), 'active users'],
  // How full the rooms, beds or floors are ("occupancy was up 2 points to 91%"): a rate of its own.
  // A retailer's or bank's occupancy is its rent ("occupancy costs", "leverage on occupancy"), no rate.
  [/(?<!leverag\w*\s+(?:on\s+|in\s+)?(?:our\s+)?)occupancy(?!\s+(?:costs?|expenses?|charges?|in\b))(?:\s+rates?)?/, 'occupancy'],
  // Space measured ("grew our warehouse square footage 8%"); "on a square footage basis" is how another is measured.
  [/square\s+footage(?!\s+basis)/, 'square footage'],
  // Memory makers' volume: "DRAM bit shipments increased 40%".
  [/bit\s+shipments|bit\s+growth/, 'bit shipments'],
  [/revenues?\s+per\s+(?:user|unit|subscriber)|arpu/, 'ARPU'],
  // A bank's income from lending and its margin, before the general heads they contain.
  [/net\s+interest\s+income|nii/, 'net interest income'],
  [/net\s+interest\s+margins?|nim/, 'net interest margin'],
  // "growth margin" is no measure: transcribers mishear "gross margin" as it ("total Q2 growth margin was 64.7%").
  // What the sales cost, not the sales: "cost of revenues increased 18%", "cost of goods sold".
  [/costs?\s+of\s+(?:revenues?|sales|goods\s+sold)|cogs/, 'cost of revenue'],
  [/(?:gross|growth)\s+margins?/, 'gross margin'],
  [/gross\s+profit/, 'gross profit'],
  [/operating\s+(?:profit\s+)?margins?/, 'operating margin'],
  [/ebitda\s+margins?/, 'EBITDA margin'],
  [/(?:net|profit)\s+margins?/, 'net margin'],
  [/adjusted\s+ebitda|ebitda/, 'EBITDA'],
  // A component of spending is its own metric, its share of revenue too ("R&D spending as a percentage of revenue").
  [new RegExp(String.raw`(?:r&d|research\s+and\s+development)(?:\s+(?:spending|expenses?|costs?))?${OF_REVENUE}`), 'R&D expenses'],
  [
    new RegExp(
      String.raw`(?:sg&a|g&a|selling,?\s+general\s+and\s+administrative|general\s+and\s+administrative)(?:\s+(?:spending|expenses?|costs?))?${OF_REVENUE}`,
    ),
    'SG&A expenses',
  ],
  [
    /(?:spending|operating\s+expenses?|opex)\s+as\s+a\s+(?:percent(?:age)?|share)\s+of\s+(?:total\s+|net\s+)?(?:revenues?|sales)|(?:operating\s+)?expense[\s-]to[\s-](?:revenue|sales)\s+ratio/,
    EXPENSE_RATIO,
  ],
  [/operating\s+expenses?|opex|operating\s+costs?/, 'operating expenses'],
  // The cost of selling, not sales: "sales and distribution costs increased by 9%".
  [/(?:sales|selling)(?:\s+(?:and|&)\s+(?:marketing|distribution))?\s+(?:costs?|expenses?)|s&m\s+(?:costs?|expenses?)/, 'selling expenses'],
  // Gains on what was sold are not the sales: "our asset sale gains … at \$300 million".
  [
    /(?:asset|property|real\s+estate)\s+sales?\s+gains?|gains?\s+on\s+(?:the\s+)?(?:sales?|disposals?|dispositions?)(?:\s+of\s+(?:\w+\s+)?(?:assets?|propert(?:y|ies)|real\s+estate|businesses|investments?))?/,
    'gains on sales',
  ],
  [/operating\s+(?:income|profits?|loss(?:es)?)|op\s+inc|income\s+from\s+operations|segment\s+operating\s+profits?/, 'operating income'],
  [/(?:non-gaap\s+|gaap\s+|adjusted\s+|diluted\s+)*(?:(?:earnings|loss)\s+per\s+(?:diluted\s+)?share|eps(?:\s+loss)?)/, 'EPS'],
  [/net\s+(?:income|earnings|loss)|net\s+profit/, 'net income'],
  [/free\s+cash\s+flows?/, 'free cash flow'],
  [/operating\s+cash\s+flows?|cash\s+flows?\s+from\s+operations|cash\s+(?:from|generated\s+(?:by|from))\s+operations/, 'operating cash flow'],
  [/cash\s+flows?/, 'cash flow'],
  [/market\s+share/, 'market share'],
  // The cash held, not a flow of it named by the noun after ("cash proceeds", "cash usage", "cash taxes").
  [
    /cash(?!\s+(?:proceeds|usage|uses?|outflows?|inflows?|payments?|taxes|tax|returns?|returned|dividends?|costs?|charges?|generation|conversion|interest|compensation|consideration|contributions?|burn|requirements?|restructuring|severance|portion|component|deployment))(?:\s+and\s+(?:cash\s+equivalents|investments|marketable\s+securities|short-term\s+investments))?(?:\s+on\s+hand)?|cash\s+balance/,
    'cash',
  ],
  [/days\s+sales\s+outstanding|dsos?/, 'DSO'],
  [/inventory\s+turns?/, 'inventory turns'],
  [/inventor(?:y|ies)(?:\s+levels?)?/, 'inventory'],
  [/book-to-bill|book\s+to\s+bill/, 'book-to-bill'],
  [/backlog/, 'backlog'],
  [/bookings/, 'bookings'],
  // A travel or leisure business's forward bookings: "domestic resort reservations are pacing down 4%".
  [/reservations/, 'reservations'],
  [/orders/, 'orders'],
  // Net of what customers or partners fund ("net capital deployed", "net capex"): another measure than the gross.
  [/net\s+(?:capital\s+(?:expenditures?|spending|investments?|deployed)|capex)/, 'net capital expenditures'],
  [/(?:gross\s+)?(?:capital\s+(?:expenditures?|spending|investments?)|capex)/, 'capital expenditures'],
  // Before the company's own rate: a statutory rate is the law's ("a lower statutory tax rate of 21%",
  // "the new U.S. corporate rate of 21%", "the federal rate").
  [/statutory\s+(?:(?:income|corporate)\s+)?(?:tax\s+)?rates?|(?:federal|corporate)\s+(?:income\s+)?(?:tax\s+)?rates?/, STATUTORY_RATE],
  [/(?:effective\s+)?tax\s+(?:provision\s+)?rate/, 'tax rate'],
  [/(?:income\s+)?tax\s+benefits?/, 'tax benefit'],
  [/impairments?(?:\s+(?:loss(?:es)?|charges?))?/, 'impairment'],
  [/net\s+financial\s+items/, 'net financial items'],
  [/other\s+income/, 'other income'],
  [/shipping\s+costs?/, 'shipping costs'],
  // Cash paid in interest is not the interest expense that guidance gives.
  [/(?:debt\s+)?interest\s+payments?/, 'interest payments'],
  [/(?:debt\s+)?interest\s+expense/, 'interest expense'],
  [/(?:total\s+)?debt/, 'debt'],
  [/dividends?/, 'dividend'],
  // The size of a programme is what may be bought, not what was: "extend our share repurchase program up to $8.6 billion".
  [/(?:share\s+|stock\s+)?(?:repurchase|buyback)\s+(?:program(?:me)?s?|authori[sz]ations?)/, REPURCHASE_AUTHORIZATION],
  [/(?:share\s+)?repurchas(?:es?|ed|ing)|buybacks?|bought\s+back/, 'share repurchases'],
  [/headcount|employees/, 'headcount'],
  [/churn/, 'churn'],
  [/net\s+adds|net\s+additions/, 'net additions'],
  [/synergies/, 'synergies'],
  [/accretion/, 'accretion'],
  // The line item of what the main lines leave out ("other revenue … increased 132%"): not the total.
  [/other\s+revenues?/, 'other revenue'],
  // "the revenue recognition standard" is an accounting rule, no revenue; "revenue recognition of EUR 30 million" is revenue.
  [/(?:top[\s-]line|revenues?(?!\s+recognition\b(?!\s+of\b))|sales)/, 'revenue'],
];

/** Words that qualify a revenue-like head as a segment ("service revenue", "International sales"). */
const SEGMENT_WORDS = new Set([
  'international',
  'domestic',
  'service',
  'services',
  'product',
  'products',
  'software',
  'hardware',
  'subscription',
  'license',
  'licence',
  'maintenance',
  'recurring',
  'stimulus',
  'broadband',
  'wireless',
  'wireline',
  'consumer',
  'enterprise',
  'military',
  'commercial',
  'aftermarket',
  'segment',
  'channel',
  'cloud',
  'advertising',
  'retail',
  'wholesale',
  'government',
  'video',
  'data',
  'equipment',
  'systems',
  'platform',
  'organic',
]);
/** Capitalised words that start a sentence or qualify nothing. */
const NOT_SEGMENT = new Set([
  'the',
  'our',
  'total',
  'actual',
  'this',
  'that',
  'in',
  'as',
  'and',
  'but',
  'so',
  'we',
  'it',
  'non-gaap',
  'gaap',
  'net',
  'reported',
  'overall',
  'consolidated',
  'adjusted',
  'i',
  'also',
  'while',
  'with',
  'for',
  'of',
  'quarterly',
  'annual',
  'fourth-quarter',
  'first-quarter',
  'second-quarter',
  'third-quarter',
  'full-year',
  'year-to-date',
  'their',
  'its',
  'your',
  'a',
  'an',
  'then',
  'now',
  'q1',
  'q2',
  'q3',
  'q4',
  'ceo',
  'cfo',
]);

const METRIC_SCAN = new RegExp(`\\b(?:${HEADS.map(([re]) => `(${re.source})`).join('|')})\\b`, 'gi');

/** Heads a segment, region or product line can qualify ("Americas operating margin", "product gross margin"). */
export const SEGMENTED: ReadonlySet<string> = new Set([
  'revenue',
  'bookings',
  'reservations',
  'orders',
  'operating income',
  'operating margin',
  'gross margin',
  'comparable store sales',
  'net new stores',
  'EBITDA',
]);
const LOSS = /loss/i;
const CAPITALISED_WORD = /^[A-Z]/;

/** Metric mentions of a sentence, left to right. */
export function metricMentions(sentence: string, channel: string | null, call: CallWords = NO_CALL): MetricMention[] {
  const out: MetricMention[] = [];
  METRIC_SCAN.lastIndex = 0;
  for (let m = METRIC_SCAN.exec(sentence); m; m = METRIC_SCAN.exec(sentence)) {
    let i = 0;
    while (i < HEADS.length - 1 && m[i + 1] === undefined) i++; // the alternative that matched, without copying the groups
    const name = HEADS[i]![1]; // i < HEADS.length
    let start = m.index;
    let segment: string | null = null;
    if (SEGMENTED.has(name)) {
      const before = segmentBefore(sentence, m.index, call);
      const after = segmentAfter(sentence, m.index, m.index + m[0].length, call);
      // "Lumo sales in international operations", "retail sales in the U.K.": the sales of a product
      // or a kind in that place, both their segment (a kind after the place: "U.K. retail").
      const both = before && after?.place ? (CAPITALISED_WORD.test(before.words) ? [before.words, after.words] : [after.words, before.words]) : null;
      const seg = both && before ? { words: both.join(' '), start: before.start } : (before ?? after);
      if (seg) {
        segment = seg.words;
        start = seg.start;
      } else if (name === 'revenue') {
        const via = throughChannel(sentence, m.index, m.index + m[0].length, channel);
        if (via) segment = `${via} channel`;
      }
    }
    let end = m.index + m[0].length;
    // "operating income as a percentage of net sales was 4.3%": the share of revenue of the head,
    // which is then no revenue figure; a margin so said is the margin, a share of revenue already.
    const share = name.includes('%') ? null : AS_SHARE_OF_REVENUE.exec(sentence.slice(end, end + 60));
    if (share) {
      end += share[0].length;
      METRIC_SCAN.lastIndex = end;
    }
    out.push({ start, end, name: share && !RATIO_HEAD.test(name) ? `${name} (% of revenue)` : name, segment, loss: LOSS.test(m[0]) });
  }
  return out;
}

const RATIO_HEAD = /margin|rate\b|ratio/;
const AS_SHARE_OF_REVENUE = /^\s+as\s+a\s+(?:percent(?:age)?|share)\s+of\s+(?:total\s+)?(?:net\s+)?(?:revenues?|sales)\b/i;

const NO_CALL: CallWords = { company: new Set(), people: new Set() };
const ENDS_IN_SPACE = /\s$/;
const WORDS = /\S+/g;
const ENDS_IN_PUNCTUATION = /[,.;:()"]$/;
const ONE_DIGIT = /^\d$/;
const PROPER_NAME = /^[A-Z][\w&.-]*$/;
/** Words of a period, not of a segment: "Fourth quarter revenue", "Last year sales". */
const TIME_WORDS = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'full',
  'last',
  'next',
  'prior',
  'previous',
  'this',
  'quarter',
  'quarters',
  'year',
  'years',
  'half',
  'month',
  'months',
  'week',
  'weeks',
  'period',
  'term',
]);
/** Lower-case words before a head that say how much or how good, not what kind: "record revenue", "more sales". */
const NOT_A_KIND = new Set(
  (
    'record strong solid weak soft good great healthy robust higher lower better worse big bigger small smaller large larger ' +
    'total net gross overall consolidated reported quarterly annual yearly full incremental additional new more less most much ' +
    'some any all each every no other same similar flat top bottom core base underlying comparable comp aggregate cumulative ' +
    'average peak our the its their his her your my this that these those which what whose a an of in and or with for from ' +
    'to at by on as than into over under about per our whole entire high low total organic sequential global worldwide company ' +
    'segment business group division unit side line level run rate revenue sales improve increase decrease expand contribute ' +
    'get do how why when where what shift close own both non pro tough tougher old extra cost price guide report think ' +
    'billion million thousand percent dollar dollars point points basis ago outpaces greater world'
  ).split(' '),
);
/** Endings of adjectives ("positive", "favorable", "operational", "highest", "strategic"), which say how, not what kind. */
const ADJECTIVE_ENDING = /(?:ive|able|ible|al|est|ic|ous|ful|less|ary|ent|ant)$/;
/** Words that open a noun phrase: what may stand before "mobile sales" for "mobile" to name a kind of sales. */
const INTRODUCERS = new Set(
  (
    'the our its their your this that these those of in on for from with at total net gross annual quarterly ' +
    'record strong solid higher lower better weaker stronger good great healthy robust overall consolidated reported ' +
    'organic our adjusted non-gaap gaap full-year yearly incremental additional item'
  ).split(' '),
);
/** A lower-case adjective ("physical", "digital"), by its ending. */
const LOWER_ADJECTIVE = /^[a-z]+(?:ive|al|ic)$/;
/** A lower-case word that may be a noun: no past tense, no adverb. */
const NOUNLIKE = /^[a-z]+(?<!ed|ly|ing)$/;
const VERBS = new Set([
  'expects',
  'expect',
  'anticipates',
  'anticipate',
  'reports',
  'delivers',
  'generates',
  'believes',
  'continues',
  'remains',
  'said',
  'says',
  'grew',
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'saw',
  'sees',
  'rose',
  'fell',
  'drove',
  'made',
  'took',
  'got',
  'gave',
  'grow',
  'grows',
  'drive',
  'drives',
  'see',
  'saw',
  'hit',
  'set',
  'led',
  'won',
  'lost',
  'did',
  'does',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'should',
  'also',
  'again',
  'now',
  'then',
  'its',
  'their',
  'our',
  'total',
  'and',
  'or',
  'but',
  'with',
  'in',
  'on',
  'at',
  'of',
  'for',
  'to',
  'from',
  'by',
  'as',
]);
const POSSESSIVE = /['\u2019]s?$/;
/**
 * Words that may stand between a segment and its metric: "Americas' non-GAAP operating margin",
 * "Media Networks' fiscal 2018 operating income", "International total net sales" (net sales are its revenue).
 */
const BETWEEN = /^(?:non-gaap|gaap|adjusted|reported|total|net|fiscal|full-year|quarterly|annual|(?:19|20)\d\d|'?\d\d|q[1-4])$/i;
/** Capitalised words that open a sentence but name no segment ("Record revenue", "Strong bookings"). */
const NOT_SEGMENT_OPENERS = new Set([
  'operational',
  'constant',
  'record',
  'strong',
  'solid',
  'higher',
  'lower',
  'better',
  'weaker',
  'stronger',
  'growth',
  'organic',
  'sequential',
  'core',
  'underlying',
  'combined',
  'gross',
  'global',
  'worldwide',
  'companywide',
  'company-wide',
  'group',
  'segment',
  'every',
  'each',
  'other',
  'both',
  'all',
]);

/**
 * The segment named right before a head: segment words ("service", "international") or proper
 * names ("Data Center Group", "Parks and Resorts"), maybe possessive, maybe with a qualifier
 * between ("Americas' non-GAAP operating margin"). The company's own name is no segment.
 */
function segmentBefore(sentence: string, at: number, call: CallWords): { words: string; start: number } | null {
  const from = Math.max(0, at - 80);
  const before = sentence.slice(from, at);
  if (!ENDS_IN_SPACE.test(before)) return null;
  const words = [...before.matchAll(WORDS)];
  let k = words.length;
  // Indices below stay within 0 <= index < words.length: k counts down from words.length to 1.
  while (k > 0 && BETWEEN.test(words[k - 1]![0])) k--;
  const end = k;
  let possessive = false;
  let kinds: Set<number> | undefined;
  while (k > 0 && end - k < 4) {
    let w = words[k - 1]![0];
    if (k === end && POSSESSIVE.test(w) && PROPER_NAME.test(w.replace(POSSESSIVE, ''))) {
      w = w.replace(POSSESSIVE, '');
      possessive = true;
    } else if (ENDS_IN_PUNCTUATION.test(w)) break;
    const lower = w.toLowerCase();
    if (NOT_SEGMENT.has(lower)) break;
    // "Parks and Resorts": "and" between two names.
    if ((lower === 'and' || lower === '&') && k < end && k > 1 && PROPER_NAME.test(words[k - 2]![0]) && PROPER_NAME.test(words[k]![0])) {
      k--;
      continue;
    }
    const tier = ONE_DIGIT.test(w) && words[k - 2]?.[0] === 'Tier';
    const name = PROPER_NAME.test(w) && !(k === 1 && from === 0 && NOT_SEGMENT_OPENERS.has(lower));
    // A lower-case word after a name stays with it: "Obesity care sales", "Google sites revenues".
    // "We forecast organic sales", "As Maria said sales": a pronoun or a person is no name.
    const named = words[k - 2]?.[0] ?? '';
    const tail =
      !name &&
      PROPER_NAME.test(named) &&
      !NOT_SEGMENT.has(named.toLowerCase()) &&
      !call.people.has(named.toLowerCase()) &&
      !TIME_WORDS.has(named.toLowerCase()) &&
      NOUNLIKE.test(w) &&
      !VERBS.has(lower) &&
      !TIME_WORDS.has(lower) &&
      !possessive;
    // "mobile sales", "credit card revenue": a noun right before the head names what was sold.
    const kind =
      !name &&
      !tail &&
      end - k < 2 &&
      lower === w &&
      NOUNLIKE.test(w) &&
      !ADJECTIVE_ENDING.test(w) &&
      !VERBS.has(lower) &&
      !TIME_WORDS.has(lower) &&
      !NOT_A_KIND.has(lower);
    if (!(SEGMENT_WORDS.has(lower) || name || tier || tail || kind)) break;
    if (kind && !SEGMENT_WORDS.has(lower)) (kinds ??= new Set()).add(k - 1);
    k -= tier ? 2 : 1;
  }
  // "that physical stores revenue": an adjective may open the noun phrase after its introducer.
  const adjective = words[k - 1]?.[0] ?? '';
  if (kinds?.has(k) && LOWER_ADJECTIVE.test(adjective) && !NOT_A_KIND.has(adjective) && INTRODUCERS.has(words[k - 2]?.[0].toLowerCase() ?? '')) k--;
  // Such nouns only in a noun phrase: "in mobile sales", "our credit card revenue", not "we expect revenue".
  if (kinds?.has(k) && !INTRODUCERS.has(words[k - 1]?.[0].toLowerCase() ?? '')) while (k < end && kinds.has(k)) k++;
  if (k === end) return null;
  const taken = words.slice(k, end).map(([w], j) => {
    const bare = k + j === end - 1 ? w.replace(POSSESSIVE, '') : w;
    return SEGMENT_WORDS.has(bare.toLowerCase()) ? bare.toLowerCase() : bare;
  });
  if (taken[0] === 'and' || taken[0] === '&' || ofCompany(taken, call)) return null;
  const named = trimSegment(taken.join(' ')); // "Fourth Quarter revenue", "FY17 revenue": no segment
  return named ? { words: named, start: from + words[k]!.index! } : null; // k < end <= words.length
}

const UNIT_AFTER =
  /^\s+(?:for|from|of|in|at)\s+(?:the\s+|our\s+|its\s+)?((?:[A-Z][\w&-]*\s+(?:and\s+|&\s+)?){1,4}?)(?:[Bb]usiness\s+[Uu]nits?|[Ss]egments?|[Gg]roups?|[Dd]ivisions?|[Bb]usiness(?:es)?|[Rr]eporting\s+[Uu]nits?)\b/;

// "comp in the Eastlands", "sales in Northlands operations", "a 5% comp in our largest market, the
// U.K.": a region or unit the call writes as a name, right after the head. Not one of a list ("in the
// U.S. and Europe"), which the figure is the sum of.
const PLACE_AFTER =
  /^\s+in\s+(?:(?:our|its|their)\s+(?:[a-z-]+\s+){0,2}(?:market|region|geography|country),\s+)?(?:the\s+)?([A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,2})(\s+(?:operations|segment|region|division))?/;
const LOWER_UNIT_AFTER = /^\s+in\s+(?:our\s+|the\s+|its\s+)?([a-z]+)\s+(operations|business|segment|division)\b/;
const LIST_AFTER = /^\.?\s*(?:,|and\b|&|or\b)\s*(?:the\s+)?[A-Z]/;
/** "revenue in U.S. dollars", "sales in euro terms", "revenue in EUR": a currency, not a place. */
const CURRENCY_AFTER = /^\s+(?:dollars?|terms|currency|currencies)\b/i;
const CURRENCY = /^(?:usd|eur|gbp|jpy|cny|rmb|dkk|chf|sek|nok|cad|aud|inr|brl|krw|euros?|yen|renminbi)$/i;

const ABBREVIATION = /(?:^|\.)\w\.$/;

/**
 * The segment named right after a head: "Revenue for the Compute and Networking Business Unit", or
 * a place the call names as such ("comp in the Eastlands"), never a period, the company or a person.
 */
function segmentAfter(sentence: string, start: number, end: number, call: CallWords): { words: string; start: number; place?: true } | null {
  const after = sentence.slice(end, end + 90);
  const m = UNIT_AFTER.exec(after);
  const words = m?.[1]?.trim();
  if (words) return NOT_SEGMENT.has(words.toLowerCase()) ? null : { words, start };
  const place = PLACE_AFTER.exec(after);
  // "sales in international operations": a unit said in lower case, by a segment word and a unit's.
  const unit = place ? null : LOWER_UNIT_AFTER.exec(after);
  if (unit && SEGMENT_WORDS.has(unit[1]!) && !LIST_AFTER.test(after.slice(unit[0].length)))
    return { words: titleCase([unit[1]!, unit[2]!]), start, place: true }; // both groups match
  const raw = place?.[1]?.replace(POSSESSIVE, '');
  const rest = place ? after.slice(place[0].length) : '';
  if (!place || !raw || LIST_AFTER.test(rest) || CURRENCY_AFTER.test(rest) || CURRENCY.test(raw)) return null;
  // The sentence's full stop is no part of the name; an abbreviation's ("U.S.") is.
  const name = raw.endsWith('.') && !ABBREVIATION.test(raw) ? raw.slice(0, -1) : raw;
  const parts = name.split(/\s+/);
  if (parts.some((w) => NOT_A_SEGMENT_NAME.test(w) || NOT_SEGMENT.has(w.toLowerCase()) || TIME_WORDS.has(w.toLowerCase()) || call.people.has(w.toLowerCase())))
    return null;
  if (ofCompany(parts, call) || /^(?:Q[1-4]|H[12]|FY|Fiscal|Calendar)/i.test(name)) return null;
  return { words: place[2] ? `${name} ${titleCase([place[2].trim()])}` : name, start, place: true };
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
    if (m[1] && !NOT_SEGMENT.has(m[1].toLowerCase())) return trimSegment(m[1]); // not "through February"
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
  const name = m?.[1];
  return name !== undefined && !NOT_SEGMENT.has(name.toLowerCase()) ? trimSegment(name) : null;
}

const SHARE_OF =
  /^\s+of\s+(?:the\s+|our\s+|its\s+|their\s+|total\s+|[A-Z][\w&]*'s\s+)*((?:[\w-]+\s+){0,4}?)(market|revenues?|sales|(?:phone|customer|subscriber)\s+base|portfolio)\b/;
const REVENUE_WORD = /^rev|^sales/;

/** Percent of something: "15% of the global access equipment market", "60% of UTC's revenues". */
export function shareOf(after: string): { name: string; revenue: boolean; length: number } | null {
  const m = SHARE_OF.exec(after);
  if (!m) return null;
  const lead = m[1] ?? '';
  const what = m[2] ?? '';
  const revenue = REVENUE_WORD.test(what);
  // "62% of our total revenue from subscription contracts": the share one kind of revenue has of it.
  const kind = revenue && !lead.trim() ? FROM_KIND.exec(after.slice(m[0].length)) : null;
  if (kind && SEGMENT_WORDS.has(kind[1]!.toLowerCase()))
    return { name: `${kind[1]!.toLowerCase()} revenue (% of total revenue)`, revenue: false, length: m[0].length + kind[0].length };
  return { name: `share of ${(lead + (revenue ? 'revenue' : what)).trim()}`, revenue: revenue && !lead.trim(), length: m[0].length };
}
/** One kind word, whole: not "data-centric businesses", not "software and services" (two kinds). */
const FROM_KIND = /^\s+(?:(?:came|coming|generated)\s+)?from\s+(?:our\s+|its\s+)?([a-z]+)(?![\w-])(?!\s+(?:and|or|&)\s)/i;

const SALES_WORD = /\b(?:revenues?|sales|bookings|orders)\b/i;

/** The sales metric a sentence without figures talks about ("more detail on our Q2 revenue", "Now on AWS revenue"), with its segment. */
export function salesTopic(sentence: string, call: CallWords): { name: string; segment: string | null } | null {
  const m = SALES_WORD.exec(sentence);
  if (!m) return null;
  const w = m[0].toLowerCase();
  const name = w === 'bookings' || w === 'orders' ? w : 'revenue';
  return { name, segment: segmentBefore(sentence, m.index, call)?.words ?? null };
}

/**
 * Names a stretch of the call writes with capitals inside a sentence ("our Infrastructure Platforms
 * business", "in Security"), lower-cased: what the speaker treats as proper names, so a sentence that
 * opens with one ("Security was up 6%") is about that segment. Learned from the text itself.
 */
export function namedPhrases(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NAMED_INSIDE)) out.add((m[1] ?? '').toLowerCase());
  return out;
}

/**
 * The full names the call gives its segments, lower-cased: capitalised words of two or more right
 * before "segment", "business", "group" or "division" ("our Studio Entertainment segment"), so that
 * a short mention ("Our Studio had …") takes the name the call reports the segment under.
 */
export function segmentNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(SEGMENT_NAMED)) out.add((m[1] ?? '').toLowerCase());
  return out;
}

/** "DCG" of "Data Center Group", "CAP" of "China-Asia-Pacific": the first letter of each word of a name, joiners left out. */
export function initialsOf(name: string): string {
  return name
    .split(/[\s/-]+/)
    .filter((w) => w !== '' && !JOINERS.has(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/**
 * The abbreviations a call defines, each to the name it stands for: "our Harbor Logistics Services
 * (HLS) unit" makes a later "HLS revenue" the unit's. Only letters that are the name's initials:
 * "Quillon Holdings (NYSE)" defines nothing.
 */
export function abbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.includes('(') ? text.matchAll(DEFINED) : NONE_FOUND) {
    const [name, letters] = [m[1] ?? '', m[2] ?? ''];
    // The longest run of the name's last words whose initials the letters are ("Our Harbor Logistics Services").
    const words = name.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const tail = words.slice(i).join(' ');
      if (initialsOf(tail) === letters && !JOINERS.has(words[i]!)) {
        if (!out.has(letters)) out.set(letters, tail);
        break;
      }
    }
  }
  // "International operations", "the Harbor Logistics Group": a unit the call names, for its letters
  // said alone ("IO", "HLG"); letters two units share stand for neither.
  const units = new Map<string, string | null>();
  for (const m of text.matchAll(UNIT_NAMED)) {
    const name = m[1] ?? '';
    const letters = initialsOf(name);
    const known = units.get(letters);
    if (known === undefined) units.set(letters, name);
    else if (known !== null && known.toLowerCase() !== name.toLowerCase()) units.set(letters, null);
  }
  for (const [letters, name] of units) if (name !== null && !out.has(letters)) out.set(letters, name);
  return out;
}

/**
 * The unit a stretch names last as where something happened, by a name or letters the call gives it
 * ("a nice acceleration in IO", "strength in the Harbor Logistics Group"), in the form the call
 * gives it; null when no unit the call names is there ("in Q3", "in January").
 */
export function placeNamed(stretch: string, defined: ReadonlyMap<string, string>, segments: ReadonlySet<string>): string | null {
  if (!stretch.includes('in ')) return null;
  let found: string | null = null;
  for (const m of stretch.matchAll(IN_NAME)) {
    const words = (m[1] ?? '').split(/\s+/);
    for (let k = words.length; k > 0; k--) {
      const phrase = words.slice(0, k).join(' ');
      const name = defined.get(phrase) ?? (k > 1 && segments.has(phrase.toLowerCase()) ? phrase : null);
      if (name !== null) {
        found = name;
        break;
      }
    }
  }
  return found;
}

const IN_NAME = /\bin\s+(?:the\s+|our\s+)?([A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3})/g;

// A unit said mid-sentence: capitalised words, then the word of a unit ("and International operations").
const UNIT_NAMED = /[a-z0-9,;:] ((?:[A-Z][a-z][\w&-]* ){1,3}(?:[Oo]perations|[Ss]egment|[Dd]ivision|[Gg]roup|[Bb]usiness [Uu]nit))\b/g;
const NONE_FOUND: RegExpExecArray[] = [];

// Capitalised words, maybe joined by "and", "&" or "of", then their letters in brackets.
const DEFINED = /\b([A-Z][\w&'\u2019-]*(?:\s+(?:(?:and|&|of)\s+)?[A-Z][\w&'\u2019-]*){1,5})\s+\(([A-Z]{2,6})\)/g;

/** Words that may stand between "a loss of" and its amount ("a loss of around $9 million"). */
const ROUGHLY = String.raw`(?:(?:about|around|approximately|roughly|nearly|almost|some|over|more\s+than|less\s+than)\s+)?`;
const lossOfBefore = tailTest(new RegExp(String.raw`\bloss\s+of\s+${ROUGHLY}$`, 'i'));
/** "the loss of $5 million of revenue": what was lost follows the figure ("… in 2016" is its year, not what was lost). */
const LOST_WHAT_AFTER = /^\s+(?:of|in)\s+(?:the\s+|our\s+)?(?!(?:quarter|year|period|fiscal|first|second|third|fourth|prior|last|this|next)\b)[a-z]/;

/** "an EPS range between a loss of $0.12 and a loss of $0.05": one end of a range said in words. */
const WORDED_RANGE = /\bbetween\s+(?:an?\s+)?(?:loss|income|profit|gain)\s+of\b/i;

/**
 * "GAAP EPS was a loss of $1.78", "net financial items … a loss of around $9 million": the figure
 * right after "a loss of", with nothing lost named after it, is the loss itself, below zero. Not an
 * end of a range said in words (in `clause`, the figure's clause up to it), which is no figure alone.
 */
export function lossAmount(clause: string, after: string): boolean {
  return lossOfBefore(clause) && !LOST_WHAT_AFTER.test(after) && !WORDED_RANGE.test(clause);
}

// "excluding the impact of acquisitions" qualifies the figure; it is not the impact. "lost revenue
// of 1%", "a loss of sales of 2%" and "the loss of $5 million of revenue" name what was lost, an
// effect; a loss of the figure right after it is the loss itself (lossAmount).
// "an adverse impact on Orchard Media's fiscal 2031 operating income of \$90 million": the effect's
// amount after the metric it is on, however long the metric's name.
const EFFECT_BEFORE = new RegExp(
  String.raw`\b(?<!\b(?:excluding|ex|before|after|net\s+of|adjusting\s+for|adjusted\s+for)\s+(?:the\s+)?)(?:(?:impacts?|headwinds?|tailwinds?|lost|loss\s+of(?!\s+${ROUGHLY}$)|hurt|drag)\b[^,;:]{0,50}|impacts?\s+on\s+[^,;:]{0,70}?\s(?:of|by)\s+${ROUGHLY})$`,
  'i',
);
const EFFECT_AFTER =
  /^\s*(?:(?:percentage\s+)?points?\s+|percent\s+|basis\s+points?\s+)?(?:of\s+(?:[\w&-]+\s+){0,2}?)?(?:(?:negative|positive|adverse|favou?rable|unfavou?rable)\s+)?(?:impacts?|headwinds?|tailwinds?|hit|drag|benefit|contribution|accretion|dilution)\b/i;

/**
 * Whether a figure, with the text before and after it (and its clause up to it), is said as an
 * effect on its metric (a headwind, an impact), not as its value.
 */
export function saidAsEffect(before: string, after: string, clause: string): boolean {
  return EFFECT_BEFORE.test(before) || EFFECT_AFTER.test(after) || (lossOfBefore(before) && !lossAmount(clause, after));
}

/**
 * The numbers a call uses as product names: "the 747 program", "the 797 Dreamliner", "we delivered
 * 138 747s". Learned from the whole call, so that "orders for the 747" and "above 747" elsewhere in it
 * are read as the product, not a count. Years are never products.
 */
export function productNumbers(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PRODUCT_NUMBER)) {
    const n = m[1] ?? m[2];
    if (n && !YEAR_LIKE.test(n)) out.add(n);
  }
  return out;
}

// "the 797 Dreamliner family", "the 747 MAX", "the 300 series"; not "the 173 aircraft" or "the 173
// Backstage stores" (counts of things, named or not).
const PRODUCT_NUMBER =
  /\bthe\s+(\d{3,4})(?=[\s-]+(?:[A-Z][a-z]+(?![\w-]*\s+[a-z]+s\b)|[A-Z]{2,}\b|program\b|line\b|family\b|platform\b|models?\b|series\b|production\b))|\b\d{1,3}\s+(\d{3,4})s\b/g;
const YEAR_LIKE = /^(?:19|20)\d\d$/;

// No "and" inside: "our Parks and Resorts and Studio Entertainment segments" names the last one.
const SEGMENT_NAMED = /[a-z0-9,;:] ([A-Z][a-z][\w&-]*(?: [A-Z][a-z][\w&-]*){1,3}) (?:segments?|business(?:es)?|groups?|divisions?)\b/g;

/** The one full segment name `segment` is the start of ("Studio" of "Studio Entertainment"), or `segment` itself. */
export function fullSegment(segment: string, names: ReadonlySet<string>): string {
  const start = `${segment.toLowerCase()} `;
  let found: string | null = null;
  for (const n of names) {
    if (!n.startsWith(start)) continue;
    if (found !== null) return segment;
    found = n;
  }
  return found === null ? segment : `${segment} ${titleCase(found.slice(start.length).split(' '))}`;
}

// The character before the name is matched, not looked behind at: a scan for a capital after a
// lower-case letter and a space is much faster than a lookbehind tried at every position.
const NAMED_INSIDE = /[a-z0-9,;:] ([A-Z][a-z][\w&-]*(?: (?:and |& )?[A-Z][a-z][\w&-]*){0,3})/g;
const SUBJECT =
  /^(?:(?:In|For|During)\s+(?:the\s+)?(?:full[\s-]year|fiscal\s+year|(?:first|second|third|fourth)\s+quarter|quarter|year)(?:\s+(?:of\s+)?(?:fiscal\s+)?'?\d{2,4})?\s*,\s*|(?:At|In|For|Within|Turning\s+to|Moving\s+(?:on\s+)?to)\s+)?(?:the\s+|The\s+|our\s+|Our\s+)?([A-Z][\w&.'\u2019-]*(?:\s+(?:and\s+|&\s+|of\s+)?[\w&.'\u2019-]+){0,4}?)(?:\s*,|\s+(?:had|delivered|grew|generated|was|were|reported|posted|increased|decreased|declined|rose|fell|saw|achieved|came|ended|returned|is|are|continued|revenues?|sales)\b)/;
/** Capitalised words that open sentences or name dates and people's courtesies, not segments. */
const NOT_A_SEGMENT_NAME =
  /^(?:yes|no|okay|ok|so|well|thanks|thank|sure|right|now|first|second|third|finally|lastly|overall|additionally|again|however|today|turning|looking|moving|please|good|great|hi|hello|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|mr|mrs|ms|dr|i|we|you|they|it|this|that|these|those|there|here|what|when|where|which|who|how|if|as|on|at|in|for|with|from|by|last|next|this|every|each|while|since|although|because|after|before|during|within|given|despite|including|excluding|following)$/i;
const FIRST_WORD = /^[A-Za-z][\w.'\u2019&-]*/;
const FRAME_WORD = /^(?:At|In|For|Within|Turning|Moving|The|Our)$/;
const FRAMED = /^(?:At|In|For|Within|Turning\s+to|Moving\s+(?:on\s+)?to)\s/;

/**
 * The segment a sentence is about when its subject names one: "The Data Center Group had record
 * revenue", "At Parks and Resorts, revenues increased", "Security was up 6%" (where the call writes
 * "Security" as a name elsewhere). Null for the company itself, periods, metrics and common nouns.
 */
export function subjectSegment(sentence: string, named: ReadonlySet<string>, call: CallWords): string | null {
  // Most sentences open with a pronoun or a connective ("We", "So", "This"): no segment, no regex.
  const first = FIRST_WORD.exec(sentence);
  if (!first || (NOT_A_SEGMENT_NAME.test(first[0]) && !FRAME_WORD.test(first[0]))) return null;
  const m = SUBJECT.exec(sentence);
  return m ? segmentPhrase((m[1] ?? '').replace(POSSESSIVE, ''), FRAMED.test(sentence), named, call) : null;
}

/**
 * The segment a phrase names, if it names one: not the company, a person, a period or a metric.
 * Capitals on every word, or a frame (`framed`: "At Parks and Resorts,"), or a name the call uses elsewhere.
 */
function segmentPhrase(phrase: string, framed: boolean, named: ReadonlySet<string>, call: CallWords): string | null {
  const words = phrase.split(/\s+/);
  const lower = phrase.toLowerCase();
  if (words.some((w) => (NOT_SEGMENT.has(w.toLowerCase()) && !JOINERS.has(w)) || call.people.has(w.toLowerCase())) || ofCompany(words, call)) return null;
  // "Other Bets revenues were …" where the call writes "Other Bets" as a name: an opener word that starts a name.
  if ((NOT_SEGMENT_OPENERS.has(words[0]!.toLowerCase()) && !named.has(lower)) || words.some((w) => NOT_A_SEGMENT_NAME.test(w))) return null;
  METRIC_SCAN.lastIndex = 0;
  if (METRIC_SCAN.test(phrase)) return null;
  const capitalised = words.every((w) => /^[A-Z&]/.test(w) || w === 'and' || w === 'of');
  if (named.has(lower)) return capitalised ? phrase : titleCase(words);
  if (capitalised && (words.length > 1 || framed) && !/^(?:Q[1-4]|H[12]|FY)/.test(phrase)) return phrase;
  return null;
}

// "First, Cloud Services.", "Next, the Orchard Group.", "Moving on to Northlands.": a sentence that is
// nothing but a name after a word that moves on, the heading of what the paragraph then reports.
// Also "Now to More Devices.", "Now on to Harbor.", "Now turning to Rail.", "Finally, turning to
// rail.", "Next, on Harbor.", "Next is Transportation.", "Starting with our gaming business.".
const MOVE_ON = [
  String.raw`(?:First|Second|Third|Next|Then|Finally|Lastly|Now)\s*,\s*(?:(?:turning|moving|switching)\s+(?:on\s+|over\s+)?to\s+|on\s+)?`,
  String.raw`(?:(?:Now|And\s+now)\s+)?(?:[Tt]urning|[Mm]oving|[Ss]witching)\s+(?:now\s+|next\s+)?(?:on\s+|over\s+)?to\s+`,
  String.raw`(?:(?:And\s+)?[Nn]ow\s+)?(?:on|On)\s+to\s+`,
  String.raw`(?:And\s+)?Now\s+to\s+`,
  String.raw`Next\s+(?:up\s+)?is\s+`,
  String.raw`Starting\s+with\s+`,
  // "Let me now turn to our segment results starting with the Google segment."
  String.raw`[^.]{0,80}?[\s,](?:starting|beginning)\s+with\s+`,
  String.raw`(?:Let's|Let\s+me|Let\s+us)\s+(?:now\s+)?(?:start|begin|turn|move)\s+(?:with|to)\s+`,
].join('|');
/** "our final segment, More Personal Computing": the place in the order said before the name. */
const IN_ORDER = String.raw`(?:(?:the|our)\s+(?:final|last|next|first|second|third)\s+(?:segment|business)\s*,\s*)?`;
/** "Turning to Google Cloud, including GCP and G Suite.": what the unit holds, said after its name. */
const WHAT_IT_HOLDS = String.raw`(?:\s*,\s*(?:including|which\s+includes)\s+[^.,;]{1,60})?`;
const HEADING = new RegExp(
  String.raw`^(?:${MOVE_ON})${IN_ORDER}(?:the\s+|our\s+)?([A-Za-z][\w&'\u2019-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Za-z][\w&'\u2019-]*){0,3}?)(?:\s+(segment|business|division))?${WHAT_IT_HOLDS}\s*[.:]?\s*$`,
);

/** What a CFO's remarks take in turn that is no segment: "First, FX.", "Next, Outlook.", "Turning to Q&A." */
const HEADING_TOPIC =
  /^(?:fx|currency|foreign|outlook|guidance|tax|taxes|balance|cash|capital|liquidity|financials|results|highlights|summary|q&a|questions|operator|expenses|margins|costs|other)$/i;

/**
 * The segment a heading sentence names ("First, Cloud Services."), which the paragraph is then
 * about. A name in lower case ("Moving to data center.") only where the heading or the call says it
 * is a unit ("Starting with our gaming business.", "our data center business" elsewhere: `units`).
 */
export function headingSegment(sentence: string, named: ReadonlySet<string>, call: CallWords, units: ReadonlySet<string> = NO_NAMES): string | null {
  const m = HEADING.exec(sentence);
  const phrase = m?.[1];
  if (!phrase) return null;
  const words = phrase.split(/\s+/);
  // "Next, other." is a topic; "Now to Other Bets.", where the call writes it as a name, a segment.
  if (HEADING_TOPIC.test(words[0]!) && !(words.length > 1 && named.has(phrase.toLowerCase()))) return null;
  if (words.every((w) => /^[A-Z&]/.test(w) || JOINERS.has(w))) return segmentPhrase(phrase, true, named, call);
  const lower = phrase.toLowerCase();
  // "Turning to our final segment.": a word of order or of all the units names none.
  if (words.some((w) => NOT_A_UNIT.test(w) || (NOT_SEGMENT.has(w.toLowerCase()) && !JOINERS.has(w)))) return null;
  return m[2] || units.has(lower) || named.has(lower) ? segmentPhrase(titleCase(lower.split(/\s+/)), true, named, call) : null;
}

/**
 * The units a call names in lower case by the word of a unit after them, lower-cased: "our gaming
 * business", "the data center segment", for a heading that names one alone ("Next, gaming.").
 */
export function lowerUnits(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(LOWER_UNIT)) if (!m[1]!.split(' ').some((w) => NOT_A_UNIT.test(w))) out.add(m[1]!); // the one group matches
  return out;
}

const LOWER_UNIT = /\b(?:our|the|its)\s+([a-z][a-z-]*(?: [a-z][a-z-]*)?)\s+(?:business|segment|division)\b/g;

const JOINERS = new Set(['and', '&', 'of']);

/** A word of a period as written in headlines and tables: "FY17", "FQ3", "F" of "F Q2", "YoverY", "year-on-year". */
const PERIOD_TOKEN = /^(?:f?q[1-4]|fy['\u2019]?\d*|f|h[12]|yovery|(?:year|quarter)-(?:on|over)-(?:year|quarter)|\d+)$/i;
/** A pronoun with its verb ("We're taking Aerospace up 2%"). */
const CONTRACTED = /^(?:we|they|it|you|i)['\u2019]/i;

/** What may open a phrase read as a segment and is no part of its name ("On subscription revenue", "Within Latin America"). */
const FRAME_OPENER = /^(?:on|in|at|within|for)$/i;

/**
 * A segment as read, without the words of a period or a month ("Fourth Quarter", "FQ3 DRAM", "through
 * February") and without a pronoun with its verb ("We're taking Aerospace") or a frame ("On
 * subscription"); null when nothing is left, the figure then the company's or its paragraph's. Other
 * words stay: "Here revenues were up 6%" is about something, if not known what.
 */
export function trimSegment(segment: string): string | null {
  const words = segment.split(/\s+/);
  const kept = words.filter((w) => !(PERIOD_TOKEN.test(w) || TIME_WORDS.has(w.toLowerCase()) || monthNumber(w) > 0 || CONTRACTED.test(w)));
  if (kept.length === words.length && !FRAME_OPENER.test(words[0]!)) return segment;
  // "We're taking Aerospace": the verb the pronoun governed goes with it.
  if (CONTRACTED.test(words[0]!)) while (kept.length > 1 && /^[a-z]/.test(kept[0]!) && !SEGMENT_WORDS.has(kept[0]!)) kept.shift();
  while (kept.length > 1 && FRAME_OPENER.test(kept[0]!)) kept.shift();
  return kept.length === 0 || FRAME_OPENER.test(kept[0]!) || JOINERS.has(kept[0]!) ? null : kept.join(' ');
}

/** Words that return a paragraph from a segment to the company as a whole, said of a metric. */
const WHOLE_COMPANY = /\b(?:total|overall|consolidated|company[\s-]wide|companywide|in\s+total)\b/gi;
/** What may stand between such a word and the metric: "Total Q4 revenue", "On a consolidated basis, revenue". */
const UP_TO_METRIC = /^[\s,]*(?:[\w-]+[\s,]+){0,2}$/;
const COMPANY_AFTER = /^\s+(?:company|firm|corporation|business)\b/i;

/**
 * Whether a sentence in a segment's paragraph turns to the whole company: "Total revenue was …",
 * "In total, revenue grew …", "Moving to overall company results." Only when the word qualifies a
 * metric or the company: "Overall unit volume was up 10%" and "Applications was up 6% in total"
 * still speak of the segment.
 */
export function wholeCompany(sentence: string): boolean {
  for (const m of sentence.matchAll(WHOLE_COMPANY)) {
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 50);
    if (COMPANY_AFTER.test(after)) return true;
    METRIC_SCAN.lastIndex = 0;
    const head = METRIC_SCAN.exec(after);
    if (head && UP_TO_METRIC.test(after.slice(0, head.index))) return true;
  }
  return false;
}

/** A word of a reporting unit: most sentences have none and skip the unit topic's regex. */
export const UNIT_WORD = /\b(?:segments?|business\s+units?|divisions?|groups?)\b/i;
const UNIT_TOPIC =
  /(?:^(?:(?:in|at|within|for)\s+)?|\b(?:turning|moving|now|next|switching|looking)\s+(?:over\s+)?(?:to|at)\s+|,\s*)(?:the|our)\s+((?:[A-Za-z][\w&-]*\s+(?:and\s+|&\s+)?){1,4}?)(?:segments?|business\s+units?|divisions?|groups?)\b(?!\s+(?:level|results|basis|total))/i;
const NOT_A_UNIT =
  /^(?:performance|results?|review|total|overall|other|each|every|all|both|reporting|operating|business|this|that|its|their|final|last|next|first|second|third|fourth|largest|smallest|biggest|remaining|new|two|three|four|five)$/i;

/**
 * The unit a sentence turns to, said in any case: "Turning to our Computing and Graphics segment.",
 * "In our automotive segment, …", "the compute and networking business units reported revenue of …".
 * Its later figures are the unit's.
 */
export function unitTopic(sentence: string): string | null {
  if (!UNIT_WORD.test(sentence)) return null;
  const m = UNIT_TOPIC.exec(sentence);
  const words = m?.[1]?.trim().split(/\s+/);
  if (!words || words.some((w) => !JOINERS.has(w) && (NOT_A_UNIT.test(w) || NOT_SEGMENT.has(w.toLowerCase()) || VERBS.has(w.toLowerCase())))) return null;
  return words.every((w) => /^[A-Z&]/.test(w) || JOINERS.has(w)) ? words.join(' ') : titleCase(words);
}

/**
 * The unit a sentence opens on in lower case, framed: "In gaming, revenue …", "Within diabetes care,
 * sales …", where the call names it a unit ("our gaming business": `units`) or writes it as a name
 * elsewhere. Undefined when the sentence opens on no such frame; null when its frame names no unit
 * the call knows ("In diagnostics," in a call that never calls it one, "In fact,", "In constant currency,").
 */
export function framedUnit(sentence: string, units: ReadonlySet<string>, named: ReadonlySet<string>): string | null | undefined {
  const m = FRAMED_LOWER.exec(sentence);
  const phrase = m?.[1];
  if (!phrase) return undefined;
  if (!(units.has(phrase) || named.has(phrase))) return null;
  const words = phrase.split(' ');
  return words.some((w) => NOT_A_UNIT.test(w) || (NOT_SEGMENT.has(w) && !JOINERS.has(w)) || TIME_WORDS.has(w)) ? null : titleCase(words);
}

const FRAMED_LOWER = /^(?:(?:And|and)\s+(?:in|within)|In|Within)\s+(?:our\s+)?([a-z][a-z-]*(?: (?:and |& )?[a-z][a-z-]*){0,3})\s*,/;

/** Words that are all the company's own name ("Acme revenues"); "Acme Cruise Line" names a segment. */
function ofCompany(words: string[], call: CallWords): boolean {
  return words.every((w) => call.company.has(w.toLowerCase().replace(POSSESSIVE, '')));
}

const growingBefore = tailExec(
  /(?:^|[\s,(])((?:[A-Z][\w&.'\u2019-]*)(?:\s+(?:and\s+)?[A-Za-z][\w&.'\u2019-]*){0,3}?)\s+(?:growing|grew|was\s+up|were\s+up|up|increased|rose|declined|fell|was\s+down|were\s+down|down)\s+(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?$/,
);

/**
 * The segment named as what grew right before a figure: "with North America operations growing 31%",
 * "China was up 5%". Null for metrics, the company, pronouns and periods.
 */
export function growingSegment(before: string, call: CallWords, names: ReadonlySet<string> = NO_NAMES): string | null {
  const m = growingBefore(before.slice(-80));
  if (!m) return namedGrowing(before.slice(-80), names);
  const named = m[1] ?? '';
  const words = named.split(/\s+/);
  if (
    words.some(
      (w) =>
        (NOT_SEGMENT.has(w.toLowerCase()) && !JOINERS.has(w)) ||
        NOT_A_SEGMENT_NAME.test(w) ||
        (VERBS.has(w.toLowerCase()) && !JOINERS.has(w)) ||
        call.people.has(w.toLowerCase()),
    ) ||
    ofCompany(words, call)
  )
    return null;
  if (/^(?:Q[1-4]|H[12]|FY)/.test(named)) return null;
  METRIC_SCAN.lastIndex = 0;
  return METRIC_SCAN.test(named) ? null : named.replace(POSSESSIVE, '');
}

const NO_NAMES: ReadonlySet<string> = new Set();
const lowerGrowingBefore = tailExec(
  /(?:^|[\s,(])((?:[a-z][\w&.'\u2019-]*)(?:\s+(?:and\s+)?[a-z][\w&.'\u2019-]*){0,3}?)\s+(?:growing|grew|was\s+up|were\s+up|up|increased|rose|declined|fell|was\s+down|were\s+down|down)\s+(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?$/,
);

/**
 * "and international operations growing 19%": a segment said in lower case is one where the call
 * writes it as a name elsewhere ("International Operations"), the longest such ending winning, or
 * where a segment word names a unit ("international operations", "wholesale business").
 */
function namedGrowing(before: string, named: ReadonlySet<string>): string | null {
  const words = lowerGrowingBefore(before)?.[1]?.split(/\s+/);
  if (!words) return null;
  for (let i = 0; i < words.length; i++) {
    const tail = words.slice(i);
    if (named.has(tail.join(' '))) return titleCase(tail);
  }
  const unit = words.slice(-2);
  return unit.length === 2 && SEGMENT_WORDS.has(unit[0]!) && UNIT_NOUN.test(unit[1]!) ? titleCase(unit) : null;
}

const UNIT_NOUN = /^(?:operations|business|businesses|segment|division|unit)$/;

function titleCase(words: string[]): string {
  return words.map((w) => (w === 'and' || w === 'of' ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}
