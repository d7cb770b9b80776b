// The extension: starts the language server (and restarts it whenever it stops, see serverStatus.ts),
// switches plain-text documents that are transcripts to the transcript language, and offers commands
// to switch one by hand and to restart the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { isTranscript } from '../../server/src/core';
import { RESTART_COMMAND, ServerStatus } from './serverStatus';

const LANGUAGE = 'transcript';
let client: LanguageClient | undefined;

/** Documents switched once; a user who switches one back to plain text is not overruled. */
const switched = new Set<string>();

async function sniff(doc: vscode.TextDocument): Promise<void> {
  if (doc.languageId !== 'plaintext' || switched.has(doc.uri.toString())) return;
  if (!vscode.workspace.getConfiguration('transcriptLens', doc).get<boolean>('autoDetect', true)) return;
  if (!isTranscript(doc.getText())) return;
  switched.add(doc.uri.toString());
  await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const config = vscode.workspace.getConfiguration('transcriptLens');
  const documentSelector = [{ language: LANGUAGE }];
  const status = new ServerStatus(documentSelector);
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    errorHandler: status,
    initializationOptions: { maxFileSizeMB: config.get<number>('maxFileSizeMB') },
    synchronize: { configurationSection: 'transcriptLens' },
  };
  client = new LanguageClient('transcriptLens', 'Transcript Lens', serverOptions, clientOptions);
  const started = client;

  context.subscriptions.push(
    status,
    status.watch(started),
    vscode.commands.registerCommand(RESTART_COMMAND, () => status.restart(started)),
    vscode.workspace.onDidOpenTextDocument((doc) => void sniff(doc)),
    vscode.commands.registerCommand('transcriptLens.openAsTranscript', async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showWarningMessage('Transcript Lens: open a text document first.');
        return;
      }
      switched.add(doc.uri.toString());
      await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
    }),
  );
  for (const doc of vscode.workspace.textDocuments) void sniff(doc);

  try {
    await client.start();
  } catch (e) {
    void vscode.window.showErrorMessage(`Transcript Lens: the language server did not start: ${(e as Error).message}`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
