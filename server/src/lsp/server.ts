// The language server: wiring between LSP and the layers below. The document store (service/)
// holds the open documents and their analyses; each capability has its own handler module here.
import { fileURLToPath } from 'node:url';
import { MessageType, ShowMessageNotification, TextDocumentSyncKind } from 'vscode-languageserver/node';
import type { InitializeResult } from 'vscode-languageserver/node';
import { readSettings } from '../../../shared/settings';
import { DocumentStore, waitForOutput } from '../service/documents';
import { GuidanceDiagnostics } from '../service/guidance';
import { confineReads } from '../service/workspace';
import { registerCallInfo } from './callInfo';
import type { Server } from './context';
import { DiagnosticsPublisher } from './diagnostics';
import { registerFolding } from './folding';
import { registerHover } from './hover';
import { registerOutline } from './outline';
import { LEGEND, registerSemanticTokens } from './semanticTokens';
import { connect } from './transport';
import { registerViews } from './views';
import { registerWorkspaceFiles } from './workspaceFiles';
import { registerWorkspaceSymbols } from './workspaceSymbols';

const { connection, pending } = connect();
// Work in steps waits while answers already made are being written.
waitForOutput(pending);
// A failed promise anywhere (a request the client does not support, say) is logged, not fatal.
process.on('unhandledRejection', (e) => connection.console.error(`unhandled: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));

const store = new DocumentStore();
// A notification: showInformationMessage is a request, and a client without it would reject it.
store.onOverLimit = (_uri, note) =>
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Transcript Lens: ${note}` });

const server: Server = {
  connection,
  store,
  settings: readSettings(undefined),
  folders: [],
  guidance: new GuidanceDiagnostics(),
  watchFiles: false,
};
const diagnostics = new DiagnosticsPublisher(server);

/** The `transcriptLens` section, at start or changed: a new size limit re-analyses. */
function configure(section: unknown): void {
  server.settings = readSettings(section);
  store.setOptions(server.settings.analysis);
}

connection.onInitialize((params): InitializeResult => {
  server.folders = (params.workspaceFolders ?? [])
    .map((f) => f.uri)
    .filter((u) => u.startsWith('file:'))
    .map((u) => fileURLToPath(u));
  confineReads(server.folders);
  configure(params.initializationOptions);
  server.watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Transcript' },
      foldingRangeProvider: true,
      hoverProvider: true,
      workspaceSymbolProvider: true,
      codeLensProvider: { resolveProvider: false },
      inlayHintProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      semanticTokensProvider: { legend: LEGEND, full: true },
    },
    serverInfo: { name: 'Transcript Lens' },
  };
});

connection.onDidChangeConfiguration((p) => {
  configure((p.settings as { transcriptLens?: unknown } | null)?.transcriptLens);
  diagnostics.all();
});

registerOutline(server);
registerFolding(server);
registerHover(server);
registerWorkspaceSymbols(server);
registerViews(server);
registerSemanticTokens(server);
registerWorkspaceFiles(server, diagnostics);
registerCallInfo(server, diagnostics);

store.documents.onDidChangeContent((e) => diagnostics.changed(e.document.uri));
store.documents.onDidClose((e) => {
  store.forget(e.document.uri);
  diagnostics.closed(e.document.uri);
});

store.documents.listen(connection);
connection.listen();
