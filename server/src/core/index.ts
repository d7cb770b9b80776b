// The core's public face: text in, transcript, figures, ledger and LSP-typed views out. Pure and
// synchronous (no Node modules, no connection: lint-enforced); the service, LSP, CLI and client
// layers import from here only.
export { analyse, analysisSteps, DEFAULT_OPTIONS, MAX_CHANGES } from './analysis';
export type { Analysis, AnalysisOptions, TextChange } from './analysis';
export { callAt, documentLedger, placedFigures, placedTranscript, type Call } from './calls';
export type { Figure } from './figures/figure';
export { callLedger, judgeAcross, sameCompany, type CallId, type CallLedger } from './ledger/crossCall';
export { DEFAULT_TOLERANCE, JUDGEMENT_CODES, JUDGEMENT_DESCRIPTIONS, type Judgement, type JudgementCode, type Tolerance } from './ledger/judge';
export { periodEnd } from './ledger/periods';
export type { Meta, Transcript } from './model';
export { isTranscript, parseTranscript } from './parse';
export { TextLines } from './text';
export { DEFAULT_SEVERITY, defaultDiagnosticSettings, diagnosticSteps, documentDiagnostics, guidanceDiagnostics, toDiagnostics, type DiagnosticSettings, type SeveritySetting } from './features/diagnostics';
export { foldingRanges } from './features/folding';
export { figureHover, hoverSections } from './features/hover';
export { ledgerSection } from './features/ledgerHover';
export { documentOutline, headerName, outlineSteps } from './features/symbols';
