// What the analyst's views show, as data made by the core from the typed model (scorecard,
// outlook, history): the client draws it as it comes, with no number parsed back out of a string.
import type { Range } from 'vscode-languageserver-types';

/** A place in a document: where a statement was made. */
export interface Place {
  uri: string;
  range: Range;
}

export type StatementKind = 'guidance' | 'revision' | 'expectation' | 'actual';

export interface ViewStatement {
  kind: StatementKind;
  /** The value as an analyst reads it: "$87M", "43%–44%", "at least $20B". */
  label: string;
  value: number;
  low: number;
  high: number;
  unit: string;
  /** When it was given, as the call says ("October"), or the other call's name; null if unsaid. */
  when: string | null;
  speaker: string | null;
  place: Place;
  /** The call it was said in, when not the one shown. */
  call: string | null;
}

/** Verdict codes as the diagnostics have them (guidance.beat, guidance.raised, …). */
export interface ViewVerdict {
  code: string;
  message: string;
  subject: Place;
  reference: Place;
  /** The subject's distance from the reference's middle: percent of it for amounts, points for rates; null when unmeasured. */
  delta: number | null;
  deltaUnit: '%' | 'pts';
  /** Measured against guidance replaced since: shown after the verdict on the latest, and not counted. */
  superseded: boolean;
}

export interface ScorecardRow {
  metric: string;
  segment: string | null;
  qualifier: string | null;
  period: string;
  guidance: ViewStatement[];
  expectations: ViewStatement[];
  actual: ViewStatement | null;
  verdicts: ViewVerdict[];
}

/** How each coming period's guidance moved from the company's previous call. */
export type OutlookChange = 'raised' | 'lowered' | 'narrowed' | 'widened' | 'reaffirmed' | 'new' | 'dropped';

export interface OutlookRow {
  metric: string;
  segment: string | null;
  qualifier: string | null;
  period: string;
  /** The latest guidance this call gives; null when the call drops it. */
  now: ViewStatement | null;
  /** What the previous call guided for the same period; null when it gave none. */
  before: ViewStatement | null;
  change: OutlookChange;
}

export interface Scorecard {
  uri: string;
  /** The call's name as the outline shows it (company · period · date). */
  call: string;
  period: string | null;
  rows: ScorecardRow[];
  /** Guidance for periods after the call's own, against the previous call's. */
  outlook: OutlookRow[];
  /** The company's previous call in the workspace, or null when there is none. */
  previousCall: string | null;
  counts: VerdictCounts;
}

export interface VerdictCounts {
  beat: number;
  miss: number;
  inline: number;
  raised: number;
  lowered: number;
}

export interface HistoryPoint {
  call: string;
  uri: string;
  period: string;
  /** Period order key: months since year 0 at the period's end. */
  order: number;
  guidance: ViewStatement[];
  actual: ViewStatement | null;
}

export interface History {
  metric: string;
  segment: string | null;
  company: string;
  points: HistoryPoint[];
  /** Set when the workspace holds no other call of the company. */
  note: string | null;
}

/** The words a lens or tree item shows for verdict counts: "3 beats · 1 miss · 2 raised". */
export function countsLabel(c: VerdictCounts): string {
  const parts: string[] = [];
  const add = (n: number, one: string, many: string) => n && parts.push(`${n} ${n === 1 ? one : many}`);
  add(c.beat, 'beat', 'beats');
  add(c.miss, 'miss', 'misses');
  add(c.inline, 'in line', 'in line');
  add(c.raised, 'raised', 'raised');
  add(c.lowered, 'lowered', 'lowered');
  return parts.length ? parts.join(' · ') : 'no verdicts';
}

/** A call the workspace holds, as the Calls view lists it. */
export interface CallSummary {
  uri: string;
  company: string;
  period: string;
  date: string | null;
}
