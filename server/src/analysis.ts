// One analysis per document version: every feature reads this, nothing parses twice.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Figure } from './figures/figure';
import { FigureMemo } from './figures/memo';
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
  /** Figures by block text, handed to the analysis of the next version so edits re-read little. */
  memo: FigureMemo;
  /** True when the text was over the size limit and only the outline was computed. */
  outlineOnly: boolean;
}

/**
 * The analysis of `text`. Given the analysis of an earlier version of the same document, the
 * figures of unchanged blocks are reused; the result is the same as without it.
 */
export function analyse(text: string, options: AnalysisOptions = DEFAULT_OPTIONS, previous?: Analysis): Analysis {
  const lines = new TextLines(text);
  const transcript = parseTranscript(lines);
  const outlineOnly = text.length > options.maxFullAnalysisChars;
  if (outlineOnly) {
    transcript.notes.push(`Over the size limit (${Math.round(options.maxFullAnalysisChars / 1048576)} MB): only the outline is computed.`);
  }
  const memo = previous?.memo ?? new FigureMemo();
  const figures: Figure[] = outlineOnly ? [] : recogniseFigures(lines, transcript, memo);
  return { lines, transcript, figures, ledger: buildLedger(figures, lines, transcript), diagnostics: [], memo, outlineOnly };
}
