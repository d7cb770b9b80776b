// Guidance judgements as LSP diagnostics, with a severity setting per code (or off) and the
// statement each is measured against as related information.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { callLedger, judgeAcross, type CallLedger } from '../ledger/crossCall';
import { DEFAULT_TOLERANCE, JUDGEMENT_CODES, judgeLines, type Judgement, type JudgementCode, type Tolerance } from '../ledger/judge';
import type { LedgerLine } from '../ledger/ledger';
import type { Meta } from '../model';

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

function isSeverity(v: unknown): v is SeveritySetting {
  return v === 'off' || (typeof v === 'string' && v in SEVERITY);
}

function dig(obj: unknown, path: string[]): unknown {
  let cur = obj;
  for (let i = 0; i < path.length; i++) {
    if (cur === null || typeof cur !== 'object') return undefined;
    const o = cur as Record<string, unknown>;
    // VS Code nests dotted keys; a flat `"guidance.miss"` key is accepted too.
    const flat = path.slice(i).join('.');
    if (flat in o) return o[flat];
    cur = o[path[i]];
  }
  return cur;
}

function nonNegative(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;
}

/**
 * Settings from the `transcriptLens` configuration section: `diagnostics.<code>` severities and
 * `ledger.inlineTolerancePercent` / `ledger.inlineTolerancePoints`. Bad values fall back to defaults.
 */
export function diagnosticSettingsFrom(section: unknown): DiagnosticSettings {
  const s = defaultDiagnosticSettings();
  for (const code of JUDGEMENT_CODES) {
    const v = dig(section, ['diagnostics', ...code.split('.')]);
    if (isSeverity(v)) s.severity[code] = v;
  }
  s.tolerance.percent = nonNegative(dig(section, ['ledger', 'inlineTolerancePercent']), s.tolerance.percent);
  s.tolerance.points = nonNegative(dig(section, ['ledger', 'inlineTolerancePoints']), s.tolerance.points);
  return s;
}

/** Diagnostics for the document `uri`; references with no uri are in that document. */
export function toDiagnostics(judgements: readonly Judgement[], uri: string, settings: DiagnosticSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const j of judgements) {
    const level = settings.severity[j.code] ?? DEFAULT_SEVERITY[j.code];
    if (level === 'off') continue;
    out.push({
      range: j.subject.statement.figure.range,
      severity: SEVERITY[level],
      code: j.code,
      source: DIAGNOSTIC_SOURCE,
      message: j.message,
      data: { metric: j.subject.statement.metric, period: j.subject.statement.period, value: j.subject.statement.value, reference: j.reference.statement.value },
      relatedInformation: [
        {
          location: { uri: j.reference.uri ?? uri, range: j.reference.statement.figure.range },
          message: j.relatedMessage,
        },
      ],
    });
  }
  return out;
}

export interface CallAnalysis {
  uri: string;
  meta: Meta;
  lines: LedgerLine[];
}

/** Each call's diagnostics: its own judgements and those across the other calls given. */
export function guidanceDiagnostics(calls: readonly CallAnalysis[], settings: DiagnosticSettings): Diagnostic[][] {
  const ledgers = calls.map((c) => callLedger(c.uri, c.meta, c.lines)).filter((c): c is CallLedger => c !== null);
  const tol = settings.tolerance;
  return calls.map((c) => toDiagnostics([...judgeLines(c.lines, tol), ...judgeAcross(ledgers, c.uri, tol)], c.uri, settings));
}
