// Tests of how a stretch of text ends ("… compared with the ", "… approximately "). A regex that ends
// in `$` is tried by the engine from every position of its input, each try failing only at the end;
// the same pattern as a lookbehind at the end of the input is one backward match. A test asks only
// whether some match ends there, so both give the same answer.

/**
 * A test that answers as `re.test(s)` does, for a regex `re` that ends in `$` (not escaped, not
 * inside an alternative) and has no `g`, `y` or `m` flag.
 */
export function tailTest(re: RegExp): (s: string) => boolean {
  checkTail(re, re.flags);
  const back = new RegExp(`(?<=${re.source.slice(0, -1)})`, `${re.flags}y`);
  return (s) => {
    back.lastIndex = s.length;
    return back.test(s);
  };
}

/** `re.exec(s)` for such a regex, run only when the backward test has found that there is a match to read. */
export function tailExec(re: RegExp): (s: string) => RegExpExecArray | null {
  const test = tailTest(re);
  return (s) => (test(s) ? re.exec(s) : null);
}

/**
 * Which of `res` (regexes as tailTest takes them, all with the same flags and no capture groups)
 * is the first to match at the end of a string, or -1. One backward match for them all: the
 * engine tries the alternatives in order, each in every way before the next.
 */
export function firstTail(res: RegExp[]): (s: string) => number {
  const flags = res[0]?.flags ?? '';
  for (const re of res) {
    checkTail(re, flags);
    if (groupCount(re) > 0) throw new Error(`firstTail: /${re.source}/ has capture groups`);
  }
  const back = new RegExp(`(?<=${res.map((re) => `(${re.source.slice(0, -1)})`).join('|')})`, `${flags}y`);
  return (s) => {
    back.lastIndex = s.length;
    return whichGroup(back.exec(s));
  };
}

/** The index of the first capture group a match holds, or -1 without a match. */
export function whichGroup(m: RegExpExecArray | null): number {
  if (!m) return -1;
  let i = 1;
  while (m[i] === undefined) i++;
  return i - 1;
}

/** Capture groups of `re`: with an empty alternative added it matches "" and reports them all. */
export function groupCount(re: RegExp): number {
  return new RegExp(`${re.source}|`).exec('')!.length - 1;
}

/** Whether `source` has an alternative (`|`) outside any group or class. */
export function topLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** Throws unless `re` ends in an unescaped `$` that applies to the whole pattern, with `flags` and no g, y or m. */
function checkTail(re: RegExp, flags: string): void {
  const source = re.source;
  // An escaped `$` at the end is a dollar sign, not the anchor.
  const anchored = source.endsWith('$') && !/(?:^|[^\\])(?:\\\\)*\\\$$/.test(source) && !topLevelBar(source);
  if (!anchored || re.flags !== flags || re.global || re.sticky || re.multiline)
    throw new Error(`tail test: /${source}/ must end in a lone $, with flags ${flags}`);
}
