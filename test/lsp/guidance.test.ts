// Guidance diagnostics published by the real server over stdio.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { referencePath, sharedMissing, sharedTranscripts } from '../paths';
import { startServer, until } from './lspClient';
import type { TestServer } from './lspClient';

const codes = (ds: Diagnostic[]) => ds.map((d) => d.code).sort();

describe('guidance diagnostics over LSP: the reference', { skip: sharedMissing }, () => {
  let server: TestServer;
  const uri = pathToFileURL(referencePath).toString();
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  const published = (what: string, test: (p: PublishDiagnosticsParams) => boolean) =>
    until(() => {
      const p = server.diagnostics.get(uri);
      return p && test(p) ? p.diagnostics : undefined;
    }, what);

  it('publishes the judgements with related information', async () => {
    server.open(uri, readFileSync(referencePath, 'utf8'));
    const ds = await published('diagnostics', (p) => p.diagnostics.length > 0);
    assert.deepEqual(codes(ds), [
      'expectation.miss',
      'guidance.beat',
      'guidance.beat',
      'guidance.beat',
      'guidance.beat',
      'guidance.beat',
      'guidance.inline',
      'guidance.lowered',
      'guidance.lowered',
      'guidance.miss',
      'guidance.miss',
      'guidance.raised',
      'guidance.raised',
    ]);
    for (const d of ds) {
      assert.equal(d.source, 'Transcript Lens');
      assert.equal(d.relatedInformation?.[0].location.uri, uri);
    }
    // Both misses are against October guidance that November replaced: hints, under the warning on
    // the latest statement of the call (the Ericsson-channel expectation).
    assert.deepEqual(
      ds.filter((d) => d.code === 'guidance.miss').map((d) => d.severity),
      [4, 4],
    );
    assert.equal(ds.find((d) => d.code === 'expectation.miss')?.severity, 2);
    assert.equal(ds.find((d) => d.code === 'guidance.inline')?.severity, 4);
  });

  it('shows the ledger line on the hover card of the actual', async () => {
    const ds = await published('diagnostics', (p) => p.diagnostics.length > 0);
    const beat = ds.find((d) => d.code === 'guidance.beat' && d.message.startsWith('Revenue'));
    assert.ok(beat);
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: beat.range.start })) as {
      contents: { value: string };
    };
    const card = hover.contents.value;
    assert.match(card, /\*\*Ledger\*\*/);
    assert.match(
      card,
      /`guidance\.beat` Revenue \$91\.4M beat guidance \$87M \(October\): \+\$4\.4M, \+5\.1%; superseded by revised guidance \$91M \(November\) — \[line 73\]/,
    );
    assert.match(card, /`guidance\.inline` Revenue \$91\.4M in line with revised guidance \$91M \(November\)/);
  });

  it('follows the severity settings, including off', async () => {
    await server.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { transcriptLens: { diagnostics: { guidance: { inline: 'off', miss: 'error', beat: 'warning' } } } },
    });
    const ds = await published('settings applied', (p) => !p.diagnostics.some((d) => d.code === 'guidance.inline'));
    assert.equal(ds.length, 12);
    // The configured severity is the latest guidance's; against replaced guidance a judgement stays a hint.
    const superseded = (d: Diagnostic) => (d.data as { superseded: boolean }).superseded;
    assert.ok(ds.filter((d) => d.code === 'guidance.beat').every((d) => d.severity === (superseded(d) ? 4 : 2)));
    assert.ok(ds.filter((d) => d.code === 'guidance.miss').every((d) => superseded(d) && d.severity === 4));
  });
});

describe('guidance diagnostics over LSP: across calls', { skip: sharedMissing }, () => {
  let server: TestServer;
  const dir = path.join(sharedTranscripts, 'streetevents_eikon_txt');
  const aprUri = pathToFileURL(path.join(dir, '2016-Apr-21-AMD.txt')).toString();
  const julUri = pathToFileURL(path.join(dir, '2016-Jul-21-AMD.txt')).toString();
  before(async () => {
    server = await startServer(dir);
  });
  after(() => server.stop());

  const revenueJudgement = (uri: string, code: string) =>
    until(() => server.diagnostics.get(uri)?.diagnostics.find((d) => d.code === code && /^Revenue \$/.test(d.message)), `${code} in ${uri}`, 20_000);

  it('shows progress while indexing and judges the July call against the April guidance', async () => {
    server.open(julUri, readFileSync(new URL(julUri), 'utf8'));
    const beat = await revenueJudgement(julUri, 'guidance.beat');
    assert.match(beat.message, /\$1\.027B beat guidance \$931\.8M–\$981\.8M/);
    assert.equal(beat.relatedInformation?.[0].location.uri, aprUri);
    await until(() => (server.progress.some((p) => p.value.kind === 'end') ? true : undefined), 'the end of indexing');
    const kinds = server.progress.map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
  });

  it('updates when the earlier call is edited, and hints the outcome on the earlier guidance', async () => {
    const text = readFileSync(new URL(aprUri), 'utf8');
    server.open(aprUri, text);
    const outcome = await until(
      () => server.diagnostics.get(aprUri)?.diagnostics.find((d) => d.code === 'guidance.outcome' && d.message.includes('Revenue $1.027B')),
      'the outcome hint in the April call',
    );
    assert.match(outcome.message, /^Outcome \(Q2 2016 call, 2016-07-21\): beat/);
    assert.equal(outcome.relatedInformation?.[0].location.uri, julUri);
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: aprUri }, position: outcome.range.start })) as {
      contents: { value: string };
    };
    assert.match(hover.contents.value, /`guidance\.outcome` Outcome \(Q2 2016 call, 2016-07-21\): beat .* — \[2016-Jul-21-AMD\.txt line 91\]/);
    const raised = text.replace('increase 15% sequentially', 'increase 35% sequentially');
    assert.notEqual(raised, text);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: aprUri, version: 2 },
      contentChanges: [{ text: raised }],
    });
    const miss = await revenueJudgement(julUri, 'guidance.miss');
    assert.match(miss.message, /missed guidance \$1\.098B–\$1\.148B/);
  });
});
