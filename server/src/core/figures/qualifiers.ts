// How a figure is measured (GAAP, non-GAAP, adjusted, constant currency, organic, as reported), as
// its sentence says: the words right after the figure in its clause ("24% at constant exchange
// rates", "up 11% excluding the gain"), else the nearest before it ("non-GAAP EPS of \$0.62").

import type { Qualifier } from './figure';

export interface QualifierMention {
  start: number;
  end: number;
  qualifier: Qualifier;
  /** Said after what it qualifies ("at constant exchange rates", "excluding the gain"), not before it ("GAAP EPS"). */
  after: boolean;
  /** Where the text before it ends, spaces left out: a figure ending there is right before it. */
  follows: number;
}

// Tried in order at each place: currency words before the general "excluding".
const SCAN = new RegExp(
  [
    /(non[\s-]?gaap|non[\s-]?ifrs|pro[\s-]forma)/,
    // "operational sales growth" (as drug and device makers say it) is growth at constant currency.
    /(constant[\s-]+currency|constant[\s-]+exchange[\s-]+rates?|(?:fx|currency)[\s-]+neutral|fixed[\s-]+fx|ex[\s-]+fx|excluding\s+(?:the\s+impact\s+of\s+)?(?:fx|foreign\s+exchange|currency)|in\s+local\s+currenc(?:y|ies)|operational(?:ly)?(?=\s+(?:sales|revenues?|growth|basis|increase|decline))|operationally(?=,)|on\s+an\s+operational\s+basis)/,
    // "we have adjusted our guidance" is a revision, not an adjusted measure.
    /((?<!\b(?:we|we've|we're|have|has|had|been|be|are|is|was|were)\s+(?:\w+\s+)?)adjusted|excluding)/,
    /(organic(?:ally)?)/,
    /(gaap|ifrs)/,
    /(as\s+reported|(?:on\s+an?\s+)?reported\s+basis|reported(?=\s+(?:sales|revenues?)\s+growth)|in\s+(?:danish|swedish|norwegian)\s+kron(?:er|or|a)|in\s+(?:u\.s\.\s+)?dollars|in\s+euros?|in\s+reported\s+currency)/,
  ]
    .map((re) => re.source)
    .join('|')
    .replace(/^/, '\\b(?:')
    .concat(')(?![\\w-])'),
  'gi',
);
const POST_MODIFIER = /^(?:at|in|on|as|excluding|ex|organically|fx|currency|constant)\b/i;
const KINDS: Qualifier[] = ['non-GAAP', 'constant-currency', 'adjusted', 'organic', 'GAAP', 'reported'];

/** The qualifier words of a sentence, left to right; none in most sentences. */
export function qualifierMentions(sentence: string): QualifierMention[] {
  const out: QualifierMention[] = [];
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(sentence); m; m = SCAN.exec(sentence)) {
    // The alternative that matched is the first group set; its place names the qualifier.
    const qualifier = KINDS[m.slice(1).findIndex((g) => g !== undefined)];
    let follows = m.index;
    while (follows > 0 && sentence[follows - 1] === ' ') follows--;
    if (qualifier) out.push({ start: m.index, end: m.index + m[0].length, qualifier, after: POST_MODIFIER.test(m[0]), follows });
  }
  return out;
}

/**
 * A figure's qualifier: one said right after it (before the next figure, within 40 characters), else
 * the nearest before it that is not said right after another figure (`ends`, the sentence's figure
 * ends): "EPS of \$3.55, up 14%, excluding the gain, driven by a tax rate of 14%, which adds \$0.28"
 * qualifies the growth, not the rate or the amount.
 */
export function qualifierOf(mentions: QualifierMention[], start: number, end: number, nextStart: number, ends: readonly number[] = []): Qualifier | null {
  let before: Qualifier | null = null;
  for (const m of mentions) {
    if (m.end <= start) {
      if (!saidAfterFigure(m, ends)) before = m.qualifier;
    } else if (m.start >= end && m.start < nextStart && (m.follows === end || (m.after && m.start - end <= 40))) return m.qualifier;
  }
  return before;
}

/** A post-modifier within 40 characters after a figure, or any qualifier right after one ("7% organic growth"): it qualifies that figure. */
function saidAfterFigure(m: QualifierMention, ends: readonly number[]): boolean {
  return ends.some((e) => (m.after ? e <= m.start && m.start - e <= 40 : e === m.follows));
}

const RESPECTIVELY = /\brespectively\b/i;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/i;

/**
 * "GAAP and non-GAAP gross margins were 58.4% and 58.6%, respectively": qualifiers listed before the
 * figures they go with, in order. The figure starts (in order) each take the qualifier of their place
 * in the list; null when the sentence lists none.
 */
export function respectiveQualifiers(sentence: string, mentions: QualifierMention[], figureStarts: readonly number[]): Map<number, Qualifier> | null {
  if (mentions.length < 2 || !RESPECTIVELY.test(sentence)) return null;
  let run: QualifierMention[] = [];
  for (const m of mentions) {
    const last = run[run.length - 1];
    if (last && LIST_GAP.test(sentence.slice(last.end, m.start))) run.push(m);
    else if (run.length >= 2) break;
    else run = [m];
  }
  if (run.length < 2) return null;
  const end = run[run.length - 1]!.end;
  const after = figureStarts.filter((s) => s >= end).slice(0, run.length);
  if (after.length < run.length) return null;
  return new Map(after.map((s, i) => [s, run[i]!.qualifier]));
}
