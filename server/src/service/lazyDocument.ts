// An open document that keeps its text in pieces while it is being edited. A JavaScript string
// cannot be edited in place: every edit of the usual TextDocument copies the whole text (10 MB for
// a merged file, on every keystroke). Here an edit splits a piece; the text is joined once, when
// something reads it. The analysis of an edit reads only the call it falls in, so most versions of
// a large document are never joined. Same positions and results as vscode-languageserver-textdocument.
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

const CR = 13;
const LF = 10;

function isEOL(c: number): boolean {
  return c === CR || c === LF;
}

/**
 * Offsets where lines start in `text` (from `offset`), as TextDocument counts them. The breaks are
 * found with indexOf, which scans far faster than a loop over every character (a 20 MB document
 * opens in a few milliseconds instead of a hundred).
 */
function lineOffsets(text: string, atLineStart: boolean, offset = 0): number[] {
  const out = atLineStart ? [offset] : [];
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  while (cr !== -1 || lf !== -1) {
    // The break's last character: a "\r\n" is one break.
    const end = lf === -1 || (cr !== -1 && cr < lf - 1) ? cr : lf;
    out.push(offset + end + 1);
    if (cr !== -1 && cr <= end) cr = text.indexOf('\r', end + 1);
    if (lf !== -1 && lf <= end) lf = text.indexOf('\n', end + 1);
  }
  return out;
}

/** A range whose end comes before its start, the other way round (as TextDocument reads it). */
export function wellFormedRange(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

export class LazyDocument implements TextDocument {
  /** The text, as one string or as pieces to join. */
  private content: string | string[];
  private length: number;
  private offsets: number[];

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
  ) {
    this.content = text;
    this.length = text.length;
    this.offsets = lineOffsets(text, true);
  }

  static create(uri: string, languageId: string, version: number, content: string): LazyDocument {
    return new LazyDocument(uri, languageId, version, content);
  }

  /** Applies `changes` in place, as TextDocument.update does, and returns the document. */
  static update(doc: LazyDocument, changes: TextDocumentContentChangeEvent[], version: number): LazyDocument {
    for (const change of changes) {
      if ('range' in change) doc.edit(change.range, change.text);
      else {
        doc.content = change.text;
        doc.length = change.text.length;
        doc.offsets = lineOffsets(change.text, true);
      }
    }
    doc.version = version;
    return doc;
  }

  get lineCount(): number {
    return this.offsets.length;
  }

  getText(range?: Range): string {
    if (typeof this.content !== 'string') this.content = this.content.join('');
    return range ? this.content.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : this.content;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.length), 0);
    let low = 0;
    let high = this.offsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.offsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeEOL(offset, this.offsets[line]) - this.offsets[line] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.offsets.length) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = this.offsets[position.line];
    if (position.character <= 0) return lineOffset;
    const next = position.line + 1 < this.offsets.length ? this.offsets[position.line + 1] : this.length;
    return this.beforeEOL(Math.min(lineOffset + position.character, next), lineOffset);
  }

  private beforeEOL(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEOL(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  private charCodeAt(offset: number): number {
    if (typeof this.content === 'string') return this.content.charCodeAt(offset);
    for (const piece of this.content) {
      if (offset < piece.length) return piece.charCodeAt(offset);
      offset -= piece.length;
    }
    return NaN;
  }

  private edit(range: Range, text: string): void {
    const { start, end } = wellFormedRange(range);
    const from = this.offsetAt(start);
    const to = this.offsetAt(end);
    // Lines as the offsets place them: a position past the end or past a line's end is clamped.
    const startLine = this.positionAt(from).line;
    const endLine = this.positionAt(to).line;
    this.splice(from, to, text);
    const added = lineOffsets(text, false, from);
    // A spread of many arguments could overflow the stack: a long paste is joined in instead.
    if (added.length < 10000) this.offsets.splice(startLine + 1, endLine - startLine, ...added);
    else this.offsets = [...this.offsets.slice(0, startLine + 1), ...added, ...this.offsets.slice(endLine + 1)];
    const diff = text.length - (to - from);
    if (diff !== 0) for (let i = startLine + 1 + added.length; i < this.offsets.length; i++) this.offsets[i] += diff;
    // A "\r" and a "\n" that meet at an edge of the edit are one line break, not two.
    this.joinBreakAt(from + text.length);
    this.joinBreakAt(from);
  }

  /** Where a "\r" now stands just before a "\n", no line starts between them. */
  private joinBreakAt(offset: number): void {
    if (offset <= 0 || offset >= this.length || this.charCodeAt(offset - 1) !== CR || this.charCodeAt(offset) !== LF) return;
    let low = 0;
    let high = this.offsets.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.offsets[mid] === offset) {
        this.offsets.splice(mid, 1);
        return;
      }
      if (this.offsets[mid] < offset) low = mid + 1;
      else high = mid - 1;
    }
  }

  /** Replaces [from, to) by `text` among the pieces: slices of a string are views, not copies. */
  private splice(from: number, to: number, text: string): void {
    const pieces = typeof this.content === 'string' ? [this.content] : this.content;
    const out = [...slices(pieces, 0, from), text, ...slices(pieces, to, this.length)];
    this.length += text.length - (to - from);
    // Typing adds a piece a keystroke: small neighbours are joined, and many pieces become one text.
    const merged: string[] = [];
    for (const p of out) {
      if (!p) continue;
      const last = merged.length - 1;
      if (last >= 0 && merged[last].length + p.length <= SMALL) merged[last] += p;
      else merged.push(p);
    }
    this.content = merged.length > MAX_PIECES ? merged.join('') : merged;
  }
}

/** Pieces this short are joined with their neighbour (a copy of a few KB, not of the text). */
const SMALL = 4096;
const MAX_PIECES = 256;

/** The parts of `pieces` (one text in order) that cover [from, to). */
function slices(pieces: readonly string[], from: number, to: number): string[] {
  const out: string[] = [];
  let at = 0;
  for (const piece of pieces) {
    const end = at + piece.length;
    if (end > from && at < to) out.push(at >= from && end <= to ? piece : piece.slice(Math.max(0, from - at), Math.min(piece.length, to - at)));
    at = end;
    if (at >= to) break;
  }
  return out;
}
