// Guidance judgements as LSP diagnostics, with a severity per code (or off) and the statement
// each is measured against as related information. The settings are read in shared/settings.ts.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { acrossJudgementSteps, companyGroups, documentLedger, ownJudgements, type Call } from '../calls';
import { judgeAcross, type CallLedger } from '../ledger/crossCall';
import { nth } from '../lists';
import { formatPeriod } from '../period';
import { finish } from '../steps';
import { DEFAULT_TOLERANCE, superseded, type Judgement, type JudgementCode, type Tolerance } from '../ledger/judge';
import { judgementMessage, relatedMessage, subjectName } from './judgementText';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface DiagnosticSettings {
  severity: Record<JudgementCode, SeveritySetting>;
  tolerance: Tolerance;
}

export const DEFAULT_SEVERITY: Readonly<Record<JudgementCode, SeveritySetting>> = {
  'guidance.miss': 'warning',
  'guidance.beat': 'information',
  'guidance.inline': 'hint',
  'guidance.raised': 'information',
  'guidance.lowered': 'information',
  'expectation.miss': 'warning',
  'expectation.beat': 'information',
  'guidance.outcome': 'hint',
};

export const DIAGNOSTIC_SOURCE = 'Transcript Lens';

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function defaultDiagnosticSettings(): DiagnosticSettings {
  return { severity: { ...DEFAULT_SEVERITY }, tolerance: { ...DEFAULT_TOLERANCE } };
}

/** What a judgement diagnostic carries for other features (the hover's ledger rows): the structured facts, not the text. */
export interface JudgementData {
  metric: string;
  segment: string | null;
  qualifier: string | null;
  period: string;
  value: number;
  reference: number;
  superseded: boolean;
}

/**
 * Diagnostics for the document `uri`; references with no uri are in that document. A judgement
 * against guidance that later guidance replaced (read, or only said to have been) shows as a hint
 * whatever its code's setting (unless off): an analyst reads the latest guidance first, and its
 * judgement carries the configured severity.
 */
export function toDiagnostics(judgements: readonly Judgement[], uri: string, settings: DiagnosticSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const j of judgements) {
    const level = settings.severity[j.code];
    if (level === 'off') continue;
    const data: JudgementData = {
      metric: subjectName({ ...j, qualifier: null }),
      segment: j.segment,
      qualifier: j.qualifier,
      period: formatPeriod(j.period),
      value: j.subject.statement.value,
      reference: j.reference.statement.value,
      superseded: superseded(j),
    };
    out.push({
      range: j.subject.statement.figure.range,
      severity: SEVERITY[superseded(j) ? 'hint' : level],
      code: j.code,
      source: DIAGNOSTIC_SOURCE,
      message: judgementMessage(j),
      data,
      relatedInformation: [
        {
          location: { uri: j.reference.uri ?? uri, range: j.reference.statement.figure.range },
          message: relatedMessage(j),
        },
      ],
    });
  }
  return out;
}

/** Diagnostics made for a call (or a company's calls) at a place, kept while these stay the same. */
interface Made {
  key: readonly unknown[];
  diagnostics: Diagnostic[];
}

const made = new WeakMap<Call, Made>();
const madeAcross = new WeakMap<Call, Made>();

function recalled(cache: WeakMap<Call, Made>, owner: Call, key: readonly unknown[]): Diagnostic[] | null {
  const hit = cache.get(owner);
  return hit && hit.key.length === key.length && hit.key.every((k, i) => k === key[i]) ? hit.diagnostics : null;
}

function kept(cache: WeakMap<Call, Made>, owner: Call, key: readonly unknown[], diagnostics: Diagnostic[]): Diagnostic[] {
  cache.set(owner, { key, diagnostics });
  return diagnostics;
}

/**
 * The diagnostics a document shows on its own (`documentJudgements`). Those of a call, and those
 * across a company's calls, are made again only when one of the calls changed or moved: in a
 * merged file an edit re-judges the call it fell in, not the thousands of others.
 */
export function documentDiagnostics(calls: readonly Call[], uri: string, settings: DiagnosticSettings): Diagnostic[] {
  return finish(diagnosticSteps(calls, uri, settings));
}

/** `documentDiagnostics` a call at a time: yields after each call, and after each call of a company's judged across, so a caller can answer requests between. */
export function* diagnosticSteps(calls: readonly Call[], uri: string, settings: DiagnosticSettings): Generator<void, Diagnostic[]> {
  const tol = settings.tolerance;
  const out: Diagnostic[] = [];
  for (const [i, c] of calls.entries()) {
    const key = [c.start, uri, settings];
    out.push(...(recalled(made, c, key) ?? kept(made, c, key, toDiagnostics(ownJudgements(calls, i, tol), uri, settings))));
    yield;
  }
  for (const g of companyGroups(calls)) {
    const members = g.map((i) => nth(calls, i));
    const key = [uri, settings, ...members.flatMap((c) => [c, c.start])];
    const owner = nth(members, 0);
    out.push(...(recalled(madeAcross, owner, key) ?? kept(madeAcross, owner, key, toDiagnostics(yield* acrossJudgementSteps(calls, g, tol), uri, settings))));
    yield;
  }
  return out;
}

export interface DocumentCalls {
  uri: string;
  calls: readonly Call[];
}

/** Each document's diagnostics: its own judgements and those across the other documents given. */
export function guidanceDiagnostics(docs: readonly DocumentCalls[], settings: DiagnosticSettings): Diagnostic[][] {
  const ledgers = docs.map((d) => documentLedger(d.uri, d.calls)).filter((c): c is CallLedger => c !== null);
  return docs.map((d) => [
    ...documentDiagnostics(d.calls, d.uri, settings),
    ...toDiagnostics(judgeAcross(ledgers, d.uri, settings.tolerance), d.uri, settings),
  ]);
}
