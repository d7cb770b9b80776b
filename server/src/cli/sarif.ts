// Diagnostics of one or more transcripts as a SARIF 2.1.0 log, for CI systems.
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { JUDGEMENT_DESCRIPTIONS, type JudgementCode } from '../core';
import { encodePath, fileUri } from '../service/disk';

export interface FileDiagnostics {
  /** The file as the log should name it: a path (relative or absolute) or a URI. */
  uri: string;
  /** The path's bytes, where a name that is not UTF-8 makes `uri` inexact. */
  bytes?: Buffer;
  diagnostics: Diagnostic[];
}

/** A file that could not be analysed, and why. */
export interface FileError {
  uri: string;
  bytes?: Buffer;
  error: string;
}

/**
 * SARIF wants URI references: URIs stay, absolute paths become file URIs, relative paths use '/'.
 * Every byte of a path outside the unreserved set is escaped: '#' and '?' would otherwise end the
 * path, a space or a non-ASCII letter is not allowed in a URI, and a ':' in a first segment would read as a scheme.
 */
export function sarifUri(p: string, bytes?: Buffer): string {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(p)) return p;
  if (path.isAbsolute(p)) return fileUri(bytes ?? p);
  // The bytes where they are the path as written ('/'-separated); elsewhere the name with its separators turned.
  return encodePath(bytes && path.sep === '/' ? bytes : p.split(path.sep).join('/'));
}

function level(s: DiagnosticSeverity | undefined): Sarif.Result.level {
  return s === DiagnosticSeverity.Error ? 'error' : s === DiagnosticSeverity.Warning ? 'warning' : 'note';
}

/** SARIF regions are 1-based; LSP ranges 0-based with an exclusive end column, as SARIF's. */
function region(r: Range): Sarif.Region {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

export function toSarif(files: readonly FileDiagnostics[], version: string, errors: readonly FileError[] = []): Sarif.Log {
  // One artifact per file, however often it is named; results point at theirs by index.
  const artifacts: Sarif.Artifact[] = [];
  const artifactIndex = new Map<string, number>();
  const uriOf = new Map(files.map((f) => [f.uri, sarifUri(f.uri, f.bytes)]));
  const artifactLocation = (name: string): Sarif.ArtifactLocation => {
    const uri = uriOf.get(name) ?? sarifUri(name);
    let index = artifactIndex.get(uri);
    if (index === undefined) {
      artifactIndex.set(uri, (index = artifacts.length));
      artifacts.push({ location: { uri } });
    }
    return { uri, index };
  };
  const location = (name: string, r: Range, message?: string): Sarif.Location => ({
    physicalLocation: { artifactLocation: artifactLocation(name), region: region(r) },
    ...(message ? { message: { text: message } } : {}),
  });
  for (const f of files) artifactLocation(f.uri);
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
        invocations: [
          {
            executionSuccessful: errors.length === 0,
            toolExecutionNotifications: errors.map((e) => ({
              level: 'error' as const,
              message: { text: `cannot read ${e.uri}: ${e.error}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(e.uri, e.bytes) } } }],
            })),
          },
        ],
        artifacts,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
