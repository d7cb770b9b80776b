// The analyst's panels (call scorecard and outlook, a metric's history) in one webview each: the
// server makes the data (shared/protocol), dist/webview.js draws it with the theme's colours.
// Nothing is loaded from the network: a strict Content-Security-Policy allows only the bundled
// script (by nonce) and the extension's own files; a violation is reported back and kept.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { HISTORY_REQUEST, SCORECARD_REQUEST, type History, type HistoryParams, type Place, type Scorecard } from '../../../shared/protocol';

/** What the webview says back. */
type FromWebview =
  | { type: 'ready' }
  | { type: 'rendered'; rows: number }
  | { type: 'reveal'; place: Place }
  | { type: 'history'; metric: string; segment: string | null }
  | { type: 'csp'; directive: string; blocked: string };

/** What the e2e suite reads of the open panels (through the extension's exports). */
export interface PanelState {
  kind: 'scorecard' | 'history';
  title: string;
  rendered: number | null;
  cspViolations: string[];
}

export class Panels implements vscode.Disposable {
  private readonly open = new Map<string, { panel: vscode.WebviewPanel; state: PanelState }>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
  ) {}

  states(): PanelState[] {
    return [...this.open.values()].map((p) => p.state);
  }

  async showScorecard(uri: string, line: number): Promise<void> {
    const card = await this.client()?.sendRequest<Scorecard | null>(SCORECARD_REQUEST, { uri, line });
    if (!card) {
      void vscode.window.showWarningMessage('Transcript Lens: no scorecard for this document (is it a transcript?).');
      return;
    }
    this.show('scorecard', `${uri}#${card.call}`, `Scorecard · ${card.call}`, { view: 'scorecard', data: card }, (m) => {
      if (m.type === 'history') void this.showHistory({ uri, line, metric: m.metric, segment: m.segment });
    });
  }

  async showHistory(params: HistoryParams): Promise<void> {
    const history = await this.client()?.sendRequest<History | null>(HISTORY_REQUEST, params);
    if (!history) {
      void vscode.window.showWarningMessage('Transcript Lens: no history for this figure.');
      return;
    }
    const name = `${history.segment ? `${history.segment} ` : ''}${history.metric}`;
    this.show('history', `${history.company}#${name}`, `History · ${history.company} · ${name}`, { view: 'history', data: history });
  }

  private show(kind: PanelState['kind'], key: string, title: string, message: unknown, onMessage?: (m: FromWebview) => void): void {
    const existing = this.open.get(key);
    if (existing) {
      existing.state.rendered = null;
      void existing.panel.webview.postMessage(message);
      existing.panel.reveal();
      return;
    }
    const dist = vscode.Uri.joinPath(this.context.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel(`transcriptLens.${kind}`, title, vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: [dist],
      retainContextWhenHidden: false,
    });
    const state: PanelState = { kind, title, rendered: null, cspViolations: [] };
    this.open.set(key, { panel, state });
    panel.webview.html = html(panel.webview, vscode.Uri.joinPath(dist, 'webview.js'), title);
    panel.webview.onDidReceiveMessage((m: FromWebview) => {
      if (m.type === 'ready') void panel.webview.postMessage(message);
      else if (m.type === 'rendered') state.rendered = m.rows;
      else if (m.type === 'csp') state.cspViolations.push(`${m.directive}: ${m.blocked}`);
      else if (m.type === 'reveal') void reveal(m.place);
      else onMessage?.(m);
    });
    panel.onDidDispose(() => this.open.delete(key));
  }

  dispose(): void {
    for (const { panel } of this.open.values()) panel.dispose();
  }
}

/** Opens the statement's document beside nothing (in the first column) and selects the figure. */
export async function reveal(place: Place): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(place.uri));
  const range = new vscode.Range(place.range.start.line, place.range.start.character, place.range.end.line, place.range.end.character);
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: range, preserveFocus: false });
}

function html(webview: vscode.Webview, script: vscode.Uri, title: string): string {
  const nonce = randomBytes(16).toString('base64');
  const csp = [
    `default-src 'none'`,
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  const escaped = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escaped}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="root" aria-live="polite"><p>Loading…</p></main>
<script nonce="${nonce}" src="${webview.asWebviewUri(script)}"></script>
</body>
</html>`;
}

const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 24px; }
h1 { font-size: 1.3em; font-weight: 600; margin: 16px 0 4px; }
h2 { font-size: 1.1em; font-weight: 600; margin: 20px 0 6px; }
p.note { color: var(--vscode-descriptionForeground); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--vscode-editorWidget-border, rgba(128,128,128,.3)); vertical-align: top; }
th { color: var(--vscode-descriptionForeground); font-weight: 600; }
td.num { font-variant-numeric: tabular-nums; }
main { overflow-x: auto; }
tr.row { cursor: pointer; }
tr.row:hover { background: var(--vscode-list-hoverBackground); }
tr.row:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; background: var(--vscode-list-focusBackground); }
.verdict { font-weight: 600; }
.miss, .lowered, .dropped { color: var(--vscode-charts-red, var(--vscode-errorForeground)); }
.beat, .raised { color: var(--vscode-charts-green, var(--vscode-testing-iconPassed)); }
.inline, .reaffirmed, .new, .narrowed, .widened { color: var(--vscode-charts-blue, var(--vscode-foreground)); }
.where { color: var(--vscode-descriptionForeground); font-size: .9em; }
button.link { background: none; border: none; color: var(--vscode-textLink-foreground); cursor: pointer; padding: 0; font: inherit; }
button.link:focus { outline: 1px solid var(--vscode-focusBorder); }
.chart { position: relative; height: 260px; margin-top: 8px; }
`;
