// The workspace's transcripts on disk: indexed once with progress (for workspace symbols and the
// cross-call index: one index, one read per file), followed as they change on disk, and read again
// when an open one closes.
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver/node';
import { transcriptFiles } from '../service/workspace';
import type { Server } from './context';
import type { DiagnosticsPublisher } from './diagnostics';

export function registerWorkspaceFiles(s: Server, diagnostics: DiagnosticsPublisher): void {
  const { connection, store, guidance } = s;

  connection.onInitialized(() => {
    if (s.watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{txt,transcript}' }] });
    }
    void indexWorkspace(s).then(() => diagnostics.all());
  });

  connection.onDidChangeWatchedFiles(async (p) => {
    // An open document's entry follows its text, not the disk (the index knows which are open).
    for (const c of p.changes) await guidance.index.changed(c.uri, c.type !== FileChangeType.Deleted);
    diagnostics.all();
  });

  // The index goes back to what is on disk, which unsaved edits may not match.
  store.documents.onDidClose((e) => void guidance.closed(e.document.uri));
}

/** Indexes the workspace's transcripts with progress, yielding between files. */
async function indexWorkspace(s: Server): Promise<void> {
  if (s.folders.length === 0) return;
  const progress = await s.connection.window.createWorkDoneProgress().catch(() => null);
  progress?.begin('Indexing transcripts', 0, undefined, false);
  let seen = 0;
  try {
    for (const folder of s.folders) {
      for await (const file of transcriptFiles(folder)) {
        await s.guidance.index.add([file.uri]);
        if (++seen % 25 === 0) progress?.report(`${seen} files`);
      }
    }
  } finally {
    progress?.done();
  }
}
