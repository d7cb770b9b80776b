// The language server: glue between LSP and the pure core. Each handler is guarded so one
// failure is logged and answered with an empty result instead of taking the server down.
import { fileURLToPath } from 'node:url';
import { createConnection, DidChangeWatchedFilesNotification, FileChangeType, MessageType, ProposedFeatures, ShowMessageNotification, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import type { DocumentSymbol, InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { DEFAULT_OPTIONS, MAX_CHANGES, analyse, callAt, callLedger, diagnosticSettingsFrom, documentOutline, figureHover, foldingRanges, hoverSections, ledgerSection, placedFigures, placedTranscript, type Analysis, type AnalysisOptions, type Call, type Figure, type TextChange, type Transcript } from '../core';
import { LazyDocument, wellFormedRange } from '../service/lazyDocument';
import { GuidanceDiagnostics } from '../service/guidance';
import type { CallEntry } from '../service/workspace';
import { callEntry, confineReads, indexFile, indexUri, transcriptFiles, workspaceSymbols } from '../service/workspace';

const connection = createConnection(ProposedFeatures.all);

/**
 * The changes made to each document since its last analysis, so that the next one re-reads only
 * what they touched; null when they are not known (a full-text change, or too many of them).
 */
const pending = new Map<string, TextChange[] | null>();

const documents = new TextDocuments<LazyDocument>({
  create: LazyDocument.create,
  update(doc, changes, version) {
    let list = pending.get(doc.uri);
    if (list === undefined) pending.set(doc.uri, (list = []));
    for (const c of changes) {
      if (list === null) break;
      if ('range' in c && list.length < MAX_CHANGES) list.push({ range: wellFormedRange(c.range), text: c.text });
      else pending.set(doc.uri, (list = null));
    }
    return LazyDocument.update(doc, changes, version);
  },
});
/** Each open document's analysis, what it cost, and whether it was made afresh (not from the version before). */
const cache = new Map<string, { version: number; analysis: Analysis; ms: number; fresh: boolean }>();
/** Workspace symbols of transcripts on disk; open documents answer from their analysis instead. */
const index = new Map<string, CallEntry>();
let options: AnalysisOptions = DEFAULT_OPTIONS;
let folders: string[] = [];
const guidance = new GuidanceDiagnostics();
hoverSections.push(ledgerSection((uri) => guidance.publishedFor(uri)));
let watchFiles = false;

// A failed promise anywhere (a request the client does not support, say) is logged, not fatal.
process.on('unhandledRejection', (e) => connection.console.error(`unhandled: ${(e as Error)?.stack ?? e}`));

function guard<P, R>(name: string, fallback: R, handler: (params: P) => R): (params: P) => R {
  return (params) => {
    try {
      return handler(params);
    } catch (e) {
      connection.console.error(`${name} failed: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  };
}

/** The analysis of a document's current version, computed once and shared by every feature. */
function analysisOf(uri: string): Analysis | null {
  const doc = documents.get(uri);
  if (!doc) return null;
  const hit = cache.get(uri);
  if (hit && hit.version === doc.version) return hit.analysis;
  const started = performance.now();
  const changes = hit ? pending.get(uri) : undefined;
  pending.set(uri, []);
  // The text is read only if the analysis cannot work from the changes alone.
  const analysis = analyse(() => doc.getText(), options, hit?.analysis, changes ?? undefined);
  cache.set(uri, { version: doc.version, analysis, ms: performance.now() - started, fresh: !changes?.length });
  if (analysis.outlineOnly && hit?.analysis.outlineOnly !== true) {
    const notes = analysis.calls[0].transcript.notes;
    // A notification: showInformationMessage is a request, and a client without it would reject it.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Transcript Lens: ${notes[notes.length - 1]}` });
  }
  return analysis;
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  folders = (params.workspaceFolders ?? []).map((f) => f.uri).filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  confineReads(folders);
  applySizeLimit(params.initializationOptions);
  guidance.settings = diagnosticSettingsFrom(params.initializationOptions);
  watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Transcript' },
      foldingRangeProvider: true,
      hoverProvider: true,
      workspaceSymbolProvider: true,
    },
    serverInfo: { name: 'Transcript Lens' },
  };
});

connection.onInitialized(() => {
  if (watchFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{txt,transcript}' }] });
  }
  void indexWorkspace().then(publishAll);
});

const publishTimers = new Map<string, NodeJS.Timeout>();

/**
 * How long to wait after an edit before publishing: nothing when an analysis costs less than the
 * time between two keystrokes (answers while the user types; edits that arrive meanwhile are
 * coalesced anyway), a pause to let typing settle when it costs more.
 */
function publishDelay(uri: string): number {
  const hit = cache.get(uri);
  if (!hit) return 150;
  // Known changes after a fresh analysis: the next one re-reads only what they touched.
  if (hit.fresh && pending.get(uri)?.length) return 0;
  return hit.ms < 100 ? 0 : 150;
}

/** Publishes an open document's diagnostics a moment after its last edit. */
function publishSoon(uri: string, delay = publishDelay(uri)): void {
  clearTimeout(publishTimers.get(uri));
  publishTimers.set(uri, setTimeout(() => {
    publishTimers.delete(uri);
    publish(uri).catch((e: Error) => connection.console.error(`diagnostics failed: ${e.stack ?? e}`));
  }, delay));
}

