// In-process figures for one text: the floor, the markdown-it peer and Transcript Lens itself.
import MarkdownIt from 'markdown-it';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyse } from '../../server/src/analysis';
import type { Analysis } from '../../server/src/analysis';
import { documentJudgements } from '../../server/src/calls';
import { defaultDiagnosticSettings, toDiagnostics } from '../../server/src/features/diagnostics';
import { documentOutline } from '../../server/src/features/symbols';
import { medianMs, retainedHeapMB } from './stats';

/** Full analysis at every size: the editor's size limit is lifted so the cost stays comparable. */
const UNLIMITED = { maxFullAnalysisChars: Number.POSITIVE_INFINITY };

/**
 * The floor: what any line-based tool pays at least. Split into lines, test one regex per line
 * (a speaker line "Name - Firm - Title", the commonest structural test a transcript needs).
 */
const FLOOR_RE = /^\p{Lu}[\p{L}'’. ]+ - .+ - .+$/u;
export function floor(text: string): number {
  let n = 0;
  for (const line of text.split(/\r\n|\n|\r/)) if (FLOOR_RE.test(line)) n++;
  return n;
}

/** The same transcript as Markdown: sections as headings, speaker lines as bold paragraphs. */
export function toMarkdown(text: string, a: Analysis): string {
  const lines = text.split(/\r\n|\n|\r/);
  for (const s of a.transcript.sections) if (s.kind !== 'header') lines[s.range.start.line] = `## ${lines[s.range.start.line]}`;
  for (const t of a.transcript.turns) lines[t.headerRange.start.line] = `**${lines[t.headerRange.start.line].trim()}**`;
  return lines.join('\n');
}

export interface InProcessFigures {
  label: string;
  mb: number;
  floorMs: number;
  markdownItMs: number;
  parseMs: number;
  analysisMs: number;
  symbolsMs: number;
  /** Full analysis over floor and over markdown-it. */
  ratioFloor: number;
  ratioMarkdownIt: number;
  analysisMBps: number;
  analysisMsPerMB: number;
  /** Heap kept by one analysis, per MB of text. */
  heapMBperMB: number;
  turns: number;
  figures: number;
  diagnostics: number;
}

const SETTINGS = defaultDiagnosticSettings();

/** Everything an open document gets: the analysis and the diagnostics of its own guidance ledger. */
function fullAnalysis(text: string): { analysis: Analysis; diagnostics: Diagnostic[] } {
  const analysis = analyse(text, UNLIMITED);
  return { analysis, diagnostics: toDiagnostics(documentJudgements(analysis.calls, SETTINGS.tolerance), 'untitled:bench', SETTINGS) };
}

/** What the timings need of one analysis; the rest is dropped, as a large live heap slows every collection. */
function sample(text: string) {
  const { analysis: a, diagnostics } = fullAnalysis(text);
  return {
    markdown: toMarkdown(text, a),
    calls: a.calls,
    lines: a.lines,
    counts: { turns: a.transcript.turns.length, figures: a.figures.length, diagnostics: diagnostics.length },
  };
}

export function measureText(label: string, text: string, reps: number): InProcessFigures {
  const mb = text.length / 1048576;
  // Small texts need many runs to warm the JIT; large ones are warm after one (and take seconds).
  const warmup = mb >= 10 ? 1 : Math.max(2, reps);
  const md = new MarkdownIt();
  const { markdown, calls, lines, counts } = sample(text);
  const floorMs = medianMs(() => floor(text), reps, warmup);
  const markdownItMs = medianMs(() => md.parse(markdown, {}), reps, warmup);
  // Parsing alone: the analysis with its size limit at zero computes the outline only.
  const parseMs = medianMs(() => analyse(text, { maxFullAnalysisChars: 0 }), reps, warmup);
  const analysisMs = medianMs(() => fullAnalysis(text), reps, warmup);
  const symbolsMs = medianMs(() => documentOutline(calls, lines), reps, warmup);
  const heap = retainedHeapMB(() => fullAnalysis(text), Math.ceil(8 / mb));
  return {
    label,
    mb,
    floorMs,
    markdownItMs,
    parseMs,
    analysisMs,
    symbolsMs,
    ratioFloor: analysisMs / floorMs,
    ratioMarkdownIt: analysisMs / markdownItMs,
    analysisMBps: mb / (analysisMs / 1000),
    analysisMsPerMB: analysisMs / mb,
    heapMBperMB: heap / mb,
    ...counts,
  };
}
