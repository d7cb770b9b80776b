// Diagnostics of one or more transcripts as a SARIF 2.1.0 log, for CI systems.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { JUDGEMENT_DESCRIPTIONS, type JudgementCode } from '../core';

export interface FileDiagnostics {
  /** The file as the log should name it: a relative path or a URI. */
  uri: string;
  diagnostics: Diagnostic[];
}

/** SARIF wants URI references: URIs stay, absolute paths become file URIs, relative paths use '/'. */
export function sarifUri(p: string): string {
  if (/^[a-z][a-z0-9+.-]+:/i.test(p)) return p;
  if (path.isAbsolute(p)) return pathToFileURL(p).toString();
  return encodeURI(p.split(path.sep).join('/'));
}

function level(s: DiagnosticSeverity | undefined): Sarif.Result.level {
  return s === DiagnosticSeverity.Error ? 'error' : s === DiagnosticSeverity.Warning ? 'warning' : 'note';
}

/** SARIF regions are 1-based; LSP ranges 0-based with an exclusive end column, as SARIF's. */
function region(r: Range): Sarif.Region {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function location(uri: string, r: Range, message?: string): Sarif.Location {
  return {
    physicalLocation: { artifactLocation: { uri: sarifUri(uri) }, region: region(r) },
    ...(message ? { message: { text: message } } : {}),
  };
}

export function toSarif(files: readonly FileDiagnostics[], version: string): Sarif.Log {
  const codes = [...new Set(files.flatMap((f) => f.diagnostics.map((d) => String(d.code ?? 'transcript'))))].sort();
  const rules: Sarif.ReportingDescriptor[] = codes.map((id) => ({
    id,
    ...(id in JUDGEMENT_DESCRIPTIONS ? { shortDescription: { text: JUDGEMENT_DESCRIPTIONS[id as JudgementCode] } } : {}),
  }));
  const results: Sarif.Result[] = files.flatMap((f) =>
    f.diagnostics.map((d): Sarif.Result => {
      const ruleId = String(d.code ?? 'transcript');
      return {
        ruleId,
        ruleIndex: codes.indexOf(ruleId),
        level: level(d.severity),
        message: { text: d.message },
        locations: [location(f.uri, d.range)],
        ...(d.relatedInformation?.length
          ? { relatedLocations: d.relatedInformation.map((ri, i) => ({ id: i, ...location(ri.location.uri, ri.location.range, ri.message) })) }
          : {}),
      };
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Transcript Lens', version, rules } },
        artifacts: files.map((f) => ({ location: { uri: sarifUri(f.uri) } })),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
