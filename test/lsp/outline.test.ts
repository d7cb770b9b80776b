import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { SymbolKind } from 'vscode-languageserver-protocol';
import type { DocumentSymbol, FoldingRange, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { fixture, fixturesDir, referencePath, sharedMissing } from '../paths';
import { startServer, until } from './lspClient';
import type { TestServer } from './lspClient';

function flatten(symbols: DocumentSymbol[], depth = 0): { name: string; depth: number; s: DocumentSymbol }[] {
  return symbols.flatMap((s) => [{ name: s.name, depth, s }, ...flatten(s.children ?? [], depth + 1)]);
}

describe('outline over LSP', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer(fixturesDir);
  });
  after(() => server.stop());

  it('answers document symbols: header, sections, exchanges with turns', async () => {
    const file = path.join(fixturesDir, 'streetevents-pdf.txt');
    const uri = pathToFileURL(file).toString();
    server.open(uri, readFileSync(file, 'utf8'));
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['ZYXW · Q3 2031 · 2031-11-04', 'CORPORATE PARTICIPANTS', 'CONFERENCE CALL PARTICIPANTS', 'PRESENTATION', 'OUESTIONS AND ANSWERS', 'DISCLAIMER'],
    );
    const qa = symbols[4];
    assert.deepEqual(
      qa.children!.map((c) => c.name),
      ['Operator', 'Q1 · Priya Raman, Northgate Securities', 'Operator', 'Q2 · Hugo Brandt, Calder & Fenn Capital', 'Operator'],
    );
    assert.deepEqual(
      qa.children![1].children!.map((c) => `${c.name} (${c.detail})`),
      [
        'Priya Raman (Analyst, Northgate Securities)',
        'Tomas Lindqvist (CEO, Zephyr Widgets Corp)',
        'Priya Raman (Analyst, Northgate Securities)',
        'Tomas Lindqvist (CEO, Zephyr Widgets Corp)',
      ],
    );
    // Every child lies within its parent, and every selection range within its range.
    const within = (o: DocumentSymbol['range'], i: DocumentSymbol['range']) =>
      (o.start.line < i.start.line || (o.start.line === i.start.line && o.start.character <= i.start.character)) &&
      (i.end.line < o.end.line || (i.end.line === o.end.line && i.end.character <= o.end.character));
    const check = (s: DocumentSymbol) => {
      assert.ok(within(s.range, s.selectionRange), s.name);
      for (const c of s.children ?? []) {
        assert.ok(within(s.range, c.range), `${c.name} in ${s.name}`);
        check(c);
      }
    };
    symbols.forEach(check);
  });

  it('answers folding ranges for sections, exchanges and turns', async () => {
    const file = path.join(fixturesDir, 'streetevents-eikon.txt');
    const uri = pathToFileURL(file).toString();
    server.open(uri, readFileSync(file, 'utf8'));
    const ranges = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    const text = readFileSync(file, 'utf8').split(/\r\n/);
    const starts = ranges.map((r) => text[r.startLine].trim());
    assert.ok(starts.includes('Presentation'));
    assert.ok(starts.includes('Questions and Answers'));
    assert.ok(starts.includes('Tomas Lindqvist,  Zephyr Widgets Corp - CEO    [2]'));
    for (const r of ranges) assert.ok(r.endLine > r.startLine && r.endLine < text.length);
  });

  it('finds speakers and firms across the workspace', async () => {
    const hits = await until(async () => {
      const r = (await server.connection.sendRequest('workspace/symbol', { query: 'Northgate' })) as WorkspaceSymbol[];
      return r.length >= 2 ? r : undefined;
    }, 'workspace symbols');
    assert.ok(hits.every((h) => h.name === 'Priya Raman'));
    // The open StreetEvents calls are found; other fixtures naming her may be indexed by then too.
    const files = new Set(hits.map((h) => path.basename((h.location as { uri: string }).uri)));
    for (const f of ['streetevents-pdf.txt', 'streetevents-eikon.txt']) assert.ok(files.has(f), `${f} in ${[...files]}`);
  });
});

describe('the reference over LSP', { skip: sharedMissing }, () => {
  it('outlines 73 turns in 6 exchanges and the presentation', async () => {
    const server = await startServer();
    try {
      const uri = pathToFileURL(referencePath).toString();
      server.open(uri, readFileSync(referencePath, 'utf8'));
      const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
      const all = flatten(symbols);
      const turnKinds: SymbolKind[] = [SymbolKind.Function, SymbolKind.Event, SymbolKind.Interface];
      const turns = all.filter((x) => turnKinds.includes(x.s.kind));
      assert.equal(turns.length, 73);
      assert.equal(all.filter((x) => x.name.startsWith('Q') && x.name.includes(' · ')).length, 6);
      const folds = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
      assert.ok(folds.length >= 73 + 6);
    } finally {
      await server.stop();
    }
  });
});

describe('workspace symbols follow the files on disk', () => {
  it('adds a transcript created on disk and drops it when deleted', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tl-symbols-'));
    const server = await startServer(dir);
    try {
      const file = path.join(dir, 'new-call.txt');
      const uri = pathToFileURL(file).toString();
      const query = async () => (await server.connection.sendRequest('workspace/symbol', { query: 'Lindqvist' })) as WorkspaceSymbol[];
      assert.deepEqual(await query(), []);
      writeFileSync(file, fixture('streetevents-pdf.txt').replace(/Tomas Lindqvist/g, 'Tove Lindqvist'));
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
      const found = await until(async () => ((await query()).length ? query() : undefined), 'the created file', 30_000);
      assert.deepEqual(
        found.map((s) => s.name),
        ['Tove Lindqvist'],
      );
      unlinkSync(file);
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
      await until(async () => ((await query()).length === 0 ? true : undefined), 'the deleted file to leave the index', 30_000);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
