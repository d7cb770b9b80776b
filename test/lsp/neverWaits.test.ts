// No document waits behind another: while a merged file of one company's calls (one fictional
// call repeated) is judged, requests on another open document are answered; a request cancelled
// is answered as cancelled. Ordering is asserted, not time.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { generateCall } from '../generate';
import { fixture } from '../paths';
import { DEFAULT_SEVERITY } from '../../server/src/core';
import { startServer, until } from './lspClient';
import type { TestServer } from './lspClient';

const COPIES = 150;
const call = generateCall(7);
const BIG = Array.from({ length: COPIES }, () => call.text).join('\n');
const bigUri = 'untitled:merged-calls.txt';
const smallUri = 'untitled:figures-call.txt';
const SMALL = fixture('figures-call.txt');

describe('requests never wait behind a publish', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  it("answers a hover on another document before the merged file's diagnostics are published", async () => {
    const events: string[] = [];
    // In place of the client's own handler, which keeps the latest set per document: so does this one.
    server.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      server.diagnostics.set(p.uri, p);
      events.push(`diagnostics ${p.uri === bigUri ? 'big' : 'small'}`);
    });
    server.open(smallUri, SMALL);
    server.open(bigUri, BIG);
    // The outline comes from the structure alone; the publish timer (150 ms after opening) has
    // started on the figures of the calls by the time it is answered and a moment has passed.
    const outline = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: bigUri } })) as DocumentSymbol[];
    assert.equal(outline.length, COPIES);
    events.push('outline big');
    await new Promise((r) => setTimeout(r, 300));
    const line = SMALL.split('\n').findIndex((l) => /\$\d/.test(l));
    const character = SMALL.split('\n')[line].search(/\$\d/) + 1;
    const hover = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: smallUri },
      position: { line, character },
    })) as Hover | null;
    assert.ok(hover, 'a hover card on the small document');
    events.push('hover small');
    for (;;) {
      if (events.includes('diagnostics big')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(events.indexOf('hover small') < events.indexOf('diagnostics big'), events.join(', '));
    assert.ok(events.indexOf('outline big') < events.indexOf('diagnostics big'), events.join(', '));
  });

  it('publishes nothing, and still answers, when every diagnostic code is off', async () => {
    const uri = 'untitled:all-off.txt';
    const published = () => server.diagnostics.get(uri);
    const off = Object.fromEntries(Object.keys(DEFAULT_SEVERITY).map((code) => [`diagnostics.${code}`, 'off']));
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { transcriptLens: off } });
    server.open(uri, call.text);
    const outline = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.ok(outline.length > 0);
    const ds = await until(() => published()?.diagnostics, 'diagnostics of the document');
    assert.deepEqual(ds, []);
    // Turned on again, the same document has judgements: the empty set was the settings', not the text's.
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { transcriptLens: {} } });
    await until(() => (published()?.diagnostics.length ? true : undefined), 'diagnostics once codes are on again');
  });

  it('answers a cancelled request as cancelled', async () => {
    // A new version: its analysis is made in steps, so the cancellation arrives while it runs.
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: bigUri, version: 2 }, contentChanges: [{ text: `${BIG}\n` }] });
    const source = new (await import('vscode-languageserver-protocol')).CancellationTokenSource();
    const pending = server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: bigUri } }, source.token);
    source.cancel();
    await assert.rejects(pending, (e: { code?: number }) => e.code === -32800);
    // The server goes on answering.
    const outline = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: bigUri } })) as DocumentSymbol[];
    assert.equal(outline.length, COPIES);
  });
});
