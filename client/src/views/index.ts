// The analyst's views in the editor: the scorecard and history panels, the Calls tree, export.
// Commands take their arguments from a code lens, a hover link or the tree, or fall back to the
// active editor (and, for export, a save dialog).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_REQUEST, type ExportParams, type HistoryParams } from '../../../shared/protocol';
import { CallsTree } from './callsTree';
import { Panels, type PanelState } from './panel';

/** What the extension exports for its own test suite: the panels open and what they drew. */
export interface ViewsApi {
  panels(): PanelState[];
  /** The Calls view's top level, as it would show now. */
  calls(): Promise<unknown[]>;
}

function activeTranscript(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === 'transcript' ? editor : undefined;
}

export function registerViews(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): ViewsApi {
  const panels = new Panels(context, client);
  const calls = new CallsTree(client);
  const tree = vscode.window.createTreeView('transcriptLens.calls', { treeDataProvider: calls, showCollapseAll: true });

  context.subscriptions.push(
    panels,
    tree,
    vscode.commands.registerCommand('transcriptLens.showScorecard', async (uri?: string, line?: number) => {
      const editor = activeTranscript();
      const target = uri ?? editor?.document.uri.toString();
      if (!target) return void vscode.window.showWarningMessage('Transcript Lens: open a transcript to see its scorecard.');
      await panels.showScorecard(target, line ?? editor?.selection.active.line ?? 0);
    }),
    vscode.commands.registerCommand('transcriptLens.showHistory', async (params?: HistoryParams) => {
      if (!params) return void vscode.window.showInformationMessage("Transcript Lens: open the history from a figure's hover card or a scorecard row.");
      await panels.showHistory(params);
    }),
    vscode.commands.registerCommand('transcriptLens.openCall', async (uri: string) => {
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: true });
    }),
    vscode.commands.registerCommand('transcriptLens.refreshCalls', () => calls.refresh()),
    tree.onDidChangeVisibility((e) => e.visible && calls.refresh()),
    vscode.workspace.onDidOpenTextDocument((d) => d.languageId === 'transcript' && calls.refresh()),
    vscode.workspace.onDidCreateFiles(() => calls.refresh()),
    vscode.workspace.onDidDeleteFiles(() => calls.refresh()),
    vscode.commands.registerCommand('transcriptLens.export', async (uri?: vscode.Uri, format?: ExportParams['format'], target?: vscode.Uri) => {
      const source = uri ?? activeTranscript()?.document.uri;
      if (!source) return void vscode.window.showWarningMessage('Transcript Lens: open a transcript to export its figures.');
      const picked =
        format ??
        ((await vscode.window.showQuickPick(['csv', 'json', 'md'], { placeHolder: 'Export figures and judgements as' })) as ExportParams['format'] | undefined);
      if (!picked) return;
      // The server analyses open documents: make sure this one is open.
      await vscode.workspace.openTextDocument(source);
      const text = await client()?.sendRequest<string | null>(EXPORT_REQUEST, { uri: source.toString(), format: picked });
      if (text === null || text === undefined) return void vscode.window.showWarningMessage('Transcript Lens: nothing to export (is it a transcript?).');
      const out =
        target ??
        (await vscode.window.showSaveDialog({
          defaultUri: source.with({ path: source.path.replace(/(\.[^./]*)?$/, `.${picked}`) }),
          filters: { [picked.toUpperCase()]: [picked] },
        }));
      if (!out) return;
      await vscode.workspace.fs.writeFile(out, new TextEncoder().encode(text));
      if (!target) void vscode.window.showInformationMessage(`Transcript Lens: exported to ${vscode.workspace.asRelativePath(out)}.`);
      return out;
    }),
  );
  return { panels: () => panels.states(), calls: () => calls.getChildren() };
}
