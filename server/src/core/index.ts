// The core's public face: text in, transcript, figures, ledger and LSP-typed views out. Pure and
// synchronous (no Node modules, no connection: lint-enforced); the service, LSP, CLI and client
// layers import from here only.
export { analyse, DEFAULT_OPTIONS, MAX_CHANGES } from './analysis';
export type { Analysis, AnalysisOptions, TextChange } from './analysis';
export { callAt, documentLedger, placedFigures, placedTranscript, type Call } from './calls';
export type { Figure } from './figures/figure';
export { callLedger, judgeAcross, sameCompany, type CallId, type CallLedger } from './ledger/crossCall';
export { JUDGEMENT_DESCRIPTIONS, type Judgement, type JudgementCode, type Tolerance } from './ledger/judge';
export { periodEnd } from './ledger/periods';
export type { LayoutProfile, Meta, PublisherText, Transcript } from './model';
export { isTranscript, layoutScores, parseTranscript, type Detection } from './parse';
export { TextLines } from './text';
export { defaultDiagnosticSettings, diagnosticSettingsFrom, documentDiagnostics, guidanceDiagnostics, toDiagnostics, type DiagnosticSettings } from './features/diagnostics';
export { foldingRanges } from './features/folding';
export { figureHover, hoverSections } from './features/hover';
export { ledgerSection } from './features/ledgerHover';
export { documentOutline, headerName } from './features/symbols';
