// Figures of a document's blocks (turn bodies and the stretches between them) kept by block text
// from one version of the document to the next, so that an edit re-reads only the blocks it
// changed. A block's figures are read from its text alone, given the call's period and the
// speaker's role; only where they land (ranges, turn index, speaker) depends on the rest.
import type { Position } from 'vscode-languageserver-types';
import type { Figure } from './figure';

interface Entry {
  /** The block's figures with ranges relative to its start (line 0 counts from the block's start). */
  relative: Figure[];
  /** The figures last handed out and where they were placed: reused while nothing moved. */
  placed: Figure[] | null;
  placedAt: string;
}

export class FigureMemo {
  /** context → block text → entry, for the last version analysed. */
  private current = new Map<string, Map<string, Entry>>();
  private next = new Map<string, Map<string, Entry>>();

  /** Starts a version: blocks not asked for before `end` are forgotten then. */
  begin(): void {
    this.next = new Map();
  }

  end(): void {
    this.current = this.next;
  }

  /**
   * The figures of the block whose text starts at `base`, read by `read` (ranges relative to the
   * block) when this text in this context was not seen in the last version. Figures whose basis
   * is guidance are always fresh copies: the document pass may mark them as revisions.
   */
  figures(text: string, context: string, base: Position, turn: number | null, speaker: string | null, read: () => Figure[]): Figure[] {
    const entry = this.current.get(context)?.get(text) ?? { relative: read(), placed: null, placedAt: '' };
    let byText = this.next.get(context);
    if (!byText) this.next.set(context, (byText = new Map()));
    byText.set(text, entry);
    const at = `${base.line}:${base.character}:${turn}:${speaker}`;
    if (!entry.placed || entry.placedAt !== at) {
      entry.placed = entry.relative.map((f) => ({
        ...f,
        range: { start: place(base, f.range.start), end: place(base, f.range.end) },
        turn,
        speaker,
      }));
      entry.placedAt = at;
    }
    // Placed figures are never handed out where they could be changed.
    return entry.placed.map((f) => (f.basis === 'guidance' ? { ...f } : f));
  }
}

function place(base: Position, p: Position): Position {
  return p.line === 0 ? { line: base.line, character: base.character + p.character } : { line: base.line + p.line, character: p.character };
}
