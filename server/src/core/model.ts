// The transcript model: what a parser makes of a document's text. Every feature reads this.
import type { Range } from 'vscode-languageserver-types';

export type Role = 'operator' | 'executive' | 'analyst' | 'unknown';

export type SectionKind = 'header' | 'participants' | 'presentation' | 'qa' | 'disclaimer' | 'other';

export interface Meta {
  /** Who published the transcript, e.g. "Thomson Reuters StreetEvents". */
  provider: string | null;
  /** edited / final / brief / preliminary / raw, as the transcript says. */
  kind: string | null;
  ticker: string | null;
  company: string | null;
  /** The event title line, e.g. "CALX - Q4 2012 Calix, Inc. Earnings Conference Call". */
  title: string | null;
  /** Fiscal period the call reports, e.g. "Q4 2012". */
  period: string | null;
  /** Event date as ISO yyyy-mm-dd. */
  date: string | null;
  /** Event time as written, e.g. "9:30PM GMT". */
  time: string | null;
}

export interface Participant {
  name: string;
  firm: string | null;
  title: string | null;
  role: Role;
  range: Range;
}

export interface Section {
  kind: SectionKind;
  title: string;
  /** From the section's title line through its last non-blank line. */
  range: Range;
  /** The text of the title line (for a section the parser inferred, the line it starts at). */
  titleRange?: Range;
}

export interface Turn {
  speaker: string;
  role: Role;
  firm: string | null;
  title: string | null;
  section: SectionKind;
  /** From the speaker line through the last body line. */
  range: Range;
  /** The speaker line (or the speaker's name where it is inline with the text). */
  headerRange: Range;
  /** Where the spoken text starts: after the header line, or after `Name:` for inline turns. */
  bodyStart: { line: number; character: number };
}

export interface Exchange {
  /** 1-based order in the Q&A. */
  index: number;
  analyst: string;
  firm: string | null;
  /** Indices into Transcript.turns. */
  turns: number[];
  range: Range;
}

export interface Transcript {
  /** Id of the layout recognised, e.g. "streetevents-pdf", or "generic" / "plain". */
  format: string;
  meta: Meta;
  participants: Participant[];
  sections: Section[];
  turns: Turn[];
  exchanges: Exchange[];
  /** Problems the parser wants the user to know about (layout not recognised, …). */
  notes: string[];
}

export function emptyMeta(): Meta {
  return { provider: null, kind: null, ticker: null, company: null, title: null, period: null, date: null, time: null };
}
