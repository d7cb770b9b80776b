// The document store: one analysis per version, made in steps, and the changes an analysis given
// up for a newer version took applied by the next one, so the result is the fresh analysis's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Connection } from 'vscode-languageserver/node';
import { analyse, type Analysis } from '../../server/src/core/analysis';
import { TextLines } from '../../server/src/core/text';
import { DocumentStore, nextTurn, runSteps, waitForOutput } from '../../server/src/service/documents';
import { generateCall } from '../generate';

type Handler = (params: unknown) => void;

/** The store's documents, driven as a client drives them (didOpen / didChange). */
function storeWithClient(): {
  store: DocumentStore;
  open: (uri: string, text: string) => void;
  replace: (uri: string, version: number, text: string) => void;
  change: (uri: string, version: number, at: number, text: string, current: string) => string;
} {
  const handlers = new Map<string, Handler>();
  const on = (name: string) => (h: Handler) => (handlers.set(name, h), { dispose: () => undefined });
  const connection = {
    onDidOpenTextDocument: on('open'),
    onDidChangeTextDocument: on('change'),
    onDidCloseTextDocument: on('close'),
    onWillSaveTextDocument: on('willSave'),
    onWillSaveTextDocumentWaitUntil: on('willSaveWaitUntil'),
    onDidSaveTextDocument: on('save'),
  } as unknown as Connection;
  const store = new DocumentStore();
  store.documents.listen(connection);
  return {
    store,
    open: (uri, text) => handlers.get('open')!({ textDocument: { uri, languageId: 'transcript', version: 1, text } }),
    replace: (uri, version, text) => handlers.get('change')!({ textDocument: { uri, version }, contentChanges: [{ text }] }),
    change(uri, version, at, text, current) {
      const p = new TextLines(current).positionAt(at);
      handlers.get('change')!({ textDocument: { uri, version }, contentChanges: [{ range: { start: p, end: p }, text }] });
      return current.slice(0, at) + text + current.slice(at);
    },
  };
}

/** What an analysis says of the structure. */
const outline = (a: Analysis | null) => a && { transcript: a.transcript, starts: a.calls.map((c) => c.start) };

// Fictional calls, the same one repeated: a merged file long enough to be analysed in many steps.
const MERGED = Array.from({ length: 40 }, () => generateCall(21).text).join('\n');

describe('document store', () => {
  it('makes one analysis per version: requests for the same version share it', async () => {
    const { store, open } = storeWithClient();
    open('untitled:a', MERGED);
    const [a, b] = await Promise.all([store.analysis('untitled:a'), store.analysis('untitled:a')]);
    assert.ok(a);
    assert.equal(a, b);
    assert.equal(store.current('untitled:a'), a);
  });

  it('gives up an analysis for a newer version and applies the changes it took before the newer ones', async () => {
    const { store, open, change } = storeWithClient();
    const uri = 'untitled:b';
    open(uri, MERGED);
    await store.analysis(uri);
    // Version 2 is asked for, then version 3 arrives before it is made.
    let text = change(uri, 2, MERGED.indexOf('Operator') + 3, 'x', MERGED);
    const two = store.analysis(uri);
    text = change(uri, 3, text.length - 10, 'We expect revenue of $5 million. ', text);
    const three = await store.analysis(uri);
    assert.equal(await two, three, 'the request for version 2 is answered from the newest version');
    assert.deepEqual(outline(three), outline(analyse(text)));
  });

  it('gives up a fresh analysis midway for a newer version, which reads the text afresh', async () => {
    const { store, open, replace, change } = storeWithClient();
    const uri = 'untitled:d';
    open(uri, MERGED);
    await store.analysis(uri);
    let text = `${MERGED}\n`;
    replace(uri, 2, text);
    const two = store.analysis(uri);
    await new Promise((r) => setImmediate(r)); // a step or two of version 2
    text = change(uri, 3, 40, 'x', text);
    const three = await store.analysis(uri);
    assert.equal(await two, three);
    assert.deepEqual(outline(three), outline(analyse(text)));
  });

  it('answers nothing once the request is stopped, and the analysis goes on for others', async () => {
    const { store, open } = storeWithClient();
    open('untitled:c', MERGED);
    assert.equal(await store.analysis('untitled:c', () => true), null);
    assert.ok(await store.analysis('untitled:c'));
  });
});

describe('steps', () => {
  it('holds other work back while urgent work (the outline) runs', async () => {
    const order: string[] = [];
    // Each step outlasts a stretch of work, so every step is a turn of its own.
    function* work(name: string, n: number): Generator<void, string> {
      for (let i = 0; i < n; i++) {
        const until = performance.now() + 12;
        while (performance.now() < until);
        order.push(name);
        yield;
      }
      return name;
    }
    const background = runSteps(work('b', 3), () => false);
    await nextTurn();
    const urgent = runSteps(work('u', 3), () => false, undefined, true);
    assert.deepEqual(await Promise.all([background, urgent]), ['b', 'u']);
    assert.deepEqual(order.slice(order.indexOf('u'), order.lastIndexOf('u') + 1), ['u', 'u', 'u']);
  });

  it('waits while output is pending: an answer made goes out before more work is done', async () => {
    let pending: Promise<void> | null = null;
    let flush: () => void = () => undefined;
    waitForOutput(() => pending);
    try {
      const done: number[] = [];
      function* work(): Generator<void, string> {
        for (let i = 0; i < 3; i++) {
          const until = performance.now() + 12;
          while (performance.now() < until);
          done.push(i);
          yield;
        }
        return 'done';
      }
      const running = runSteps(work(), () => false);
      // The first stretch runs; then an answer is being written and the steps wait for it.
      assert.deepEqual(done, [0]);
      pending = new Promise((resolve) => (flush = resolve));
      for (let i = 0; i < 5; i++) await nextTurn();
      assert.deepEqual(done, [0]);
      pending = null;
      flush();
      assert.equal(await running, 'done');
      assert.deepEqual(done, [0, 1, 2]);
      // Stopped meanwhile: nothing more is done once the output is out.
      const stopped: number[] = [];
      let stop = false;
      function* more(): Generator<void, string> {
        for (let i = 0; i < 3; i++) {
          const until = performance.now() + 12;
          while (performance.now() < until);
          stopped.push(i);
          yield;
        }
        return 'more';
      }
      pending = new Promise((resolve) => (flush = resolve));
      const given = runSteps(more(), () => stop);
      stop = true;
      pending = null;
      flush();
      assert.equal(await given, null);
      assert.deepEqual(stopped, []);
    } finally {
      waitForOutput(() => null);
    }
  });
});
