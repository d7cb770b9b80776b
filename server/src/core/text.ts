// Line access over a document's text. Positions are LSP positions: 0-based line and UTF-16
// character, which is what JavaScript string indices already count.
import type { Position, Range } from 'vscode-languageserver-types';

export class TextLines {
  /** Offset where each line starts; a line ends before its \r\n, \n or \r. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** The text, or how to get it: an edited document's lines are known before its text is needed. */
  private source: string | (() => string);

  constructor(text: string | (() => string), lines?: { starts: Int32Array; ends: Int32Array }) {
    this.source = text;
    if (lines) {
      this.starts = lines.starts;
      this.ends = lines.ends;
      return;
    }
    // Typed arrays: an edit copies them whole, which is a block copy instead of a loop.
    const found = lineBreaks(this.text);
    this.starts = found.starts;
    this.ends = found.ends;
  }

  get text(): string {
    if (typeof this.source !== 'string') this.source = this.source();
    return this.source;
  }

  /** The text's length, without reading the text. */
  get length(): number {
    return this.ends[this.ends.length - 1] ?? 0;
  }

  /** Where line `i` starts; a line past the last is the empty line at the text's end. */
  private startOf(i: number): number {
    return this.starts[i] ?? this.length;
  }

  private endOf(i: number): number {
    return this.ends[i] ?? this.length;
  }

  /**
   * These lines with lines `first` up to (not including) `end` replaced by `lines`, of `text` (the
   * new document's text, or how to get it). Only the line index is made: the text is not read.
   * `lines` must not end with a "\r" that the break after line `end - 1` would join.
   */
  replaced(first: number, end: number, lines: TextLines, text: string | (() => string)): TextLines {
    const base = this.startOf(first);
    const delta = lines.length - (this.endOf(end - 1) - base);
    const count = this.count - (end - first) + lines.count;
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    starts.set(this.starts.subarray(0, first));
    ends.set(this.ends.subarray(0, first));
    for (let i = 0; i < lines.count; i++) {
      starts[first + i] = lines.startOf(i) + base;
      ends[first + i] = lines.endOf(i) + base;
    }
    for (let i = end, j = first + lines.count; i < this.count; i++, j++) {
      starts[j] = this.startOf(i) + delta;
      ends[j] = this.endOf(i) + delta;
    }
    return new TextLines(text, { starts, ends });
  }

  /**
   * Lines `first` up to (not including) `end` as a text of their own, line 0 being `first`. The
   * text is copied, so that keeping it does not keep the whole document's text alive.
   */
  slice(first: number, end: number): TextLines {
    const base = this.startOf(first);
    const text = copy(this.text.slice(base, this.endOf(end - 1)));
    return new TextLines(text, { starts: this.starts.slice(first, end).map((o) => o - base), ends: this.ends.slice(first, end).map((o) => o - base) });
  }

  get count(): number {
    return this.starts.length;
  }

  line(i: number): string {
    return this.text.slice(this.startOf(i), this.endOf(i));
  }

  lineStart(i: number): number {
    return this.startOf(i);
  }

  lineEnd(i: number): number {
    return this.endOf(i);
  }

  /** True when the line holds only white space (including NBSP and other Unicode spaces). */
  isBlank(i: number): boolean {
    // Parsers ask this of every line, often twice: look at characters in place, no slice.
    for (let k = this.startOf(i), end = this.endOf(i); k < end; k++) if (!isSpace(this.text.charCodeAt(k))) return false;
    return true;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.startOf(mid) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(o, this.endOf(lo)) - this.startOf(lo) };
  }

  offsetAt(p: Position): number {
    if (p.line < 0) return 0;
    if (p.line >= this.starts.length) return this.length;
    return this.startOf(p.line) + Math.max(0, Math.min(p.character, this.endOf(p.line) - this.startOf(p.line)));
  }

  /** Range from the first line's start through the last line's end. */
  lineRange(first: number, last: number): Range {
    return {
      start: { line: first, character: 0 },
      end: { line: last, character: this.endOf(last) - this.startOf(last) },
    };
  }
}

/**
 * Where the lines of `t` start and end (a line ends before its \r\n, \n or \r). The breaks are
 * found with indexOf, several times faster than a regex over a large text.
 */
function lineBreaks(t: string): { starts: Int32Array; ends: Int32Array } {
  // About a line per 64 characters to start with; grown by doubling.
  const size = 16 + (t.length >> 6);
  let starts = new Int32Array(size);
  let ends = new Int32Array(size);
  let n = 0;
  let cr = t.indexOf('\r');
  let lf = t.indexOf('\n');
  while (cr !== -1 || lf !== -1) {
    const at = lf === -1 || (cr !== -1 && cr < lf) ? cr : lf;
    const next = at === cr && lf === cr + 1 ? lf + 1 : at + 1;
    if (n + 1 === starts.length) {
      starts = grown(starts);
      ends = grown(ends);
    }
    ends[n] = at;
    starts[++n] = next;
    if (cr !== -1 && cr < next) cr = t.indexOf('\r', next);
    if (lf !== -1 && lf < next) lf = t.indexOf('\n', next);
  }
  ends[n] = t.length;
  return { starts: starts.slice(0, n + 1), ends: ends.slice(0, n + 1) };
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  return out;
}

/**
 * A flat copy of a string. V8 keeps a slice as a view of the string it was cut from; joining it
 * to a character and cutting that off again makes a string of its own.
 */
function copy(s: string): string {
  return (s + ' ').slice(0, -1);
}

/** What /\s/ matches: ASCII white space, NBSP, BOM and the Unicode space separators. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function atOrBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** True when `inner` lies within `outer`. */
export function contains(outer: Range, inner: Range): boolean {
  return atOrBefore(outer.start, inner.start) && atOrBefore(inner.end, outer.end);
}
