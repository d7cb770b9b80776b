// What must hold for any analysis of any text: every position inside the document, children
// inside their parents, folding ranges on real lines.
import assert from 'node:assert/strict';
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import type { Analysis } from '../../server/src/core/analysis';
import { foldingRanges } from '../../server/src/core/features/folding';
import { documentOutline } from '../../server/src/core/features/symbols';
import { contains } from '../../server/src/core/text';
import type { TextLines } from '../../server/src/core/text';

export function assertInside(lines: TextLines, r: Range, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines.count, `${what}: line ${p.line} of ${lines.count}`);
    assert.ok(
      Number.isInteger(p.character) && p.character >= 0 && p.character <= lines.lineEnd(p.line) - lines.lineStart(p.line),
      `${what}: character ${p.character} on line ${p.line}`,
    );
  }
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: reversed`);
}

export function assertSymbolTree(lines: TextLines, symbols: DocumentSymbol[], parent?: DocumentSymbol): void {
  for (const s of symbols) {
    assertInside(lines, s.range, `symbol ${s.name}`);
    assertInside(lines, s.selectionRange, `selection of ${s.name}`);
    assert.ok(contains(s.range, s.selectionRange), `selection of ${s.name} within its range`);
    if (parent) assert.ok(contains(parent.range, s.range), `${s.name} within ${parent.name}`);
    assertSymbolTree(lines, s.children ?? [], s);
  }
}

/** Checks the whole analysis and the outline features built on it. */
export function assertWellFormed(a: Analysis): void {
  const t = a.transcript;
  for (const s of t.sections) assertInside(a.lines, s.range, `section ${s.title}`);
  t.turns.forEach((u, i) => {
    assertInside(a.lines, u.range, `turn ${u.speaker}`);
    assertInside(a.lines, u.headerRange, `turn header ${u.speaker}`);
    assert.ok(contains(u.range, u.headerRange) || u.headerRange.start.line === u.range.start.line, `header of ${u.speaker} starts its turn`);
    assertInside(a.lines, { start: u.bodyStart, end: u.bodyStart }, `body of ${u.speaker}`);
    if (i > 0) assert.ok(t.turns[i - 1].range.end.line <= u.range.start.line, `turn ${i} after turn ${i - 1}`);
  });
  for (const x of t.exchanges) {
    assertInside(a.lines, x.range, `exchange ${x.index}`);
    for (const i of x.turns) assert.ok(contains(x.range, t.turns[i].range), `turn ${i} within exchange ${x.index}`);
  }
  for (const p of t.participants) assertInside(a.lines, p.range, `participant ${p.name}`);
  for (const f of a.figures) assertInside(a.lines, f.range, `figure ${f.text}`);
  for (const d of a.diagnostics) assertInside(a.lines, d.range, `diagnostic ${d.message}`);
  assertSymbolTree(a.lines, documentOutline(a.calls, a.lines));
  for (const f of foldingRanges(t)) assert.ok(f.startLine >= 0 && f.startLine < f.endLine && f.endLine < a.lines.count, `folding ${f.startLine}-${f.endLine}`);
}
