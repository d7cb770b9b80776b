// One analysis per document version: every feature reads this, nothing parses twice.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Figure } from './figures/figure';
import { recogniseFigures } from './figures/recognise';
import { buildLedger, type Ledger } from './ledger/ledger';
import type { Transcript } from './model';
import { parseTranscript } from './parse';
import { TextLines } from './text';

export interface AnalysisOptions {
  /** Above this many characters only the structure is computed (no figures, no diagnostics). */
  maxFullAnalysisChars: number;
}

export const DEFAULT_OPTIONS: AnalysisOptions = { maxFullAnalysisChars: 20 * 1024 * 1024 };

export interface Analysis {
  lines: TextLines;
  transcript: Transcript;
  figures: Figure[];
  /** Guidance, expectations and actuals per metric and period, from the figures. */
  ledger: Ledger;
  diagnostics: Diagnostic[];
  /** True when the text was over the size limit and only the outline was computed. */
  outlineOnly: boolean;
}

export function analyse(text: string, options: AnalysisOptions = DEFAULT_OPTIONS): Analysis {
  const lines = new TextLines(text);
  const transcript = parseTranscript(lines);
  const outlineOnly = text.length > options.maxFullAnalysisChars;
  if (outlineOnly) {
    transcript.notes.push(`Over the size limit (${Math.round(options.maxFullAnalysisChars / 1048576)} MB): only the outline is computed.`);
  }
  const figures: Figure[] = outlineOnly ? [] : recogniseFigures(lines, transcript);
  return { lines, transcript, figures, ledger: buildLedger(figures, lines, transcript), diagnostics: [], outlineOnly };
}
