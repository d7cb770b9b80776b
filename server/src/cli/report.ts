// What `analyze` prints of each file: a summary (per call, for a merged file) with `file:line:col`
// diagnostics, the model as JSON, or (`--explain`) how the reader read it.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { callAt, formatPeriod, headerName, layoutScores, type Analysis, type Period, type Transcript } from '../core';
import type { Input } from './inputs';

export interface FileResult {
  input: Input;
  analysis: Analysis;
  /** The decoded text, for `--explain` (the layout scores read it again). */
  text: string;
}

/** How the reader read a file: each layout's score, the shapes it found and trusted, and why. */
export function explanation(r: FileResult): string {
  const t = r.analysis.transcript;
  const out = [
    `${r.input.name}: read as ${t.format}`,
    `  layout scores: ${layoutScores(r.text)
      .map((d) => `${d.format} ${d.score.toFixed(2)}`)
      .join(', ')}`,
  ];
  const p = t.profile;
  if (!p) out.push(`  profile: none (the ${t.format} layout is read by its own rules)`);
  else {
    out.push(`  profile: confidence ${p.confidence.toFixed(2)}, preset ${p.preset ?? 'none'}, ${p.rosterEntries} roster entries`);
    for (const s of p.shapes)
      out.push(
        `    ${s.accepted ? 'trusted    ' : 'not trusted'} ${s.shape.padEnd(22)} ${s.lines} lines, ${s.people} people, ${s.recurring} recurring, ${s.inRoster} in roster`,
      );
    for (const reason of p.reasons) out.push(`    why: ${reason}`);
  }
  out.push(
    `  call: ${t.meta.company ?? '?'} (${t.meta.ticker ?? '?'}) ${t.meta.period ? formatPeriod(t.meta.period) : 'period ?'} ${t.meta.date ?? ''}`.trimEnd(),
  );
  out.push(
    `  turns: ${t.turns.length}; not speech: ${(t.notSpeech ?? []).map((n) => `${n.kind} lines ${n.range.start.line + 1}-${n.range.end.line + 1}`).join(', ') || 'none'}`,
  );
  for (const note of t.notes) out.push(`  note: ${note}`);
  return out.join('\n');
}

/** A period as the JSON writes it, the way an analyst does ("Q2 2030"): what scripts reading it compare and group by. */
const periodLabel = (p: Period | null) => p && formatPeriod(p);

export function toJson(r: FileResult) {
  const t = r.analysis.transcript;
  return {
    path: r.input.name,
    format: t.format,
    meta: { ...t.meta, period: periodLabel(t.meta.period) },
    participants: t.participants,
    sections: t.sections,
    turns: t.turns.map(({ speaker, role, firm, title, section, range }) => ({ speaker, role, firm, title, section, range })),
    exchanges: t.exchanges,
    figures: r.analysis.figures.map((f) => ({ ...f, period: periodLabel(f.period) })),
    diagnostics: r.analysis.diagnostics,
    notes: t.notes,
  };
}

const SEVERITY: Record<DiagnosticSeverity, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** `file:line:col: severity code message`, 1-based, as compilers print them (editors and CI link them). */
export function diagnosticLine(file: string, d: Diagnostic): string {
  const where = `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
  return `${where}: ${SEVERITY[d.severity ?? DiagnosticSeverity.Error]}${d.code !== undefined ? ` ${d.code}` : ''} ${d.message}`;
}

function callSummary(t: Transcript, indent: string): string[] {
  const counts = (role: string) => t.participants.filter((p) => p.role === role).length;
  const out = [
    `${indent}${headerName(t)}`,
    `${indent}participants: ${counts('executive')} corporate, ${counts('analyst')} analysts`,
    `${indent}sections: ${t.sections.map((s) => s.kind).join(', ') || 'none'}`,
    `${indent}turns: ${t.turns.length}, Q&A exchanges: ${t.exchanges.length}`,
  ];
  for (const x of t.exchanges) out.push(`${indent}  Q${x.index} ${x.analyst}${x.firm ? `, ${x.firm}` : ''} (${x.turns.length} turns)`);
  for (const note of t.notes) out.push(`${indent}note: ${note}`);
  return out;
}

const titled = (t: Transcript) => `${t.format}${t.meta.title ? ` — ${t.meta.title}` : ''}`;

/** The summary of a file: one block for a transcript, one per call for a merged file. */
export function summary(r: FileResult): string {
  const a = r.analysis;
  const counts = `figures: ${a.figures.length}, diagnostics: ${a.diagnostics.length}`;
  if (a.calls.length === 1) {
    const t = a.calls[0].transcript;
    return [`${r.input.name}: ${titled(t)}`, ...callSummary(t, '  '), `  ${counts}`, ...a.diagnostics.map((d) => diagnosticLine(r.input.name, d))].join('\n');
  }
  const out = [`${r.input.name}: ${a.calls.length} calls, ${counts}`];
  const byCall = a.calls.map((): Diagnostic[] => []);
  for (const d of a.diagnostics) byCall[callAt(a.calls, d.range.start.line)].push(d);
  a.calls.forEach((c, i) => {
    out.push(`  call ${i + 1} at line ${c.start + 1}: ${titled(c.transcript)}`, ...callSummary(c.transcript, '    '));
    out.push(...byCall[i].map((d) => diagnosticLine(r.input.name, d)));
  });
  return out.join('\n');
}

/** A finding fails the run: an error or a warning (information and hints are reported, not failed on). */
export function isFinding(d: Diagnostic): boolean {
  return d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning;
}
