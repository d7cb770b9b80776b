// Our outline against VS Code's own Markdown language server (vscode-markdown-languageserver) on a
// Markdown rendering of the same transcript, both over stdio: open → outline, and one-character
// edit → outline p50/p99. The Markdown server asks its client to tokenise (`markdown/parse`); this
// client does it with markdown-it, as VS Code does.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { analyse } from '../../server/src/core/analysis';
import { startServer } from '../lsp/lspClient';
import { repoRoot } from '../paths';
import { editPositions } from './inprocess';
import { now, percentile } from './stats';

export interface OutlineFigures {
  label: string;
  mb: number;
  server: 'Transcript Lens' | 'Markdown';
  openMs: number;
  editP50: number;
  editP99: number;
  symbols: number;
}

/** The transcript as Markdown: section titles as `##`, speaker lines as `###`, the rest as written. */
export function asMarkdown(text: string): string {
  const a = analyse(text);
  const lines = text.split(/\r\n|\n|\r/);
  const t = a.transcript;
  const heading = new Map<number, string>();
  for (const s of t.sections) heading.set((s.titleRange ?? s.range).start.line, '## ');
  for (const u of t.turns) heading.set(u.headerRange.start.line, '### ');
  // Characters Markdown would read as markup stay text.
  const plain = (l: string) => l.replace(/^(\s*)([#>*+-]|\d+[.)])/, '$1\\$2');
  return lines.map((l, i) => (heading.has(i) && l.trim() ? heading.get(i) + l.trim() : plain(l))).join('\n');
}

/** A document's text kept by the client, edited as it sends the edits. */
class ClientText {
  constructor(public text: string) {}
  insert(line: number, character: number, s: string): void {
    let offset = 0;
    for (let l = 0; l < line; l++) offset = this.text.indexOf('\n', offset) + 1;
    offset += character;
    this.text = this.text.slice(0, offset) + s + this.text.slice(offset);
  }
}

async function markdownServer(texts: Map<string, ClientText>): Promise<{ connection: ProtocolConnection; stop: () => Promise<void> }> {
  const main = path.join(repoRoot, 'node_modules', 'vscode-markdown-languageserver', 'dist', 'node', 'workerMain.js');
  const child = spawn(process.execPath, [main, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const md = new MarkdownIt();
  connection.onRequest('markdown/parse', (p: { uri: string; text?: string }) => md.parse(p.text ?? texts.get(p.uri)?.text ?? '', {}));
  connection.onRequest('markdown/findMarkdownFilesInWorkspace', () => []);
  connection.onRequest('markdown/fs/stat', () => undefined);
  connection.onRequest('markdown/fs/readDirectory', () => []);
  connection.onRequest('markdown/fs/watcher/create', () => null);
  connection.onRequest('markdown/fs/watcher/delete', () => null);
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  child.on('exit', () => connection.dispose());
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
    initializationOptions: { markdownFileExtensions: ['md'] },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    async stop() {
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      connection.dispose();
      child.kill();
    },
  };
}

function count(symbols: unknown): number {
  const list = (symbols ?? []) as { children?: unknown[] }[];
  return list.reduce((n, s) => n + 1 + count(s.children), 0);
}

/** Open → outline and edit → outline over one server; `connection` already initialised. */
async function measureOutline(connection: ProtocolConnection, uri: string, languageId: string, client: ClientText, edits: number) {
  const symbols = () => connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  const started = now();
  void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: client.text } });
  const first = await symbols();
  const openMs = now() - started;
  const times: number[] = [];
  let version = 1;
  for (const { line, character } of editPositions(client.text, edits)) {
    version++;
    const t = now();
    client.insert(line, character, 'x');
    void connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
    });
    await symbols();
    times.push(now() - t);
  }
  return { openMs, editP50: percentile(times, 50), editP99: percentile(times, 99), symbols: count(first) };
}

export async function compareWithMarkdown(label: string, text: string, edits: number): Promise<OutlineFigures[]> {
  const mb = text.length / 1048576;
  const ours = await startServer();
  let oursFigures;
  try {
    oursFigures = await measureOutline(ours.connection, `untitled:compare-${label}.txt`, 'transcript', new ClientText(text), edits);
  } finally {
    await ours.stop();
  }
  const texts = new Map<string, ClientText>();
  const uri = `file:///compare/${label.replace(/\W+/g, '-')}.md`;
  const client = new ClientText(asMarkdown(text));
  texts.set(uri, client);
  const md = await markdownServer(texts);
  let mdFigures;
  try {
    mdFigures = await measureOutline(md.connection, uri, 'markdown', client, edits);
  } finally {
    await md.stop();
  }
  return [
    { label, mb, server: 'Transcript Lens', ...oursFigures },
    { label, mb, server: 'Markdown', ...mdFigures },
  ];
}
