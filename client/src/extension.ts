// The extension: starts the language server, switches plain-text documents that are transcripts
// to the transcript language, and offers a command to switch one by hand.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { isTranscript } from '../../server/src/core';
import { SECTION, readSettings, settingsSection } from '../../shared/settings';

const LANGUAGE = 'transcript';
let client: LanguageClient | undefined;

/** Documents switched once; a user who switches one back to plain text is not overruled. */
const switched = new Set<string>();

async function sniff(doc: vscode.TextDocument): Promise<void> {
  if (doc.languageId !== 'plaintext' || switched.has(doc.uri.toString())) return;
  if (!readSettings(settingsSection((key) => vscode.workspace.getConfiguration(SECTION, doc).get(key))).autoDetect) return;
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
  const config = vscode.workspace.getConfiguration(SECTION);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE }],
    // Every setting, so the first diagnostics already follow the user's severities.
    initializationOptions: settingsSection((key) => config.get(key)),
    synchronize: { configurationSection: SECTION },
  };
  client = new LanguageClient('transcriptLens', 'Transcript Lens', serverOptions, clientOptions);

  context.subscriptions.push(
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
