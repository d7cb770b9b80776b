// Figures of a document: every numeral (numerals.ts), attributed to a metric, a period and a basis
// from its sentence, and to the speaker of its turn. One pass, sentence by sentence; what carries
// between sentences (the period being talked about, the channel named last, the month guidance was
// given in) lives in a small per-turn state.

import type { Position } from 'vscode-languageserver-types';
import type { Transcript, Turn } from '../model';
import { TextLines } from '../text';
import { fiscalCalendar, type FiscalCalendar } from './calendar';
import { decideBasis, localBasis, sentenceCues, type Cue, type LocalBasis } from './basis';
import { finnumCategory } from './category';
import type { Basis, Figure, Side } from './figure';
import { LineCursor } from './lineCursor';
import { FigureMemo } from './memo';
import {
  callWords,
  growingSegment,
  wholeCompany,
  lossAmount,
  metricMentions,
  namedChannel,
  namedPhrases,
  segmentNames,
  abbreviations,
  initialsOf,
  placeNamed,
  productNumbers,
  unitTopic,
  UNIT_WORD,
  saidAsEffect,
  fullSegment,
  salesTopic,
  SEGMENTED,
  shareOf,
  subjectSegment,
  headingSegment,
  lowerUnits,
  framedUnit,
  trimSegment,
  type CallWords,
  type MetricMention,
  STATUTORY_RATE,
  REPURCHASE_AUTHORIZATION,
  EXPENSE_RATIO,
} from './metrics';
import { looksLikeData } from './noise';
import { qualifierMentions, qualifierOf, respectiveQualifiers } from './qualifiers';
import { MOVES_TO, scanNumerals, withoutQualifier, type Numeral } from './numerals';
import { endMonth, fiscalYear, formatPeriod, nineMonths, type Period, samePeriod, shiftQuarter } from '../period';
import { isComparisonBase, namesPeriod, relativeMentions, resolvePart, type PeriodMention } from './periods';
import { splitSentences } from './sentences';
import { tailTest } from './tail';
import { finish } from '../steps';

interface Block {
  start: number;
  end: number;
  turn: number | null;
}

/** What a speaker is talking about, carried from sentence to sentence within a turn. */
interface TurnState {
  /** The period ahead being discussed ("our guidance for the first quarter of 2013"). */
  future: Period | null;
  /** The past or current period being discussed; the call's period at each paragraph start. */
  past: Period | null;
  /** The period the turn last said its guidance is for ("we updated guidance for the second quarter"). */
  guidedFor: Period | null;
  channel: string | null;
  /** Month named last in the turn ("In November, we … updated guidance"). */
  month: string | null;
  /**
   * The period a paragraph's first sentence with figures opens with ("In the first nine months of
   * 2024, …"): the turn reports on it, so later paragraphs return to it rather than to the call's.
   */
  frame: Period | null;
  /** Whether the paragraph has had a sentence with figures yet. */
  figured: boolean;
  /** The segment the paragraph is about ("The Data Center Group delivered a great quarter."), for its later margins and revenue. */
  segment: string | null;
  /** Whether that segment was opened by a frame in lower case ("In gaming, revenue …"). */
  framed: boolean;
  /** The segment the paragraph's heading named ("Starting with the Google segment."): a name in full, never a short one. */
  headed: string | null;
  /** The metric the last sentence that named one was about, for "Security was up 6%" after "our Q2 revenue". */
  topic: string | null;
  /** The segment of that topic ("AWS revenue"). */
  topicSegment: string | null;
  /** The metric named last in the turn, for "we expect it to go down to 20%". */
  lastMetric: { name: string; segment: string | null } | null;
  /** Whether the sentence before named it: "For the year, up 22%" goes on only from the sentence before. */
  lastMetricFresh: boolean;
  /** The last figure of a metric in the sentence before, for "This is \$50 million more than we expected." after it. */
  lastFigure: Previous | null;
  /** Metrics and periods whose guidance this turn has revised ("we now expect"): its later guidance for them is the revision. */
  revised: Set<string>;
  /** The outlook the paragraph's last sentence gave, for "This reflects gross capex of \$14 billion" after it. */
  outlook: Basis | null;
  /** The turn said its outlook was revised between calls ("we lowered our guidance on January 28"). */
  revisedBetween: boolean;
  /** The analyst's question this turn answers. */
  asked: Question | null;
}

/** An empty list to share where nothing is found: the lists a sentence's figures read are never changed. */
const NONE: never[] = [];
const DATE_KINDS = new Set(['year', 'quarter', 'half', 'fiscal-year', 'date', 'time']);
const AHEAD =
  /\b(?:will|expect|anticipate|guidance\s+for|outlook|guiding|guide|forecasts?|forecasting|(?<!\bas\s)(?:we|I)\s+(?:have\s+)?(?:indicated|outlined))\b/i;
const MONTH =
  /\b(?:in|since|during|on|back\s+in|early|late|mid)[\s-]+(January|February|March|April|May|June|July|August|September|October|November|December)\b/gi;
/**
 * Every MONTH match names a month: sentences without one (most) skip the slower MONTH scan. No
 * name overlaps another, so a search from a sentence's start finds the name the whole block's scan
 * would find there. Grouped by first letters, which the engine tries faster than twelve names.
 */
const MONTH_NAMES = /J(?:anuary|u(?:ne|ly))|February|Ma(?:rch|y)|A(?:pril|ugust)|September|October|November|December/gi;
/** "312 net new stores during the fiscal year", "12% next year": the period right after what the figure names. */
const RIGHT_ADJACENT = /^(?:[\s,]*(?:in|for|during|of|through|at|by|over)\s+(?:the\s+)?(?:\w+\s+){0,2}|\s+)$/i;
const TRAILING_AFTER =
  /^(?:[^,;.]{0,40}?\b(?:over|in|for|during)\s+the\s+(?:past|last|trailing|prior)\s+(?:12|twelve)[\s-]+months?\b|\s*(?:,\s*)?(?:on\s+a\s+)?(?:trailing[\s-]+(?:12|twelve)[\s-]+months?|ttm|ltm)\b)/i;
const MONTH_NAME_WORD = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "in July" or "for the month of July", not "the July quarter" nor "July 2031". */
const MONTH_AFTER = new RegExp(String.raw`^\s+(?:[Ii]n|[Dd]uring|[Ff]or)\s+(?:the\s+month\s+of\s+)?${MONTH_NAME_WORD}\b(?!\s+(?:quarter|\d))`);
const MONTH_BEFORE = tailTest(
  new RegExp(String.raw`\b(?:[Ii]n|[Dd]uring|[Ff]or)\s+(?:the\s+month\s+of\s+)?${MONTH_NAME_WORD}\b(?!\s+(?:quarter|\d))(?:\s*,)?[^,;.\d]{0,40}$`),
);
/** The trailing year said just before the figure's verb: "Revenue over the last twelve months was", "Over the past 12 months, we added". */
const PART_OF = /^\s+of\s+(?:(?:the|our|this|that)\s+)?$/i;
const TRAILING_BEFORE = tailTest(
  /(?:\b(?:over|in|for|during)\s+the\s+(?:past|last|trailing|prior)\s+(?:12|twelve)[\s-]+months?|\b(?:trailing[\s-]+(?:12|twelve)[\s-]+months?|ttm|ltm))\b(?:\s*,)?[^,;.\d]{0,40}$/i,
);
const THROUGH_GAP = /^[^,;]{0,30}?\b(?:through|until|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:the\s+)?$/i;
/** "… stores and entered": the figure's clause goes on with "and" to the next figure, said in the same tense. */
const JOINED_TO_NEXT = /^[^,;.]{0,40}?\band\s+(?!(?:expect|plan|anticipat|will|guid|forecast|project|target|see)\w*\s)(?:\w+\s+)?$/i;
/** "… by the close of fiscal 2018", "by year-end": a deadline after the figure. */
const BY_PERIOD_END = /^[^,;.]{0,40}?\bby\s+(?:the\s+)?(?:(?:close|end)\s+of\b|year[\s-]end\b)/i;
/** "the number of active members grew from": the thing counted, before the figure in its clause. */
const NUMBER_OF =
  /\bthe\s+number\s+of\s+(?:(?:our|its|their)\s+)?((?:(?!(?:and|or|that|who|which|than)\s)[a-z][\w-]*\s+){0,2}(?!(?:and|or|that|who|which|than)\s)[a-z][\w-]*)\s+(?:from|to|by|was|were|is|are|has|have|grew|increased|rose|reached|of)\s+(?:[^,;.]{0,40}?\s)?$/i;
/** "… of cash per year", "… annually", "125 wafers per hour": said as a rate over time, no period's amount. */
const RATE_AFTER =
  /^(?:\s+(?!in\b|for\b|during\b)[\w-]+){0,3}?\s+(?:(?:per|a|an|each|every)\s+(?:year\b(?![\s-]+(?:ago|earlier|before|prior|over|on)\b)|hour\b|minute\b)|annually\b|per\s+annum\b)/i;
/** Currency's effect: "FX impact", "currency headwinds", "foreign exchange". */
const CURRENCY_EFFECT = /\b(?:FX|foreign\s+exchange|currenc(?:y|ies)|exchange\s+rates?)\b/i;
/** ", and to end fiscal 2019 with": an infinitive joined to the outlook's verb before it. */
const AND_TO_VERB = /,?\s+and\s+to\s+[a-z]+\b/i;
const RESPECTIVELY = /\brespectively\b/i;
const CLAUSE_TO_PERIOD = /^[^,;.]{0,40}?\b(?:in|for|during|over)\s+(?:the\s+)?(?:\w+\s+){0,3}$/i;
const RIGHT_METRIC = /^\s*(?:of|in)\s+(?:[\w-]+\s+){0,2}?$/i;
/** "\$47 billion to capex", "\$150 million to repurchase": money spent on what follows. */
const MONEY_TO_METRIC = /^\s*(?:to|for|on)\s+(?:the\s+|our\s+)?$/i;
const DIRECT_METRIC = /^[\s-]*$/;
/**
 * "a 2% global comp", "75% non-GAAP gross margin", "9% year-over-year sales growth": one word, after a
 * qualifier, may stand between a percentage and its metric. Not a conjunction: in "spending was up 4% and occupancy rose" the metric
 * after "and" opens the next clause.
 */
const NEAR_METRIC = /^\s+(?:(?:[Nn]on-)?GAAP\s+|[Aa]djusted\s+)?(?:(?!(?:and|or|but|while|whereas)\s)[a-z][a-z-]*\s+)?$/;
/**
 * "-point decline in", " improvement in our", " reduction in the": a change of the metric that follows;
 * " positive impact on", " year-over-year impact on our", " benefit to", " headwind to the", " drag on": an
 * effect on it ("a benefit on the cash flow statement" says where it shows, not what it moved).
 */
const CHANGE_OF =
  /^[\s-]*(?:points?\s+|basis\s+points?\s+|bps\s+)?(?:(?:decline|improvement|increase|reduction|expansion|contraction|drop|rise|decrease|headwind|tailwind)s?\s+(?:in|of)|(?:(?:positive|negative|adverse|favou?rable|unfavou?rable|year-over-year|sequential)\s+)?(?:(?:impact|effect)s?\s+on|(?:benefit|headwind|tailwind|hit|drag)s?\s+to|(?:headwind|tailwind|hit|drag)s?\s+on))\s+(?:our\s+|the\s+|its\s+)?$/i;

/**
 * The figures of a document, block by block (turn bodies and the stretches between them). Each
 * block is read from its own text, so `memo` can hand back the figures of blocks an edit left alone.
 */
export function recogniseFigures(lines: TextLines, transcript: Transcript, memo: FigureMemo = new FigureMemo()): Figure[] {
  return finish(figureSteps(lines, transcript, memo));
}

/**
 * `recogniseFigures` a block at a time: yields after each turn's text (a long presentation's takes
 * milliseconds), so that a caller can answer requests between. A reading left between steps while
 * another of the same memo begins (the call was edited meanwhile) costs the memo some reuse only:
 * its blocks are matched by their text and context, never by their place.
 */
