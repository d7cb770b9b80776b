// Basis and claim: is a figure a reported actual, guidance, a revision, an expectation, a long-term
// target, an earlier period's value or a change? Read from the cue words of its sentence that come
// before it, and from the words right around it.

import type { Basis } from './figure';
import { firstTail, groupCount, tailTest, topLevelBar, whichGroup } from './tail';

export type CueKind = 'hypothetical' | 'long-term' | 'guidance' | 'revised-ahead' | 'revision' | 'past-expectation' | 'target' | 'future' | 'actual';

export interface Cue {
  kind: CueKind;
  start: number;
  end: number;
}

/** Cue words of each kind, each starting at a word boundary (CUE_SCAN puts it before them all). */
const CUES: [CueKind, RegExp][] = [
  [
    'hypothetical',
    // "… revenue would have been \$450 million": what did not happen is no result.
    /(?:typically|normally|historically|usually|traditionally|in\s+a\s+(?:normal|typical)\s+\w+|would\s+(?:typically\s+|normally\s+)?(?:expect|see|anticipate|need|have\s+to|require)|(?:would|could)\s+have\s+(?:been|grown|increased|decreased|declined|risen|fallen|come\s+in|totall?ed|reached|improved)|would've\s+been)\b/,
  ],
  // A standing range ("our long-term guidance", "long-term growth range") is a target, not an outlook
  // for a period; "long-term debt" and its kin are balance-sheet items, and "long-term products" or
  // "long-term customers" kinds of things the business has, not horizons.
  [
    'long-term',
    /(?:long(?:er)?[\s-]term)\b(?!\s+(?:debt|borrowings?|investments?|assets?|liabilit\w*|notes?|leases?|contracts?|incentives?|care|obligations?|deferred|products?|funds?|customers?|relationships?|value|shareholders?|investors?|partners?|services?|agreements?|strategy|strategic|health|success|potential|interests?))/,
  ],
  // "we indicated gross capital in the year of \$14 billion" states an outlook; "as I indicated" recalls a remark.
  [
    'guidance',
    /(?:guidance|guided|guiding|guide|outlook|forecast(?:ed|ing)?|targeted\s+range|target\s+range|(?<!\bas\s)(?:we|I)\s+(?:have\s+)?(?:indicated|outlined))\b/,
  ],
  // "we now anticipate", "is now projected to", "we are now forecasting": the outlook as it stands after a change.
  [
    'revised-ahead',
    /(?:now\s+(?:expect|anticipate|forecast|project|see|estimate|believe|guid)\w*|(?:is|are)\s+now\s+(?:expected|projected|forecast|anticipated|estimated)|(?:we\s+are|we're)\s+now\s+(?:forecasting|expecting|projecting|anticipating|guiding))\b/,
  ],
  [
    'revision',
    /(?:updated?|revised?|rais(?:ed|e|ing)|increas(?:ed|ing)|lower(?:ed|ing)|reduc(?:ed|e|ing)|(?<=\b(?:we|we've|we're|have|has|had|been|be|are|is|was|were)\s+(?:\w+\s+)?)adjust(?:ed|ing)?|narrow(?:ed|ing)?|refine(?:d|ment)?|refining|cut|lifted|trimmed)\b/,
  ],
  [
    'past-expectation',
    /(?:(?:we|I|you)\s+(?:had\s+|originally\s+|previously\s+|initially\s+)*(?:said\s+(?:that\s+)?(?:we|I)\s+)?(?:expected|anticipated|projected|forecasted|thought|estimated|were\s+expecting|planned)|(?:our|previous|prior|earlier|original)\s+(?:\w+\s+)?(?:expectations?|estimates?)|expected\s+range|(?:consensus|street)\s+(?:estimates?|expectations?))\b/,
  ],
  [
    'target',
    /(?:target\s+model|targets?|goals?|objectives?|aspirations?|(?:over|for|in|within)\s+the\s+next\s+(?:[\w-]+\s+){0,3}years|by\s+(?:the\s+end\s+of\s+)?20\d\d)\b/,
  ],
  [
    'future',
    /(?:will|shall|expects?|expecting|anticipates?|anticipating|forecasts?|projects?|projecting|modell?ed\s+(?:at|to\s+be)|plans?\s+(?:to|on)|planning\s+(?:to|on)|intends?\s+to|should|going\s+to|look(?:ing)?\s+(?:ahead|forward|to)|going\s+forward|next\s+(?:year|quarter|\d+\s+years)|likely|aims?\s+to|(?:is|are|be|remain)\s+(?:expected|projected|forecast|anticipated|estimated)|to\s+be\s+(?:around|about|approximately|roughly|in\s+the|between|at)|in\s+20\d\d\s+(?:we|it))\b/,
  ],
  [
    'actual',
    /(?:actual|already|was|were|(?:has|have|had)\s+been|came\s+in|ended|amounted|totaled|totalled|reached|grew|increased|decreased|declined|rose|fell|dropped|generated|(?:we|they|it|company)\s+reported|delivered|achieved|improved|posted|recorded|had|saw|closed|finished|resulted|represented|contributed|added|realized|shipped|is|are)\b/,
  ],
];

// One word boundary before all the kinds, not one per kind, makes the scan twice as fast; "'ll" is
// the one cue that starts inside a word.
const CUE_SCAN = new RegExp(`\\b(?:${CUES.map(([, re]) => `(${re.source})`).join('|')})|('ll\\b)`, 'gi');
/** The kind of each capture group of CUE_SCAN, in order. */
const CUE_KINDS: CueKind[] = [...CUES.map(([kind]) => kind), 'future'];
/**
 * Past remarks that an outcome was foreseen ("As anticipated, we generated cash") are not cues, nor
 * are comparisons with one ("ended better than we expected at 60.6%", "came in above our expectations,
 * growing 20%": the figure is the result), nor
 * the listener's future ("you'll see that other revenue increased 132%": what they will read reports).
 */
const NEUTRAL =
  /\b(?:you(?:'ll|\u2019ll|\s+will)\s+(?:see|notice|find)\b(?=\s+(?:that\s+)?[^.;]{0,60}?\b(?:increased|decreased|grew|declined|rose|fell|was|were)\b)|as\s+(?:anticipated|expected|planned|forecast|promised|mentioned|noted|discussed)\b|(?:better|worse|higher|lower|stronger|weaker|greater|faster|slower)\s+than\s+(?:we\s+|I\s+)?(?:had\s+|originally\s+|previously\s+)*(?:expected|anticipated|planned|forecast(?:ed)?|thought)\b|(?:consistent|in\s+line)\s+with\s+(?:our\s+|the\s+)?(?:expectations?|guidance|outlook|estimates?)\b|(?:above|below|ahead\s+of|short\s+of|exceed(?:ed|ing|s)?|beat|beating|topp?(?:ed|ing)?)\s+(?:our\s+|the\s+|their\s+)?(?:own\s+|earlier\s+|prior\s+|previous\s+|original\s+)?(?:expectations?|estimates?)\b)/gi;
/** A guidance mention that only compares against guidance: "lower than our guidance", "met the guidance". */
const guidanceReference = tailTest(
  /\b(?:met|meet|meets|beat|beats|exceeded|exceed|missed|miss|above|below|than|versus|vs\.?|against|within|ahead\s+of|short\s+of|in\s+line\s+with)\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:\w+\s+)?$/i,
);

const toBefore = tailTest(/\bto\s+$/i);

export function sentenceCues(sentence: string): Cue[] {
  const masked = sentence.replace(NEUTRAL, (m) => ' '.repeat(m.length));
  const out: Cue[] = [];
  CUE_SCAN.lastIndex = 0;
  for (let m = CUE_SCAN.exec(masked); m; m = CUE_SCAN.exec(masked)) {
    let i = 0;
    while (i < CUE_KINDS.length - 1 && m[i + 1] === undefined) i++; // the alternative that matched, without copying the groups
    const kind = CUE_KINDS[i]!; // i < CUE_KINDS.length
    if (kind === 'guidance' && guidanceReference(masked.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "expect the change to have a … impact": an infinitive has no tense.
    if (kind === 'actual' && toBefore(masked.slice(Math.max(0, m.index - 4), m.index))) continue;
    out.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The words right around a figure that fix its basis whatever the sentence says. */
const PRIOR_BEFORE =
  /\b(?:up|down|increased?|decreased?|improved|declined?|rose|fell|grew)?\s*(?:(?<!\brang(?:e|es|ed|ing)\s+)from|versus|vs\.?|compared\s+(?:to|with)|against|over|relative\s+to)\s+(?:the\s+|a\s+|an\s+)?$/i;
/** "versus an operating loss of", "compared with a gross margin of": the comparison names its metric first (not guidance: that is no earlier period). */
const versusOf = tailTest(
  /\b(?:versus|vs\.?|compared\s+(?:to|with))\s+(?:the\s+|a\s+|an\s+)?(?!(?:[a-z-]+\s+){0,3}?(?:guidance|outlook|expectations?|estimates?|forecast|consensus|targets?|plan)\b)(?:[a-z-]+\s+){1,3}?of\s+$/i,
);
const VERSUS_WORD = /\bv(?:ersu)?s\b|\bcompared\b/i;
const PRIOR_AFTER =
  /^\s*(?:in\s+|for\s+|during\s+|at\s+)?(?:the\s+)?(?:(?:prior|previous|last|year-ago|same|preceding)(?:[\s-]+year)?\s+(?:[gq]uarter|year|period)|(?:a|one)\s+year\s+(?:ago|earlier)|last\s+(?:year|quarter)|(?:we\s+)?(?:got|reported|had|saw)\s+in\s+(?:19|20)\d\d)\b/i;
const CHANGE_BEFORE =
  /\b(?:growth\s+(?:rate\s+)?(?:(?:accelerat|decelerat|slow|improv)\w*\s+to|was|were|is|of|at)|up|down|increased?|decreased?|increasing|decreasing|grew|grow|growth\s+of|growing|rose|rise\s+of|fell|declined?|declining|dropped|drop\s+of|improved?|improvement\s+of|expanded|expansion\s+of|contracted|higher|lower|gained|added|lost|increase\s+of|decrease\s+of|decline\s+of|change\s+of|swing\s+of)\s+(?:by\s+|at\s+)?(?:of\s+)?(?:only\s+|another\s+|an?\s+additional\s+)?$/i;
// "an increase in gross margin of 2 points", and the verb's own "will increase EPS by \$0.28",
// "reduce the tax rate by 1 point": a difference to the metric named between, not its level.
const CHANGE_IN =
  /\b(?:(?:increase|decrease|decline|growth|rise|drop|improvement|reduction|change)\s+(?:in|to)\s+(?:[\w-]+\s+){1,3}(?:of|by)|(?:increas|decreas|reduc|rais|lower|boost|lift|cut)(?:e|es|ed|ing|s)?\s+(?:[\w.-]+\s+){1,8}by)\s+$/i;
const CHANGE_AFTER =
  /^\s*(?:(?:fx|currency)[\s-]neutral\s+|constant[\s-]currency\s+|organic\s+|reported\s+|underlying\s+)?(?:increase|decrease|decline|growth|improvement|rise|drop|gain|reduction|higher|lower|more|less|year[\s-]over[\s-]year|sequentially|y\/y|yoy|organically)\b/i;
/** "a headwind of \$0.02", "a \$0.02 headwind", "an impact of 3 points": the size of an effect on something. */
const EFFECT_BEFORE = /\b(?:headwind|tailwind|impact)\s+of\s+(?:only\s+|another\s+|an?\s+additional\s+)?$/i;
const EFFECT_AFTER = /^\s*(?:headwind|tailwind)s?\b/i;
const EXPECTATION_AFTER =
  /^[\s,]*(?:that\s+|which\s+)?(?:we|I|you|they)\s+(?:had\s+|originally\s+|previously\s+|initially\s+)*(?:anticipated|expected|forecasted|projected|estimated|planned|were\s+expecting|thought)\b/i;
const GUIDANCE_AFTER = /^[\s,]*(?:that\s+|which\s+)?(?:we|I)\s+(?:had\s+)?(?:[a-z]+ly\s+)?(?:guided|guide|forecast|are\s+guiding)\b/i;
// "our full year estimated tax rate of 21%": the company's own estimate for the period is its outlook.
const GUIDANCE_BEFORE =
  /\b(?:estimated\s+(?:[\w-]+\s+){1,3}?(?:of|at)\s+|(?:guidance|guided|outlook|forecast|targeted\s+range|target\s+range)\s+(?:of|was|is|at|to|for|called\s+for)?\s*(?:(?:was|is|been|be|a|an|the|range|of|between|to)\s+)*|(?:range|guidance|outlook)\s+(?:that\s+)?(?:we|I)\s+(?:had\s+)?(?:given|provided|gave|set|guided)\s+(?:of\s+|at\s+)?)$/i;
const EXPECTED_BEFORE = /\b(?:expected|estimated|anticipated)\s+(?:range\s+)?(?:of\s+)?(?:between\s+)?$/i;

export interface Local {
  before: string;
  after: string;
}

/**
 * 'outside': a standing range the period is placed outside of (still a statement about the period);
 * 'long-term': the figure names a long-term or standing range itself ("long-term growth range",
 * "the optimal zone of"), no period's.
 */
export type LocalBasis = 'prior' | 'change' | 'effect' | 'expectation' | 'guidance' | 'outside' | 'long-term' | null;

// Each side is read with one regex that tries its patterns in the order below and tells the first
// that matches: two regex calls per figure instead of nine.
const beforeKind = firstTail([PRIOR_BEFORE, EXPECTED_BEFORE, GUIDANCE_BEFORE, CHANGE_BEFORE, CHANGE_IN, EFFECT_BEFORE]);
const afterKind = firstHead([PRIOR_AFTER, EXPECTATION_AFTER, GUIDANCE_AFTER, CHANGE_AFTER, EFFECT_AFTER]);

/**
 * "will come in just below our 3% to 5% range": a range the speaker places the period outside of is
 * one the company keeps (a target), not the period's outlook; "at the low end of" and "within" are
 * not here: those place the period inside the range, which is then its outlook.
 */
const OUTSIDE_BEFORE =
  /\b(?:just\s+|slightly\s+|a\s+bit\s+|somewhat\s+|well\s+)?(?:below|above|short\s+of|outside(?:\s+of)?|beyond)\s+(?:our|the|its|their|this|that)\s+(?:[\w-]+\s+){0,4}$/i;
const RANGE_AFTER = /^\s*(?:[\w-]+\s+){0,3}range\b/i;
/** "our 7% to 9% top line long-term growth range": the figure names the standing range itself. */
const LONG_TERM_AFTER = /^\s*(?:[\w-]+\s+){0,4}long(?:er)?[\s-]term\s+(?:[\w-]+\s+){0,2}(?:range|targets?|goals?|guidance|model|framework|algorithm)\b/i;

/** "cash balances to be in the optimal zone of \$600 million to \$1 billion": a range the company keeps to. */
const STANDING_BEFORE = /\b(?:optimal|comfort(?:able)?|preferred)\s+(?:zone|range|band)\s+(?:of\s+)?(?:between\s+)?$/i;

export function localBasis(l: Local): LocalBasis {
  if (LONG_TERM_AFTER.test(l.after) || STANDING_BEFORE.test(l.before)) return 'long-term';
  if (OUTSIDE_BEFORE.test(l.before) && RANGE_AFTER.test(l.after)) return 'outside';
  // Tried only where its word is: the words-between form costs more than the others together.
  if (VERSUS_WORD.test(l.before) && versusOf(l.before)) return 'prior';
  const before = beforeKind(l.before);
  const after = afterKind(l.after);
  if (before === 0 || after === 0) return 'prior';
  if (after === 1 || before === 1) return 'expectation';
  if (after === 2 || before === 2) return 'guidance';
  if (before === 3 || before === 4 || after === 3) return 'change';
  if (before === 5 || after === 4) return 'effect';
  return null;
}

/** Which of the `^`-anchored `res` (same flags, no capture groups) is the first to match, or -1. */
function firstHead(res: RegExp[]): (s: string) => number {
  const first = res[0];
  if (!first) throw new Error('firstHead: no patterns');
  for (const re of res) {
    if (!re.source.startsWith('^') || topLevelBar(re.source) || groupCount(re) > 0 || re.flags !== first.flags) throw new Error(`firstHead: /${re.source}/`);
  }
  const head = new RegExp(`^(?:${res.map((re) => `(${re.source.slice(1)})`).join('|')})`, first.flags);
  return (s) => whichGroup(head.exec(s));
}

export interface BasisInput {
  /** Cues of the sentence before the figure. */
  cues: Cue[];
  /** Cues between the figure and the next one, for "is expected to …" after the figure. */
  after: Cue[];
  local: LocalBasis;
  role: string | null;
  hasMetric: boolean;
  /**
   * Said against an earlier outlook ("up \$2.5 billion versus our expectations") or on the way to a
   * level given beside it ("increase by \$2 million to \$38 million"): a difference, not the outlook.
   */
  against?: boolean;
}

export interface BasisResult {
  basis: Basis;
  /** Forward-looking when said. */
  claim: boolean;
}

export function decideBasis(x: BasisInput): BasisResult {
  const has = (k: CueKind) => x.cues.some((c) => c.kind === k);
  const analyst = x.role === 'analyst';
  const tense = nearestTense(x.cues) ?? nearestTense(x.after.filter((c) => c.kind === 'future'));
  let basis: Basis;
  if (has('hypothetical')) basis = 'other';
  else if (has('long-term')) basis = 'target';
  else if (has('revised-ahead')) basis = analyst ? 'expectation' : 'revised-guidance';
  else if (has('guidance')) basis = revisedAfterGuidance(x.cues) ? 'revised-guidance' : 'guidance';
  else if (has('past-expectation')) basis = 'expectation';
  else if (has('target')) basis = 'target';
  else if (tense === 'future') basis = analyst ? 'expectation' : 'guidance';
  else if (tense === 'actual' || (!analyst && x.hasMetric)) basis = 'actual';
  else basis = 'other';
  const forward =
    basis === 'guidance' || basis === 'revised-guidance' || basis === 'expectation' || basis === 'target' || (has('hypothetical') && tense === 'future');
  // "increasing our outlook from 27% to 31%": what it is raised from is the earlier outlook.
  if (x.local === 'prior')
    return forward && basis !== 'target' && (has('revision') || has('revised-ahead')) ? { basis: 'guidance', claim: true } : { basis: 'prior', claim: false };
  // Guided growth ("we expect revenue to grow 10%") is guidance; a difference from the earlier outlook is a change.
  if (x.local === 'change') return { basis: basis === 'other' ? 'other' : forward && !x.against ? basis : 'change', claim: forward };
  if (x.local === 'expectation') return { basis: 'expectation', claim: true };
  if (x.local === 'outside' || x.local === 'long-term') return { basis: 'target', claim: true };
  if (x.local === 'guidance') return { basis: has('revision') && has('guidance') ? 'revised-guidance' : 'guidance', claim: true };
  return { basis, claim: forward };
}

/** The tense of the nearest tense cue before the figure: "was" → actual, "will" → future. */
function nearestTense(cues: Cue[]): 'future' | 'actual' | null {
  for (let i = cues.length - 1; i >= 0; i--) {
    const k = cues[i]!.kind; // 0 <= i < cues.length
    if (k === 'future' || k === 'actual') return k;
  }
  return null;
}

/** "guidance was increased to", "we raised our guidance", "updated guidance": a revision near guidance. */
function revisedAfterGuidance(cues: Cue[]): boolean {
  for (let i = 0; i < cues.length; i++) {
    const g = cues[i]!; // both loops stay within 0 <= index < cues.length
    if (g.kind !== 'guidance') continue;
    for (let j = Math.max(0, i - 2); j < Math.min(cues.length, i + 3); j++) {
      const c = cues[j]!;
      if ((c.kind === 'revision' || c.kind === 'revised-ahead') && Math.abs(c.start - g.start) < 70) return true;
    }
  }
  return false;
}
