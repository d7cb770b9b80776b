// Folding for sections, Q&A exchanges and turns.
import { FoldingRangeKind } from 'vscode-languageserver-types';
import type { FoldingRange, Range } from 'vscode-languageserver-types';
import type { Transcript } from '../model';

export function foldingRanges(t: Transcript): FoldingRange[] {
  const out: FoldingRange[] = [];
  const seen = new Set<string>();
  const add = (r: Range, kind?: FoldingRangeKind) => {
    const key = `${r.start.line}:${r.end.line}`;
    if (r.end.line <= r.start.line || seen.has(key)) return;
    seen.add(key);
    out.push({ startLine: r.start.line, endLine: r.end.line, ...(kind ? { kind } : {}) });
  };
  for (const s of t.sections) add(s.range, s.kind === 'header' || s.kind === 'disclaimer' ? FoldingRangeKind.Comment : FoldingRangeKind.Region);
  for (const x of t.exchanges) add(x.range, FoldingRangeKind.Region);
  for (const turn of t.turns) add(turn.range);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
