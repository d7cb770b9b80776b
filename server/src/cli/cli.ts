// Command line: `transcript-lens analyze [--json | --format F] PATH...` summarises transcripts or
// prints the model; `transcript-lens export --format csv|json|md PATH...` writes their figures and
// judgements as rows for a spreadsheet. Each file is read and analysed on its own: one that cannot
// be read is reported and the rest still are. Exit codes: 0 clean, 1 findings (errors or warnings,
// for analyze) or files that could not be read, 2 usage.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import {
  analyse,
  defaultDiagnosticSettings,
  documentJudgements,
  documentLedger,
  EXPORT_FORMATS,
  exportRows,
  formatExport,
  guidanceDiagnostics,
  judgeAcross,
  type CallLedger,
  type ExportFormat,
} from '../core';
import { decodeBytes } from '../service/decode';
import { readError, readRegularFile } from '../service/disk';
import { expandInputs, type InputError } from './inputs';
import { explanation, isFinding, summary, toJson, type FileResult } from './report';
import { toSarif } from './sarif';
import { writeOut } from './stdout';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Larger files are refused before they are read: the biggest merged transcripts are a few tens of MB. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

interface AnalyzeOptions {
  json?: boolean;
  format?: Format;
  explain?: boolean;
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(path.resolve(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new InvalidArgumentError(`unknown format ${value} (text, json or sarif)`);
}

/** Every file the paths name, read and analysed on its own; those that cannot be read are reported on stderr. */
async function analyseInputs(args: string[]) {
  const { inputs, errors } = await expandInputs(args);
  const failed: InputError[] = [...errors];
  const results: FileResult[] = [];
  for (const input of inputs) {
    try {
      const text = decodeBytes(await readRegularFile(input.path, { maxBytes: MAX_FILE_BYTES }));
      results.push({ input, analysis: analyse(text), text });
    } catch (e) {
      failed.push({ name: input.name, error: readError(e) });
    }
  }
  for (const f of failed) process.stderr.write(`transcript-lens: cannot read ${f.name}: ${f.error}\n`);
  return { inputs, results, failed };
}

async function analyzeCommand(args: string[], opts: AnalyzeOptions): Promise<void> {
  const format: Format = opts.json ? 'json' : (opts.format ?? 'text');
  const { inputs, results, failed } = await analyseInputs(args);
  // Guidance is compared within each file and across the files given (calls of one company).
  const perFile = guidanceDiagnostics(
    results.map((r) => ({ uri: r.input.name, calls: r.analysis.calls })),
    defaultDiagnosticSettings(),
  );
  results.forEach((r, i) => r.analysis.diagnostics.push(...perFile[i]));
  // Known before writing, so that a reader who closes the pipe early still gets it.
  const findings = results.some((r) => r.analysis.diagnostics.some(isFinding));
  process.exitCode = failed.length || findings ? EXIT_FINDINGS : EXIT_CLEAN;

  if (format === 'sarif') {
    const files = results.map((r) => ({ uri: r.input.name, bytes: r.input.path, diagnostics: r.analysis.diagnostics }));
    const bytesOf = new Map(inputs.map((i) => [i.name, i.path]));
    const log = toSarif(
      files,
      version(),
      failed.map((f) => ({ uri: f.name, bytes: bytesOf.get(f.name), error: f.error })),
    );
    writeOut(`${JSON.stringify(log, null, 1)}\n`);
  } else if (format === 'json') {
    writeOut(`${JSON.stringify({ files: results.map(toJson), errors: failed.map((f) => ({ path: f.name, error: f.error })) }, null, 1)}\n`);
  } else if (results.length) writeOut(`${results.map(opts.explain ? explanation : summary).join('\n\n')}\n`);
}

function parseExportFormat(value: string): ExportFormat {
  if ((EXPORT_FORMATS as readonly string[]).includes(value)) return value as ExportFormat;
  throw new InvalidArgumentError(`unknown format ${value} (csv, json or md)`);
}

/** Figures and judgements of every file, one row each; guidance is judged across the files given too. */
async function exportCommand(args: string[], opts: { format: ExportFormat }): Promise<void> {
  const { results, failed } = await analyseInputs(args);
  const tol = defaultDiagnosticSettings().tolerance;
  const ledgers = results.map((r) => documentLedger(r.input.name, r.analysis.calls)).filter((l): l is CallLedger => l !== null);
  const rows = results.flatMap((r) => {
    const judgements = [...documentJudgements(r.analysis.calls, tol), ...judgeAcross(ledgers, r.input.name, tol)];
    return exportRows(r.input.name, r.input.name, r.analysis.calls, judgements, (uri) => uri);
  });
  process.exitCode = failed.length ? EXIT_FINDINGS : EXIT_CLEAN;
  writeOut(formatExport(rows, opts.format));
}

/** The program; options are declared here, each with its own parser, so adding one is one line. */
export function program(): Command {
  const cli = new Command('transcript-lens').description('Earnings-call transcripts as navigable, checked documents.').version(version()).exitOverride();
  cli
    .command('analyze')
    .description('parse transcripts and print a summary, the model as JSON, or the diagnostics as SARIF')
    .argument('<paths...>', 'transcript files, folders (their .txt and .transcript files, recursively) or quoted globs')
    .addOption(new Option('--json', 'print {"files":[...],"errors":[...]} as JSON (same as --format json)').conflicts('format'))
    .addOption(new Option('--format <format>', 'text, json, or sarif (SARIF 2.1.0 of the diagnostics)').argParser(parseFormat))
    .addOption(
      new Option('--explain', 'print how each file was read: layout scores, the speaker shapes found and trusted, and why').conflicts(['json', 'format']),
    )
    .exitOverride()
    .action(analyzeCommand);
  cli
    .command('export')
    .description('write the figures and judgements of transcripts, one row each, for a spreadsheet')
    .argument('<paths...>', 'transcript files, folders (their .txt and .transcript files, recursively) or quoted globs')
    .addOption(new Option('--format <format>', 'csv, json or md').argParser(parseExportFormat).makeOptionMandatory())
    .exitOverride()
    .action(exportCommand);
  return cli;
}

/** Help and the version exit 0; every other complaint of the parser is a usage error. */
function exitCodeOf(e: unknown): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_CLEAN : EXIT_USAGE;
  process.stderr.write(`transcript-lens: ${(e as Error).message}\n`);
  return EXIT_FINDINGS;
}

if (require.main === module) {
  program()
    .parseAsync(process.argv)
    .catch((e: unknown) => (process.exitCode = exitCodeOf(e)));
}