export function* figureSteps(lines: TextLines, transcript: Transcript, memo: FigureMemo = new FigureMemo()): Generator<void, Figure[]> {
  const call = transcript.meta.period;
  const calendar = fiscalCalendar(call, transcript.meta.date);
  const words = callWords(transcript.meta.company, [...transcript.participants.map((p) => p.name), ...transcript.turns.map((t) => t.speaker ?? '')]);
  // The names the whole call writes with capitals, and its people: a block's figures depend on them, so they are part of its context.
  const named = namedPhrases(lines.text);
  const segments = segmentNames(lines.text);
  const products = productNumbers(lines.text);
  const defined = abbreviations(lines.text);
  const units = lowerUnits(lines.text);
  const namedKey = digest([named, segments, words.people, products, units, new Set([...defined].map(([k, v]) => `${k}=${v}`))]);
  const out: Figure[] = [];
  const revised = new Map<string, Map<number, Figure>>();
  // What a block's figures depend on besides its text: one string per role, made once.
  const contexts = new Map<string, string>();
  const contextOf = (role: string) =>
    contexts.get(role) ??
    contexts.set(role, `${call && formatPeriod(call)}\u0000${transcript.meta.date}\u0000${transcript.meta.company}\u0000${namedKey}\u0000${role}`).get(role)!;
  memo.begin();
  // The analyst's question the next answer replies to: the figures it gives are part of the answer's context.
  let question: Question | null = null;
  for (const block of blocks(lines, transcript)) {
    const turn = block.turn === null ? null : (transcript.turns[block.turn] ?? null);
    const text = lines.text.slice(block.start, block.end);
    const asked = turn?.role === 'executive' ? question : null;
    const context = contextOf(turn ? turn.role : '') + (asked ? `\u0000${asked.key}` : '');
    const figures = memo.figures(text, context, lines.positionAt(block.start), block.turn, turn?.speaker ?? null, (base) =>
      blockFigures(text, base, { call, calendar, words, named, segments, products, abbreviations: defined, units }, turn, block.turn, asked),
    );
    if (turn) question = turn.role === 'analyst' ? questionOf(figures) : null;
    for (const shared of figures) {
      // The memo's figures are shared between versions: guidance, which may be marked revised here, is copied.
      const f = shared.basis === 'guidance' ? { ...shared } : shared;
      restatedGuidance(f, revised);
      out.push(f);
    }
    yield;
  }
  memo.end();
  return out;
}

/**
 * A short fingerprint (FNV-1a) of sets of words, in their order, to key the memo without keeping
 * them: the same text gives the same order, and a different order only costs a block's re-read.
 */
function digest(sets: ReadonlySet<string>[]): string {
  let h = 0x811c9dc5;
  let n = 0;
  for (const set of sets) {
    for (const w of set) {
      for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
      h = Math.imul(h ^ 1, 0x01000193);
      n++;
    }
    h = Math.imul(h ^ 2, 0x01000193);
  }
  return (h >>> 0).toString(36) + n.toString(36);
}

/** A figure an analyst's question gives, for the answer after it to point back at. */
interface Asked {
  name: string;
  segment: string | null;
  period: Period | null;
  basis: Basis;
}

interface Question {
  /** Each amount the question gives ("That \$239 million in other income"), by unit and value: the figure it is. */
  byValue: Map<string, Asked>;
  /** All of it as a string, for the memo: the answer's figures depend on it. */
  key: string;
}

function questionOf(figures: readonly Figure[]): Question | null {
  const byValue = new Map<string, Asked>();
  for (const f of figures) {
    const key = f.category === 'money' && f.value !== null ? `${f.unit} ${f.value}` : null;
    if (f.metric && key && !byValue.has(key))
      byValue.set(key, { name: f.metric.slice(f.segment ? f.segment.length + 1 : 0), segment: f.segment ?? null, period: f.period, basis: f.basis });
  }
  if (byValue.size === 0) return null;
  return { byValue, key: [...byValue].map(([v, a]) => `${v}=${a.segment}|${a.name}|${a.period && formatPeriod(a.period)}|${a.basis}`).join(',') };
}

/** A block's figures from its text and what the whole call says (its period, company, names), placed at `base`, where the block starts in the document. */
function blockFigures(text: string, base: Position, read: Reading, turn: Turn | null, turnIndex: number | null, asked: Question | null = null): Figure[] {
  const call = read.call;
  const out: Figure[] = [];
  const cursor = new LineCursor(text, base);
  // One scan of the block; each sentence then takes the numerals that start inside it.
  const numerals = scanNumerals(text);
  let k = 0;
  const state: TurnState = {
    future: null,
    past: call,
    guidedFor: null,
    channel: null,
    month: null,
    frame: null,
    figured: false,
    segment: null,
    headed: null,
    framed: false,
    topic: null,
    topicSegment: null,
    lastMetric: null,
    lastMetricFresh: false,
    lastFigure: null,
    revised: new Set(),
    outlook: null,
    revisedBetween: false,
    asked,
  };
  // The next month name at or after the sentence's start, searched for only once the last is passed.
  let month = -1;
  let monthEnd = -1;
  for (const s of splitSentences(text, 0, text.length)) {
    if (s.paragraphStart) {
      state.past = state.frame ?? call;
      state.figured = false;
      state.outlook = null;
      state.segment = null;
      state.headed = null;
      state.framed = false;
    }
    if (month !== -2 && month < s.start) {
      MONTH_NAMES.lastIndex = s.start;
      const m = MONTH_NAMES.exec(text);
      month = m ? m.index : -2; // -2: no more
      monthEnd = m ? m.index + m[0].length : -1;
    }
    const namesMonth = month !== -2 && monthEnd <= s.end;
    while (k < numerals.length && numerals[k]!.start < s.start) k++; // k < numerals.length
    const nums: Numeral[] = [];
    // The scan's numerals are this block's own: shifted to the sentence in place rather than copied.
    for (; k < numerals.length && numerals[k]!.start < s.end; k++) {
      const n = numerals[k]!; // k < numerals.length
      n.start -= s.start;
      n.end -= s.start;
      nums.push(n);
    }
    const str = text.slice(s.start, s.end);
    // Digits in data (random bytes, a machine table) are not figures.
    sentenceFigures(out, str, nums.length && looksLikeData(str) ? NONE : nums, s.start, read, state, turn, turnIndex, cursor, namesMonth);
  }
  return out;
}

/** Turn bodies, and the stretches between them (header, disclaimer) with no speaker. */
function blocks(lines: TextLines, transcript: Transcript): Block[] {
  const out: Block[] = [];
  const turns = transcript.turns
    .map((t, i) => ({ i, start: lines.offsetAt(t.bodyStart), end: lines.offsetAt(t.range.end), head: lines.offsetAt(t.range.start) }))
    .sort((a, b) => a.start - b.start);
  let at = 0;
  for (const t of turns) {
    if (t.start < at) continue;
    if (t.head > at) out.push({ start: at, end: t.head, turn: null });
    out.push({ start: t.start, end: Math.max(t.start, t.end), turn: t.i });
    at = Math.max(t.start, t.end);
  }
  if (at < lines.text.length) out.push({ start: at, end: lines.text.length, turn: null });
  return out;
}

/** What every sentence of a block is read with: the call's period, its company, and the names the block uses. */
interface Reading {
  call: Period | null;
  /** The company's fiscal calendar, for quarters named by the month they close in ("the March quarter"). */
  calendar: FiscalCalendar;
  words: CallWords;
  named: ReadonlySet<string>;
  /** The full segment names the call uses ("studio entertainment"). */
  segments: ReadonlySet<string>;
  /** The numbers the call uses as product names ("747"). */
  products: ReadonlySet<string>;
  /** The units the call names in lower case ("our gaming business"), lower-cased. */
  units: ReadonlySet<string>;
  /** The abbreviations the call defines ("Harbor Logistics Services (HLS)"), each to the name it stands for. */
  abbreviations: ReadonlyMap<string, string>;
}

