// What the editor's status item says of a call: the layout read and how sure the reader is, the
// company and period, the turns, and whether any of that is uncertain (and why). Also the call's
// identity given by hand, for files whose company or period cannot be read.
import { describeCalendar, fiscalCalendar } from '../figures/calendar';
import { formatPeriod, readPeriod } from '../period';
import type { Meta, Transcript } from '../model';

/**
 * Below this the layout is uncertain. The profile's confidence adds 0.1 per person who speaks at
 * least twice, 0.03 per trusted speaker line and 0.1 for a roster, up to 0.9: under 0.5 the reader
 * trusted at most two or three recurring speakers over a dozen speaker lines, too little to trust
 * that every turn was found. Real calls are far above it (of the 345 calls in ../shared, 340 read
 * at the 0.9 cap; the other 5 at 0, no speaker shape), so the warning is kept for files that are
 * barely read, not for short calls with three people speaking back and forth.
 */
export const LOW_CONFIDENCE = 0.5;

/** The company and period of a call set by hand; a null field leaves what the reader found. */
export interface CallIdentity {
  company: string | null;
  ticker: string | null;
  period: string | null;
}

export interface CallInfo {
  /** The layout id: a provider preset, "generic" (read from its shapes) or "plain" (no turns). */
  layout: string;
  /** The reader's confidence in the layout, 0 to 1; null when no profile was inferred. */
  confidence: number | null;
  company: string | null;
  ticker: string | null;
  period: string | null;
  date: string | null;
  /** The fiscal year the period and date imply ("fiscal year ends in September"), or that it is assumed; null without a period. */
  fiscalYear: string | null;
  turns: number;
  /** Calls in the document (a merged file holds several). */
  calls: number;
  /** True when the reasons below say something is doubtful: the status item warns. */
  uncertain: boolean;
  reasons: string[];
}

/** The period as the figures and the ledger write it ("Q1 2031", "H2 2031", "FY 2031"), or null. */
export function canonicalPeriod(text: string): string | null {
  const p = readPeriod(text.trim());
  return p ? formatPeriod(p) : null;
}

/** The meta with the hand-set identity's fields over the reader's. */
export function withIdentity(meta: Meta, identity: CallIdentity): Meta {
  return {
    ...meta,
    company: identity.company ?? meta.company,
    ticker: identity.ticker ?? meta.ticker,
    period: readPeriod(identity.period) ?? meta.period,
  };
}

export function callInfo(t: Transcript, calls: number): CallInfo {
  const confidence = t.profile?.confidence ?? null;
  const reasons: string[] = [];
  if (t.turns.length === 0) reasons.push('No speaker turns were found.');
  else if (confidence !== null && confidence < LOW_CONFIDENCE) reasons.push(`The layout was read with low confidence (${confidence.toFixed(2)}).`);
  if (!t.meta.company && !t.meta.ticker) reasons.push('No company was found.');
  if (!t.meta.period) reasons.push('No fiscal period was found: figures get no period and guidance is not judged.');
  const { company, ticker, period, date } = t.meta;
  const fiscalYear = period && describeCalendar(fiscalCalendar(period, date));
  return {
    layout: t.format,
    confidence,
    company,
    ticker,
    period: period && formatPeriod(period),
    date,
    fiscalYear,
    turns: t.turns.length,
    calls,
    uncertain: reasons.length > 0,
    reasons,
  };
}
