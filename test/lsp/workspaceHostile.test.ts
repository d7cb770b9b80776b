// A workspace of files that are not all files: binary, empty, unreadable, huge, a FIFO, a link to
// /dev/zero, a loop of links, a link out of the folder, a name that is not UTF-8. Indexing must
// finish, read nothing outside the folder, answer requests meanwhile, and handle file events for
// such files without one of them blocking the ones after it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { generateCall, type GeneratedCall } from '../generate';
import { startServer, until, type TestServer } from './lspClient';

const analystOf = (c: GeneratedCall) => c.people[c.people.length - 1].name;

describe('indexing a hostile workspace over LSP', { skip: process.platform !== 'linux' && 'needs FIFOs, /dev/zero and byte names' }, () => {
  let root: string;
  let ws: string;
  let server: TestServer;
  const good = generateCall(301);
  const nested = generateCall(302);
  const latin1 = generateCall(303);
  const outside = generateCall(304);
  const later = generateCall(305);
  /** The name "caf\xe9.txt" in Latin-1: not UTF-8, so it only opens by its bytes. */
  let latin1Path: Buffer;
  let ended: Promise<void>;
  let answeredMeanwhile: DocumentSymbol[] | undefined;

  const symbols = async (query: string) => (await server.connection.sendRequest('workspace/symbol', { query })) as WorkspaceSymbol[];
  const uriOf = (s: WorkspaceSymbol) => (s.location as { uri: string }).uri;

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'tl-hostile-'));
    ws = path.join(root, 'ws');
    const out = path.join(root, 'outside');
    mkdirSync(path.join(ws, 'sub'), { recursive: true });
    mkdirSync(out);
    writeFileSync(path.join(out, 'secret.txt'), outside.text);
    writeFileSync(path.join(ws, 'good.txt'), good.text);
    writeFileSync(path.join(ws, 'sub', 'nested.txt'), nested.text);
    writeFileSync(path.join(ws, 'empty.txt'), '');
    writeFileSync(path.join(ws, 'binary.txt'), Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919 + (i >> 3)) % 256)));
    writeFileSync(path.join(ws, 'unreadable.txt'), good.text);
    chmodSync(path.join(ws, 'unreadable.txt'), 0);
    // Sparse: far over the index's limit without taking the disk.
    writeFileSync(path.join(ws, 'huge.txt'), '');
    truncateSync(path.join(ws, 'huge.txt'), 2 * 1024 * 1024 * 1024);
    assert.equal(spawnSync('mkfifo', [path.join(ws, 'fifo.txt')]).status, 0);
    symlinkSync('/dev/zero', path.join(ws, 'zero.txt'));
    symlinkSync(path.join(ws, 'loop-b.txt'), path.join(ws, 'loop-a.txt'));
    symlinkSync(path.join(ws, 'loop-a.txt'), path.join(ws, 'loop-b.txt'));
    symlinkSync(path.join(out, 'secret.txt'), path.join(ws, 'link-out.txt'));
    symlinkSync(out, path.join(ws, 'folder-out'));
    latin1Path = Buffer.concat([Buffer.from(`${ws}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]);
    writeFileSync(latin1Path, latin1.text);

    server = await startServer(ws);
    let done: () => void = () => undefined;
    ended = new Promise<void>((r) => (done = r));
    server.connection.onNotification('$/progress', (p: { value: { kind: string } }) => {
      if (p.value.kind === 'end') done();
    });
    // A request while the workspace is being indexed.
    server.open('untitled:open.txt', good.text);
    answeredMeanwhile = (await server.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: 'untitled:open.txt' },
    })) as DocumentSymbol[];
  });

  after(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('finishes indexing, answering requests on an open document meanwhile', async () => {
    await ended;
    assert.ok(answeredMeanwhile && answeredMeanwhile.length > 0, 'the outline of the open document');
    assert.equal(server.process.exitCode, null, 'the server is still running');
  });

  it('indexes the readable transcripts, including one whose name is not UTF-8', async () => {
    await ended;
    for (const [call, file] of [
      [good, 'good.txt'],
      [nested, 'sub/nested.txt'],
    ] as const) {
      const hits = await symbols(analystOf(call));
      assert.ok(
        hits.some((h) => uriOf(h) === pathToFileURL(path.join(ws, file)).toString()),
        `${analystOf(call)} in ${file}`,
      );
    }
    const hits = await symbols(analystOf(latin1));
    assert.ok(
      hits.some((h) => uriOf(h).endsWith('/caf%E9.txt')),
      JSON.stringify(hits.map(uriOf)),
    );
  });

  it('reads nothing outside the folder, through a link to a file or to a folder', async () => {
    await ended;
    assert.deepEqual((await symbols(analystOf(outside))).map(uriOf), []);
  });

  it('handles file events for such files without blocking the events after them', async () => {
    await ended;
    writeFileSync(path.join(ws, 'later.txt'), later.text);
    const created = (file: string) => ({ uri: pathToFileURL(file).toString(), type: 1 });
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        ...['zero.txt', 'fifo.txt', 'huge.txt', 'loop-a.txt', 'link-out.txt', 'binary.txt', 'folder-out'].map((f) => created(path.join(ws, f))),
        created(path.join(root, 'outside', 'secret.txt')),
        created(path.join(ws, 'later.txt')),
      ],
    });
    const hits = await until(
      async () => {
        const h = await symbols(analystOf(later));
        return h.length ? h : undefined;
      },
      'the file created after the hostile ones',
      20_000,
    );
    assert.equal(uriOf(hits[0]), pathToFileURL(path.join(ws, 'later.txt')).toString());
    assert.deepEqual((await symbols(analystOf(outside))).map(uriOf), [], 'an event for a file outside is not read either');
    const outline = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'untitled:open.txt' } })) as DocumentSymbol[];
    assert.ok(outline.length > 0);
  });
});
