// Tests of how a stretch of text ends ("… compared with the ", "… approximately "). A regex that ends
// in `$` is tried by the engine from every position of its input, each try failing only at the end;
// the same pattern as a lookbehind at the end of the input is one backward match. A test asks only
// whether some match ends there, so both give the same answer.

/**
 * A test that answers as `re.test(s)` does, for a regex `re` that ends in `$` (not escaped, not
 * inside an alternative) and has no `g`, `y` or `m` flag.
 */
export function tailTest(re: RegExp): (s: string) => boolean {
  const source = re.source;
  if (re.global || re.sticky || re.multiline || !endsInAnchor(source)) throw new Error(`tailTest: /${source}/ must end in a lone $`);
  const back = new RegExp(`(?<=${source.slice(0, -1)})`, `${re.flags}y`);
  return (s) => {
    back.lastIndex = s.length;
    return back.test(s);
  };
}

/** Whether `source` ends in an unescaped `$` that applies to the whole pattern (no top-level `|`). */
function endsInAnchor(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length - 1; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  // The loop skipped any escape, so a `$` left last is the anchor unless it was escaped.
  return source.endsWith('$') && !/(?:^|[^\\])(?:\\\\)*\\\$$/.test(source);
}

/** `re.exec(s)` for such a regex, run only when the backward test has found that there is a match to read. */
export function tailExec(re: RegExp): (s: string) => RegExpExecArray | null {
  const test = tailTest(re);
  return (s) => (test(s) ? re.exec(s) : null);
}
