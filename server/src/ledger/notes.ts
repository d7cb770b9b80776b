// A figure's ledger line in words, for hover cards: an actual against each guidance and
// expectation for its period; guidance with what was reported and how it was revised.
import type { Figure } from '../figures/figure';
import { versus, wording, type Tolerance } from './judge';
import type { Ledger } from './ledger';
import { formatDifference } from './measure';

export interface LedgerNote {
  text: string;
  /** The figure the note compares with, to link to. */
  figure: Figure;
}

export function ledgerNotes(ledger: Ledger, figure: Figure, tol: Tolerance): LedgerNote[] {
  const line = ledger.byFigure.get(figure);
  if (!line) return [];
  const out: LedgerNote[] = [];
  const own = [...line.guidance, ...line.expectations].find((s) => s.figure === figure);
  if (figure.basis === 'actual' && line.actual) {
    for (const ref of [...line.guidance, ...line.expectations]) {
      const text = versus(line.actual, ref, tol);
      if (text) out.push({ text, figure: ref.figure });
    }
  } else if (own) {
    if (line.actual) {
      const text = versus(line.actual, own, tol);
      if (text) out.push({ text: `actual ${wording(line.actual)}: ${text.replace(/^vs [^:]*: /, '')}`, figure: line.actual.figure });
    }
    const i = line.guidance.indexOf(own);
    const next = i >= 0 ? line.guidance[i + 1] : undefined;
    if (next) {
      out.push({ text: `revised to ${wording(next)}${next.when ? ` (${next.when})` : ''}: ${formatDifference(next.value, own.value, own.unit)}`, figure: next.figure });
    }
  }
  return out;
}
