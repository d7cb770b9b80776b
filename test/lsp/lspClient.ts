// A real LSP client over stdio against dist/server.js, for tests.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { serverPath } from '../paths';

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** Diagnostics published so far, by URI (the latest set). */
  diagnostics: Map<string, PublishDiagnosticsParams>;
  /** Work-done progress notifications received, in order. */
  progress: { token: unknown; value: { kind: string; title?: string; message?: string } }[];
  open(uri: string, text: string, languageId?: string): void;
  stop(): Promise<void>;
}

export async function startServer(workspaceFolder?: string, initializationOptions: object = {}): Promise<TestServer> {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => diagnostics.set(p.uri, p));
  const progress: TestServer['progress'] = [];
  connection.onNotification('$/progress', (p: TestServer['progress'][number]) => progress.push(p));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.listen();
  // A server that dies fails the requests it owed instead of leaving the test waiting for ever.
  child.on('exit', () => connection.dispose());
  const folderUri = workspaceFolder ? pathToFileURL(workspaceFolder).toString() : null;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: folderUri ? [{ uri: folderUri, name: 'ws' }] : null,
    capabilities: {
      window: { workDoneProgress: true },
      textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, hover: { contentFormat: ['markdown', 'plaintext'] } },
    },
    initializationOptions,
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    diagnostics,
    progress,
    open(uri, text, languageId = 'transcript') {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    async stop() {
      // A server still busy with a huge document may answer shutdown late: it is killed after a
      // moment either way, and nothing of the connection is left to keep the test process alive.
      const late = new Promise<void>((r) => setTimeout(r, 2000).unref());
      await Promise.race([connection.sendRequest('shutdown').catch(() => undefined), late]);
      await connection.sendNotification('exit').catch(() => undefined);
      connection.dispose();
      child.kill();
      child.stdin?.destroy();
      child.stdout?.destroy();
    },
  };
}

/** Polls `probe` until it returns a value other than undefined, or fails after the deadline. */
export async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, deadlineMs = 10_000): Promise<T> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
