// What every handler works with: the connection, the open documents, the settings, the workspace's
// transcripts (the guidance index). Made once in server.ts and passed to each handler.
import type { Connection } from 'vscode-languageserver/node';
import type { Settings } from '../../../shared/settings';
import type { DocumentStore } from '../service/documents';
import type { GuidanceDiagnostics } from '../service/guidance';

export interface Server {
  connection: Connection;
  store: DocumentStore;
  settings: Settings;
  /** Workspace folders on disk. */
  folders: string[];
  guidance: GuidanceDiagnostics;
  /** The client watches files for the server (dynamic registration of didChangeWatchedFiles). */
  watchFiles: boolean;
}
