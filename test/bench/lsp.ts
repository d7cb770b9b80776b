// Figures over real LSP: dist/server.js spawned on stdio, driven the way VS Code drives it.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { analyse } from '../../server/src/core/analysis';
import { writeWorkspace } from '../generate';
import { startServer } from '../lsp/lspClient';
import type { TestServer } from '../lsp/lspClient';
import { editPositions } from './inprocess';
import { now, percentile } from './stats';

/** Waits for the next publishDiagnostics for `uri` at `version` (or any version, unversioned). */
function diagnosticsWaiter(server: TestServer): (uri: string, version: number, timeoutMs: number) => Promise<boolean> {
  let pending: { uri: string; version: number; resolve: (ok: boolean) => void } | null = null;
  server.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    server.diagnostics.set(p.uri, p);
    if (pending && p.uri === pending.uri && (p.version === undefined || p.version >= pending.version)) {
      pending.resolve(true);
      pending = null;
    }
  });
  return (uri, version, timeoutMs) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        pending = null;
        resolve(false);
      }, timeoutMs);
      pending = { uri, version, resolve: (ok) => (clearTimeout(timer), resolve(ok)) };
    });
}

export interface EditFigures {
  label: string;
  mb: number;
  /** What the edit latency waits for: 'diagnostics' once the server publishes them, else 'documentSymbol'. */
  until: 'diagnostics' | 'documentSymbol';
  edits: number;
  editP50: number;
  editP99: number;
  /** The server's CPU time per edit (user + system): what the latency is made of, whatever else runs. */
  editCpuMs: number;
  symbolsP99: number;
  hoverP99: number;
  /** Hover requests that returned a card (a figure under the cursor). */
  hoverHits: number;
  /** Hover p99 where there is no figure (an empty answer): the floor of a request over the pipe. */
  emptyHoverP99: number;
  /** Diagnostics in the last publish, and its JSON size: sent whole on every edit. */
  diagnostics: number;
  publishKB: number;
}

/** Edits stop after this long, so a slow server still gives figures in a bounded time. */
const EDIT_BUDGET_MS = 60_000;

/** One-character edits spread over the document, each timed to the answer it makes stale. */
export async function measureEdits(label: string, text: string, edits: number): Promise<EditFigures> {
  const server = await startServer();
  const uri = 'untitled:bench-' + label.replace(/\W+/g, '-');
  try {
    const waitDiagnostics = diagnosticsWaiter(server);
    const symbols = () => server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    const published = waitDiagnostics(uri, 1, 30_000);
    server.open(uri, text);
    await symbols();
    const until: EditFigures['until'] = (await Promise.race([published, new Promise<false>((r) => setTimeout(() => r(false), 2_000))]))
      ? 'diagnostics'
      : 'documentSymbol';

    const times: number[] = [];
    const cpuBefore = cpuMs(server.process.pid!);
    let version = 1;
    const budgetEnd = now() + EDIT_BUDGET_MS;
    for (const { line, character } of editPositions(text, edits)) {
      if (now() > budgetEnd) break; // slow code: report the edits that fit in the budget
      version++;
      const t = now();
      const answered = until === 'diagnostics' ? waitDiagnostics(uri, version, 30_000) : null;
      void server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
      });
      if (answered) {
        if (!(await answered)) throw new Error(`no diagnostics for version ${version}`);
      } else await symbols();
      times.push(now() - t);
    }

    const editCpuMs = (cpuMs(server.process.pid!) - cpuBefore) / times.length;
    const symbolTimes: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = now();
      await symbols();
      symbolTimes.push(now() - t);
    }
    // Hover where the figures are (positions from an in-process analysis of the same text).
    const figures = analyse(text, { maxFullAnalysisChars: Number.POSITIVE_INFINITY }).figures;
    const hoverTimes: number[] = [];
    let hoverHits = 0;
    const probes = figures.length ? figures : [{ range: { start: { line: 0, character: 0 } } }];
    for (let k = 0; k < 200; k++) {
      const f = probes[Math.floor((k * probes.length) / 200)];
      const t = now();
      const card = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: f.range.start }).catch(() => undefined);
      if (card === undefined) break; // no hover provider yet
      hoverTimes.push(now() - t);
      if (card) hoverHits++;
    }
    // The same request where no figure is: what any answer costs over the pipe on this machine.
    const emptyTimes: number[] = [];
    for (let k = 0; k < 200 && hoverTimes.length; k++) {
      const t = now();
      await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      emptyTimes.push(now() - t);
    }
    const last = server.diagnostics.get(uri);
    return {
      label,
      mb: text.length / 1048576,
      until,
      diagnostics: last?.diagnostics.length ?? 0,
      publishKB: last ? JSON.stringify(last).length / 1024 : 0,
      emptyHoverP99: percentile(emptyTimes, 99),
      edits: times.length,
      editP50: percentile(times, 50),
      editP99: percentile(times, 99),
      editCpuMs,
      symbolsP99: percentile(symbolTimes, 99),
      hoverP99: percentile(hoverTimes, 99),
      hoverHits,
    };
  } finally {
    await server.stop();
  }
}

