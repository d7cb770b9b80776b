// Positions of offsets met in increasing order (a block's figures, left to right), as
// TextLines.positionAt gives them: a line ends before its \r\n, \n or \r. Walks forward from the last
// offset asked, line break to line break, instead of splitting the whole text into lines first.
import type { Position } from 'vscode-languageserver-types';

export class LineCursor {
  private line = 0;
  private lineStart = 0;
  /** Where the current line's break is (the text's length on the last line), and its length. */
  private breakAt = 0;
  private breakLength = 0;
  /** Next \n and \r at or after the line's start, or -1 when there is none. */
  private nextLf: number;
  private nextCr: number;

  /** `origin`: where the text starts in its document; positions are the document's. */
  constructor(
    readonly text: string,
    private readonly origin: Position = { line: 0, character: 0 },
  ) {
    this.nextLf = text.indexOf('\n');
    this.nextCr = text.indexOf('\r');
    this.findBreak();
  }

  /** The position of `offset`, which must not be less than the offset asked before. */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    while (this.breakLength > 0 && this.breakAt + this.breakLength <= o) {
      this.line++;
      this.lineStart = this.breakAt + this.breakLength;
      this.findBreak();
    }
    const character = Math.min(o, this.breakAt) - this.lineStart;
    return this.line === 0 ? { line: this.origin.line, character: this.origin.character + character } : { line: this.origin.line + this.line, character };
  }

  private findBreak(): void {
    const t = this.text;
    if (this.nextLf !== -1 && this.nextLf < this.lineStart) this.nextLf = t.indexOf('\n', this.lineStart);
    if (this.nextCr !== -1 && this.nextCr < this.lineStart) this.nextCr = t.indexOf('\r', this.lineStart);
    const lf = this.nextLf;
    const cr = this.nextCr;
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      this.breakAt = cr;
      this.breakLength = lf === cr + 1 ? 2 : 1;
    } else if (lf !== -1) {
      this.breakAt = lf;
      this.breakLength = 1;
    } else {
      this.breakAt = t.length;
      this.breakLength = 0;
    }
  }
}
