// The workspace's transcripts on disk: indexed once with progress (for workspace symbols and the
// cross-call index), followed as they change on disk, and counted again when an open one closes.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver/node';
import { callLedger } from '../core';
import { nextTurn } from '../service/documents';
import { indexFile, transcriptFiles } from '../service/workspace';
import type { Server } from './context';
import type { DiagnosticsPublisher } from './diagnostics';

export function registerWorkspaceFiles(s: Server, diagnostics: DiagnosticsPublisher): void {
  const { connection, store, guidance, diskSymbols } = s;
  /** Files the client told of since indexing began: what indexing read of them may be older. */
  const told = new Set<string>();

  connection.onInitialized(() => {
    if (s.watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{txt,transcript}' }] });
    }
    void indexWorkspace(s, told).then(() => diagnostics.all());
  });

  connection.onDidChangeWatchedFiles(async (p) => {
    for (const c of p.changes) {
      told.add(c.uri);
      const exists = c.type !== FileChangeType.Deleted;
      await guidance.index.changed(c.uri, exists);
      if (store.get(c.uri)) continue; // an open document's entry follows its text, not the disk
      const found = exists && c.uri.startsWith('file:') ? await indexFile(fileURLToPath(c.uri)).catch(() => null) : null;
      if (found) diskSymbols.set(c.uri, found.entry);
      else diskSymbols.delete(c.uri);
    }
    diagnostics.all();
  });

  store.documents.onDidClose((e) => {
    const uri = e.document.uri;
    // The index goes back to what is on disk, which unsaved edits may not match.
    void guidance.closed(uri);
    diskSymbols.delete(uri);
    if (uri.startsWith('file:')) {
      indexFile(fileURLToPath(uri)).then((found) => found && diskSymbols.set(uri, found.entry), () => undefined);
    }
  });
}

/** Indexes the workspace's transcripts with progress, yielding between files. */
async function indexWorkspace(s: Server, told: ReadonlySet<string>): Promise<void> {
  if (s.folders.length === 0) return;
  const progress = await s.connection.window.createWorkDoneProgress().catch(() => null);
  progress?.begin('Indexing transcripts', 0, undefined, false);
  let seen = 0;
  try {
    for (const folder of s.folders) {
      for await (const file of transcriptFiles(folder)) {
        seen++;
        try {
          const uri = pathToFileURL(file).toString();
          const found = await indexFile(file);
          // Created, changed or deleted while it was read: the watcher's event has the last word.
          if (found && !told.has(uri)) {
            s.diskSymbols.set(uri, found.entry);
            // The file is read once: its header places it in the cross-call index too.
            s.guidance.index.identified(uri, callLedger(uri, found.meta, []));
          } else if (!told.has(uri)) await s.guidance.index.add([uri]);
        } catch (e) {
          s.connection.console.warn(`Could not index ${file}: ${(e as Error).message}`);
        }
        if (seen % 25 === 0) progress?.report(`${seen} files`);
        await nextTurn();
      }
    }
  } finally {
    progress?.done();
  }
}
