// Line access over a document's text. Positions are LSP positions: 0-based line and UTF-16
// character, which is what JavaScript string indices already count.
import type { Position, Range } from 'vscode-languageserver-types';

export class TextLines {
  /** Offset where each line starts; a line ends before its \r\n, \n or \r. */
  private readonly starts: number[] = [0];
  private readonly ends: number[] = [];

  constructor(readonly text: string) {
    const re = /\r\n|\n|\r/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      this.ends.push(m.index);
      this.starts.push(m.index + m[0].length);
    }
    this.ends.push(text.length);
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
