// Bad input over real LSP: the size-limit setting (outline only, with a message), huge and odd
// documents, requests for documents the server does not have. Never an error response.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { TextLines } from '../../server/src/core/text';
import { fixture } from '../paths';
import { assertSymbolTree } from '../property/invariants';
import { startServer, until } from './lspClient';
import type { TestServer } from './lspClient';

describe('bad input over LSP', () => {
  let server: TestServer;
  const messages: string[] = [];
  before(async () => {
    server = await startServer(undefined, { maxFileSizeMB: 1 });
    server.connection.onNotification('window/showMessage', (p: { message: string }) => messages.push(p.message));
  });
  after(() => server.stop());

  const symbols = (uri: string) => server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as Promise<DocumentSymbol[]>;
  const hover = (uri: string, line: number, character: number) =>
    server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }) as Promise<Hover | null>;

  const single = fixture('streetevents-pdf.txt');
  const revenue = new TextLines(single);
  let figureAt = { line: 0, character: 0 };
  for (let i = 0; i < revenue.count; i++) {
    const c = revenue.line(i).indexOf('$12.5 million');
    if (c >= 0) {
      figureAt = { line: i, character: c + 2 };
      break;
    }
  }

  it('above maxFileSizeMB computes only the outline and says so; a new setting re-analyses', async () => {
    const big = single.repeat(Math.ceil((1.2 * 1024 * 1024) / single.length));
    const uri = 'untitled:big.txt';
    server.open(uri, big);
    const outline = await symbols(uri);
    assert.ok(outline.length > 100, 'the outline is there');
    assert.equal(await hover(uri, figureAt.line, figureAt.character), null, 'no figures above the limit');
    await until(() => (messages.some((m) => /only the outline/.test(m)) ? true : undefined), 'the size-limit message');

    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { transcriptLens: { maxFileSizeMB: 5 } } });
    const h = await hover(uri, figureAt.line, figureAt.character);
    assert.ok(h, 'figures once under the new limit');
  });

  it('answers odd and huge documents without errors or positions outside them', { timeout: 120_000 }, async () => {
    const docs: [string, string][] = [
      ['empty', ''],
      ['binary', '\u0000\u0001\uFFFD\ud800\r\r\n\u0085\u2028'.repeat(1000)],
      ['one 5 MB line', 'Revenue was $5 million - Jane Roe - Acme - CEO: '.repeat(100_000)],
      ['half a speaker line', 'PRESENTATION\n\nOperator\n\nGood day.\n\nMira J. Oka'],
    ];
    for (const [name, text] of docs) {
      const uri = `untitled:${name.replace(/\W/g, '-')}.txt`;
      server.open(uri, text);
      assertSymbolTree(new TextLines(text), await symbols(uri));
      await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
      assert.equal(await hover(uri, 1_000_000, 1_000_000), null, name);
      await hover(uri, 0, 3);
    }
  });

  it('answers requests for documents it does not have', async () => {
    assert.deepEqual(await symbols('untitled:never-opened.txt'), []);
    assert.equal(await hover('untitled:never-opened.txt', 0, 0), null);
  });
});
