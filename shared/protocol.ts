// Requests between the extension and the server beyond LSP's own: the analyst's views. Their
// data types are the core's (core/features/views.ts); the requests and their parameters are here.
export type {
  CallIdentity,
  CallInfo,
  CallSummary,
  History,
  HistoryPoint,
  OutlookChange,
  OutlookRow,
  Place,
  Scorecard,
  ScorecardRow,
  VerdictCounts,
  ViewStatement,
  ViewVerdict,
} from '../server/src/core';
export { canonicalPeriod, countsLabel, deltaLabel } from '../server/src/core';

export const SCORECARD_REQUEST = 'transcriptLens/scorecard';
export interface ScorecardParams {
  uri: string;
  /** Any line of the call (a merged file holds several). */
  line: number;
}

export const HISTORY_REQUEST = 'transcriptLens/history';
export interface HistoryParams {
  uri: string;
  line: number;
  metric: string;
  segment: string | null;
}

// Sent with `{}`: a request without parameters reaches its handler without them, token first.
export const CALLS_REQUEST = 'transcriptLens/calls';

export const EXPORT_REQUEST = 'transcriptLens/export';
export interface ExportParams {
  uri: string;
  format: 'csv' | 'json' | 'md';
}

/** What the status item shows of the call at `line` (a merged file's; the first when omitted). */
export const CALL_INFO_REQUEST = 'transcriptLens/callInfo';
export interface CallInfoParams {
  uri: string;
  line?: number;
}

/**
 * A notification: the company and period set by hand for a document (its first call), or cleared
 * (every field null). The client sends it when set and, at every start, for each stored file.
 */
export const CALL_IDENTITY_NOTIFICATION = 'transcriptLens/callIdentity';
export interface CallIdentityParams {
  uri: string;
  company: string | null;
  ticker: string | null;
  period: string | null;
}