/** Adds the figures of the sentence `str` (at `base` in its block) to `out`. */
function sentenceFigures(
  out: Figure[],
  str: string,
  nums: Numeral[],
  base: number,
  read: Reading,
  state: TurnState,
  turn: Turn | null,
  turnIndex: number | null,
  cursor: LineCursor,
  namesMonth: boolean,
): void {
  const call = read.call;
  if (!state.revisedBetween && REVISED_BETWEEN.test(str)) state.revisedBetween = true;
  const cues = nums.length ? sentenceCues(str) : NONE;
  const periodWords = namesPeriod(str);
  // Without numerals, only period phrases are read as ahead or not, and most sentences name none.
  const ahead =
    (nums.length > 0 || periodWords) &&
    (cues.some((c) => c.kind === 'future' || c.kind === 'hypothetical' || c.kind === 'target' || c.kind === 'long-term') || AHEAD.test(str));
  const mentions = periodMentions(str, nums, call, ahead, periodWords, read.calendar);
  // "So that brings us to our outlook.": a new outlook, its period not yet said; the period ahead
  // named before ("resuming buybacks in the third quarter") is not its.
  if (mentions.length === 0 && OUTLOOK_INTRO.test(str)) state.future = null;
  const monthBefore = state.month;
  if (namesMonth) for (const m of str.matchAll(MONTH)) state.month = capitalise(m[1]!); // the month name is MONTH's one group
  if (!nums.length) {
    // Only a heading, a sentence about a period or sales, or one that turns to a unit, opens a segment's
    // paragraph ("First, Orchard Cloud.", "The Data Center Group delivered a great quarter.", "Turning to our Devices segment.").
    const heading = headingSegment(str, read.named, read.words, read.units);
    if (heading) {
      state.segment = state.headed = heading;
      state.framed = false;
    } else if (periodWords || state.segment || UNIT_WORD.test(str)) subjectOf(str, read, state);
    // "The year-on-year op inc growth … includes these investments. For the year, up 22%.": the
    // metric a sentence without figures names is the one the next bare change is of.
    const named = metricMentions(str, state.channel, read.words).pop();
    // "We will share more on new titles next fiscal year." names a period ahead in passing: the
    // outlook that follows is not for it unless the sentence speaks of a metric or an outlook.
    const ofOutlook = named !== undefined || FORWARD_TOPIC.test(str) || (mentions[0] !== undefined && opensSentence(str, mentions[0]));
    carryTopics(str, mentions, call, state, ahead, NONE, ofOutlook);
    state.channel = namedChannel(str) ?? state.channel;
    // "Now I talk about AWS revenue": the topic with its segment.
    const topic = salesTopic(str, read.words);
    if (topic) [state.topic, state.topicSegment] = [topic.name, topic.segment];
    if (named) state.lastMetric = { name: named.name, segment: named.segment };
    state.lastMetricFresh = named !== undefined;
    return;
  }
  // Only figures that measure something take a metric: a sentence of dates needs none.
  const measures = nums.some((n) => !isDateLike(n));
  const metrics = measures ? metricMentions(str, state.channel, read.words) : [];
  const qualifiers = measures ? qualifierMentions(str) : NONE;
  // Where each figure ends (not a date's): a qualifier said just after one is that figure's.
  const figureEnds = qualifiers.length ? nums.filter((x) => !isDateLike(x)).map((x) => x.end) : NONE;
  const respective =
    qualifiers.length > 1
      ? respectiveQualifiers(
          str,
          qualifiers,
          nums.filter((x) => !isDateLike(x)).map((x) => x.start),
        )
      : null;
  const subject = measures ? subjectOf(str, read, state) : null;
  const about = subject ?? state.segment;
  if (measures && !state.figured) {
    state.figured = true;
    state.frame = openingFrame(str, mentions, call) ?? state.frame;
  }
  let prev: Previous | null = null;
  /** The last amount or count of a metric in the sentence, whose growth a later rate may be. */
  let level: { metric: string; segment: string | null } | null = null;
  const taken: PeriodMention[] = [];
  const compared: PeriodMention[] = [];
  for (let i = 0; i < nums.length; i++) {
    // 0 <= i - 1 < i < i + 1 < nums.length where each is read.
    const n = productNamed(nums[i]!, str, read.products);
    const prevEnd = i > 0 ? nums[i - 1]!.end : 0;
    const nextStart = i + 1 < nums.length ? nums[i + 1]!.start : str.length;
    const before = withoutQualifier(str.slice(Math.max(prevEnd, n.start - 80), n.start));
    const after = str.slice(n.end, Math.min(nextStart, n.end + 80));
    const isDate = isDateLike(n);
    // "up from 18% -- excuse me, $18 billion last quarter": a figure corrected by the next is no figure.
    const misspoken = !isDate && nextStart < str.length && CORRECTED(str.slice(n.end, nextStart));
    const picked: Picked | null = isDate ? null : pickMetric(n, str, metrics, prevEnd, nextStart, prev);
    let metric: string | null = picked?.name ?? null;
    /** End of the text the metric was read from. */
    let consumed: number = picked?.consumed ?? n.end;
    let segment: string | null = picked?.segment ?? null;
    // "Security was up 6%" after a sentence about revenue: the subject's revenue.
    if (!isDate && metric === null && subject && state.topic && (n.kind === 'percent' || n.kind === 'money')) metric = state.topic;
    // "and International operations growing 15%": another segment's change of the same metric; after a
    // run rate ("now over a $4.6 billion run rate, ERP up 62%"), of the revenue the rate is of.
    if (!isDate && metric === null && prev?.metric && growingSegment(str.slice(prevEnd, n.start), read.words, read.named))
      metric = prev.metric === REVENUE_RUN_RATE ? 'revenue' : prev.metric;
    // "The FX-neutral growth was 48%" after "Now on AWS revenue": the growth of the turn's topic, said
    // before the figure or in its clause ("… 11.5%, again reflecting the growth on the Tanker program" is not).
    // Said of a unit the call names ("Then an acceleration in IO, now growing at 22%"), the unit's, not the topic's segment.
    if (!isDate && metric === null && n.kind === 'percent' && state.topic && GROWTH_WORD.test(str.slice(0, n.end + clauseLength(str.slice(n.end))))) {
      metric = state.topic;
      segment = placeNamed(str.slice(lastFigureEnd(nums, i), n.start), read.abbreviations, read.segments) ?? state.topicSegment;
    }
    // "raising our outlook from 27% to 31% growth": an outlook's growth, no metric named, is the top line's.
    if (!isDate && metric === null && n.kind === 'percent' && metrics.length === 0 && OUTLOOK_WORD.test(str) && BARE_GROWTH_AFTER.test(str.slice(n.end)))
      metric = 'revenue';
    // "\$60.5 billion, 36% FX-neutral growth", "EPS of \$0.62, …, a 13% increase over last year": a
    // growth rate of no metric, after a level the sentence gave, is that level's growth.
    if (!isDate && metric === null && n.kind === 'percent' && level && GROWTH_OF_NOTHING.test(str.slice(n.end, n.end + 40))) {
      metric = level.metric;
      segment = level.segment;
    }
    // The figure's clause up to it.
    const clauseBefore = str.slice(clauseStart(str, n.start), n.start);
    // "DRAM bit demand growth for the industry … of approximately 16%", "the truck market … reached
    // 324,000 units": the industry's, not the company's.
    if (metric !== null && (INDUSTRY_BEFORE.test(clauseBefore) || marketReached(clauseBefore))) {
      metric = null;
      segment = null;
    }
    // "gross capex of \$15.5 billion or about \$14 billion net of prepayments": the second is net capex.
    if (metric === 'capital expenditures' && NET_OF_AFTER.test(str.slice(n.end, n.end + 30))) metric = 'net capital expenditures';
    // "a total 2031 dividend of DKK 8.20", "a cash dividend of \$0.45 per share": an amount no company
    // pays out in all is a share's, never to be set against the billions paid ("dividends of \$1.4 billion").
    if (metric === 'dividend' && n.kind === 'money' && n.value !== null && Math.abs(n.value) < PER_SHARE_BELOW) metric = 'dividend per share';
    // "we expect it to go down to 20%": "it" is the metric named last.
    // "For the year, up 22% versus last year.", "this quarter was up 33%": a change said of nothing but
    // a period or "it", after no metric in its sentence, is of the metric named last.
    // "… the Orchard operating margins. That 6.2% was the highest …": a figure the sentence
    // opens on with "that" or "this" is the one of the metric just named.
    const bareChange =
      !metrics.some((m) => m.start < n.start) &&
      state.lastMetricFresh &&
      (n.kind === 'percent' || n.kind === 'money') &&
      (BARE_CHANGE(str.slice(0, n.start)) || (THAT_FIGURE.test(str.slice(0, n.start)) && THAT_FIGURE_VERB.test(after)));
    if (!isDate && metric === null && state.lastMetric && (bareChange || IT_EXPECTED.test(str.slice(prevEnd, n.start)))) {
      metric = state.lastMetric.name;
      segment = state.lastMetric.segment;
    }
    // An amount of no metric in an answer that points back at one the question gave ("That \$239 million
    // in other income, what was that?" … "let's start with the \$239 million") is the question's figure said again.
    const repeated: Asked | undefined =
      !isDate && metric === null && n.kind === 'money' && n.value !== null && POINTS_BACK(before)
        ? state.asked?.byValue.get(`${n.unit} ${n.value}`)
        : undefined;
    if (repeated) [metric, segment] = [repeated.name, repeated.segment];
    // "a 4-point reduction in spending": points of a spending can only be its share of revenue.
    if (!isDate && metric === null && (n.unit === 'pt' || n.unit === 'bps') && POINTS_OF_SPENDING.test(after)) metric = EXPENSE_RATIO;
    // "First, Orchard Cloud. … it is already a \$2 billion-per-quarter business": the size of the business
    // the paragraph is about is its revenue. Of a business not named ("Delivery has become a \$3 billion
    // business", a customer "a \$20 billion business") it is no figure of the company's.
    if (!isDate && metric === null && about !== null && n.kind === 'money' && BUSINESS_SIZE.test(after)) metric = 'revenue';
    // "we grew the number of digitally registered customers from 6 million to 10 million": a count of what the clause names.
    if (!isDate && metric === null && (n.kind === 'count' || n.kind === 'number')) metric = NUMBER_OF.exec(clauseBefore)?.[1] ?? null;
    if (metric !== null && segment === null && SEGMENTED.has(metric))
      segment = (isDate ? null : growingSegment(str.slice(prevEnd, n.start), read.words, read.named)) ?? about;
    // "nearly a $22 billion run rate" in a turn about AWS revenue, "a $20 billion run rate in top line
    // revenues for AWS", "Cloud revenue grew 41%, now a $6 billion run rate": the revenue's annualised
    // rate, not the revenue. Said of nothing else, a run rate (of savings, of costs) is left unnamed.
    // Its segment: "for AWS" after it, else the segment of the revenue the sentence is about ("Cloud
    // revenue grew 41%, now over a $6 billion run rate"), else, where revenue goes unsaid, the topic's.
    const runRate = !isDate && n.kind === 'money' ? RUN_RATE_AFTER.exec(after) : null;
    const saysRevenue = Boolean(runRate?.[1] || runRate?.[2]);
    if (runRate && (saysRevenue || metric === 'revenue' || state.topic === 'revenue')) {
      const named = runRate[3] && !read.words.company.has(runRate[3].toLowerCase()) ? runRate[3] : null;
      segment = named ?? (metric === 'revenue' ? segment : null) ?? (saysRevenue ? null : state.topicSegment);
      metric = REVENUE_RUN_RATE;
      consumed = n.end + runRate[0].length;
    }
    // "The Data Center Group … DCG revenue of \$5.2 billion": the initials of the segment being talked about.
    if (segment !== null && about !== null && segment !== about && initialsOf(about) === segment) segment = about;
    // "Harbor Logistics Services (HLS)" said once, "HLS revenue" after: the name the letters stand for.
    if (segment !== null) segment = read.abbreviations.get(segment) ?? segment;
    // "Our Studio had …" in a call that reports "our Studio Entertainment segment": the name it reports
    // under. A common word ("service gross margin") is no short name of one ("Service Provider").
    if (segment !== null && CAPITALISED.test(segment) && segment !== state.headed) segment = fullSegment(segment, read.segments);
    // However it was read, a period or a month is no segment ("Fourth Quarter", "FY17"): what is left names it.
    if (segment !== null) segment = trimSegment(segment);
    // "For earnings per share, we now expect an incremental \$40 million of depreciation": no share
    // earns a hundred thousand; such an amount is of something the sentence names after the metric.
    if (metric === 'EPS' && n.kind === 'money' && !n.perShare && Math.abs(n.value ?? 0) >= 1e5) metric = null;
    let unit = n.unit;
    if (unit === 'number' && prev && prev.metric === metric && prev.unit !== 'number') unit = prev.unit;
    if (unit === 'number' && metric === 'inventory turns') unit = 'x';
    if (unit === 'number' && metric === 'DSO') unit = 'days';
    // "a \$0.02 impact on EPS", "an 80 basis point headwind", "lost revenue of 1% to 2%": an effect on
    // the metric, not its value, and judged only against effects on it.
    const upTo = str.slice(clauseStart(str, n.start), n.start);
    // A year in the metric's name ("an impact on Orchard Media's fiscal 2031 operating income of") does not cut it off.
    let effectFrom = i - 1;
    while (effectFrom >= 0 && isDateLike(nums[effectFrom]!)) effectFrom--; // 0 <= effectFrom < i
    const effectBefore = str.slice(Math.max(effectFrom >= 0 ? nums[effectFrom]!.end : 0, n.start - 90), n.start);
    const asEffect = !isDate && saidAsEffect(effectBefore, str.slice(n.end, n.end + 60), upTo);
    const said = isDate ? null : localBasis({ before, after });
    // "a \$0.02 headwind from the earlier closing", "an EPS impact of \$0.02 to \$0.03": the size of
    // an effect, stated as of its period like any amount (a result, an outlook); said as a metric's
    // headwind without being its impact ("a headwind of 2 points to gross margin") it is its change.
    const local: LocalBasis = said === 'effect' ? (metric === null || asEffect ? null : 'change') : said;
    // The clause runs to its comma, past a span of time inside it ("over the next three years") but
    // not past the next figure, whose words are its own.
    let nextFigure = i + 1;
    while (nextFigure < nums.length && (nums[nextFigure]!.kind === 'duration' || isDateLike(nums[nextFigure]!))) nextFigure++;
    const clauseEnd = n.end + clauseLength(str.slice(n.end, nextFigure < nums.length ? nums[nextFigure]!.start : str.length));
    // One pass over the cues, in the order the filters below would give them.
    const leftCues: Cue[] = [];
    const afterCues: Cue[] = [];
    const clauseCues: Cue[] = [];
    for (const c of cues) {
      if (c.end <= n.start) leftCues.push(c);
      // "increased 40%, and we anticipate strong growth": a tense after the figure is its own only in its clause.
      if (c.start >= n.end && c.end <= Math.min(nextStart, clauseEnd)) afterCues.push(c);
      // "15% of the market we have historically addressed", "high teens margins longer term": a
      // hypothetical or long-term cue later in the same clause governs the figure too.
      if ((c.kind === 'hypothetical' || c.kind === 'target' || c.kind === 'long-term') && c.start >= n.end && c.end <= clauseEnd) clauseCues.push(c);
    }
    leftCues.push(...clauseCues);
    // "Gross margin of 64% was up 2 points to outlook, net income was \$3.6 billion", "as we outlined,
    // revenue was …": an outlook named in a clause before the figure's own past tense is not its.
    let past: Cue | undefined;
    for (const c of leftCues)
      if (c.kind === 'actual' && c.end <= n.start && !PRESENT_TENSE.test(str.slice(c.start, c.end)) && (!past || c.start > past.start)) past = c;
    // A clause that points back at the outlook ("our guidance range, which as you will recall was") is its.
    const governing =
      past && !BACK_REFERENCE.test(str.slice(0, past.start))
        ? leftCues.filter(
            (c) => (c.kind !== 'guidance' && c.kind !== 'past-expectation') || c.start > past.start || !CLAUSE_BREAK.test(str.slice(c.end, past.start)),
          )
        : leftCues;
    const basisWith = (cs: Cue[]): { basis: Basis; claim: boolean } =>
      decideBasis({
        cues: cs,
        after: afterCues,
        local,
        role: turn?.role ?? null,
        hasMetric: metric !== null,
        // An amount said as a change ("will boost EPS by \$0.28", "up \$2.5 billion") is a difference
        // even when it looks ahead: guided growth is a rate, and the level is stated as a level.
        against:
          (n.kind === 'money' && local === 'change') || againstExpectation(after) || (nextStart < str.length && TO_LEVEL.test(str.slice(n.end, nextStart))),
      });
    let { basis, claim } = basisWith(governing);
    // "\$400 million better than our outlook", "about \$250 million above your guide": the gap from the outlook, a difference.
    // "down approximately 2 points from our previous guide" too: the gap from the earlier outlook, not
    // the period's change looked ahead to (which "down 3 points year-over-year" is).
    if (
      (BETTER_THAN.test(after) && againstExpectation(after)) ||
      (n.kind === 'money' && BEYOND_OUTLOOK.test(after) && !LEVEL_BEFORE.test(before)) ||
      (basis === 'change' && againstExpectation(after))
    ) {
      basis = 'change';
      claim = false;
    }
    // "raising our revenue guide by \$1.7 billion to \$71.2 billion": what it moves by is a difference.
    if (BY_BEFORE.test(before) && nextStart < str.length && TO_LEVEL.test(str.slice(n.end, nextStart))) {
      basis = 'change';
      claim = false;
    }
    // "… contributing to our decision to raise our dividend by a full 10%": a dividend raise is declared,
    // not guided, whatever the sentence expects around it.
    if (metric === 'dividend' && (basis === 'guidance' || basis === 'revised-guidance') && DIVIDEND_RAISE.test(before)) {
      basis = 'actual';
      claim = false;
    }
    // "organic revenues of 5%, up 1%": how far a guided growth rate moved, not another outlook (a
    // margin's "30%, up 2 points" is its guided change, and an amount's "\$70 billion, up 10%" its growth).
    if (
      prev &&
      metric !== null &&
      prev.metric === metric &&
      prev.unit === '%' &&
      !LEVEL_IN_PERCENT.test(metric) &&
      OUTLOOKS.has(prev.basis) &&
      (n.kind === 'percent' || n.kind === 'points') &&
      MOVED_BY.test(str.slice(prevEnd, n.start))
    ) {
      basis = 'change';
      claim = false;
    }
    // "raised our revenue outlook by \$2.5 billion, our operating income by \$1.7 billion and our EPS by
    // \$0.45": each "by" of the list is the verb's, a change like the first.
    if (basis !== 'change' && prev?.basis === 'change' && BY_BEFORE.test(before) && LIST_BY.test(str.slice(prevEnd, n.start))) {
      basis = 'change';
      claim = false;
    }
    // "grew by 23% in Danish kroner and 24% at constant exchange rates": the second is a change too,
    // as is "raising our outlook by \$0.10 at the low end and \$0.05 at the high end" (not "and to \$2 billion").
    if (
      (basis === 'actual' || basis === 'other' || (OUTLOOKS.has(basis) && prev?.basis === 'change' && !TO_LEVEL_AFTER_AND.test(str.slice(prevEnd, n.start)))) &&
      local === null &&
      (prev?.basis === 'change' || prev?.basis === 'prior') &&
      prev.metric === metric &&
      coordinated(str.slice(prevEnd, n.start))
    ) {
      if (OUTLOOKS.has(basis)) claim = false;
      basis = prev.basis;
    }
    // A sentence with no tense of its own that goes on from an outlook ("This reflects …") is part of it,
    // unless it names the reported period first ("Q2 operating cash flow of \$4.1 billion reflects …").
    let continued = false;
    if (
      basis === 'actual' &&
      state.outlook &&
      local === null &&
      !leftCues.some(isTense) &&
      !afterCues.some(isTense) &&
      !mentions.some((m) => m.end <= n.start && !m.comparison && m.period !== null && reportedBy(call, m.period))
    ) {
      basis = state.outlook;
      claim = true;
      continued = true;
    }
    // Measured against the earlier outlook after it ("31%, up 1 point from January", "2,300, lower than
    // our previous guidance"), an outlook is the revised one; one "reiterated" or "maintained" is not.
    // A result set against "our guidance" is a result; a figure raised "from January" or against the
    // "prior estimate" ("we are increasing our free cash flow to \$14.5 billion, up \$1.5 billion from
    // January") is the outlook revised.
    const revisedActual =
      basis === 'actual' &&
      leftCues.some((c) => c.kind === 'revision' && !ADJECTIVE_REVISION.test(str.slice(c.start, c.end))) &&
      AGAINST_EARLIER.test(str.slice(n.end));
    if (turn?.role !== 'analyst' && ((basis === 'guidance' && AGAINST_OUTLOOK.test(str.slice(n.end))) || revisedActual)) {
      basis = 'revised-guidance';
      claim = true;
    }
    if (basis === 'revised-guidance' && REAFFIRMED.test(str)) basis = 'guidance';
    // "We added 740 net new customers": the additions are the figure itself, not a change of it.
    if (basis === 'change' && metric !== null && FLOWS.has(metric) && (n.kind === 'count' || n.kind === 'number')) basis = 'actual';
    // A comparable-sales percentage is a growth rate by definition ("a 4% comp").
    if (basis === 'actual' && metric === 'comparable store sales' && n.kind === 'percent') basis = 'change';
    const category = finnumCategory(n, basis, before, after);
    // Dates, codes and labels are not estimates even inside a forward-looking sentence, and a trial's
    // result ("a 14% reduction in cardiovascular events versus placebo") measures a drug, not the company.
    const trialResult = PLACEBO.test(clauseBefore) || PLACEBO.test(str.slice(n.start, n.end + clauseLength(str.slice(n.end))));
    if (isDate || misspoken || trialResult || category === 'other' || metric === STATUTORY_RATE) {
      claim = false;
      basis = 'other';
      metric = null;
      segment = null;
    } else if (metric === null && (n.kind === 'count' || n.kind === 'duration' || n.kind === 'number') && basis !== 'prior' && basis !== 'change')
      basis = 'other';
    if (n.kind === 'word' && n.word === 'break even') metric = metricAfter(str, n, metrics)?.name ?? 'EPS';
    // "0.5 points of benefit in Q2 of last year": the year-ago quarter's figure, given for comparison.
    const ago: PeriodMention | undefined =
      isDate || basis === 'change'
        ? undefined
        : mentions.find((m) => m.yearAgo && m.start >= n.end && m.start <= nextStart && CLAUSE_TO_PERIOD.test(str.slice(n.end, m.start)));
    if (ago) {
      basis = 'prior';
      claim = false;
    }
    // "Last year, revenue was \$380 million", "Revenue in the second quarter of last year was …": an
    // earlier period that frames the figure's clause makes it that period's, a prior figure (its growth
    // is that period's growth); "Compared to last year, revenue grew 14%" only sets the base.
    const framed: PeriodMention | undefined =
      isDate || ago || OUTLOOKS.has(basis) || metric === null ? undefined : earlierFrame(str, mentions, n, prevEnd, call, [...taken, ...compared]);
    if (framed && basis !== 'change') {
      basis = 'prior';
      claim = false;
    }
    // Its period and basis too, where the question's figure has them (not an aside with no tense).
    const restated: Asked | null = repeated && repeated.basis !== 'other' ? repeated : null;
    if (restated) [basis, claim] = [restated.basis, false];
    // "… an impact on fiscal 2032 operating income of \$180 million. This is \$50 million worse than our
    // previous estimates": the difference of the figure just given, of its metric and period.
    const differs: Previous | null =
      !isDate && metric === null && i === 0 && state.lastFigure && THIS_IS(before) && BETTER_THAN.test(after) ? state.lastFigure : null;
    if (differs) [metric, segment, basis] = [differs.metric, differs.segment, 'change'];
    const movedFrom = revisedFrom(prev, basis, metric, before, after);
    // "increase our EPS guidance range from \$4.25 to \$4.45 per share to \$4.50 to \$4.70": the range
    // after "from" and before "to" the revision is the outlook it moves from, said first.
    if (
      prev?.from &&
      basis === 'revised-guidance' &&
      OUTLOOKS.has(prev.figure.basis) &&
      (metric === null || metric === prev.metric) &&
      MOVES_TO.test(str.slice(prevEnd, n.start))
    ) {
      prev.figure.basis = 'guidance';
      prev.figure.revisedFrom = true;
    }
    if (movedFrom) [basis, claim, metric, segment] = ['guidance', true, movedFrom.metric, movedFrom.segment];
    const chosen: { period: Period | null; assumed: boolean } = movedFrom
      ? { period: movedFrom.period, assumed: false }
      : restated
        ? { period: restated.period, assumed: false }
        : differs
          ? { period: differs.period, assumed: false }
          : isDate
            ? { period: null, assumed: false }
            : ago
              ? { period: ago.period, assumed: false }
              : framed
                ? { period: framed.period, assumed: false }
                : pickPeriod(
                    n,
                    basis,
                    str,
                    mentions,
                    nextStart,
                    state,
                    ahead || continued,
                    taken,
                    compared,
                    call,
                    consumed,
                    amountEnd(nums, i),
                    nums[i + 1]?.end ?? null,
                  );
    // A number that measures nothing the sentence names (a phone number, a market's size) is about no
    // period, and nor is a date ("notes due 2035", "after the first quarter of 2018"): it dates, it measures nothing.
    // It still sets the period the sentences after it talk about (`mentions`).
    // An authorization ("extend our share repurchase program up to an additional \$8.6 billion") stands
    // until it is used: no period's amount.
    // A long-term range ("puts us in our 7% to 9% long-term growth range") is no period's outlook either,
    // though the sentence names one ("our FY 2032 revenue guide … puts us in …").
    // "retain about \$3.9 billion of cash per year", "170 wafers per hour": a rate is no one period's amount.
    const period: Period | null =
      (basis === 'other' && metric === null) || metric === REPURCHASE_AUTHORIZATION || local === 'long-term' || RATE_AFTER.test(str.slice(n.end, nextStart))
        ? null
        : chosen.period;
    // The reported period's own figure, set beside another ("down from the 2,300 stores added in 2018"
    // in that year's last call), is its actual, not an earlier period's.
    if (basis === 'prior' && period !== null && reportedBy(call, period)) basis = 'actual';
    // "When we came into the year, we guided capex of \$10.5 billion, and we had revenue of \$65 billion"
    // for a year still open: no result, so the outlook named before the past tense governs after all.
    if (basis === 'actual' && governing.length < leftCues.length && period !== null && closesAfter(period, call)) ({ basis, claim } = basisWith(leftCues));
    // "We expect to add 2,100 stores in fiscal 2019, down from the 2,300 added in 2018, and to end fiscal
    // 2019 with over 31,000": the past tense between is the earlier figure's; the verb the outlook
    // began ("expect … and to end") governs, for a period not yet closed.
    if (basis === 'actual' && period !== null && closesAfter(period, call)) {
      const earlier = lastFigureEnd(nums, i);
      if (AND_TO_VERB.test(str.slice(earlier, n.start)) && leftCues.some((c) => c.kind === 'future' && c.end <= earlier))
        ({ basis, claim } = basisWith(leftCues.filter((c) => c.kind !== 'actual')));
    }
    // "We are raising gross capex by \$0.5 billion to \$16 billion" for a year still open: no result
    // of a period not yet closed can be stated, so the level it moves to is the outlook revised.
    if (
      basis === 'actual' &&
      turn?.role !== 'analyst' &&
      period !== null &&
      closesAfter(period, call) &&
      REVISING_NOW.test(str.slice(Math.max(0, n.start - 120), n.start))
    ) {
      basis = 'revised-guidance';
      claim = true;
    }
    // "We're accelerating this platform to more than 2,800 stores by the close of fiscal 2018": a
    // level to be reached by the end of a period still open is what the company expects, not a result.
    if (basis === 'actual' && period !== null && closesAfter(period, call) && BY_PERIOD_END.test(str.slice(n.end, n.end + 60))) {
      basis = 'expectation';
      claim = true;
    }
    const revisedKey = `${metric}|${segment}|${period && formatPeriod(period)}`;
    if (period && metric && basis === 'revised-guidance') state.revised.add(revisedKey);
    // Guidance for a metric and period this turn has already revised is part of the revision, unless
    // dated by its month ("We started the year in January expecting \$65 billion"): that is the old one.
    else if (
      period &&
      metric &&
      basis === 'guidance' &&
      !movedFrom &&
      state.revised.has(revisedKey) &&
      turn?.role !== 'analyst' &&
      !(namesMonth && monthIn(str, n.start))
    )
      basis = 'revised-guidance';
    // Guidance is dated by a month named with it, or earlier in the turn when it is quoted in the past.
    const statedIn =
      basis === 'guidance' || basis === 'revised-guidance' || basis === 'expectation'
        ? ((namesMonth ? monthIn(str, n.start) : null) ?? (ahead ? null : monthBefore))
        : null;
    if (metric !== null && asEffect) metric = `${metric} impact`;
    // "the impact of acquisitions … an 80 basis point positive impact on revenue", "40 basis points of
    // impact from acquisitions": what buying businesses added to the top line, not an effect of any cause.
    if (metric === 'revenue impact' && (ACQUISITIONS_BEFORE.test(str.slice(0, n.start)) || ACQUISITIONS_AFTER.test(str.slice(n.end, n.end + 60))))
      metric = ACQUISITION_CONTRIBUTION;
    const start = base + n.start;
    const end = base + n.end;
    // "Net loss was \$40 million": a loss is below zero (its change, "narrowed by \$5 million", is not).
    const below = (picked?.loss || lossAmount(upTo, after)) && n.kind === 'money' && basis !== 'change' && n.sign === 0 && (n.value ?? 0) > 0;
    out.push({
      text: cursor.text.slice(start, end), // a numeral may run on past its sentence's end
      range: { start: cursor.positionAt(start), end: cursor.positionAt(end) },
      value: below ? -n.value! : n.value,
      low: below && n.high !== null ? -n.high : n.low,
      high: below && n.low !== null ? -n.low : n.high,
      unit: unit === 'number' ? 'count' : unit,
      approx: n.approx,
      category,
      // The segment stays in the metric's name too while the ledger pairs figures by metric alone:
      // a segment's revenue is then never judged against the company's.
      metric: metric !== null && segment !== null ? `${segment} ${metric}` : metric,
      segment,
      qualifier: metric === null ? null : (respective?.get(n.start) ?? qualifierOf(qualifiers, n.start, n.end, nextStart, figureEnds)),
      ...(n.spread ? { spread: n.spread } : {}),
      period,
      // A bare year is not said to be fiscal or calendar: it names no period.
      ...(isDate && n.kind !== 'year' ? { names: ownPeriod(n, call, ahead) } : {}),
      basis,
      claim,
      speaker: turn?.speaker ?? null,
      role: turn?.role ?? null,
      turn: turnIndex,
      statedIn,
      ...(chosen.assumed && period ? { periodAssumed: true } : {}),
      ...(basis === 'actual' ? saidAgainstOutlook(str.slice(prevEnd, nextStart)) : {}),
      ...(basis === 'actual' && state.revisedBetween ? { outlookRevised: true } : {}),
      ...(movedFrom ? { revisedFrom: true } : {}),
    });
    // A misspoken figure leaves the one before as the figure its correction goes on from.
    if (!isDate && !misspoken)
      prev = { metric, segment, basis, period, unit, consumed, loss: picked?.loss ?? false, figure: out[out.length - 1]!, from: FROM_BARE(before) };
    if (metric !== null && (n.kind === 'money' || n.kind === 'count') && (basis === 'actual' || basis === 'guidance')) level = { metric, segment };
  }
  // A revision ("have narrowed our guidance … in 2024") looks ahead to the period it revises.
  let revising = false;
  for (let i = out.length - nums.length; i < out.length && !revising; i++) revising = out[i]!.basis === 'revised-guidance'; // i < out.length
  // "In Q4, we anticipate about 2 points of negative FX impact": currency's effect on a later period,
  // said in passing in an outlook already under way, does not move the outlook to that period.
  const given = out.slice(Math.max(0, out.length - nums.length));
  const currencyAside =
    state.future !== null && CURRENCY_EFFECT.test(str) && given.every((f) => f.metric === null || f.metric.endsWith(' impact') || f.unit === 'pt');
  carryTopics(str, mentions, call, state, ahead || revising, compared, !currencyAside);
  state.channel = namedChannel(str) ?? state.channel;
  // The turn is about sales while its last metric named is one; "Operating margin was 31%" moves it
  // on. A balance said in passing ("There was also a strong increase in deferred revenue, up 18%.")
  // does not: the walk through the segments' sales goes on ("Security was up 6%").
  const last = metrics[metrics.length - 1];
  if (last) {
    if (!BALANCES.has(last.name)) {
      state.topic = TOPICAL.has(last.name) ? last.name : null;
      state.topicSegment = state.topic ? last.segment : null;
    }
    state.lastMetric = { name: last.name, segment: last.segment };
  } else {
    const topic = salesTopic(str, read.words);
    if (topic) [state.topic, state.topicSegment] = [topic.name, topic.segment];
  }
  state.lastMetricFresh = metrics.length > 0;
  state.lastFigure = prev?.metric ? prev : null;
  // The outlook the sentence gave, if any of its figures was one; a range the company keeps, said
  // among the outlook's lines ("Cash balances to be in the optimal zone of …"), leaves it going on.
  if (given.some((f) => f.basis === 'target') && given.every((f) => f.basis === 'target' || f.basis === 'other')) return;
  state.outlook = null;
  for (let i = given.length - 1; i >= 0; i--) {
    const b = given[i]!.basis; // 0 <= i < given.length
    if (b === 'guidance' || b === 'revised-guidance') {
      state.outlook = b;
      break;
    }
  }
}

