// Merged files: several calls one after another, each read as the transcript it is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SymbolKind } from 'vscode-languageserver-types';
import { analyse, analysisSteps } from '../../server/src/core/analysis';
import { acrossJudgements, acrossJudgementSteps, companyGroups, documentJudgements } from '../../server/src/core/calls';
import { documentOutline } from '../../server/src/core/features/symbols';
import { DEFAULT_TOLERANCE } from '../../server/src/core/ledger/judge';
import { generateCall } from '../generate';
import { label } from './periodLabels';
import { fixture } from '../paths';

const calls = [generateCall(31), generateCall(32), generateCall(33)];
const merged = calls.map((c) => c.text).join('\n\n');

describe('a merged file', () => {
  const a = analyse(merged);

  it('is split at each provider banner, and each call keeps its own header', () => {
    assert.equal(a.calls.length, 3);
    a.calls.forEach((c, i) => {
      assert.equal(c.transcript.meta.ticker, calls[i].ticker);
      assert.equal(label(c.transcript.meta.period), calls[i].period);
      assert.equal(c.transcript.turns.length, calls[i].turns);
    });
    assert.equal(
      a.transcript.turns.length,
      calls.reduce((n, c) => n + c.turns, 0),
    );
  });

  it('is split in steps: no step of a large merged file looks at all its lines for banners', () => {
    const many = Array.from({ length: 120 }, (_, i) => generateCall(100 + (i % 7)).text).join('\n');
    const lines = many.split('\n').length;
    const steps = analysisSteps(many);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    const b = step.value;
    assert.equal(b.calls.length, 120);
    // A yield per call parsed, one after the line index, and one per 20,000 lines sought for banners.
    assert.ok(lines > 40_000, `${lines} lines`);
    assert.ok(yields >= 120 + 1 + Math.floor(lines / 20_000), `${yields} yields for ${lines} lines`);
    assert.deepEqual(
      b.calls.map((c) => c.start),
      analyse(many).calls.map((c) => c.start),
    );
  });

  it("reads a call's figures in steps, a turn at a time, and a reading left midway is finished where it stopped", () => {
    let yields = 0;
    for (const steps = analyse(calls[0].text).calls[0].readFigures(); !steps.next().done;) yields++;
    assert.ok(yields >= calls[0].turns, `${yields} yields for ${calls[0].turns} turns`);
    const [first] = analyse(calls[0].text).calls;
    const steps = first.readFigures();
    // Half the turns read in steps, then the figures asked for at once (a hover meanwhile).
    for (let k = 0; k < calls[0].turns / 2; k++) steps.next();
    const figures = first.figures;
    assert.ok(steps.next().done, 'nothing left to read in steps');
    assert.ok(figures.length > 0);
    assert.deepEqual(figures, analyse(calls[0].text).calls[0].figures);
  });

  it("judges a company's calls across in steps, a call at a time, as at once", () => {
    // A company's two quarters: the first quarter's guidance judged against what the second reports.
    const quarters = analyse([fixture('harbor-kites-q1-2031.txt'), fixture('harbor-kites-q2-2031.txt')].join('\n')).calls;
    const [group] = companyGroups(quarters);
    assert.equal(group.length, 2);
    const steps = acrossJudgementSteps(quarters, group, DEFAULT_TOLERANCE);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    assert.ok(yields >= 2, `${yields} yields for 2 calls`);
    assert.ok(step.value.length > 0, 'judgements across the copies');
    assert.deepEqual(step.value, acrossJudgements(quarters, group, DEFAULT_TOLERANCE));
  });

  it('numbers turns and exchanges through the document, in document lines', () => {
    const t = a.transcript;
    for (let i = 1; i < t.turns.length; i++) assert.ok(t.turns[i - 1].range.end.line <= t.turns[i].range.start.line);
    t.exchanges.forEach((x, i) => assert.equal(x.index, i + 1));
    for (const f of a.figures) {
      if (f.turn === null) continue;
      const turn = t.turns[f.turn];
      assert.ok(turn.range.start.line <= f.range.start.line && f.range.end.line <= turn.range.end.line, `${f.text} in the turn of ${turn.speaker}`);
      assert.equal(f.speaker, turn.speaker);
    }
  });

  it('gives one outline node per call, named by its ticker and period', () => {
    const outline = documentOutline(a.calls, a.lines);
    assert.equal(outline.length, 3);
    outline.forEach((node, i) => {
      assert.equal(node.kind, SymbolKind.Module);
      assert.ok(node.name.includes(calls[i].ticker) && node.name.includes(calls[i].period), node.name);
      assert.equal(node.range.start.line, a.calls[i].start);
      assert.ok((node.children ?? []).some((s) => s.name.toLowerCase().includes('presentation')));
    });
  });

  it('judges each call on its own period: every call has judgements where it stands', () => {
    const judgements = documentJudgements(a.calls, DEFAULT_TOLERANCE);
    const ends = [...a.calls.slice(1).map((c) => c.start), a.lines.count];
    a.calls.forEach((c, i) => {
      const own = judgements.filter((j) => j.subject.statement.figure.range.start.line >= c.start && j.subject.statement.figure.range.start.line < ends[i]);
      assert.ok(own.length > 0, `call ${i}`);
      for (const j of own) assert.ok(j.subject.statement.period.year > 0);
    });
  });

  it('is one call when the banner comes after blank lines only, or inside prose', () => {
    assert.equal(analyse(`\n\n${calls[0].text}`).calls.length, 1);
    const prose = calls[0].text.replace('PRESENTATION', 'PRESENTATION\n\nAs THOMSON REUTERS STREETEVENTS reports, nothing splits here.');
    assert.equal(analyse(prose).calls.length, 1);
  });
});
