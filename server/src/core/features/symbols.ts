// The outline: header, rosters, presentation turns, Q&A exchanges with their turns; in a merged
// file, one node per call holding that call's outline.
import { SymbolKind } from 'vscode-languageserver-types';
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import { placedTranscript, type Call } from '../calls';
import type { Participant, Section, Transcript, Turn } from '../model';
import { nth } from '../lists';
import { formatPeriod } from '../period';
import { finish } from '../steps';
import { contains, type TextLines } from '../text';

export function turnDetail(t: { title: string | null; firm: string | null }): string {
  return [t.title, t.firm].filter(Boolean).join(', ');
}

function turnSymbol(t: Turn): DocumentSymbol {
  return {
    name: t.speaker,
    detail: turnDetail(t),
    kind: t.role === 'operator' ? SymbolKind.Event : t.role === 'analyst' ? SymbolKind.Interface : SymbolKind.Function,
    range: t.range,
    selectionRange: t.headerRange,
  };
}

function participantSymbol(p: Participant): DocumentSymbol {
  return { name: p.name, detail: turnDetail(p), kind: SymbolKind.Field, range: p.range, selectionRange: p.range };
}

export function headerName(t: Transcript): string {
  const parts = [t.meta.ticker ?? t.meta.company, t.meta.period && formatPeriod(t.meta.period), t.meta.date].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'Header';
}

/**
 * Indices of the items whose range starts on a line within `range`, in index order: the only ones
 * that can lie within it. A binary search over the items sorted by start line keeps the outline
 * linear in merged files with thousands of sections and turns.
 */
type StartingWithin = (range: Range) => number[];

function byStartLine(items: readonly { range: Range }[]): StartingWithin {
  const lineOf = (i: number) => nth(items, i).range.start.line;
  const order = items.map((_, i) => i).sort((a, b) => lineOf(a) - lineOf(b));
  return (range) => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lineOf(nth(order, mid)) < range.start.line) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < order.length && lineOf(nth(order, k)) <= range.end.line; k++) out.push(nth(order, k));
    return out.sort((a, b) => a - b);
  };
}

interface Within {
  participants: StartingWithin;
  exchanges: StartingWithin;
  turns: StartingWithin;
}

function sectionSymbol(t: Transcript, s: Section, within: Within, inSomeSection: boolean[]): DocumentSymbol {
  const titleEnd = s.kind === 'header' ? s.range.end : { line: s.range.start.line, character: s.range.start.character + s.title.length };
  const titleRange = s.titleRange ?? { start: s.range.start, end: titleEnd };
  const symbol: DocumentSymbol = {
    name: s.kind === 'header' ? headerName(t) : s.title,
    detail: s.kind === 'header' ? (t.meta.title ?? '') : '',
    kind: s.kind === 'header' ? SymbolKind.File : SymbolKind.Namespace,
    range: s.range,
    selectionRange: contains(s.range, titleRange) ? titleRange : s.range,
  };
  const children: DocumentSymbol[] = [];
  const turns = within.turns(s.range).filter((i) => contains(s.range, nth(t.turns, i).range));
  for (const i of turns) inSomeSection[i] = true;
  if (s.kind === 'participants') {
    for (const p of within.participants(s.range).map((i) => nth(t.participants, i))) if (contains(s.range, p.range)) children.push(participantSymbol(p));
  } else {
    const inExchange = new Set<number>();
    for (const xi of within.exchanges(s.range)) {
      const x = nth(t.exchanges, xi);
      if (!contains(s.range, x.range)) continue;
      x.turns.forEach((i) => inExchange.add(i));
      children.push({
        name: `Q${x.index} · ${x.analyst}${x.firm ? `, ${x.firm}` : ''}`,
        detail: `${x.turns.length} turn${x.turns.length === 1 ? '' : 's'}`,
        kind: SymbolKind.Class,
        range: x.range,
        selectionRange: nth(t.turns, nth(x.turns, 0)).headerRange,
        children: x.turns.map((i) => turnSymbol(nth(t.turns, i))),
      });
    }
    for (const i of turns) if (!inExchange.has(i)) children.push(turnSymbol(nth(t.turns, i)));
  }
  symbol.children = children.sort((a, b) => a.range.start.line - b.range.start.line);
  return symbol;
}

export function documentSymbols(t: Transcript): DocumentSymbol[] {
  const within: Within = { participants: byStartLine(t.participants), exchanges: byStartLine(t.exchanges), turns: byStartLine(t.turns) };
  const inSomeSection = t.turns.map(() => false);
  const symbols = t.sections.map((s) => sectionSymbol(t, s, within, inSomeSection));
  // Turns outside every section (layouts without section titles) stand at the top level.
  t.turns.forEach((turn, i) => {
    if (!inSomeSection[i]) symbols.push(turnSymbol(turn));
  });
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line);
}

/** The outline of a document: its transcript's, or, for a merged file, each call's under a node of its own. */
export function documentOutline(calls: readonly Call[], lines: TextLines): DocumentSymbol[] {
  return finish(outlineSteps(calls, lines));
}

/** `documentOutline` a call at a time: yields after each call's node, so a caller can answer requests between. */
export function* outlineSteps(calls: readonly Call[], lines: TextLines): Generator<void, DocumentSymbol[]> {
  if (calls.length === 1) return documentSymbols(nth(calls, 0).transcript);
  const out: DocumentSymbol[] = [];
  for (const [k, c] of calls.entries()) {
    const t = placedTranscript(c);
    // Blank lines are looked for in the call's own text: the document's may not be joined yet.
    let last = (calls[k + 1]?.start ?? lines.count) - 1;
    while (last > c.start && c.lines.isBlank(last - c.start)) last--;
    out.push({
      name: headerName(t),
      detail: t.meta.title ?? '',
      kind: SymbolKind.Module,
      range: lines.lineRange(c.start, last),
      selectionRange: lines.lineRange(c.start, c.start),
      children: documentSymbols(t),
    });
    yield;
  }
  return out;
}
