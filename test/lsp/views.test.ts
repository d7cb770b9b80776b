// The analyst's views over real LSP on the fictional sample calls: the scorecard and outlook of a
// call, its code lens, inlay hints, Go to Definition / Find References between a result and the
// guidance it is measured against in another file, and a metric's history.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeLens, InlayHint, Location, SemanticTokens } from 'vscode-languageserver-protocol';
import { CALLS_REQUEST, HISTORY_REQUEST, SCORECARD_REQUEST, type CallSummary, type History, type Scorecard } from '../../shared/protocol';
import { FIGURE_TOKEN_TYPES } from '../../server/src/lsp/semanticTokens';
import { repoRoot } from '../paths';
import { startServer, until, type TestServer } from './lspClient';

const sample = (name: string) => path.join(repoRoot, 'samples', name);
const q3 = pathToFileURL(sample('halvard-q3-2025.txt')).toString();
const q4 = pathToFileURL(sample('halvard-q4-2025.txt')).toString();

describe('analyst views over LSP', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer(undefined, { 'views.inlayHints': true });
    server.open(q3, readFileSync(sample('halvard-q3-2025.txt'), 'utf8'));
    server.open(q4, readFileSync(sample('halvard-q4-2025.txt'), 'utf8'));
    await until(() => (server.diagnostics.get(q4)?.diagnostics.length ? true : undefined), 'the Q4 call judged against the Q3 guidance', 60_000);
  });
  after(() => server.stop());

  const scorecard = (uri: string) => server.connection.sendRequest<Scorecard | null>(SCORECARD_REQUEST, { uri, line: 0 });

  it('the scorecard lists each judged metric with its guidance from the earlier call, the actual and the verdict', async () => {
    const card = (await scorecard(q4))!;
    assert.match(card.call, /Q4 2025/);
    const revenue = card.rows.find((r) => r.metric.toLowerCase() === 'revenue' && r.period === 'Q4 2025');
    assert.ok(revenue, card.rows.map((r) => `${r.metric} ${r.period}`).join(', '));
    assert.equal(revenue.actual?.label, '$398.6M');
    const guide = revenue.guidance.find((g) => g.place.uri === q3);
    assert.ok(guide, 'the Q3 call guidance joins the row');
    assert.equal(guide.label, '$412M–$428M');
    assert.ok(guide.call, 'said in another call');
    const [verdict] = revenue.verdicts;
    assert.equal(verdict.code, 'guidance.miss');
    assert.equal(verdict.reference.uri, q3);
    // $398.6M against the middle of $412M–$428M: -5.1%.
    assert.ok(verdict.delta !== null && Math.abs(verdict.delta - ((398.6 - 420) / 420) * 100) < 1e-6, String(verdict.delta));
    assert.equal(card.counts.miss, 1);
    // Gross margin beat; EPS and the full year's revenue (against the revised outlook) in line.
    assert.equal(card.counts.beat + card.counts.inline, 3);
  });

  it("the outlook sets the call's guidance for coming periods against the previous call", async () => {
    const card = (await scorecard(q4))!;
    assert.match(card.previousCall ?? '', /halvard-q3-2025\.txt/);
    const q1 = card.outlook.filter((r) => r.period === 'Q1 2026');
    assert.ok(q1.length >= 2, card.outlook.map((r) => `${r.metric} ${r.period} ${r.change}`).join(', '));
    assert.ok(q1.every((r) => r.change === 'new' && r.before === null && r.now !== null));
    // The earlier call has no earlier call of its own in the workspace.
    const first = (await scorecard(q3))!;
    assert.equal(first.previousCall, null);
    assert.ok(first.outlook.every((r) => r.change === 'new'));
  });

  it('a code lens on the header opens the scorecard with the verdict counts', async () => {
    const lenses = await server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: q4 } });
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].command?.command, 'transcriptLens.showScorecard');
    assert.equal(lenses[0].command?.title, 'Scorecard: 1 beat · 1 miss · 2 in line');
    assert.deepEqual(lenses[0].command?.arguments, [q4, lenses[0].range.start.line]);
  });

  it('inlay hints say what a judged figure is measured against', async () => {
    const hints = await server.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: q4 },
      range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } },
    });
    assert.ok(
      hints.some((h) => h.label === 'vs guide $412M–$428M \u22125.1%'),
      hints.map((h) => h.label).join(', '),
    );
  });

  it('Go to Definition leads from the actual to the guidance in the other file, and back', async () => {
    const card = (await scorecard(q4))!;
    const revenue = card.rows.find((r) => r.metric.toLowerCase() === 'revenue' && r.period === 'Q4 2025')!;
    const defs = await server.connection.sendRequest<Location[]>('textDocument/definition', {
      textDocument: { uri: q4 },
      position: revenue.actual!.place.range.start,
    });
    assert.deepEqual(
      defs.map((d) => d.uri),
      [q3],
    );
    const back = await server.connection.sendRequest<Location[]>('textDocument/definition', { textDocument: { uri: q3 }, position: defs[0].range.start });
    assert.ok(
      back.some((d) => d.uri === q4 && d.range.start.line === revenue.actual!.place.range.start.line),
      JSON.stringify(back),
    );
    const refs = await server.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri: q4 },
      position: revenue.actual!.place.range.start,
      context: { includeDeclaration: true },
    });
    assert.deepEqual(new Set(refs.map((r) => r.uri)), new Set([q3, q4]));
  });

  it("a metric's history runs over the company's calls, oldest first", async () => {
    const h = (await server.connection.sendRequest<History | null>(HISTORY_REQUEST, { uri: q4, line: 0, metric: 'revenue', segment: null }))!;
    assert.equal(h.note, null);
    const periods = h.points.map((p) => p.period);
    assert.ok(periods.includes('Q4 2025'), periods.join(', '));
    const q4Point = h.points.find((p) => p.period === 'Q4 2025' && p.actual);
    assert.equal(q4Point?.actual?.label, '$398.6M');
    assert.ok(
      h.points.some((p) => p.period === 'Q4 2025' && p.uri === q3 && p.guidance.length),
      'the Q3 call guided Q4',
    );
    const orders = h.points.map((p) => p.order);
    assert.deepEqual(
      orders,
      [...orders].sort((a, b) => a - b),
    );
  });

  it('semantic tokens tell the actual and the guidance apart, with the types package.json declares', async () => {
    const declared = (
      JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { contributes: { semanticTokenTypes: { id: string }[] } }
    ).contributes.semanticTokenTypes.map((t) => t.id);
    assert.deepEqual(declared, FIGURE_TOKEN_TYPES);
    const { data } = await server.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: q4 } });
    const lines = readFileSync(sample('halvard-q4-2025.txt'), 'utf8').split(/\r?\n/);
    const tokens: { text: string; type: string }[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
      tokens.push({ text: lines[line].slice(char, char + data[i + 2]), type: FIGURE_TOKEN_TYPES[data[i + 3]] });
    }
    assert.equal(tokens.find((t) => t.text.includes('398.6'))?.type, 'actualFigure', JSON.stringify(tokens.slice(0, 12)));
    assert.equal(tokens.find((t) => t.text.includes('395'))?.type, 'guidanceFigure');
  });
});

describe("the workspace's calls over LSP", () => {
  it('lists every call the index read from disk, with its company and period', async () => {
    const server = await startServer(path.join(repoRoot, 'samples'));
    try {
      await until(() => (server.progress.some((p) => p.value.kind === 'end') ? true : undefined), 'indexing to end');
      const calls = await server.connection.sendRequest<CallSummary[]>(CALLS_REQUEST, {});
      const mine = calls
        .filter((c) => c.uri === q3 || c.uri === q4)
        .map((c) => `${c.company} ${c.period}`)
        .sort();
      assert.deepEqual(mine, ['Halvard Instruments Q3 2025', 'Halvard Instruments Q4 2025']);
    } finally {
      await server.stop();
    }
  });
});
