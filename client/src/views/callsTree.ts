// The "Calls" view: the workspace's transcripts by company, then call (period · date), from the
// server's workspace index. Selecting a call opens it; the view says so when there are none.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CALLS_REQUEST, type CallSummary } from '../../../shared/protocol';

type Node = { company: string; calls: CallSummary[] } | CallSummary;

export class CallsTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** The tree is read again from the index (files opened, created or deleted, the refresh command). */
  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return 'calls' in node ? node.calls : [];
    const client = this.client();
    const calls = client?.isRunning() ? await client.sendRequest<CallSummary[]>(CALLS_REQUEST, {}) : [];
    const by = new Map<string, CallSummary[]>();
    for (const c of calls) by.set(c.company, [...(by.get(c.company) ?? []), c]);
    return [...by]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([company, list]) => ({ company, calls: list.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.period.localeCompare(y.period)) }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('calls' in node) {
      const item = new vscode.TreeItem(node.company, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.calls.length} ${node.calls.length === 1 ? 'call' : 'calls'}`;
      item.iconPath = new vscode.ThemeIcon('organization');
      return item;
    }
    const item = new vscode.TreeItem(node.period, vscode.TreeItemCollapsibleState.None);
    item.description = [node.date, vscode.workspace.asRelativePath(vscode.Uri.parse(node.uri))].filter(Boolean).join(' · ');
    item.resourceUri = vscode.Uri.parse(node.uri);
    item.iconPath = new vscode.ThemeIcon('comment-discussion');
    item.command = { command: 'transcriptLens.openCall', title: 'Open call', arguments: [node.uri] };
    item.contextValue = 'call';
    return item;
  }
}