/** A bare number the call uses as a product's name ("orders for the 747") is that product, not a count. */
function productNamed(n: Numeral, str: string, products: ReadonlySet<string>): Numeral {
  if (products.size === 0 || (n.kind !== 'count' && n.kind !== 'number') || n.approx || n.sign) return n;
  const digits = BARE_DIGITS.exec(str.slice(n.start, n.end))?.[0];
  if (!digits || !products.has(digits)) return n;
  return { ...n, end: n.start + digits.length, kind: 'product', unit: 'product', value: null, low: null, high: null };
}

const BARE_DIGITS = /^\d{3,4}(?![\d,.])/;

/** The segment a sentence's subject names, which the paragraph is then about; "total" returns it to the company. */
function subjectOf(str: string, read: Reading, state: TurnState): string | null {
  // "Fourth quarter revenue was …" in a segment's paragraph: a period opens it, the paragraph goes on.
  const found = subjectSegment(str, read.named, read.words) ?? unitTopic(str);
  const subject = found && trimSegment(found);
  // "In gaming, revenue …": the paragraph turns to the unit, which is not itself what the sentence
  // says grew ("In enterprise, the number of platforms increased 40%" is no revenue).
  const framed = subject ? undefined : framedUnit(str, read.units, read.named);
  if (subject || framed) {
    state.segment = subject ?? framed!; // one of them is a name
    state.framed = !subject;
  } else if (framed === null && state.framed) {
    // "In nutrition, … In diagnostics, we forecast 6%": the next frame of a walk through the units
    // leaves the last one even when the call never calls it a unit.
    state.segment = null;
    state.framed = false;
  } else if (state.segment && wholeCompany(str)) state.segment = null;
  return subject;
}

