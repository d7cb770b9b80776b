// Text that is not language: random bytes decoded as text, binary pasted into a document, rows of
// a machine table (`token|speaker|ts|...`, `id=3 time=4.5`). Its digits are not figures. A sentence
// is read as data by its shape: most of its tokens are neither words nor numbers as prose writes
// them (letters, digits and the punctuation inside a word or an amount).

/** A character prose puts outside letters, digits, spaces and its usual punctuation: worth a closer look. */
const UNUSUAL = /[^\p{L}\p{M}\p{N}\s.,;:!?'"‘’“”()[\]$€£¥%&\-–—/+*#@…•·]/u;
/** Punctuation around a token ("(about", "$5.2M),"), not part of it. */
const EDGES = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
/** A word or an amount: letters, marks and digits, joined by the punctuation found inside them ("Q3", "10-K", "3.5%", "don't"). */
const PROSE_TOKEN = /^[\p{L}\p{M}\p{N}]+(?:['’.,\-–/&:%$€£+]+[\p{L}\p{M}\p{N}]+)*$/u;
/** Longer tokens are words only when they are letters alone (long compounds, not runs of mixed bytes). */
const MAX_MIXED = 24;
const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * True when at least half of the sentence's tokens are not prose (see above). Prose with a tag, a
 * URL or a code in it stays prose; a sentence of plain words and numbers is not even looked at.
 */
export function looksLikeData(sentence: string): boolean {
  if (!UNUSUAL.test(sentence)) return false;
  let prose = 0;
  let other = 0;
  for (const raw of sentence.split(/\s+/)) {
    const token = raw.replace(EDGES, '');
    if (!token) {
      // Punctuation alone ("—", "&") counts for neither, unless it is a run of symbols.
      if (raw.length > 3) other++;
      continue;
    }
    if (PROSE_TOKEN.test(token) && (token.length <= MAX_MIXED || LETTERS.test(token))) prose++;
    else other++;
  }
  return other > 0 && other >= prose;
}
