// The cross-call index over LSP on fictional calls copied to a temporary workspace: judgements
// into the earlier file, updates when that file changes on disk, and requests answered while
// thousands of files are indexed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fixture } from '../paths';
import { startServer, until } from './lspClient';
import type { TestServer } from './lspClient';

const Q1 = fixture('harbor-kites-q1-2031.txt');
const Q2 = fixture('harbor-kites-q2-2031.txt');
/** Other companies' calls, to make the workspace large. */
const other = (i: number) => Q2.replace(/HKIT/g, `OT${i}`).replace(/Harbor Kites/g, `Other ${i}`);
const FILLERS = 1500;

describe('cross-call index over LSP', () => {
  let server: TestServer;
  let dir: string;
  let q1: string;
  let q2: string;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tl-index-'));
    q1 = path.join(dir, 'HKIT-Q1-2031.txt');
    q2 = path.join(dir, 'HKIT-Q2-2031.txt');
    writeFileSync(q1, Q1);
    writeFileSync(q2, Q2);
    for (let i = 0; i < FILLERS; i++) {
      writeFileSync(path.join(dir, `other-${i}.txt`), other(i));
    }
    server = await startServer(dir);
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const judgement = (code: string, metric: RegExp) =>
    until(
      () => server.diagnostics.get(pathToFileURL(q2).toString())?.diagnostics.find((d: Diagnostic) => d.code === code && metric.test(d.message)),
      `${code} ${metric}`,
      60_000,
    );

  it('answers requests while the index builds, then judges the later call against the earlier file', async () => {
    const uri = pathToFileURL(q2).toString();
    server.open(uri, Q2);
    await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(!server.progress.some((p) => p.value.kind === 'end'), 'a request was answered before indexing ended');
    const beat = await judgement('guidance.beat', /^Revenue/);
    assert.match(beat.message, /^Revenue \$57\.5M beat guidance \$54M–\$56M \(Q1 2031 call, 2031-04-22\): \+\$1\.5M, \+2\.7% above the range$/);
    assert.equal(beat.relatedInformation?.[0].location.uri, pathToFileURL(q1).toString());
    await judgement('guidance.miss', /^Gross margin 44\.2% missed guidance approximately 45%/);
  });

  it('updates when the earlier file changes on disk', async () => {
    writeFileSync(q1, Q1.replace('approximately 45%', 'approximately 44%'));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(q1).toString(), type: 2 }] });
    await judgement('guidance.beat', /^Gross margin 44\.2% beat guidance approximately 44%/);
  });
});
