// A merged file of one company's calls repeating one period (the same call copied), over real LSP:
// open → outline, open → diagnostics, the longest a hover on another open document waited
// meanwhile, and one edit → diagnostics. Cross-call work must grow linearly with the copies.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fixture } from '../paths';
import { startServer } from '../lsp/lspClient';
import { now, percentile } from './stats';

export interface MergedFigures {
  copies: number;
  mb: number;
  outlineMs: number;
  diagnosticsMs: number;
  diagnostics: number;
  /** The longest a hover on another open document took while the merged file was analysed. */
  hoverMaxMs: number;
  /** The 90th percentile of the same hovers: how long most of them waited, where the max is one moment. */
  hoverP90Ms: number;
  hovers: number;
  /**
   * The longest this client's own thread was busy meanwhile (encoding the 20 MB open, decoding the
   * outline): a hover sent or answered then waits for it, whatever the server does, as it would in
   * an editor's extension host. Part of `hoverMaxMs`, not taken from it.
   */
  clientBusyMaxMs: number;
  editDiagnosticsMs: number;
}

export async function measureMerged(call: string, copies: number): Promise<MergedFigures> {
  const server = await startServer();
  const uri = `untitled:merged-${copies}.txt`;
  const other = 'untitled:other-call.txt';
  const small = fixture('figures-call.txt');
  const text = Array.from({ length: copies }, () => call).join('\n');
  try {
    let published: (p: PublishDiagnosticsParams) => void = () => undefined;
    server.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      if (p.uri === uri) published(p);
    });
    const nextPublish = (version: number) =>
      new Promise<PublishDiagnosticsParams>((resolve) => {
        published = (p) => {
          if ((p.version ?? version) >= version) resolve(p);
        };
      });
    server.open(other, small);
    await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: other } });
    const busy = monitorEventLoopDelay({ resolution: 5 });
    busy.enable();
    const started = now();
    const diagnostics = nextPublish(1);
    server.open(uri, text);
    let done = false;
    const outline = server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }).then(() => now() - started);
    const diagnosticsAt = diagnostics.then((p) => {
      done = true;
      return { ms: now() - started, count: p.diagnostics.length };
    });
    // Hovers on the other document, one after another, until the merged file's diagnostics are out.
    const hoverTimes: number[] = [];
    while (!done) {
      const t = now();
      await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 0 } });
      hoverTimes.push(now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
    busy.disable();
    const [outlineMs, judged] = [await outline, await diagnosticsAt];
    const edited = nextPublish(2);
    const t = now();
    void server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 40, character: 0 }, end: { line: 40, character: 0 } }, text: 'x' }],
    });
    await edited;
    return {
      copies,
      mb: text.length / 1048576,
      outlineMs,
      diagnosticsMs: judged.ms,
      diagnostics: judged.count,
      hoverMaxMs: Math.max(...hoverTimes),
      hoverP90Ms: percentile(hoverTimes, 90),
      hovers: hoverTimes.length,
      clientBusyMaxMs: busy.max / 1e6,
      editDiagnosticsMs: now() - t,
    };
  } finally {
    await server.stop();
  }
}
