// The core's public face: text in, transcript, figures, ledger and LSP-typed views out. Pure and
// synchronous (no Node modules, no connection: lint-enforced); the service, LSP, CLI and client
// layers import from here only.
export { analyse, analysisSteps, DEFAULT_OPTIONS, MAX_CHANGES } from './analysis';
export type { Analysis, AnalysisOptions, TextChange } from './analysis';
export {
  acrossJudgements,
  callAt,
  companyGroups,
  documentJudgements,
  documentLedger,
  ownJudgements,
  placedFigures,
  placedTranscript,
  type Call,
} from './calls';
export type { Figure } from './figures/figure';
export { callLedger, judgeAcross, sameCompany, type CallId, type CallLedger } from './ledger/crossCall';
export { DEFAULT_TOLERANCE, JUDGEMENT_CODES, JUDGEMENT_DESCRIPTIONS, superseded, type Judgement, type JudgementCode, type Tolerance } from './ledger/judge';
export { endMonth, formatPeriod, readPeriod, samePeriod, type Period } from './period';
export type { LayoutProfile, Meta, PublisherText, Transcript } from './model';
export { isTranscript, layoutScores, parseTranscript, type Detection } from './parse';
export { TextLines } from './text';
export {
  DEFAULT_SEVERITY,
  defaultDiagnosticSettings,
  diagnosticSteps,
  documentDiagnostics,
  guidanceDiagnostics,
  toDiagnostics,
  type DiagnosticSettings,
  type SeveritySetting,
} from './features/diagnostics';
export { callInfo, canonicalPeriod, LOW_CONFIDENCE, withIdentity, type CallIdentity, type CallInfo } from './features/callInfo';
export { foldingRanges } from './features/folding';
export { figureHover, hoverSections } from './features/hover';
export { fileName, ledgerSection } from './features/ledgerHover';
export { documentOutline, headerName, outlineSteps } from './features/symbols';
export {
  callScorecard,
  countVerdicts,
  delta as verdictDelta,
  deltaLabel,
  historyPoints,
  previousCall,
  scorecardRows,
  statementLabel,
  type OtherCall,
  type ViewContext,
} from './features/scorecard';
export { callName } from './ledger/crossCall';
export {
  countsLabel,
  type CallSummary,
  type History,
  type HistoryPoint,
  type OutlookChange,
  type OutlookRow,
  type Place,
  type Scorecard,
  type ScorecardRow,
  type VerdictCounts,
  type ViewStatement,
  type ViewVerdict,
} from './features/views';
export { HISTORY_COMMAND, historySection } from './features/historyHover';
export { EXPORT_FORMATS, exportRows, formatExport, type ExportFormat, type ExportRow } from './features/export';
export { judgementMessage } from './features/judgementText';
