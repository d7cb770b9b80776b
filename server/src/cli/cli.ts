// Command line: `transcript-lens analyze [--json] FILE...` summarises transcripts or prints the model.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Command } from 'commander';
import { analyse, defaultDiagnosticSettings, guidanceDiagnostics, headerName, layoutScores, type Analysis } from '../core';
import { decodeBytes } from '../service/decode';
import { toSarif } from './sarif';

interface FileResult {
  path: string;
  analysis: Analysis;
  text: string;
}

function toJson(r: FileResult) {
  const t = r.analysis.transcript;
  return {
    path: r.path,
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

function summary(r: FileResult): string {
  const t = r.analysis.transcript;
  const out = [`${r.path}: ${t.format}${t.meta.title ? ` — ${t.meta.title}` : ''}`, `  ${headerName(t)}`];
  const counts = (role: string) => t.participants.filter((p) => p.role === role).length;
  out.push(`  participants: ${counts('executive')} corporate, ${counts('analyst')} analysts`);
  out.push(`  sections: ${t.sections.map((s) => s.kind).join(', ') || 'none'}`);
  out.push(`  turns: ${t.turns.length}, Q&A exchanges: ${t.exchanges.length}, figures: ${r.analysis.figures.length}, diagnostics: ${r.analysis.diagnostics.length}`);
  for (const x of t.exchanges) out.push(`    Q${x.index} ${x.analyst}${x.firm ? `, ${x.firm}` : ''} (${x.turns.length} turns)`);
  for (const note of t.notes) out.push(`  note: ${note}`);
  for (const d of r.analysis.diagnostics) out.push(`  ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code ?? ''} ${d.message}`);
  return out.join('\n');
}

/** How the reader read a file: each layout's score, the shapes it found and trusted, and why. */
function explanation(r: FileResult): string {
  const t = r.analysis.transcript;
  const out = [`${r.path}: read as ${t.format}`, `  layout scores: ${layoutScores(r.text).map((d) => `${d.format} ${d.score.toFixed(2)}`).join(', ')}`];
  const p = t.profile;
  if (!p) out.push(`  profile: none (the ${t.format} layout is read by its own rules)`);
  else {
    out.push(`  profile: confidence ${p.confidence.toFixed(2)}, preset ${p.preset ?? 'none'}, ${p.rosterEntries} roster entries`);
    for (const s of p.shapes) out.push(`    ${s.accepted ? 'trusted    ' : 'not trusted'} ${s.shape.padEnd(22)} ${s.lines} lines, ${s.people} people, ${s.recurring} recurring, ${s.inRoster} in roster`);
    for (const reason of p.reasons) out.push(`    why: ${reason}`);
  }
  out.push(`  call: ${t.meta.company ?? '?'} (${t.meta.ticker ?? '?'}) ${t.meta.period ?? 'period ?'} ${t.meta.date ?? ''}`.trimEnd());
  out.push(`  turns: ${t.turns.length}; not speech: ${(t.notSpeech ?? []).map((n) => `${n.kind} lines ${n.range.start.line + 1}-${n.range.end.line + 1}`).join(', ') || 'none'}`);
  for (const note of t.notes) out.push(`  note: ${note}`);
  return out.join('\n');
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(path.resolve(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

function analyzeCommand(files: string[], opts: { json?: boolean; format?: string; explain?: boolean }): void {
  const format = opts.json ? 'json' : (opts.format ?? 'text');
  if (!['text', 'json', 'sarif'].includes(format)) {
    process.stderr.write(`transcript-lens: unknown format ${format} (text, json or sarif)\n`);
    process.exitCode = 2;
    return;
  }
  const results: FileResult[] = [];
  for (const path of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      process.stderr.write(`transcript-lens: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      process.exitCode = 1;
      return;
    }
    const text = decodeBytes(bytes);
    results.push({ path, analysis: analyse(text), text });
  }
  // Guidance is compared within each file and across the files given (calls of one company).
  const perFile = guidanceDiagnostics(
    results.map((r) => ({ uri: r.path, calls: r.analysis.calls })),
    defaultDiagnosticSettings(),
  );
  results.forEach((r, i) => r.analysis.diagnostics.push(...perFile[i]));
  if (format === 'sarif') {
    const log = toSarif(results.map((r) => ({ uri: r.path, diagnostics: r.analysis.diagnostics })), version());
    process.stdout.write(`${JSON.stringify(log, null, 1)}\n`);
  } else if (format === 'json') process.stdout.write(`${JSON.stringify({ files: results.map(toJson) }, null, 1)}\n`);
  else process.stdout.write(`${results.map(opts.explain ? explanation : summary).join('\n\n')}\n`);
}

const program = new Command('transcript-lens').description('Earnings-call transcripts as navigable, checked documents.');
program
  .command('analyze')
  .description('parse transcripts and print a summary, or the model as JSON')
  .argument('<files...>', 'transcript files')
  .option('--json', 'print {"files":[...]} as JSON (same as --format json)')
  .option('--format <format>', 'text, json, or sarif (SARIF 2.1.0 of the diagnostics)')
  .option('--explain', 'print how each file was read: layout scores, the speaker shapes found and trusted, and why')
  .action(analyzeCommand);
program.parseAsync(process.argv).catch((e: Error) => {
  process.stderr.write(`transcript-lens: ${e.message}\n`);
  process.exitCode = 1;
});
