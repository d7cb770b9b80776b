// The outline: header, rosters, presentation turns, Q&A exchanges with their turns.
import { SymbolKind } from 'vscode-languageserver-types';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { Participant, Section, Transcript, Turn } from '../model';
import { contains } from '../text';

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
  const parts = [t.meta.ticker ?? t.meta.company, t.meta.period, t.meta.date].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'Header';
}

function sectionSymbol(t: Transcript, s: Section): DocumentSymbol {
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
  if (s.kind === 'participants') {
    for (const p of t.participants) if (contains(s.range, p.range)) children.push(participantSymbol(p));
  } else {
    const inExchange = new Set<number>();
    for (const x of t.exchanges) {
      if (!contains(s.range, x.range)) continue;
      x.turns.forEach((i) => inExchange.add(i));
      children.push({
        name: `Q${x.index} · ${x.analyst}${x.firm ? `, ${x.firm}` : ''}`,
        detail: `${x.turns.length} turn${x.turns.length === 1 ? '' : 's'}`,
        kind: SymbolKind.Class,
        range: x.range,
        selectionRange: t.turns[x.turns[0]].headerRange,
        children: x.turns.map((i) => turnSymbol(t.turns[i])),
      });
    }
    t.turns.forEach((turn, i) => {
      if (!inExchange.has(i) && contains(s.range, turn.range)) children.push(turnSymbol(turn));
    });
  }
  symbol.children = children.sort((a, b) => a.range.start.line - b.range.start.line);
  return symbol;
}

export function documentSymbols(t: Transcript): DocumentSymbol[] {
  const symbols = t.sections.map((s) => sectionSymbol(t, s));
  // Turns outside every section (layouts without section titles) stand at the top level.
  for (const turn of t.turns) if (!t.sections.some((s) => contains(s.range, turn.range))) symbols.push(turnSymbol(turn));
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line);
}