/** Where the last figure before the i-th ends, dates passed over ("in IO in the third quarter, now growing at 22%"); 0 when none. */
function lastFigureEnd(nums: readonly Numeral[], i: number): number {
  let j = i - 1;
  while (j >= 0 && isDateLike(nums[j]!)) j--; // 0 <= j < i
  return j >= 0 ? nums[j]!.end : 0;
}

const FLOWS = new Set(['net new customers', 'net new stores', 'net additions']);
const GROWTH_WORD = /\bgr(?:owth|ew|owing|ows)\b/i;
const OUTLOOK_WORD = /\b(?:outlook|guidance)\b/i;
/** What an outlook or an amount's course is said with: a sentence of these speaks of the period ahead its figures will be for. */
const FORWARD_TOPIC =
  /\b(?:outlook|guid\w*|expect\w*|anticipat\w*|forecast\w*|projec(?:ted|ting|tions?)|target\w*|plan(?:s|ned)?\s+(?:to|for)|estimate\w*|spend\w*|invest\w*|grow\w*|increas\w*|decreas\w*|declin\w*)\b/i;
/** The figure is the growth itself: "31% growth", "27% to 31% year-over-year growth". */
const BARE_GROWTH_AFTER = /^\s*(?:to\s+[\d.]+\s*%\s*)?(?:(?:year[\s-](?:over|on)[\s-]year|y\/y|annual|organic)\s+)?growth\b/i;
const INDUSTRY_BEFORE = /\b(?:for\s+the\s+(?:industry|market)|industry[\s-]wide|(?:industry|market)(?:'s)?\s+(?:\w+\s+)?(?:demand|supply|growth|size))\b/i;
/** The market said to be at the figure, not the company in it ("Our comp in the Seattle market was 7.7%"). */
function marketReached(clause: string): boolean {
  return MARKET_REACHED.test(clause) && !OURS.test(clause);
}

const OURS = /\b(?:our|we|us)\b/i;
/** "The NAFTA Class 8 truck market remained very strong and reached 324,000 units". */
const MARKET_REACHED =
  /\b(?:the|this)\s+(?:[\w-]+\s+){0,4}(?:market|industry)\s+(?!share\b)(?:[\w-]+\s+){0,8}?(?:reached|was|were|grew\s+to|totall?ed|came\s+in\s+at|stood\s+at|ended\s+at)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+)?$/i;
const DIVIDEND_RAISE = /\b(?:rais|increas|lift|boost)\w*\s+(?:our\s+|the\s+)?(?:quarterly\s+|annual\s+)?dividends?\s+(?:by\s+)?(?:a\s+full\s+|another\s+)?$/i;
const OUTLOOK_NOUN = String.raw`(?:(?:we|I)\s+(?:had\s+)?(?:expected|anticipated|planned|forecast(?:ed)?|guided)|(?:our|the)\s+(?:\w+\s+)?(?:guidance|outlook|expectations?|forecast|guided\s+range|range|plan)|(?:guidance|outlook|expectations))`;
const SAID_ABOVE = new RegExp(
  String.raw`\b(?:(?:higher|better|stronger|greater|more)\s+than\s+${OUTLOOK_NOUN}|(?:above|ahead\s+of|exceed\w*|beat\w*)\s+(?:the\s+(?:high|top|upper)\s+end\s+of\s+)?${OUTLOOK_NOUN})`,
  'i',
);
const SAID_BELOW = new RegExp(
  String.raw`\b(?:(?:lower|worse|weaker|less|softer)\s+than\s+${OUTLOOK_NOUN}|(?:below|short\s+of|miss\w*)\s+(?:the\s+(?:low|bottom|lower)\s+end\s+of\s+)?${OUTLOOK_NOUN})`,
  'i',
);
const SAID_INLINE = new RegExp(
  String.raw`\b(?:in\s+line\s+with|consistent\s+with|within|at\s+the\s+(?:mid\s*point|middle)\s+of)\s+${OUTLOOK_NOUN}|\bas\s+(?:we\s+)?(?:expected|guided|planned)\b`,
  'i',
);

/** What the speaker said of a result against the earlier outlook, in its own stretch of the sentence. */
function saidAgainstOutlook(stretch: string): { said?: Side } {
  if (!OUTLOOK_CUE.test(stretch)) return {};
  if (SAID_ABOVE.test(stretch)) return { said: 'above' };
  if (SAID_BELOW.test(stretch)) return { said: 'below' };
  if (SAID_INLINE.test(stretch)) return { said: 'inline' };
  return {};
}

const OUTLOOK_CUE = /expect|anticipat|plan|forecast|guid|outlook|range/i;
const LEVEL_IN_PERCENT = /margin|rate|ratio|%|share|yield|mix/i;
const MOVED_BY = /^\s*,\s*(?:up|down)\s+(?:by\s+)?(?:about\s+|approximately\s+)?$/i;
const OUTLOOK_INTRO =
  /\b(?:brings?\s+us|turn(?:ing)?|mov(?:e|ing)|now|let\s+me\s+(?:turn|move))\s+(?:on\s+)?to\s+(?:our|the)\s+(?:\w+\s+)?(?:outlook|guidance)\b/i;
const YEAR_AGO_AFTER = /^\s+(?:of\s+)?(?:(?:last|the\s+prior|the\s+previous)\s+(?:fiscal\s+)?year|a\s+year\s+ago)\b/i;
const BY_BEFORE = /\bby\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|another\s+)?$/i;
/** "is", "are": present tenses, as often of an outlook as of a result ("our outlook for EPS is \$1"). */
const PRESENT_TENSE = /^(?:is|are)$/i;
/** "EPS of \$0.73 above our guidance range": the level said, then where it stands. */
const LEVEL_BEFORE = /\b(?:of|at|to)\s+(?:about\s+|approximately\s+|roughly\s+)?$/i;
const BEYOND_OUTLOOK =
  /^\s*(?:above|below|ahead\s+of|short\s+of|over|under)\s+(?:the\s+|our\s+|your\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:guid(?:e|ance)|outlook|expectations?|forecast|(?:guided\s+)?range)\b/i;
