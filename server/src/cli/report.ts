// What `analyze` prints of each file: a summary (per call, for a merged file) with `file:line:col`
// diagnostics, or the model as JSON.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { callAt, headerName, type Analysis, type Transcript } from '../core';
import type { Input } from './inputs';

export interface FileResult {
  input: Input;
  analysis: Analysis;
}

export function toJson(r: FileResult) {
  const t = r.analysis.transcript;
  return {
    path: r.input.name,
    format: t.format,
    meta: t.meta,
    participants: t.participants,
    sections: t.sections,
    turns: t.turns.map(({ speaker, role, firm, title, section, range }) => ({ speaker, role, firm, title, section, range })),
    exchanges: t.exchanges,
    figures: r.analysis.figures,
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
