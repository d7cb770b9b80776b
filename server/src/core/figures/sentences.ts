// Sentence splitting for attribution: a figure's metric, period and basis come from its sentence.
// Linear: one pass over the text; a blank line ends a paragraph unless the text runs on across it
// (page breaks in PDF text cut sentences in two).

import { isLower, isSpace } from './chars';
import { tailTest } from './tail';

export interface Sentence {
  start: number;
  end: number;
  /** First sentence of a paragraph. */
  paragraphStart: boolean;
}

/** Words whose trailing dot does not end a sentence. */
const abbreviation = tailTest(
  /(?:^|[\s(])(?:[A-Z]|[A-Z]\.[A-Z]|Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|etc|approx|No|Nos|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|fig|est)$/,
);
const BREAK = /[.!?]+["')\]]*(?=\s)|\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+|\r(?:[ \t]*\r)+/g;
/** Long runs without punctuation are cut so that per-sentence work stays bounded. */
const MAX_SENTENCE = 2000;

export function splitSentences(text: string, from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpace(text, from, to);
  let paragraphStart = true;
  BREAK.lastIndex = start;
  const push = (end: number, nextParagraph: boolean) => {
    let e = end;
    while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > start) {
      out.push({ start, end: e, paragraphStart });
      paragraphStart = nextParagraph;
    } else if (nextParagraph) paragraphStart = true;
  };
  for (let m = BREAK.exec(text); m && m.index < to; m = BREAK.exec(text)) {
    const first = text.charCodeAt(m.index);
    const isBlankLine = first === 10 || first === 13;
    const end = isBlankLine ? m.index : m.index + m[0].length;
    if (!isBlankLine) {
      // "… outside the U.S." at the end of its line ends the sentence there too (one paragraph a line).
      if (lowerNext(text, end, end + 3) || (abbreviation(text.slice(Math.max(start, m.index - 6), m.index)) && !endsLine(text, end))) continue;
    } else {
      // A page break inside a sentence: the text before ends without punctuation and goes on in lower case.
      let p = m.index;
      while (p > start && isSpace(text.charCodeAt(p - 1))) p--;
      const prev = p > start ? text.charCodeAt(p - 1) : 0;
      if ((isLower(prev) || prev === 44) && lowerNext(text, end, Math.min(to, end + 40))) continue; // 44: ,
    }
    while (end - start > MAX_SENTENCE) cutLong(text, end);
    // A sentence that ends its line ends a paragraph too (one paragraph a line in many exports).
    push(end, isBlankLine || endsLine(text, end));
    start = skipSpace(text, end, to);
    BREAK.lastIndex = Math.max(start, end);
  }
  while (to - start > MAX_SENTENCE) cutLong(text, to);
  push(to, false);
  return out;

  function cutLong(t: string, end: number): void {
    let cut = start + MAX_SENTENCE;
    while (cut > start + 1 && !isSpace(t.charCodeAt(cut))) cut--;
    if (cut <= start + 1) cut = start + MAX_SENTENCE;
    push(Math.min(cut, end), false);
    start = skipSpace(t, cut, end);
  }
}

// Character tests in place of small slices and one-character regexes: the splitter asks them at
// every sentence end.

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Whether the first character after white space in text[from, to) is a lower-case ASCII letter. */
function lowerNext(text: string, from: number, to: number): boolean {
  const i = skipSpace(text, from, Math.min(to, text.length));
  return i < Math.min(to, text.length) && isLower(text.charCodeAt(i));
}

/** Whether only spaces, tabs and NBSP stand between `at` and a line break, within 8 characters. */
function endsLine(text: string, at: number): boolean {
  const to = Math.min(at + 8, text.length);
  let i = at;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 0xa0)) i++;
  return i < to && (text.charCodeAt(i) === 13 || text.charCodeAt(i) === 10);
}
