// Character tests on UTF-16 codes, for scans that look at a character in place instead of slicing it.

/** What /\s/ matches in one character: white space and line terminators. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c >= 0xa0 &&
    (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)
  );
}

/** /[a-z]/ */
export function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** /\d/ */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** /[a-z]/i */
export function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/** /\w/ */
export function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 95;
}