async function publish(uri: string): Promise<void> {
  const doc = documents.get(uri);
  const a = analysisOf(uri);
  if (!doc || !a) return;
  const diagnostics = [...a.diagnostics, ...(await guidance.diagnosticsFor(uri, a))];
  if (documents.get(uri)?.version === doc.version) connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
}

function publishAll(): void {
  for (const d of documents.all()) publishSoon(d.uri, 0);
}

documents.onDidChangeContent((e) => {
  publishSoon(e.document.uri);
  // Other open calls of the company compare against this one.
  for (const uri of guidance.index.related(e.document.uri)) if (documents.get(uri)) publishSoon(uri);
});

/** `transcriptLens.maxFileSizeMB`: above it only the outline is computed; a change re-analyses. */
function applySizeLimit(settings: unknown): void {
  const mb = (settings as { maxFileSizeMB?: unknown } | null | undefined)?.maxFileSizeMB;
  const chars = typeof mb === 'number' && mb > 0 ? mb * 1024 * 1024 : DEFAULT_OPTIONS.maxFullAnalysisChars;
  if (chars === options.maxFullAnalysisChars) return;
  options = { ...options, maxFullAnalysisChars: chars };
  cache.clear();
}

connection.onDidChangeConfiguration((p) => {
  applySizeLimit((p.settings as { transcriptLens?: unknown } | null)?.transcriptLens);
  guidance.settings = diagnosticSettingsFrom((p.settings as { transcriptLens?: unknown } | null)?.transcriptLens);
  publishAll();
});

connection.onDidChangeWatchedFiles(async (p) => {
  for (const c of p.changes) {
    const exists = c.type !== FileChangeType.Deleted;
    await guidance.index.changed(c.uri, exists);
    if (documents.get(c.uri)) continue; // an open document's entry follows its text, not the disk
    const found = exists ? await indexUri(c.uri) : null;
    if (found) index.set(c.uri, found.entry);
    else index.delete(c.uri);
  }
  publishAll();
});

/** Indexes the workspace's transcripts with progress, yielding between files. */
async function indexWorkspace(): Promise<void> {
  if (folders.length === 0) return;
  const progress = await connection.window.createWorkDoneProgress().catch(() => null);
  progress?.begin('Indexing transcripts', 0, undefined, false);
  let seen = 0;
  try {
    for (const folder of folders) {
      for await (const file of transcriptFiles(folder)) {
        seen++;
        try {
          const uri = file.uri;
          const found = await indexFile(file.path);
          if (found) {
            index.set(uri, found.entry);
            // The file is read once: its header places it in the cross-call index too.
            guidance.index.identified(uri, callLedger(uri, found.meta, []));
          } else await guidance.index.add([uri]);
        } catch (e) {
          connection.console.warn(`Could not index ${file.uri}: ${(e as Error).message}`);
        }
        if (seen % 25 === 0) progress?.report(`${seen} files`);
        await new Promise((r) => setImmediate(r));
      }
    }
  } finally {
    progress?.done();
  }
}

/** The outline of an analysis, made once: VS Code asks again on every edit and for breadcrumbs. */
const outlines = new WeakMap<Analysis, DocumentSymbol[]>();

connection.onDocumentSymbol(guard('documentSymbol', [], (p) => {
  const a = analysisOf(p.textDocument.uri);
  if (!a) return [];
  let outline = outlines.get(a);
  if (!outline) outlines.set(a, (outline = documentOutline(a.calls, a.lines)));
  return outline;
}));

connection.onFoldingRanges(guard('foldingRange', [], (p) => {
  const a = analysisOf(p.textDocument.uri);
  return a ? foldingRanges(a.transcript) : [];
}));

/** What a hover in a call reads: that call's transcript and figures in document lines, made once per call. */
const hoverViews = new WeakMap<Call, { transcript: Transcript; figures: Figure[] }>();

connection.onHover(guard('hover', null, (p) => {
  const a = analysisOf(p.textDocument.uri);
  if (!a) return null;
  const call = a.calls[callAt(a.calls, p.position.line)];
  let view = hoverViews.get(call);
  if (!view) hoverViews.set(call, (view = { transcript: placedTranscript(call), figures: placedFigures(call) }));
  return figureHover({ analysis: { lines: a.lines, ...view }, uri: p.textDocument.uri }, p.position);
}));

/** Workspace symbols of an open document, made once per analysis. */
const openEntries = new WeakMap<Analysis, CallEntry>();

connection.onWorkspaceSymbol(guard('workspaceSymbol', [], (p) => {
  const entries: CallEntry[] = [];
  for (const [uri, entry] of index) if (!documents.get(uri)) entries.push(entry);
  for (const d of documents.all()) {
    const a = analysisOf(d.uri);
    if (!a) continue;
    let entry = openEntries.get(a);
    if (!entry) openEntries.set(a, (entry = callEntry(d.uri, a.transcript)));
    entries.push(entry);
  }
  return workspaceSymbols(entries, p.query);
}));

documents.onDidClose((e) => {
  cache.delete(e.document.uri);
  pending.delete(e.document.uri);
  connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  void guidance.closed(e.document.uri);
  // The index goes back to what is on disk, which unsaved edits may not match.
  index.delete(e.document.uri);
  if (e.document.uri.startsWith('file:')) {
    void indexUri(e.document.uri).then((found) => found && index.set(e.document.uri, found.entry));
  }
});

documents.listen(connection);
connection.listen();
