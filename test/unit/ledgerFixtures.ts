// Hand-made figures over fictional call text, so the ledger is tested apart from the recogniser.
import type { Basis, Figure, Qualifier, Side } from '../../server/src/core/figures/figure';
import type { Role } from '../../server/src/core/model';
import { TextLines } from '../../server/src/core/text';
import { period as periodOf } from './periodLabels';

export interface FigureSpec {
  /** The figure's text; `nth` picks among repeats (0-based). */
  text: string;
  nth?: number;
  metric: string | null;
  period: string | null;
  basis: Basis;
  value: number | null;
  low?: number;
  high?: number;
  unit: string;
  approx?: string;
  claim?: boolean;
  role?: Role;
  statedIn?: string;
  qualifier?: Qualifier;
  segment?: string;
  /** The turn it is spoken in (0 unless given); null: outside any turn, as a publisher's summary is. */
  turn?: number | null;
  /** Where the speaker put the result against the outlook. */
  said?: Side;
  /** The result's turn says the outlook was revised between the calls. */
  outlookRevised?: true;
  /** The outlook a revision said before it moves from. */
  revisedFrom?: true;
}

/** Figures located in `text` as written, with their LSP ranges. */
/** A revenue figure of Q2 2032 in dollars, as most fictional ledgers here state one. */
export function revenueSpec(text: string, basis: FigureSpec['basis'], value: number, more: Partial<FigureSpec> = {}): FigureSpec {
  return { text, metric: 'revenue', period: 'Q2 2032', basis, value, unit: 'USD', ...more };
}

export function figuresIn(text: string, specs: FigureSpec[]): { lines: TextLines; figures: Figure[] } {
  const lines = new TextLines(text);
  const figures = specs.map((s): Figure => {
    let at = -1;
    for (let i = 0; i <= (s.nth ?? 0); i++) {
      at = text.indexOf(s.text, at + 1);
      if (at < 0) throw new Error(`fixture text not found: ${s.text}`);
    }
    return {
      text: s.text,
      range: { start: lines.positionAt(at), end: lines.positionAt(at + s.text.length) },
      value: s.value,
      low: s.low ?? null,
      high: s.high ?? null,
      unit: s.unit,
      approx: s.approx ?? null,
      category: 'money',
      metric: s.metric,
      period: periodOf(s.period),
      basis: s.basis,
      claim: s.claim ?? s.basis !== 'actual',
      speaker: 'Pat Example',
      role: s.role ?? 'executive',
      turn: s.turn === undefined ? 0 : s.turn,
      qualifier: s.qualifier ?? null,
      segment: s.segment ?? null,
      statedIn: s.statedIn ?? null,
      ...(s.said ? { said: s.said } : {}),
      ...(s.outlookRevised ? { outlookRevised: s.outlookRevised } : {}),
      ...(s.revisedFrom ? { revisedFrom: s.revisedFrom } : {}),
    };
  });
  return { lines, figures };
}
