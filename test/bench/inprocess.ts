// In-process figures for one text: the floor, the markdown-it peer and Transcript Lens itself.
import MarkdownIt from 'markdown-it';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyse } from '../../server/src/core/analysis';
import type { Analysis } from '../../server/src/core/analysis';
import { documentJudgements } from '../../server/src/core/calls';
import { LazyDocument } from '../../server/src/service/lazyDocument';
import { defaultDiagnosticSettings, documentDiagnostics, toDiagnostics } from '../../server/src/core/features/diagnostics';
import { documentOutline } from '../../server/src/core/features/symbols';
import { medianMs, now, percentile, retainedHeapMB } from './stats';

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
  /** A one-character edit analysed from the version before, with the document's diagnostics: p50 and p99. */
  editP50: number;
  editP99: number;
}

/** Where the one-character edits go: spread through the document, on lines of some length, mid-line. */
export function editPositions(text: string, edits: number): { line: number; character: number }[] {
  const lines = text.split(/\r\n|\n|\r/);
  const out: { line: number; character: number }[] = [];
  for (let k = 0; k < edits; k++) {
    let l = Math.floor(((k + 0.5) * lines.length) / edits);
    while (l < lines.length - 1 && lines[l].length < 40) l++;
    out.push({ line: l, character: Math.floor(lines[l].length / 2) });
  }
  return out;
}

/** What the server does per keystroke, without the protocol: the new version's analysis and diagnostics. */
function measureEditsInProcess(text: string, edits: number): { editP50: number; editP99: number } {
  let a = analyse(text, UNLIMITED);
  documentDiagnostics(a.calls, 'untitled:bench', SETTINGS);
  // The text kept as the server keeps it: edits are not applied to one big string each time.
  const doc = LazyDocument.create('untitled:bench', 'transcript', 1, text);
  const times: number[] = [];
  for (const [k, position] of editPositions(text, edits).entries()) {
    const change = { range: { start: position, end: position }, text: 'x' };
    LazyDocument.update(doc, [change], k + 2);
    const t = now();
    a = analyse(() => doc.getText(), UNLIMITED, a, [change]);
    documentDiagnostics(a.calls, 'untitled:bench', SETTINGS);
    times.push(now() - t);
  }
  return { editP50: percentile(times, 50), editP99: percentile(times, 99) };
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
  const edits = measureEditsInProcess(text, mb >= 50 ? 40 : 200);
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
    ...edits,
  };
}
