// Guidance diagnostics in the server: the workspace index (its transcripts on disk, for symbols and
// cross-call judgements), and the diagnostics of an open document (its own and those across calls).
import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { TextLines, analyse, callLedger, diagnosticSteps, documentLedger, isTranscript, parseTranscript, toDiagnostics, type Analysis, type CallLedger, type DiagnosticSettings } from '../core';
import { decodeBytes } from './decode';
import { runSteps, type Stop } from './documents';
import { WorkspaceIndex, type CallSource, type FileFacts } from './workspaceIndex';
import { MAX_INDEXED_BYTES, indexFile } from './workspace';

/** Enough of a file to read its header: title, company and period. */
const HEAD_BYTES = 16 * 1024;

async function readHead(file: string): Promise<string> {
  const handle = await fs.open(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
    return decodeBytes(buf.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * Transcripts on disk: read in full for their people and header when small enough to index,
 * else identified from their head; their ledger computed when first needed.
 */
export const diskCalls: CallSource = {
  async identify(uri: string): Promise<FileFacts | null> {
    if (!uri.startsWith('file:')) return null;
    const file = fileURLToPath(uri);
    if ((await fs.stat(file)).size <= MAX_INDEXED_BYTES) {
      const found = await indexFile(file);
      return found && { id: callLedger(uri, found.meta, []), people: found.entry };
    }
    const head = await readHead(file);
    if (!isTranscript(head)) return null;
    return { id: callLedger(uri, parseTranscript(new TextLines(head)).meta, []), people: null };
  },
  async load(uri: string): Promise<CallLedger | null> {
    const file = fileURLToPath(uri);
    if ((await fs.stat(file)).size > MAX_INDEXED_BYTES) return null;
    const a = analyse(decodeBytes(await fs.readFile(file)));
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