export interface StartupFigures {
  /** Spawn to the initialize answer. */
  initializeMs: number;
  /** Spawn to the document symbols of the reference transcript. */
  firstSymbolsMs: number;
}

export async function measureStartup(text: string): Promise<StartupFigures> {
  const t = now();
  const server = await startServer();
  const initializeMs = now() - t;
  try {
    const uri = 'untitled:bench-startup';
    server.open(uri, text);
    await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    return { initializeMs, firstSymbolsMs: now() - t };
  } finally {
    await server.stop();
  }
}

export interface WorkspaceFigures {
  files: number;
  mb: number;
  /** Spawn to the indexing progress `end`. */
  wallS: number;
  /** The server process's peak resident memory (VmHWM). */
  peakRssMB: number;
  /** documentSymbol on an open transcript while the workspace is being indexed. */
  requestP99: number;
  requests: number;
}

/** CPU time (user + system, ms) a process has used so far, from /proc; NaN elsewhere. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (USER_HZ, 100 on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

function peakRssMB(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** What indexing a workspace costs: spawn → progress `end`, peak RSS, and an open document's requests meanwhile. */
export interface Indexing {
  wallS: number;
  peakRssMB: number;
  requests: number;
  requestP99: number;
}

/**
 * Starts a server on `dir`, asks for an open transcript's outline every 10 ms until indexing ends,
 * then lets `after` ask what it wants of the indexed server before it stops.
 */
export async function indexWhileAsking<T>(dir: string, openText: string, after: (server: TestServer) => Promise<T>): Promise<Indexing & { after: T }> {
  let done: () => void = () => undefined;
  const ended = new Promise<void>((r) => (done = r));
  const t = now();
  const server = await startServer(dir);
  server.connection.onNotification('$/progress', (p: { value: { kind: string } }) => {
    if (p.value.kind === 'end') done();
  });
  try {
    const uri = 'untitled:bench-open';
    server.open(uri, openText);
    const times: number[] = [];
    let indexing = true;
    void ended.then(() => (indexing = false));
    while (indexing) {
      const r = now();
      await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      times.push(now() - r);
      await new Promise((res) => setTimeout(res, 10));
    }
    const wallS = (now() - t) / 1000;
    const rss = peakRssMB(server.process.pid!);
    return { wallS, peakRssMB: rss, requests: times.length, requestP99: percentile(times, 99), after: await after(server) };
  } finally {
    await server.stop();
  }
}

export async function measureWorkspace(files: number, openText: string): Promise<WorkspaceFigures> {
  const dir = path.join(tmpdir(), `transcript-lens-bench-${files}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const bytes = writeWorkspace(dir, files, 7_000_000).reduce((n, w) => n + w.call.text.length, 0);
  try {
    const { wallS, peakRssMB: rss, requestP99, requests } = await indexWhileAsking(dir, openText, async () => null);
    return { files, mb: bytes / 1048576, wallS, peakRssMB: rss, requestP99, requests };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
