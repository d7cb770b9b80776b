// Guidance diagnostics in the server: the settings, the cross-call index over the workspace's
// files, and the diagnostics of an open document (its own judgements and those across calls).
import type { Diagnostic } from 'vscode-languageserver-types';
import { TextLines, analyse, callLedger, defaultDiagnosticSettings, documentDiagnostics, documentLedger, isTranscript, parseTranscript, toDiagnostics, type Analysis, type CallId, type CallLedger, type DiagnosticSettings } from '../core';
import { decodeBytes } from './decode';
import { uriPath } from './disk';
import { WorkspaceIndex, type CallSource } from './workspaceIndex';
import { MAX_INDEXED_BYTES, detachedMeta, readWorkspaceFile } from './workspace';

/** Enough of a file to read its header: title, company and period. */
const HEAD_BYTES = 16 * 1024;

/** The path of a file URI, or an error for other schemes (the index counts them as not calls). */
function pathOf(uri: string): Buffer {
  const file = uriPath(uri);
  if (!file) throw new Error(`not a file: ${uri}`);
  return file;
}

/** Transcripts on disk, read within the workspace folders: identified from their head, their ledger computed when first needed. */
export const diskCalls: CallSource = {
  async identify(uri: string): Promise<CallId | null> {
    const head = decodeBytes(await readWorkspaceFile(pathOf(uri), HEAD_BYTES, true));
    if (!isTranscript(head)) return null;
    // Copied: a header sliced from the head would keep the whole head for as long as the index keeps the call.
    return callLedger(uri, detachedMeta(parseTranscript(new TextLines(head)).meta), []);
  },
  async load(uri: string): Promise<CallLedger | null> {
    const a = analyse(decodeBytes(await readWorkspaceFile(pathOf(uri), MAX_INDEXED_BYTES)));
    return documentLedger(uri, a.calls);
  },
};

export class GuidanceDiagnostics {
  settings: DiagnosticSettings = defaultDiagnosticSettings();
  readonly index: WorkspaceIndex;
  /** What was last published per open document, for the hover cards' ledger lines. */
  private readonly published = new Map<string, Diagnostic[]>();

  constructor(source: CallSource = diskCalls) {
    this.index = new WorkspaceIndex(source);
  }

  /** An open document's diagnostics; its analysis also stands in for its file in the index. */
  async diagnosticsFor(uri: string, analysis: Analysis): Promise<Diagnostic[]> {
    const entry = documentLedger(uri, analysis.calls);
    if (entry) this.index.setOpen(entry);
    else this.index.clearOpen(uri);
    const tol = this.settings.tolerance;
    const diagnostics = [...documentDiagnostics(analysis.calls, uri, this.settings), ...toDiagnostics(await this.index.judgements(uri, tol), uri, this.settings)];
    this.published.set(uri, diagnostics);
    return diagnostics;
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
