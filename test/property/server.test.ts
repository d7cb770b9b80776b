// Properties of the real language server over stdio: incremental edits (didChange) answer exactly
// as the same text opened fresh; random text and positions never get an error or a position
// outside the document.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { DocumentSymbol, FoldingRange, Hover, Position } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextLines } from '../../server/src/core/text';
import { startServer, until } from '../lsp/lspClient';
import type { TestServer } from '../lsp/lspClient';
import { anyText, baseName, baseTexts, concreteEdits, edits, lineEnds, runs, withLineEnds } from './arbitraries';
import { assertInside, assertSymbolTree } from './invariants';

const bases = baseTexts();
const textOf = (name: string) => bases.find((b) => b.name === name)!.text;

/** Positions spread over a text, from fractions. */
const spots = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 });

describe('server properties', () => {
  let server: TestServer;
  let n = 0;
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  const request = <T>(method: string, uri: string, extra: object = {}) =>
    server.connection.sendRequest(method, { textDocument: { uri }, ...extra }) as Promise<T>;
  const outline = async (uri: string) => ({
    symbols: await request<DocumentSymbol[]>('textDocument/documentSymbol', uri),
    folding: await request<FoldingRange[]>('textDocument/foldingRange', uri),
  });
  const hovers = (uri: string, positions: Position[]) =>
    Promise.all(positions.map((position) => request<Hover | null>('textDocument/hover', uri, { position })));
  const close = (uri: string) => server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });

  /** The diagnostics published for a version (the server publishes every version it is left at). */
  const diagnosticsOf = async (uri: string, version: number) =>
    (
      await until(() => {
        const p = server.diagnostics.get(uri);
        return p?.version === version ? p : undefined;
      }, `diagnostics of ${uri} v${version}`)
    ).diagnostics;

  it('incremental edits give the same answers as a fresh open', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(baseName(bases), lineEnds, edits, spots, async (name, ends, spec, at) => {
        n++;
        const edited = `untitled:edited-${n}.txt`;
        const fresh = `untitled:fresh-${n}.txt`;
        const base = withLineEnds(textOf(name), ends);
        server.open(edited, base);
        let text = base;
        let version = 1;
        const { edits: concrete, result } = concreteEdits(base, spec);
        for (const [i, e] of concrete.entries()) {
          // Positions as a fresh document places them: an incrementally updated TextDocument miscounts
          // lines where a "\r" and a "\n" meet at an edit's edge.
          const doc = TextDocument.create(edited, 'transcript', version, text);
          const [start, end] = [doc.positionAt(e.start), doc.positionAt(e.end)];
          const range = e.reversed ? { start: end, end: start } : { start, end };
          text = text.slice(0, e.start) + e.insert + text.slice(e.end);
          version++;
          await server.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: edited, version },
            contentChanges: [{ range, text: e.insert }],
          });
          // Ask between some edits, so the server analyses versions it then has to drop.
          if (i % 2 === 0) assertSymbolTree(new TextLines(text), (await outline(edited)).symbols);
        }
        assert.equal(text, result);
        server.open(fresh, result);
        const lines = new TextLines(result);
        const a = await outline(edited);
        const b = await outline(fresh);
        assertSymbolTree(lines, a.symbols);
        for (const f of a.folding) assert.ok(f.startLine < f.endLine && f.endLine < lines.count);
        assert.deepEqual(a, b);
        const positions = at.map((x) => lines.positionAt(Math.floor(x * result.length)));
        // A hover card links to its own document (a judgement's lines, the history command): the
        // two documents' cards differ by their URIs alone.
        const relabel = (uri: string, ds: unknown) => JSON.parse(JSON.stringify(ds).replaceAll(uri, 'U').replaceAll(encodeURIComponent(uri), 'U'));
        const [ha, hb] = [await hovers(edited, positions), await hovers(fresh, positions)];
        assert.deepEqual(relabel(edited, ha), relabel(fresh, hb));
        for (const h of ha) if (h?.range) assertInside(lines, h.range, 'hover');
        assert.deepEqual(relabel(edited, await diagnosticsOf(edited, version)), relabel(fresh, await diagnosticsOf(fresh, 1)));
        await close(edited);
        await close(fresh);
      }),
      { numRuns: runs(12) },
    );
  });

  it('random text and positions far outside it get answers, never errors', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        anyText,
        fc.array(fc.record({ line: fc.nat({ max: 2_000_000 }), character: fc.nat({ max: 2_000_000 }) }), { maxLength: 4 }),
        async (text, far) => {
          n++;
          const uri = `untitled:random-${n}.txt`;
          server.open(uri, text);
          const lines = new TextLines(text);
          const { symbols, folding } = await outline(uri);
          assertSymbolTree(lines, symbols);
          for (const f of folding) assert.ok(f.startLine < f.endLine && f.endLine < lines.count);
          for (const h of await hovers(uri, [...far, { line: 0, character: 0 }])) if (h?.range) assertInside(lines, h.range, 'hover');
          await close(uri);
        },
      ),
      { numRuns: runs(40) },
    );
    assert.equal(server.process.exitCode, null, 'the server is still running');
  });
});
