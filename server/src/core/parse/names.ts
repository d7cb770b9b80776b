// Comparing people's names as transcripts write them: "Amy E. Hood" and "Amy Hood" are one person.

/** Keys already worked out: a call names the same few people in hundreds of turns. */
const keys = new Map<string, string>();

/** Lower-case key of a person's name: first and last word, initials and punctuation dropped. */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= 10_000) keys.clear();
    // The key is copied: a name sliced from a file's text would keep the whole text alive in the cache.
    keys.set(JSON.parse(JSON.stringify(name)) as string, (key = computeNameKey(name)));
  }
  return key;
}

function computeNameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\d\s'-]/g, ' ')
    .split(/\s+/)
    // "Speaker 2" keeps its number: another voice than "Speaker 1".
    .filter((w) => (w.length > 1 || /^\d$/.test(w)) && !/^(jr|sr|ii|iii|iv|mr|ms|mrs|dr)$/.test(w));
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return name.trim().toLowerCase();
  return words.length === 1 ? first : `${first} ${last}`;
}

/** Levenshtein distance, bounded: returns max + 1 as soon as the distance must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Two typed rows, swapped: asked of most short lines of a transcript, against every section title.
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Lower-case words that may sit inside a name ("Ana de la Cruz", "Jan van der Berg"). */
const PARTICLES = new Set([
  'de',
  'da',
  'das',
  'del',
  'della',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
  'den',
  'ten',
  'ter',
  'bin',
  'al',
  'el',
  'y',
  'e',
]);
const HONORIFIC = /^(?:Jr|Sr|Dr|Mr|Mrs|Ms|Prof)\.?,?$/;
/** "J.", "J.R.", "J", and "C.J" as some sources write two initials. */
const INITIALS = /^(?:\p{Lu}\.){1,3}$|^\p{Lu}$|^(?:\p{Lu}\.){1,2}\p{Lu}$/u;
const WORD = /^\p{Lu}[\p{L}'’-]*$/u;
/** Capitalised words that open lines of speech and headings, never a person's name. */
const NOT_NAMES = new Set(
  (
    'thank thanks you okay ok yes no good great morning afternoon evening hello hi sure right well so and the this that ' +
    'we our it session call remarks participants questions question answers answer transcript presentation conference ' +
    'earnings quarter results stocks mentioned more analysis all industry glossary full prepared executives analysts ' +
    'company corporate disclaimer overview summary risks takeaways contents operator-assisted instructions end'
  ).split(' '),
);

/**
 * True when a text is only a person's name: one to `maxWords` capitalised words, initials and
 * particles, nothing else (no sentence punctuation, no digits). "Thank you." and
 * "This involves three components" are not names.
 */
export function looksLikeName(text: string, maxWords = 5): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 60) return false;
  const words = t.split(/\s+/);
  if (words.length > maxWords) return false;
  let named = 0;
  for (const [i, w] of words.entries()) {
    if (HONORIFIC.test(w) || INITIALS.test(w)) continue;
    if (i > 0 && i < words.length - 1 && PARTICLES.has(w)) continue;
    if (!WORD.test(w) || NOT_NAMES.has(w.toLowerCase())) return false;
    named++;
  }
  return named >= 1;
}

/** "Unidentified Analyst", "Unknown Speaker", "Unidentified Company Representative". */
export function isUnidentified(text: string): boolean {
  return /^(?:unidentified|unknown|unverified)(?:\s+[\p{L}-]+){1,3}$/iu.test(text.trim());
}
