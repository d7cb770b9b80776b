// The extension: starts the language server (and restarts it whenever it stops, see serverStatus.ts),
// has plain-text documents that are transcripts switched to the transcript language (detect.ts),
// registers the analyst's views (views/) and the call's status item (callStatus.ts), and offers
// commands to switch a document by hand and to restart the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { SECTION, settingsSection } from '../../shared/settings';
import { CallStatus, type CallStatusState } from './callStatus';
import { Detector, LANGUAGE } from './detect';
import { RESTART_COMMAND, ServerStatus } from './serverStatus';
import { registerViews, type ViewsApi } from './views';

let client: LanguageClient | undefined;

/** What the extension exports for its own test suite. */
export interface ExtensionApi extends ViewsApi {
  /** The call status item as it shows now. */
  callStatus(): CallStatusState;
}

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const config = vscode.workspace.getConfiguration(SECTION);
  const documentSelector = [{ language: LANGUAGE }];
  const status = new ServerStatus(documentSelector);
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    errorHandler: status,
    // Every setting, so the first diagnostics already follow the user's severities.
    initializationOptions: settingsSection((key) => config.get(key)),
    synchronize: { configurationSection: SECTION },
    // Hover cards link to a metric's history: that command, and no other, may run from hover text.
    markdown: { isTrusted: { enabledCommands: ['transcriptLens.showHistory'] } },
  };
  client = new LanguageClient('transcriptLens', 'Transcript Lens', serverOptions, clientOptions);
  const started = client;

  const views = registerViews(context, () => client);
  const call = new CallStatus(documentSelector, context.workspaceState, () => client);
  const detector = new Detector();
  context.subscriptions.push(
    detector,
    status,
    status.watch(started),
    call,
    call.watch(started),
    vscode.commands.registerCommand(RESTART_COMMAND, () => status.restart(started)),
    vscode.commands.registerCommand('transcriptLens.openAsTranscript', async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showWarningMessage('Transcript Lens: open a text document first.');
        return;
      }
      await detector.switchByHand(doc);
    }),
  );

  try {
    await client.start();
  } catch (e) {
    void vscode.window.showErrorMessage(`Transcript Lens: the language server did not start: ${(e as Error).message}`);
  }
  return { ...views, callStatus: () => call.snapshot() };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
