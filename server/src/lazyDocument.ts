// An open document whose edits are applied to its text only when the text is read. Applying an
// edit to a JavaScript string copies the whole string (10 MB for a merged file, on every
// keystroke); the analysis of an edit reads only the call it falls in, so most versions of a large
// document never need their text at all.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** Edits kept back at most: past this many the text is brought up to date as they arrive. */
const MAX_DEFERRED = 256;

export class LazyDocument implements TextDocument {
  private constructor(
    private base: TextDocument,
    readonly version: number,
    private deferred: TextDocumentContentChangeEvent[],
  ) {}

  static create(uri: string, languageId: string, version: number, content: string): LazyDocument {
    return new LazyDocument(TextDocument.create(uri, languageId, version, content), version, []);
  }

  /**
   * The document after `changes`. The old document must not be used afterwards: the two share the
   * text they were made from, which the new one may update in place.
   */
  static update(doc: LazyDocument, changes: TextDocumentContentChangeEvent[], version: number): LazyDocument {
    const next = new LazyDocument(doc.base, version, [...doc.deferred, ...changes]);
    if (next.deferred.length > MAX_DEFERRED) next.settle();
    return next;
  }

  get uri(): string {
    return this.base.uri;
  }

  get languageId(): string {
    return this.base.languageId;
  }

  get lineCount(): number {
    return this.settle().lineCount;
  }

  getText(range?: Range): string {
    return this.settle().getText(range);
  }

  positionAt(offset: number): Position {
    return this.settle().positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.settle().offsetAt(position);
  }

  /** Applies the edits kept back. */
  settle(): TextDocument {
    if (this.deferred.length) {
      this.base = TextDocument.update(this.base, this.deferred, this.version);
      this.deferred = [];
    }
    return this.base;
  }
}
