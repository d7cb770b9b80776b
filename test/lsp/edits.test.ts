// Incremental sync over real LSP: a merged file edited change by change ends with the outline,
// diagnostics and hovers a fresh open of the final text gives.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextLines } from '../../server/src/core/text';
import { generateCall } from '../generate';
import { startServer, until, type TestServer } from './lspClient';

/** A hover as JSON with its document's URI taken out: as written, and URI-encoded in the history link's arguments. */
function withoutUri(h: Hover | null, uri: string): string | null {
  return (
    h &&
    JSON.stringify(h)
      .replaceAll(uri, 'U')
      .replaceAll(encodeURIComponent(JSON.stringify(uri)), 'U')
  );
}

const calls = [generateCall(21), generateCall(22), generateCall(23)];
const base = calls.map((c) => c.text).join('\n');

/** Edits as an editor sends them: typing, a new line, a deleted stretch across a turn, a banner typed. */
/** The first place at or after a fraction of the text where `what` is, so edits land on real words. */
const near = (fraction: number, what: string) => (t: string) => t.indexOf(what, Math.floor(t.length * fraction));

/** Edits as an editor sends them: typing, a new line, a deleted stretch across a turn, a banner typed, a figure changed. */
const edits: { at: (text: string) => number; remove: number; insert: string }[] = [
  { at: near(0.5, 'Operator'), remove: 0, insert: 'x' },
  { at: near(0.3, 'revenue'), remove: 0, insert: '\n' },
  { at: near(0.25, 'expect'), remove: 400, insert: '' },
  { at: near(0.97, '\n'), remove: 0, insert: '\nTHOMSON REUTERS STREETEVENTS\n' },
  { at: near(0.02, '$'), remove: 1, insert: '$9' },
  { at: near(0.7, 'million'), remove: 0, insert: '0' },
];

async function state(server: TestServer, uri: string, version: number) {
  const published = await until(() => {
    const p = server.diagnostics.get(uri);
    return p && p.version === version ? p : undefined;
  }, `diagnostics of version ${version}`);
  const outline = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
  const positions = published.diagnostics.slice(0, 40).map((d) => d.range.start);
  const hovers: (Hover | null)[] = [];
  for (const position of positions)
    hovers.push((await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as Hover | null);
  return { diagnostics: (published as PublishDiagnosticsParams).diagnostics, outline, hovers };
}

describe('edits over LSP incremental sync', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => server.stop());

  it('end where a fresh open of the same text ends', async () => {
    const uri = 'untitled:edited';
    server.open(uri, base);
    let text = base;
    let version = 1;
    await state(server, uri, version);
    for (const e of edits) {
      const lines = new TextLines(text);
      const from = e.at(text);
      assert.ok(from >= 0);
      const to = from + e.remove;
      text = text.slice(0, from) + e.insert + text.slice(to);
      version++;
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: lines.positionAt(from), end: lines.positionAt(to) }, text: e.insert }],
      });
    }
    const edited = await state(server, uri, version);
    const freshUri = 'untitled:fresh';
    server.open(freshUri, text);
    const fresh = await state(server, freshUri, 1);
    // Enough judgements for the comparison to mean something. (The generated calls' numbers are random:
    // most recalled guidance is far from its result, and the ledger does not judge what far apart.)
    assert.ok(fresh.diagnostics.length > 8, `${fresh.diagnostics.length} diagnostics`);
    assert.ok(fresh.outline.length >= 3, `${fresh.outline.length} calls in the outline`);
    assert.deepEqual(
      JSON.parse(JSON.stringify(edited.diagnostics).replaceAll(uri, 'U')),
      JSON.parse(JSON.stringify(fresh.diagnostics).replaceAll(freshUri, 'U')),
    );
    assert.deepEqual(edited.outline, fresh.outline);
    assert.deepEqual(
      edited.hovers.map((h) => withoutUri(h, uri)),
      fresh.hovers.map((h) => withoutUri(h, freshUri)),
    );
  });

  it('count a "\\r" and a "\\n" that meet at an edit\'s edge as one line break, and read reversed ranges as the store does', async () => {
    // The second call with old Mac line breaks ("\r" alone), the others with "\n".
    const mixed = [calls[0].text, calls[1].text.replace(/\n/g, '\r'), calls[2].text].join('\n');
    const uri = 'untitled:joined';
    server.open(uri, mixed);
    let text = mixed;
    let version = 1;
    const change = async (from: number, to: number, insert: string, reversed = false) => {
      const lines = new TextLines(text);
      const [start, end] = [lines.positionAt(from), lines.positionAt(to)];
      text = text.slice(0, from) + insert + text.slice(to);
      version++;
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: reversed ? { start: end, end: start } : { start, end }, text: insert }],
      });
    };
    await state(server, uri, version);
    const inFirst = text.indexOf('\n', text.indexOf('Operator'));
    await change(inFirst, inFirst, '\r'); // "\r" typed before a "\n"
    const inSecond = text.indexOf('\r', calls[0].text.length + 200) + 1;
    await change(inSecond, inSecond, '\n'); // "\n" typed after a "\r"
    const stretch = text.indexOf('expect', calls[0].text.length + 400);
    await change(stretch, stretch + 30, 'Z', true); // a range sent end first
    const edited = await state(server, uri, version);
    const fresh = await state(server, 'untitled:joined-fresh', (server.open('untitled:joined-fresh', text), 1));
    assert.deepEqual(
      JSON.parse(JSON.stringify(edited.diagnostics).replaceAll(uri, 'U')),
      JSON.parse(JSON.stringify(fresh.diagnostics).replaceAll('untitled:joined-fresh', 'U')),
    );
    assert.deepEqual(edited.outline, fresh.outline);
    assert.deepEqual(
      edited.hovers.map((h) => withoutUri(h, uri)),
      fresh.hovers.map((h) => withoutUri(h, 'untitled:joined-fresh')),
    );
  });
});
