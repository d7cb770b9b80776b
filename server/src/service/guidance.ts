// Guidance diagnostics in the server: the workspace index (its transcripts on disk, read within
// the workspace folders, for symbols and cross-call judgements), and the diagnostics of an open
// document (its own and those across calls).
import type { Diagnostic } from 'vscode-languageserver-types';
import {
  TextLines,
  analyse,
  callLedger,
  diagnosticSteps,
  documentLedger,
  isTranscript,
  parseTranscript,
  toDiagnostics,
  type Analysis,
  type CallLedger,
  type DiagnosticSettings,
} from '../core';
import { decodeBytes } from './decode';
import { SkippedFile, uriPath } from './disk';
import { runSteps, type Stop } from './documents';
import { WorkspaceIndex, type CallSource, type FileFacts } from './workspaceIndex';
import { MAX_INDEXED_BYTES, detachedMeta, indexFile, readWorkspaceFile } from './workspace';

/** Enough of a file to read its header: title, company and period. */
const HEAD_BYTES = 16 * 1024;

/** The path of a file URI, or an error for other schemes (the index counts them as not calls). */
function pathOf(uri: string): Buffer {
  const file = uriPath(uri);
  if (!file) throw new Error(`not a file: ${uri}`);
  return file;
}

/**
 * Transcripts on disk: read in full for their people and header when small enough to index,
 * else identified from their head; their ledger computed when first needed.
 */
export const diskCalls: CallSource = {
  async identify(uri: string): Promise<FileFacts | null> {
    const file = uriPath(uri);
    if (!file) return null;
    try {
      const found = await indexFile(file);
      return found && { id: callLedger(uri, found.meta, []), people: found.entry };
    } catch (e) {
      if (!(e instanceof SkippedFile && e.code === 'EFBIG')) throw e;
    }
    const head = decodeBytes(await readWorkspaceFile(file, HEAD_BYTES, true));
    if (!isTranscript(head)) return null;
    // Copied: a header sliced from the head would keep the whole head for as long as the index keeps the call.
    return { id: callLedger(uri, detachedMeta(parseTranscript(new TextLines(head)).meta), []), people: null };
  },
  async load(uri: string): Promise<CallLedger | null> {
    const a = analyse(decodeBytes(await readWorkspaceFile(pathOf(uri), MAX_INDEXED_BYTES)));
    return documentLedger(uri, a.calls);
  },
};

export class GuidanceDiagnostics {
  readonly index: WorkspaceIndex;
  /** What was last published per open document, for the hover cards' ledger lines. */
  private readonly published = new Map<string, Diagnostic[]>();

  constructor(source: CallSource = diskCalls) {
    this.index = new WorkspaceIndex(source);
  }

  /** An open document's diagnostics (null when `stop` said so first); its analysis also stands in for its file in the index. */
  async diagnosticsFor(uri: string, analysis: Analysis, settings: DiagnosticSettings, stop: Stop): Promise<Diagnostic[] | null> {
    const entry = documentLedger(uri, analysis.calls);
    if (entry) this.index.setOpen(entry);
    else this.index.clearOpen(uri);
    // A call at a time, so that requests are answered meanwhile.
    const own = await runSteps(diagnosticSteps(analysis.calls, uri, settings), stop);
    if (!own) return null;
    const diagnostics = [...own, ...toDiagnostics(await this.index.judgements(uri, settings.tolerance), uri, settings)];
    this.published.set(uri, diagnostics);
    return diagnostics;
  }

  /** Nothing is published for the document (every code is off). */
  unpublished(uri: string): void {
    this.published.delete(uri);
  }

  publishedFor(uri: string): readonly Diagnostic[] {
    return this.published.get(uri) ?? [];
  }

  /** The document closed: the file on disk counts again. */
  async closed(uri: string): Promise<void> {
    this.published.delete(uri);
    await this.index.closed(uri);
  }
}
