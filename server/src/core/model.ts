// The transcript model: what a parser makes of a document's text. Every feature reads this.
import type { Range } from 'vscode-languageserver-types';
import type { Period } from './period';

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
  /** Fiscal period the call reports (Q4 2012). */
  period: Period | null;
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

/** How a speaker-line shape fared in a file: how often it occurs and whether the reader trusted it. */
export interface ShapeEvidence {
  /** The shape's id in parse/shapes.ts, e.g. "name-dash" for "Jane Roe - Northgate Securities". */
  shape: string;
  /** Lines of this shape outside rosters. */
  lines: number;
  /** Different people those lines name. */
  people: number;
  /** Of those, people named at least twice (in any shape). */
  recurring: number;
  /** Of those, people the roster names. */
  inRoster: number;
  accepted: boolean;
}

/** The layout the reader inferred for a file from the shapes that recur in it, and why. */
export interface LayoutProfile {
  /** A known provider's preset that added to the reading (its banner, a header field), or null. */
  preset: string | null;
  /** 0 to 1: how sure the reader is that it found the file's speaker lines. */
  confidence: number;
  shapes: ShapeEvidence[];
  rosterEntries: number;
  /** One sentence per decision, for `analyze --explain`. */
  reasons: string[];
}

/** What publisher text is: the site's summary, its key takeaways, a copyright block. */
export type PublisherKind = 'summary' | 'copyright';

/** Text the publisher wrote, not the speakers: shown, but no figure in it is the company's word. */
export interface PublisherText {
  kind: PublisherKind;
  range: Range;
}

export interface Transcript {
  /**
   * Id of the layout: a provider preset whose banner was found ("streetevents-pdf", "seeking-alpha"),
   * "generic" when the layout was read from its shapes alone, or "plain" (no turns).
   */
  format: string;
  meta: Meta;
  participants: Participant[];
  sections: Section[];
  turns: Turn[];
  exchanges: Exchange[];
  /** Problems the parser wants the user to know about (layout not recognised, …). */
  notes: string[];
  /** Set by the layout-general reader: the profile it read the file with. */
  profile?: LayoutProfile;
  /** Publisher text (summary bullets, copyright blocks): not speech, so figures there are not judged. */
  notSpeech?: PublisherText[];
}

export function emptyMeta(): Meta {
  return { provider: null, kind: null, ticker: null, company: null, title: null, period: null, date: null, time: null };
}
