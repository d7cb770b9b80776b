// Figures of a document's blocks (turn bodies and the stretches between them) kept from one
// version of the document to the next, so that an edit re-reads only the blocks it changed. A
// block's figures are read from its text alone, given the call's period and the speaker's role;
// only where they land (ranges, turn index, speaker) depends on the rest of the document, and a
// block that moved has its figures moved, not read again.
//
// Blocks are matched in order against the last version's, by exact text and context: no hashing
// of the whole document per edit, and a block is reused only when its text is the same.
import type { Position } from 'vscode-languageserver-types';
import type { Figure } from './figure';

interface Entry {
  text: string;
  context: string;
  /** The block's figures, placed where the block last was. */
  placed: Figure[];
  line: number;
  character: number;
  turn: number | null;
  speaker: string | null;
}

/** How far ahead in the last version's blocks a block is looked for (blocks added or removed). */
const LOOKAHEAD = 8;

export class FigureMemo {
  private last: Entry[] = [];
  private next: Entry[] = [];
  /** Where in `last` the next block is expected. */
  private cursor = 0;

  /** Starts a version: blocks not asked for before `end` are forgotten then. */
  begin(): void {
    this.next = [];
    this.cursor = 0;
  }

  end(): void {
    this.last = this.next;
    this.next = [];
  }

  /**
   * The figures of the next block, whose text starts at `base`; `read` reads them, placed at the
   * base it is given, when the last version had no block with this text and context nearby. The
   * figures are shared with later versions: callers copy any they change.
   */
  figures(text: string, context: string, base: Position, turn: number | null, speaker: string | null, read: (base: Position) => Figure[]): readonly Figure[] {
    let entry: Entry | undefined;
    for (let i = this.cursor; i < Math.min(this.last.length, this.cursor + LOOKAHEAD); i++) {
      const e = this.last[i];
      if (e && e.text.length === text.length && e.context === context && e.text === text) {
        entry = e;
        this.cursor = i + 1;
        break;
      }
    }
    if (!entry) entry = { text, context, placed: read(base), line: base.line, character: base.character, turn, speaker };
    else {
      entry.text = text; // keep the current version's text, not the last one's
      if (entry.line !== base.line || entry.character !== base.character || entry.turn !== turn || entry.speaker !== speaker) {
        const from = { line: entry.line, character: entry.character };
        entry.placed = entry.placed.map((f) => ({
          ...f,
          range: { start: moved(f.range.start, from, base), end: moved(f.range.end, from, base) },
          turn,
          speaker,
        }));
        Object.assign(entry, { line: base.line, character: base.character, turn, speaker });
      }
    }
    this.next.push(entry);
    return entry.placed;
  }
}

/** Where `p` lands when the block it is in moves from `from` to `to`. */
function moved(p: Position, from: Position, to: Position): Position {
  return p.line === from.line
    ? { line: to.line, character: p.character - from.character + to.character }
    : { line: p.line - from.line + to.line, character: p.character };
}
