// Line access over a document's text. Positions are LSP positions: 0-based line and UTF-16
// character, which is what JavaScript string indices already count.
import type { Position, Range } from 'vscode-languageserver-types';

const BREAK = /\r\n|\n|\r/g;

export class TextLines {
  /** Offset where each line starts; a line ends before its \r\n, \n or \r. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(readonly text: string, lines?: { starts: Int32Array; ends: Int32Array }) {
    if (lines) {
      this.starts = lines.starts;
      this.ends = lines.ends;
      return;
    }
    const starts = [0];
    const ends: number[] = [];
    scanBreaks(text, 0, text.length, starts, ends);
    ends.push(text.length);
    // Typed arrays: an edit copies them whole, which is a block copy instead of a loop.
    this.starts = Int32Array.from(starts);
    this.ends = Int32Array.from(ends);
  }

  /**
   * The lines of `text`, which is this text with the characters [from, to) replaced by
   * `inserted` characters. Only the lines around the change are scanned again; the others are
   * shifted. The line after the change is scanned too, so a "\r" and "\n" brought together or
   * split apart by the change come out as in a fresh scan.
   */
  edited(text: string, from: number, to: number, inserted: number): TextLines {
    const delta = inserted - (to - from);
    // From the line before the change (a "\n" typed after its "\r") to the line after it.
    const first = Math.max(0, this.positionAt(from).line - 1);
    const last = Math.min(this.positionAt(to).line + 1, this.count - 1);
    const tail = last + 1 < this.count;
    // The region ends with line `last`'s break, which the change did not touch.
    const regionStarts = [this.starts[first]];
    const regionEnds: number[] = [];
    scanBreaks(text, this.starts[first], tail ? this.starts[last + 1] + delta : text.length, regionStarts, regionEnds);
    if (!tail) regionEnds.push(text.length);
    // Lines before `first`, the region's (the last start opens line `last + 1`), then the rest shifted.
    const kept = tail ? this.count - last - 1 : 0;
    const count = first + regionEnds.length + kept;
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    starts.set(this.starts.subarray(0, first));
    ends.set(this.ends.subarray(0, first));
    starts.set(tail ? regionStarts.slice(0, -1) : regionStarts, first);
    ends.set(regionEnds, first);
    for (let i = 0; i < kept; i++) {
      starts[count - kept + i] = this.starts[last + 1 + i] + delta;
      ends[count - kept + i] = this.ends[last + 1 + i] + delta;
    }
    if (tail) starts[count - kept] = regionStarts[regionStarts.length - 1];
    return new TextLines(text, { starts, ends });
  }

  /**
   * Lines `first` up to (not including) `end` as a text of their own, line 0 being `first`. The
   * text is copied, so that keeping it does not keep the whole document's text alive.
   */
  slice(first: number, end: number): TextLines {
    const base = this.starts[first];
    const text = copy(this.text.slice(base, this.ends[end - 1]));
    return new TextLines(text, { starts: this.starts.slice(first, end).map((o) => o - base), ends: this.ends.slice(first, end).map((o) => o - base) });
  }

  get count(): number {
    return this.starts.length;
  }

  line(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  lineStart(i: number): number {
    return this.starts[i];
  }

  lineEnd(i: number): number {
    return this.ends[i];
  }

  /** True when the line holds only white space (including NBSP and other Unicode spaces). */
  isBlank(i: number): boolean {
    // Parsers ask this of every line, often twice: look at characters in place, no slice.
    for (let k = this.starts[i], end = this.ends[i]; k < end; k++) if (!isSpace(this.text.charCodeAt(k))) return false;
    return true;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(o, this.ends[lo]) - this.starts[lo] };
  }

  offsetAt(p: Position): number {
    if (p.line < 0) return 0;
    if (p.line >= this.starts.length) return this.text.length;
    return this.starts[p.line] + Math.max(0, Math.min(p.character, this.ends[p.line] - this.starts[p.line]));
  }

  /** Range from the first line's start through the last line's end. */
  lineRange(first: number, last: number): Range {
    return {
      start: { line: first, character: 0 },
      end: { line: last, character: this.ends[last] - this.starts[last] },
    };
  }
}

/** Pushes the line breaks in text[from, to): where each ends a line and where the next starts. */
function scanBreaks(text: string, from: number, to: number, starts: number[], ends: number[]): void {
  BREAK.lastIndex = from;
  for (let m = BREAK.exec(text); m && m.index < to; m = BREAK.exec(text)) {
    ends.push(m.index);
    starts.push(m.index + m[0].length);
  }
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
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function atOrBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** True when `inner` lies within `outer`. */
export function contains(outer: Range, inner: Range): boolean {
  return atOrBefore(outer.start, inner.start) && atOrBefore(inner.end, outer.end);
}
