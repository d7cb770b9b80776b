// A financial figure recognised in the text, and what it is about.
import type { Range } from 'vscode-languageserver-types';
import type { Role } from '../model';
import type { Period } from '../period';

/** How the figure relates to the period it is about. */
export type Basis = 'actual' | 'guidance' | 'revised-guidance' | 'expectation' | 'target' | 'prior' | 'change' | 'other';

/** FinNum-3 category names, so the recogniser can be scored against that public data. */
export type Category = 'money' | 'relative' | 'date' | 'quantity_absolute' | 'quantity_relative' | 'absolute' | 'change' | 'product number' | 'other';

/** How a figure is measured, where the call says so. Figures of different qualifiers are not compared. */
export type Qualifier = 'GAAP' | 'non-GAAP' | 'adjusted' | 'constant-currency' | 'organic' | 'reported';

export interface Figure {
  /** The figure as written, e.g. "\$91.4 million" or "50 to 55 days". */
  text: string;
  range: Range;
  /** Value in base units (91400000 for $91.4 million, 43.2 for 43.2%); for a range its midpoint. */
  value: number | null;
  low: number | null;
  high: number | null;
  /** USD, EUR, %, bps, days, x, count, date, … */
  unit: string;
  /** The approximation or bound as written (around, less than, in the … range), or null. */
  approx: string | null;
  category: Category;
  /**
   * Normalised metric name (revenue, gross margin, EPS, …) or null when unknown; for a segment's
   * figure it starts with the segment ("Data Center Group revenue") while the ledger pairs by it alone.
   */
  metric: string | null;
  /** GAAP, non-GAAP, constant currency …, as its sentence or clause says; null or absent when nothing says. */
  qualifier?: Qualifier | null;
  /** The segment, region or product line the figure is about ("Data Center Group"); null or absent for the company as a whole. */
  segment?: string | null;
  /** The "plus or minus" of "\$2.1 billion, plus or minus 3%" as written (low and high already apply it). */
  spread?: { value: number; unit: string } | null;
  /** Fiscal period the figure is about (Q4 2012, FY 2013, 9M 2024), or null; a date is about none. */
  period: Period | null;
  /** For a date ("the fourth quarter", "fiscal 2022"), the period it names, resolved against the call. */
  names?: Period | null;
  basis: Basis;
  /** Part of a forward-looking claim or estimate. */
  claim: boolean;
  speaker: string | null;
  role: Role | null;
  /** Index of the turn in Transcript.turns, or null outside any turn. */
  turn: number | null;
  /** When guidance or an expectation was given, as the call says it ("October"), or null. */
  statedIn?: string | null;
  /** Set when nothing said which period the figure is about and it took the call's own. */
  periodAssumed?: boolean;
  /**
   * Where the speaker put a result against the earlier outlook, in the figure's own clause ("came in
   * higher than we expected at \$21.5 billion", "in line with our guidance"); absent when not said.
   */
  said?: Side;
  /**
   * Set on a result whose turn says the outlook was revised between the calls ("we lowered our
   * fourth quarter guidance on January 28"): guidance an earlier call gave for it is superseded.
   */
  outlookRevised?: true;
  /**
   * The outlook a revision said just before it moves from ("now \$3.95 to \$4.15, up from our previous
   * guidance of \$3.75 to \$3.95"): said after the revision, given before it.
   */
  revisedFrom?: true;
}

/** A result against its reference: above, below or inside it. */
export type Side = 'above' | 'below' | 'inline';