const BETTER_THAN = /^\s*(?:better|worse|higher|lower|more|less|greater|above|below|ahead)\s+than\b/i;
const CLAUSE_BREAK = /[,;]|\band\b/;
/** The clause of a past tense opens on a word that points back: "…, which as you will recall was". */
const BACK_REFERENCE = /(?:[,;]|\band\b)\s*(?:which|that|it|this)\b(?:(?![,;]|\band\b).)*$/i;
/** What lies between two items of a list of changes: ", our operating income by", "and EPS by". */
const LIST_BY = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:our\s+|the\s+)?(?:[\w&'-]+\s+){0,4}by\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|another\s+)?$/i;
const NET_OF_AFTER = /^\s*(?:range\s*)?(?:,\s*)?net\b/i;
const GROWTH_OF_NOTHING = /^\s*(?:[\w-]+\s+){0,2}?(?:growth|increase|decrease|decline|rise)\b(?!\s+(?:in|of)\b)/i;
const IT_EXPECTED = /\b(?:expect|see|anticipate|forecast|want)\s+it\s+to\b/i;
const CAPITALISED = /^[A-Z]/;
/** A clinical trial's comparison arm: what is measured against it is the drug's effect. */
const PLACEBO = /\bplacebo\b/i;
/** Between a misspoken figure and its correction: " -- excuse me, ", ", sorry, ", " -- I mean ". */
const CORRECTED = tailTest(/^\s*(?:--|—|–|,)?\s*(?:excuse\s+me|sorry|I\s+mean|pardon\s+me)\s*(?:--|—|–|,)?\s*$/i);
const REVENUE_RUN_RATE = 'revenue run rate';
/** Below this, in any currency, an amount is paid per share: no company's total is so small. */
const PER_SHARE_BELOW = 1000;
const THAT_FIGURE = /^\s*(?:(?:and|so|but|now)\s*,?\s+)?(?:that|this)\s+\$?$/i;
/** What such a figure goes on with when it is the subject: "That 6.2% was", "This \$1.10 includes", "that \$2 billion midpoint". */
const THIS_IS = tailTest(/^\s*(?:(?:and|so|but|now)\s*,?\s+)?(?:that|this|it)(?:\s+is|\s+was|'s)\s+(?:about\s+|approximately\s+|roughly\s+|another\s+)?\$?$/i);
const THAT_FIGURE_VERB = /^\s+(?:was|is|were|are|includes?|included|reflects?|reflected|represents?|compares?|came|midpoint)\b/i;
const BUSINESS_SIZE = /^[\s-]+(?:(?:per|a)[\s-]+(?:quarter|year)[\s-]+)?business(?:es)?\b(?![\s-]+(?:opportunit|case|plan|model|mix|line|unit|segment|group))/i;
const RUN_RATE_AFTER = /^\s*(revenue\s+)?run[\s-]rate\b(?:\s+(?:in|of)\s+(?:top[\s-]line\s+)?(revenues?)(?:\s+for\s+([A-Z][\w&-]*))?)?/i;
/** Opens the sentence, or follows "that" or "like" with a period or "it" as its subject ("it looks like it grew 31%"); nothing else is said to change. */
const BARE_CHANGE = tailTest(
  /(?:^\s*(?:(?:so|and|but|now|again)\s*,?\s+)?(?:(?:for|in)\s+the\s+(?:full\s+)?(?:year|quarter)\s*,\s*)?(?:(?:this|the|that)\s+(?:quarter|year|period)\s+|it\s+)?|\b(?:that|like)\s+(?:(?:this|the)\s+(?:quarter|year|period)|it)\s+)(?:(?:was|is|has\s+been)\s+)?(?:up|down|grew|increased|decreased|declined|rose|fell)\s+(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+|over\s+)?$/i,
);
const ACQUISITION_CONTRIBUTION = 'acquisition contribution to revenue growth';
/** Acquisitions as the cause, not left out ("excluding the impact of acquisitions") nor netted ("of acquisitions and divestitures"). */
const ACQUIRED = String.raw`(?:the\s+|our\s+|recent\s+)?acquisitions?\b(?!\s+and\s+divestitures)`;
const ACQUISITIONS_BEFORE = new RegExp(
  String.raw`(?<!\b(?:excluding|ex|before|net\s+of|adjusting\s+for|adjusted\s+for)\s+(?:the\s+)?(?:net\s+)?)\b(?:impacts?|contributions?|effects?)\s+of\s+${ACQUIRED}`,
  'i',
);
const ACQUISITIONS_AFTER = new RegExp(String.raw`^[^,;.]{0,40}?\b(?:impacts?|contributions?)\s+from\s+${ACQUIRED}`, 'i');
const TOPICAL = new Set(['revenue', 'bookings', 'orders']);
const BALANCES = new Set(['deferred revenue', 'remaining performance obligations', 'current remaining performance obligations']);
const isTense = (c: Cue) => c.kind === 'actual' || c.kind === 'future';

/** Between two figures of one list: "… and", "… and by", "… or about", with nothing but qualifiers before it. */
const coordinated = tailTest(/^[^.;:]{0,50}?\b(?:and|or)\s+(?:by\s+|to\s+)?(?:about\s+|approximately\s+|around\s+|roughly\s+)?$/i);

const FRAME_OPENING = /^(?:(?:So|And|Now),?\s+)?(?:In|For|During|Over)\s+$/i;

/**
 * The period a sentence opens with ("In the first nine months of 2024, our sales grew …", "In 2024,
 * …"), when it is the call's own or an earlier one: a frame for the rest of the turn.
 */
function openingFrame(str: string, mentions: PeriodMention[], call: Period | null): Period | null {
  const m = mentions[0];
  if (!m || !m.period || m.comparison || !opensSentence(str, m)) return null;
  return call && endMonth(m.period) <= endMonth(call) ? m.period : null;
}

/** "In the first nine months of 2024, …", "For the full year 2020, …": the mention the sentence opens with, set off by a comma. */
/** Before a period that frames what follows: nothing, a connective or a preposition ("So in", "And for", "At"). */
const FRAMES_FROM = /^(?:(?:So|And|Now|But|Meanwhile),?\s+)?(?:(?:In|For|During|Over|At|By)\s+)?$/i;
const LAST_QUARTER = /\blast\s+[gq]uarter\b/i;
const NOW_SAID = /\b(?:now|today|currently|this\s+(?:year|quarter))\b/i;
const PERIOD_VERB =
  /^\s*(?:(?:it|they|that|this|we)\s+)?(?:was|were|is|are|came\s+in\s+at|stood\s+at|totall?ed|included|had)\s+(?:about\s+|approximately\s+|around\s+|roughly\s+|nearly\s+|over\s+)?(?:an?\s+)?$/i;
/** Before a period set as a base: "compared to", "versus", "from", "than", "over", "since". */
const BASE_BEFORE = tailTest(
  /\b(?:from|versus|vs\.?|compared\s+(?:to|with)|comparing\s+(?:to|with)|than|over|against|since|relative\s+to|cycling)\s+(?:the\s+)?$/i,
);

/**
 * The earlier period framing a figure's clause: said at the sentence's start ("Last year, …", "In
 * the second quarter of last year, …") or in the clause itself after the figure before ("…, and a
 * year ago it was"), not as a base ("compared to last year"), with no other period said between.
 */
function earlierFrame(
  str: string,
  mentions: PeriodMention[],
  n: Numeral,
  prevEnd: number,
  call: Period | null,
  used: readonly PeriodMention[],
): PeriodMention | undefined {
  if (!call) return undefined;
  // "the second quarter of last year" holds "last year": the whole is the period.
  const m = findLast(mentions, (x) => x.end <= n.start && !mentions.some((y) => y !== x && y.start <= x.start && y.end >= x.end));
  // "up from 30% last quarter and 26% a year ago": the figure before took "last quarter".
  // "In the last quarter, 50 customers crossed …" may be the quarter just reported: no frame.
  if (
    !m ||
    used.includes(m) ||
    !m.comparison ||
    !m.period ||
    LAST_QUARTER.test(str.slice(m.start, m.end)) ||
    endMonth(m.period) >= endMonth(call) ||
    BASE_BEFORE(str.slice(Math.max(0, m.start - 30), m.start))
  )
    return undefined;
  const between = str.slice(m.end, n.start);
  // "Last year, we added regions …; we now have 42": the present said after the frame is not its.
  const opening =
    FRAMES_FROM.test(
      str
        .slice(0, m.start)
        .replace(/\bthe\s+$/i, '')
        .trimStart(),
    ) &&
    str[m.end] === ',' &&
    !NOW_SAID.test(between);
  // In the clause, only as the subject's period right before its verb ("Operating income last year
  // was \$1 billion", "a year ago it was"): "similar to last year at 91%" is this period's. The
  // figure before may be the period's own numeral ("the second quarter of last year").
  return opening || (prevEnd <= m.end && m.start >= clauseStart(str, n.start) && PERIOD_VERB.test(between)) ? m : undefined;
}

function opensSentence(str: string, m: PeriodMention): boolean {
  return FRAME_OPENING.test(str.slice(0, m.start).replace(/\bthe\s+$/i, '')) && str[m.end] === ',';
}

/** "up \$2.5 billion versus our expectations in January": a difference from an earlier outlook, not the outlook. */
const AGAINST_EXPECTATION =
  /^[^,;]{0,30}?\b(?:versus|vs\.?|than|from|over|compared\s+(?:to|with))\s+(?:our\s+|the\s+)?(?:(?:prior|previous|earlier|original|initial|last)\s+)?(?:expectations?|estimates?|guid(?:ance|e)|outlook|forecast|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/**
 * "we lowered our fourth quarter guidance on January 28", "in line with our pre-announcement": the
 * outlook changed between the calls, so a result is no longer measured against the call's guidance.
 */
const REVISED_BETWEEN = new RegExp(
  String.raw`\bpre-?announce|\bpreliminary\s+(?:results|revenue|numbers|figures)\b|\b(?:lowered|raised|updated|revised|cut|reduced|withdrew|withdrawn)\s+(?:our\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:guidance|outlook)\s+(?:on|in|back\s+in|early\s+in|in\s+(?:early|mid|late)[\s-])\s*${MONTH_NAME}`,
  'i',
);
const AGAINST_OUTLOOK = new RegExp(
  `\\b(?:versus|vs\\.?|than|from|over|compared\\s+(?:to|with))\\s+(?:our\\s+|the\\s+)?(?:(?:prior|previous|earlier|original|initial|last)\\s+)?(?:expectations?|estimates?|guid(?:ance|e)|outlook|forecast|${MONTH_NAME})\\b`,
  'i',
);
const AGAINST_EARLIER = new RegExp(
  `\\b(?:versus|vs\\.?|than|from|over|compared\\s+(?:to|with))\\s+(?:our\\s+|the\\s+)?(?:(?:prior|previous|earlier|original|initial|last)\\s+(?:expectations?|estimates?|guid(?:ance|e)|outlook|forecast)|${MONTH_NAME})\\b`,
  'i',
);
/** "Adjusted EBITDA", "updated figures": revision words that qualify a noun rather than revise. */
const ADJECTIVE_REVISION = /^(?:adjusted|updated|revised)$/i;
const REAFFIRMED = /\b(?:reiterat|reaffirm|maintain|unchanged|remains?\s+unchanged|still\s+expect)\w*/i;

/** "increase by \$1 million to approximately \$14.6 million": the change on the way to a level the next figure gives. */
const POINTS_OF_SPENDING =
  /^\s*(?:decline|reduction|decrease|increase|improvement|rise|drop)\s+in\s+(?:(?:our|total|operating)\s+)*(?:spending|opex|operating\s+expenses)\b/i;
const TO_LEVEL = /^\s*,?\s*to\s+(?:[a-z]+\s+){0,2}$/;

function againstExpectation(after: string): boolean {
  return AGAINST_EXPECTATION.test(after);
}

/** Dates, codes, ordinals and labels: numerals that measure nothing. */
function isDateLike(n: Numeral): boolean {
  return DATE_KINDS.has(n.kind) || n.kind === 'product' || n.kind === 'ordinal' || n.kind === 'label';
}

/** "the \$239 million", "that \$250 million": an amount already said. */
const POINTS_BACK = tailTest(/\b(?:the|that|this)\s+$/i);
const determinerBefore = tailTest(/\b(?:the|our|its|a|their)\s+$/i);
/** "our 2019 earnings per share guidance", "the 2024 outlook": a year that dates an outlook is its period. */
const DATES_OUTLOOK = /^\s+(?:[\w&-]+\s+){0,4}?(?:guidance|outlook|forecast|targets?|results)\b/i;

/** Explicit dates (numerals) and relative phrases ("the prior quarter") of a sentence, in order. */
function periodMentions(str: string, nums: Numeral[], call: Period | null, ahead: boolean, periodWords: boolean, calendar: FiscalCalendar): PeriodMention[] {
  const relative = periodWords ? relativeMentions(str, call, ahead, calendar) : NONE;
  let dated: PeriodMention[] | null = null;
  for (const n of nums) {
    if (!DATE_KINDS.has(n.kind) || n.kind === 'time') continue;
    // "Q2 of last year": the quarter named, a year before the call's.
    const ago = n.partOfYear && call ? YEAR_AGO_AFTER.exec(str.slice(n.end, n.end + 30)) : null;
    if (ago) {
      const { part, n: k } = n.partOfYear!;
      const period: Period = part === '9M' ? nineMonths(call!.year - 1) : { kind: part, n: k, year: call!.year - 1 };
      (dated ??= []).push({ start: n.start, end: n.end + ago[0].length, period, comparison: true, relative: null, yearAgo: true });
      continue;
    }
    const period = ownPeriod(n, call, ahead);
    // A day ("the training on May 29") dates an event and names no period.
    if (n.kind === 'date' && period === null) continue;
    (dated ??= []).push({
      start: n.start,
      end: n.end,
      period,
      ...(n.period === null && n.partOfYear ? { part: n.partOfYear } : {}),
      // "the 2013 employee bonus plan" names a plan, not the period being talked about.
      comparison:
        isComparisonBase(str, n.start) ||
        (n.kind === 'year' && determinerBefore(str.slice(Math.max(0, n.start - 8), n.start)) && !DATES_OUTLOOK.test(str.slice(n.end, n.end + 60))),
      relative: null,
    });
  }
  if (!dated) return relative;
  // "For fiscal 2032, we expect full year revenue of …": "the full year" after a fiscal year named in
  // the sentence is that year; "this year" stays the call's, and "the year" may be any year said.
  for (const r of relative) {
    if (r.relative !== 'this-year' || !FULL_YEAR.test(str.slice(r.start, r.end))) continue;
    const named = dated.filter((d) => d.start < r.start && !d.comparison && d.period?.kind === 'FY').pop();
    if (named) r.period = named.period;
  }
  // "the second half of the year", "the fourth quarter of this year": the part of that year (this
  // one, or the one ahead as "this year" is), and no period of its own for the figures after it.
  const ofPart = (r: PeriodMention) => {
    const d = r.relative === 'this-year' && r.period ? dated!.find((x) => x.part && x.end <= r.start && OF_GAP.test(str.slice(x.end, r.start))) : undefined;
    if (!d || !d.part || !r.period) return false;
    d.period = d.part.part === '9M' ? nineMonths(r.period.year) : { kind: d.part.part, n: d.part.n, year: r.period.year };
    delete d.part;
    return true;
  };
  // Both lists are in text order already.
  return [...dated, ...relative.filter((r) => !ofPart(r))].sort((a, b) => a.start - b.start);
}

const OF_GAP = /^\s+of\s+$/;

const FULL_YEAR = /^(?:the\s+|our\s+)?(?:full|fiscal)\b/i;

function ownPeriod(n: Numeral, call: Period | null, ahead: boolean): Period | null {
  if (n.period) return n.period;
  if (n.partOfYear) return resolvePart(n.partOfYear.part, n.partOfYear.n, call, ahead);
  return n.kind === 'date' && n.value ? fiscalYear(n.value) : null;
}

interface Previous {
  metric: string | null;
  segment: string | null;
  basis: Basis;
  period: Period | null;
  /** The figure it gave, and whether "from" stood right before it ("raising it from \$4.25 to \$4.45 to …"). */
  figure: Figure;
  from: boolean;
  unit: string;
  /** End of the text the previous figure took its metric from ("\$47 million of cash"). */
  consumed: number;
  /** Named as a loss ("net loss of \$56 million"). */
  loss: boolean;
}

/**
 * "now expected to be \$3.95 to \$4.15, up from our previous guidance of \$3.75 to \$3.95", "raising it
 * to \$5 billion from \$4.8 billion": the outlook a revision moves from, of the revision's metric and
 * period; it is the earlier outlook, not the revision. The revision (`prev`) when the figure is that.
 */
function revisedFrom(prev: Previous | null, basis: Basis, metric: string | null, before: string, after: string): Previous | null {
  if (!prev || prev.basis !== 'revised-guidance' || !OUTLOOKS.has(basis) || (metric !== null && metric !== prev.metric)) return null;
  return FROM_EARLIER(before) && !AGO_AFTER.test(after) ? prev : null;
}

const TO_LEVEL_AFTER_AND = /\bto\s+(?:about\s+|approximately\s+|around\s+|roughly\s+)?$/i;
const FROM_BARE = tailTest(/\bfrom\s+(?:about\s+|approximately\s+)?$/i);

/** "up from \$4.5 billion last year": the year-ago figure, not an outlook. */
const AGO_AFTER =
  /^\s*(?:in\s+|for\s+)?(?:the\s+)?(?:(?:last|prior|previous|same)\s+(?:year|quarter|period)|(?:a|one)\s+year\s+(?:ago|earlier)|year[\s-]ago)\b/i;
/** "up from our previous guidance of", "to \$5 billion from": what comes next is the outlook moved from. */
const FROM_EARLIER = tailTest(
  /\b(?:from|versus|vs\.?|compared\s+(?:to|with))\s+(?:(?:our|the|its)\s+)?(?:(?:prior|previous|earlier|original|initial|last)\s+)?(?:(?:guidance|outlook|expectations?|forecast|estimates?)\s+(?:range\s+)?(?:of\s+)?)?(?:about\s+|approximately\s+|roughly\s+)?(?:(?:up|down)\s+)?$/i,
);

/** "\$56 million or \$0.05 per share": one amount said again per share. */
const OR_BETWEEN = /^\s*,?\s*or\s*$/;

/** Words that may stand between two figures of one metric: "up 12% from the prior quarter at \$91.4 million". */
const LINKING = new Set([
  'to',
  'from',
  'at',
  'and',
  'or',
  'up',
  'down',
  'by',
  'of',
  'the',
  'a',
  'an',
  'our',
  'its',
  'their',
  'with',
  'versus',
  'vs',
  'vs.',
  'compared',
  'than',
  'above',
  'below',
  'well',
  'slightly',
  'about',
  'around',
  'approximately',
  'roughly',
  'nearly',
  'just',
  'over',
  'under',
  'less',
  'more',
  'prior',
  'previous',
  'last',
  'year',
  'quarter',
  'guarter',
  'ago',
  'sequentially',
  'year-over-year',
  'in',
  'within',
  'between',
  'expected',
  'range',
  'guidance',
  'guided',
  'target',
  'targeted',
  'same',
  'period',
  'was',
  'were',
  'is',
  'it',
  'which',
  'while',
  'but',
  'only',
  'increase',
  'increased',
  'decline',
  'declined',
  'grew',
  'growth',
  'rose',
  'fell',
  'improved',
  'respectively',
  'then',
  'this',
  'that',
  'against',
  'plus',
  'minus',
  'also',
  'lower',
  'higher',
  'for',
  'we',
  'had',
  'relative',
  'still',
  'now',
  'some',
  'even',
  'as',
  'much',
  'far',
  'per',
  'share',
  // "increased 132% ex FX year-over-year to about $2 billion": growth without currency moves.
  'ex',
  'fx',
  // "grew 30% year over year to reach \$1.23 billion", "\$1.26 billion, representing 27% growth".
  'reach',
  'reaching',
  'representing',
  'represented',
  'reflecting',
  'accelerating',
  'expanding',
  'growing',
  'improving',
  'totaling',
  'totalling',
  // "exceeded \$1 billion for the second straight quarter, reaching a record \$1.2 billion".
  'record',
  'second',
  'third',
  'straight',
  'consecutive',
  'over',
  'basis',
  'points',
  'point',
]);

const PER_SHARE_METRIC = /dividend|accretion|repurchase/;
const ENDS_IN_LETTER = /[a-z]$/i;
const STARTS_WITH_DIGIT = /^\d/;
const NOUN_AT_END = /([a-z][a-z-]*)$/i;
const PEOPLE = /^(?:employees|people|heads|staff)$/;

/** The metric a figure takes, the segment it is qualified by, and where the text it came from ends. */
interface Picked {
  name: string | null;
  segment: string | null;
  /** Named as a loss ("net loss of \$40 million"). */
  loss: boolean;
  /** End of the text the metric was read from ("\$47 million of cash"). */
  consumed: number;
}

const LEVEL_OF = /^\s+(?:to|of|at)\s+(?:about\s+|approximately\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$/i;
const SCALE_WORDS = /^(?:thousands?|millions?|billions?|trillions?)$/;

/**
 * The metric a figure measures: "\$47 million of cash", the metric named since the previous figure,
 * the previous figure's metric across linking words ("up 12% … at \$91.4 million"), or a metric
 * right after a word figure ("high teens operating margins"). Null when the sentence does not say.
 */
function pickMetric(n: Numeral, str: string, metrics: MetricMention[], prevEnd: number, nextStart: number, prev: Previous | null): Picked {
  const own = (m: MetricMention | null, consumed = n.end): Picked => ({ name: m?.name ?? null, segment: m?.segment ?? null, loss: m?.loss ?? false, consumed });
  const named = (name: string | null): Picked => ({ name, segment: null, loss: false, consumed: n.end });
  const after = str.slice(n.end, nextStart);
  const from = prev ? prev.consumed : 0;
  if (n.kind === 'percent') {
    const share = shareOf(after);
    if (share) {
      // "Stock-based compensation … 41% of revenue": the ratio of the metric the clause is about.
      const subject = share.revenue ? lastBefore(metrics, n.start, 0, (m) => m.name !== 'revenue' && !m.name.includes('%')) : null;
      // "Subscription revenue was 62% of total revenue": one kind's share of all of it, said in its clause.
      const kind =
        share.revenue && !subject ? lastBefore(metrics, n.start, clauseStart(str, n.start), (m) => m.name === 'revenue' && m.segment !== null) : null;
      if (kind) return { name: `${kind.segment!} revenue (% of total revenue)`, segment: null, loss: false, consumed: n.end + share.length }; // kind.segment tested
      return { name: subject ? `${subject.name} (% of revenue)` : share.name, segment: subject?.segment ?? null, loss: false, consumed: n.end + share.length };
    }
  }
  if (n.perShare) {
    const left = lastBefore(metrics, n.start, from);
    if (left && PER_SHARE_METRIC.test(left.name)) return own(left);
    // "a net loss of \$56 million or \$0.05 per share": the per-share figure is the loss too.
    const perShareOfLoss = !left && prev?.loss === true && OR_BETWEEN.test(str.slice(prevEnd, n.start));
    return { name: 'EPS', segment: null, loss: (left?.name === 'EPS' && left.loss) || perShareOfLoss, consumed: n.end };
  }
  // "two avenues of revenue" counts avenues; "\$4 million of revenue" is revenue.
  for (const m of n.kind === 'count' && ENDS_IN_LETTER.test(str.slice(n.start, n.end)) ? [] : metrics) {
    if (m.start < n.end || m.start >= nextStart) continue;
    if (RIGHT_METRIC.test(str.slice(n.end, m.start)) || (n.kind === 'money' && MONEY_TO_METRIC.test(str.slice(n.end, m.start)))) return own(m, m.end);
    break;
  }
  // "740 net new customers", "a 3-point decline in gross margins": the metric the figure is a count or change of.
  const next = metrics.find((m) => m.start >= n.end && m.start < nextStart);
  if (
    next &&
    (((n.kind === 'count' || n.kind === 'number') && DIRECT_METRIC.test(str.slice(n.end, next.start))) || CHANGE_OF.test(str.slice(n.end, next.start)))
  )
    return own(next, next.end);
  if (n.kind === 'duration' && n.unit !== 'days') return named(null);
  const written = str.slice(n.start, n.end);
  // A count names what it counts: "222,000 motorcycles"; spelled-out counts ("two items") name nothing.
  if (n.kind === 'count' && ENDS_IN_LETTER.test(written)) {
    // "bringing our backlog to 28 systems": the level of the metric just named, counted in its units.
    const level = lastBefore(metrics, n.start, from);
    if (level && LEVEL_OF.test(str.slice(level.end, n.start))) return own(level);
    const noun = STARTS_WITH_DIGIT.test(written) ? countMetric(written) : null;
    // "2.4 billion" counts nothing: the scale word is no noun.
    if (noun === null || !SCALE_WORDS.test(noun)) return named(noun);
  }
  const left = lastBefore(metrics, n.start, from);
  if (left) return own(left);
  // "12.2 million shares for \$1.3 billion": what a count counts is not what the money measures.
  const carries = prev && prev.metric && !(prev.unit === 'count' && n.kind === 'money');
  if (carries && (linking(str.slice(prevEnd, n.start)) || CORRECTED(str.slice(prevEnd, n.start))))
    return { name: prev.metric, segment: prev.segment, loss: false, consumed: n.end };
  if (!prev) {
    const any = lastBefore(metrics, n.start, 0);
    if (any) return own(any);
  }
  if (n.kind === 'word' || n.kind === 'percent') {
    const m = metricAfter(str, n, metrics);
    if (m) return own(m);
  }
  // Else the metric its own clause names: "During the quarter, we repurchased 12 million shares for \$1.3 billion".
  // "23% in Danish kroner and 24% at constant exchange rates": the second of a pair is of the first's metric.
  if (carries && coordinated(str.slice(prevEnd, n.start))) return { name: prev!.metric, segment: prev!.segment, loss: false, consumed: n.end };
  // Only where the figure before took no metric from the text (a count names its own noun).
  const clause = !prev || prev.metric === null || prev.unit === 'count' ? lastBefore(metrics, n.start, clauseStart(str, n.start)) : null;
  return clause && !(clause.name === prev?.metric && prev.unit === 'count') ? own(clause) : named(null);
}

/** Where the last figure before nums[i] ends that is an amount, not a date or a span of time (0: none). */
function amountEnd(nums: readonly Numeral[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const k = nums[j]!.kind; // 0 <= j < i
    if (!DATE_KINDS.has(k) && k !== 'duration') return nums[j]!.end;
  }
  return 0;
}

/** Where the sentence starts when its opening phrase frames the clause at `at` ("Over the last year, revenue …"), else the clause. */
function clauseOrOpening(str: string, at: number): number {
  const clause = clauseStart(str, at);
  const firstComma = str.indexOf(',');
  return firstComma >= 0 && firstComma + 1 === clause ? 0 : clause;
}

/** Where the clause holding `at` starts: after the last comma, semicolon or colon before it. */
function clauseStart(str: string, at: number): number {
  return Math.max(str.lastIndexOf(',', at - 1), str.lastIndexOf(';', at - 1), str.lastIndexOf(':', at - 1)) + 1;
}

const WORD = /[^\s,()]+/g;

/** At most 12 words, all linking; stops at the first word that is not, without splitting the gap. */
function linking(gap: string): boolean {
  const lower = gap.toLowerCase();
  let count = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) if (++count > 12 || !LINKING.has(m[0])) return false;
  return true;
}

function lastBefore(metrics: MetricMention[], at: number, from: number, test: (m: MetricMention) => boolean = () => true): MetricMention | null {
  let best: MetricMention | null = null;
  for (const m of metrics) if (m.start >= from && m.end <= at && test(m)) best = m;
  return best;
}

function metricAfter(str: string, n: Numeral, metrics: MetricMention[]): MetricMention | null {
  const m = metrics.find((x) => x.start >= n.end);
  const gap = m ? str.slice(n.end, m.start) : '';
  return m && (DIRECT_METRIC.test(gap) || (n.kind === 'percent' && NEAR_METRIC.test(gap))) ? m : null;
}

/**
 * What a count counts: "50 employees" is headcount, "222,000 motorcycles" motorcycles. Places
 * counted ("in all 45 states", "in 12 new countries") say where, and the parts of a speaker's answer
 * ("I'd highlight 3 things", "two reasons") order a talk: both measure nothing, null.
 */
function countMetric(text: string): string | null {
  const noun = NOUN_AT_END.exec(text)![1]!.toLowerCase();
  if (PLACES.test(noun) || PARTS_OF_SPEECH.test(noun)) return null;
  return PEOPLE.test(noun) ? 'headcount' : noun;
}

const PLACES = /^(?:states|countries|cities|provinces|territories|continents)$/;
const PARTS_OF_SPEECH =
  /^(?:things|ways|reasons|factors|questions|comments|remarks|thoughts|topics|themes|points|observations|takeaways|messages|parts|pieces|examples|aspects|buckets|areas|priorities|pillars)$/;

/**
 * The period a figure is about: a period phrase right after it ("in the quarter"), else the nearest
 * before it in the sentence that is not a comparison base, else the period being talked about.
 * An earlier period's value takes the period it is compared with ("58 the prior quarter"). A phrase
 * one figure takes ("\$7 million recognized in Q1") is not the period of the figures after it, nor
 * is one in an earlier clause of a list ("…; and capital expenditures of …").
 */
function pickPeriod(
  n: Numeral,
  basis: Basis,
  str: string,
  mentions: PeriodMention[],
  nextStart: number,
  state: TurnState,
  ahead: boolean,
  taken: PeriodMention[],
  compared: PeriodMention[],
  call: Period | null,
  metricEnd: number,
  /** Where the last amount before the figure ends: a trailing year said after an amount in the clause is that amount's. */
  prevEnd: number,
  /** Where the next figure of the sentence ends, if there is one. */
  nextEnd: number | null,
): { period: Period | null; assumed: boolean } {
  const forward =
    ahead && (basis === 'guidance' || basis === 'revised-guidance' || basis === 'expectation' || basis === 'target' || basis === 'change' || basis === 'other');
  const resolve = (m: PeriodMention) => {
    if (m.relative === 'this-quarter' && forward && state.future) return state.future;
    // "the revenue guidance Dave provided for FQ4 of \$4.5 billion": told in the past, but a part of
    // the year an outlook is for lies ahead of the call (or is its own).
    if (m.part && !ahead && OUTLOOKS.has(basis)) return resolvePart(m.part.part, m.part.n, call, true);
    return m.period;
  };
  const next = mentions.find((m) => m.start >= n.end && m.start <= nextStart && m.start - n.end < 40);
  // "\$100 million of the full-year impact is expected during the third quarter": the part's period
  // is the one said later in its clause, not the whole's.
  const later = next && PART_OF.test(str.slice(n.end, next.start)) ? mentions.find((m) => m.start > next.end && m.start <= nextStart) : undefined;
  const right = later && CLAUSE_TO_PERIOD.test(str.slice(n.end, later.start).replace(/^.*?\b(?:is|are|was|were|will\s+be)\b/, '')) ? later : next;
  if (basis === 'prior') {
    // "compared to 84.5% in 2023": the year is the comparison's, not a topic for later sentences.
    if (right) {
      compared.push(right);
      return { period: withinFrame(resolve(right), state.frame), assumed: false };
    }
    const left = findLast(mentions, (m) => m.end <= n.start && m.comparison && n.start - m.end < 40);
    return { period: left ? withinFrame(resolve(left), state.frame) : null, assumed: false };
  }
  // Said before the figure, of it: in its clause or opening its sentence, no amount between.
  const from = clauseOrOpening(str, n.start);
  const saidBefore = (test: (s: string) => boolean) => !right && prevEnd <= from && test(str.slice(from, n.start));
  // "surpassed \$1 billion in revenue over the past 12 months", "Over the last twelve months, revenue
  // was …": a trailing year, no fiscal period's.
  if (TRAILING_AFTER.test(str.slice(n.end, n.end + 60)) || saidBefore(TRAILING_BEFORE)) return { period: null, assumed: false };
  // "Revenue in July was \$150 million", "\$150 million in July": a month's result, no quarter's (an
  // outlook said in a month is dated by it, not for it).
  if (!OUTLOOKS.has(basis) && (MONTH_AFTER.test(str.slice(n.end, n.end + 40)) || saidBefore(MONTH_BEFORE))) return { period: null, assumed: false };
  // "\$600 million to shareholders through 2Q 2032": the span up to a period, no one period's figure.
  if (right && !right.comparison && THROUGH_GAP.test(str.slice(n.end, right.start))) {
    taken.push(right);
    return { period: null, assumed: false };
  }
  // "312 net new stores during the fiscal year": the period right after the metric the figure names.
  if (right && !right.comparison) {
    const adjacent = str.slice(Math.max(n.end, Math.min(metricEnd, right.start)), right.start);
    if (RIGHT_ADJACENT.test(adjacent)) {
      // Said with its preposition, the period is this figure's alone; said bare ("\$429 million year-to-date,
      // \$30 million above last year"), the figures after it in the sentence may go on in it.
      if (!/^\s+$/.test(adjacent)) taken.push(right);
      return { period: resolve(right), assumed: false };
    }
  }
  // "opened 585 net new stores and entered 17 new cities during the fiscal year": the period that
  // closes two results joined by "and" is of both, where the first's clause names none before it.
  const pair =
    right || nextEnd === null || mentions.some((m) => m.end <= n.start && m.start >= clauseStart(str, n.start))
      ? undefined
      : mentions.find((m) => m.start >= nextEnd && m.start - nextEnd < 40 && !m.comparison);
  // Not a list said "respectively" ("140 and 130 basis points in the first and second quarters respectively").
  if (
    pair &&
    JOINED_TO_NEXT.test(str.slice(n.end, nextStart)) &&
    CLAUSE_TO_PERIOD.test(str.slice(nextEnd!, pair.start)) &&
    !RESPECTIVELY.test(str.slice(pair.end, pair.end + clauseLength(str.slice(pair.end))))
  )
    return { period: resolve(pair), assumed: false };
  // "repurchase \$3 billion of shares in the back half of fiscal 2031": an outlook's period later in its clause.
  if (right && !right.comparison && OUTLOOKS.has(basis) && call && CLAUSE_TO_PERIOD.test(str.slice(n.end, right.start))) {
    if (right.period && endMonth(right.period) > endMonth(call)) {
      taken.push(right);
      return { period: resolve(right), assumed: false };
    }
  }
  // The period named in the figure's clause, else in an earlier clause of its sentence ("Revenue for
  // the quarter was …; and EPS of …"), unless another figure took it.
  const sentenceClause = str.lastIndexOf(';', n.start) + 1;
  // "Year-to-date we bought \$5.5 billion, and we now expect \$8 billion": the months so far are no outlook's period.
  // "a final dividend of DKK 7.90 for a total 2031 dividend of DKK 11.40": a period that dates the
  // figure's own metric is its, though the figure before took it too.
  const dates = (m: PeriodMention) => n.start - m.end < 40 && DATED_METRIC.test(str.slice(m.end, n.start));
  const fits = (m: PeriodMention) =>
    m.end <= n.start && !m.comparison && (!taken.includes(m) || dates(m)) && !(m.relative === 'to-date' && OUTLOOKS.has(basis));
  // Else the period the sentence opens with ("For the full year 2020, despite weaker demand in the
  // second half of the year, we expect growth of 25%"): what comes between is an aside.
  const opening = mentions[0] && fits(mentions[0]) && opensSentence(str, mentions[0]) ? mentions[0] : undefined;
  const ownClause = clauseStart(str, n.start);
  const left =
    findLast(mentions, (m) => fits(m) && m.start >= ownClause) ??
    opening ??
    findLast(mentions, (m) => fits(m) && m.start >= sentenceClause) ??
    findLast(mentions, fits);
  if (left) return { period: forward || OUTLOOKS.has(basis) ? resolve(left) : withinFrame(resolve(left), state.frame), assumed: false };
  // A target the company keeps ("our 3% to 5% range", "600 net new stores per year") is for the
  // period its own sentence names, none carried from the turn.
  if (basis === 'target') return { period: null, assumed: false };
  let topic = forward ? state.future : state.past;
  // An outlook is for no period closed before the call's: "cycling a strong fourth quarter from last
  // year. EPS is now expected to be …" goes on about the year ahead, not that quarter.
  if (topic && call && OUTLOOKS.has(basis) && endMonth(topic) < endMonth(call))
    topic = state.future && endMonth(state.future) >= endMonth(call) ? state.future : null;
  // "we raise our EPS guidance to \$7.30 to \$7.40" with no period named, in a call of the year's first
  // three quarters: a quarter under way is not re-guided, the year is.
  if (basis === 'revised-guidance' && call?.kind === 'Q' && call.n < 4 && !samePeriod(state.guidedFor, call) && (topic === null || samePeriod(topic, call)))
    return { period: fiscalYear(call.year), assumed: true };
  // "So yes, the operating income guidance is \$300 million to \$1 billion" with no period said: the
  // quarter the call reports is over, and the outlook it states now is for the one under way.
  if (basis === 'guidance' && call?.kind === 'Q' && samePeriod(topic, call) && GUIDANCE_NOW(str.slice(Math.max(0, n.start - 40), n.start)))
    return { period: shiftQuarter(call, 1), assumed: true };
  // Nothing said about the period: the call's own, unless the turn moved on to another.
  return { period: topic, assumed: topic !== null && samePeriod(topic, call) };
}

const GUIDANCE_NOW = tailTest(
  /(?<!\b(?:below|above|than|versus|vs\.?|against|to|with)\s+)\b(?:guidance|outlook|guide)\s+(?:is|now\s+is)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+)?$/i,
);

/** "2031 dividend of", "fiscal 2031 revenue was": a period right before the metric a figure is stated as. */
const DATED_METRIC = /^\s+(?:[a-z&-]+\s+){1,3}(?:of|was|were|is|at|totall?ed)\s+(?:about\s+|approximately\s+|around\s+|roughly\s+)?$/i;

/** Whether a call reports `period`: its own quarter, or the fiscal year its fourth quarter closes. */
function reportedBy(call: Period | null, period: Period): boolean {
  if (!call) return false;
  return samePeriod(period, call) || (call.kind === 'Q' && call.n === 4 && samePeriod(period, fiscalYear(call.year)));
}

/** A period that ends after the one the call reports: nothing of it is a result yet. */
function closesAfter(period: Period, call: Period | null): boolean {
  return call !== null && endMonth(period) > endMonth(call);
}

/** The company moving a figure in this clause: "we are raising … to", "we're lowering our … to", "we raised it to". */
const REVISING_NOW =
  /\b(?:we\s+are|we're|we\s+will|we'll|we)\s+(?:also\s+|now\s+|further\s+)?(?:rais|lower|increas|reduc|cut|trim|lift|narrow|updat|revis)(?:e|es|ed|ing)?\b(?:[^.;]|\.\d){0,80}?\bto\s+(?:approximately\s+|about\s+|around\s+|roughly\s+)?$/i;

const OUTLOOKS = new Set<Basis>(['guidance', 'revised-guidance', 'expectation', 'target']);

/** A whole year named while the turn reports the first nine months ("realized in 2024") means those months of it. */
function withinFrame(period: Period | null, frame: Period | null): Period | null {
  if (!period || frame?.kind !== '9M') return period;
  return period.kind === 'FY' && period.year <= frame.year ? nineMonths(period.year) : period;
}

/** The last item that passes `test`, without copying the list (Node 20's lib target lacks findLast). */
function findLast<T>(items: T[], test: (x: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i]; // 0 <= i < items.length
  return undefined;
}

/** Remembers the periods a sentence talks about for the sentences after it: ahead or reported. */
function carryTopics(
  str: string,
  mentions: PeriodMention[],
  call: Period | null,
  state: TurnState,
  ahead: boolean,
  compared: readonly PeriodMention[] = NONE,
  /** Whether a period ahead said here becomes the one later outlooks are for. */
  ofOutlook = true,
): void {
  for (const m of mentions) {
    if (m.comparison || !m.period || compared.includes(m)) continue;
    if (GUIDANCE_FOR(str.slice(Math.max(0, m.start - 40), m.start))) state.guidedFor = m.period;
    // "Revenue for the quarter was …" returns to the call's quarter; "Now moving to the full year."
    // opens the year: the call's for what was reported, the one ahead for what is expected.
    if (m.relative === 'this-quarter') {
      if (!ahead && call) state.past = call;
      continue;
    }
    if (m.relative === 'this-year' && call) {
      state.past = fiscalYear(call.year);
      state.future = fiscalYear(call.year + (call.kind === 'Q' && call.n === 4 ? 1 : 0));
      continue;
    }
    const p = m.period;
    const later = call !== null && endMonth(p) > endMonth(call);
    if (later && ahead) {
      if (ofOutlook) state.future = p;
    } else if (!later && !ahead) state.past = p;
  }
}

const GUIDANCE_FOR = tailTest(/\b(?:guidance|outlook|forecast|guided|guiding)\s+for\s+(?:the\s+|our\s+)?$/i);

/** Up to the first comma or semicolon: what `after.search(/[,;]|$/)` finds, without a regex. */
function clauseLength(after: string): number {
  const comma = after.indexOf(',');
  const semicolon = after.indexOf(';');
  if (comma === -1) return semicolon === -1 ? after.length : semicolon;
  return semicolon === -1 ? comma : Math.min(comma, semicolon);
}

function monthIn(str: string, at: number): string | null {
  let month: string | null = null;
  for (const m of str.slice(0, at).matchAll(MONTH)) month = capitalise(m[1]!); // the month name is MONTH's one group
  return month;
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
}

/**
 * Guidance quoted again later ("well above our guidance of \$0.02") is the revision it repeats when an
 * earlier revised figure of the same metric, period and value exists.
 */
function restatedGuidance(f: Figure, revised: Map<string, Map<number, Figure>>): void {
  if (!f.metric || !f.period || f.value === null || (f.basis !== 'revised-guidance' && f.basis !== 'guidance')) return;
  if (f.basis === 'guidance' && revised.size === 0) return;
  // Keyed by metric and period, then by value: as one `${metric}|${period}|${value}` string, without
  // writing every value out.
  const key = `${f.metric}|${formatPeriod(f.period)}`;
  if (f.basis === 'revised-guidance') {
    const byValue = revised.get(key);
    if (byValue) byValue.set(f.value, f);
    else revised.set(key, new Map([[f.value, f]]));
  } else if (f.basis === 'guidance') {
    const r = revised.get(key)?.get(f.value);
    if (r && (!f.statedIn || f.statedIn === r.statedIn)) {
      f.basis = 'revised-guidance';
      f.statedIn = r.statedIn;
    }
  }
}
