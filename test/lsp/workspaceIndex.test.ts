// The cross-call index over LSP on fictional calls written to a temporary workspace: judgements
// into the earlier file, updates when that file changes on disk, and requests answered while
// thousands of files are indexed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { startServer, until } from './lspClient';
import type { TestServer } from './lspClient';

/** A fictional StreetEvents-style call of Harbor Kites Inc. with one executive turn. */
function call(ticker: string, period: string, date: string, remarks: string): string {
  return [
    'THOMSON REUTERS STREETEVENTS', '', 'EDITED TRANSCRIPT', '',
    `${ticker} - ${period} Harbor Kites Inc. Earnings Conference Call`, '',
    `EVENT DATE/TIME: ${date} / 9:00PM GMT`, '', '',
    'CORPORATE PARTICIPANTS', '', 'Lena Ortiz Harbor Kites Inc - CFO', '',
    'CONFERENCE CALL PARTICIPANTS', '', 'Omar Said Pell & Co - Analyst', '',
    'PRESENTATION', '', 'Operator', '', 'Welcome to the call.', '',
    'Lena Ortiz - Harbor Kites Inc - CFO', '', remarks, '',
    'QUESTIONS AND ANSWERS', '', 'Operator', '', 'This concludes the call.', '',
  ].join('\n');
}

const Q1 = (margin: string) =>
  call('HKIT', 'Q1 2031', 'APRIL 22, 2031',
    `Revenue for the first quarter was $50 million. For the second quarter, we expect revenue of $54 million to $56 million and gross margin of approximately ${margin}.`);
const Q2 = call('HKIT', 'Q2 2031', 'JULY 22, 2031', 'Revenue for the second quarter was $57.5 million. Gross margin for the second quarter was 44.2%.');
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
    writeFileSync(q1, Q1('45%'));
    writeFileSync(q2, Q2);
    for (let i = 0; i < FILLERS; i++) {
      writeFileSync(path.join(dir, `other-${i}.txt`), call(`OT${i}`, 'Q2 2031', 'JULY 01, 2031', `Revenue was $${i + 1} million.`).replace(/Harbor Kites/g, `Other ${i}`));
    }
    server = await startServer(dir);
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const judgement = (code: string, metric: RegExp) =>
    until(() => server.diagnostics.get(pathToFileURL(q2).toString())?.diagnostics.find((d: Diagnostic) => d.code === code && metric.test(d.message)), `${code} ${metric}`, 60_000);

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
    writeFileSync(q1, Q1('44%'));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(q1).toString(), type: 2 }] });
    await judgement('guidance.beat', /^Gross margin 44\.2% beat guidance approximately 44%/);
  });
});
