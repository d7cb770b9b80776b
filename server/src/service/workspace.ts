// The workspace's transcripts, for finding speakers and firms across calls. Files are read from
// disk a few at a time, so requests on open documents are never held up by indexing. Every read
// is bounded and confined to the workspace folders (service/disk.ts).
import * as path from 'node:path';
import { SymbolKind } from 'vscode-languageserver-types';
import type { Range, WorkspaceSymbol } from 'vscode-languageserver-types';
import { decodeBytes } from './decode';
import { Confinement, fileUri, transcriptPaths, uriPath } from './disk';
import { TextLines, formatPeriod, isTranscript, parseTranscript, type Meta, type Transcript } from '../core';

/** What workspace symbols need of one call: its speakers and participants, not its text. */
export interface CallEntry {
  uri: string;
  call: string;
  people: { name: string; firm: string | null; title: string | null; range: Range }[];
}

export const MAX_INDEXED_BYTES = 5 * 1024 * 1024;

/** Reads are confined to the workspace folders, set when the server is initialised; none before. */
let workspace = new Confinement([]);

export function confineReads(folders: readonly string[]): void {
  workspace = new Confinement(folders);
}

/** A bounded read of a file inside the workspace folders (throws when it is not one to read). */
export function readWorkspaceFile(file: string | Buffer, maxBytes: number, truncate = false): Promise<Buffer> {
  return workspace.read(file, { maxBytes, truncate });
}

/**
 * A copy of a string that a parse sliced out of a file's text. V8 keeps a slice as a view of the
 * whole text, so an index of a few names per file would otherwise hold every file it read.
 */
export function detached<T extends string | null>(s: T): T {
  return (s === null ? s : JSON.parse(JSON.stringify(s))) as T;
}

/** The header with its strings copied (see `detached`): it outlives the text it was read from. */
export function detachedMeta(m: Meta): Meta {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v === 'string' ? detached(v) : v])) as unknown as Meta;
}

export function callEntry(uri: string, t: Transcript): CallEntry {
  const seen = new Set<string>();
  const people: CallEntry['people'] = [];
  for (const p of [...t.participants, ...t.turns.map((u) => ({ name: u.speaker, firm: u.firm, title: u.title, range: u.headerRange }))]) {
    if (p.name === 'Operator' || seen.has(p.name)) continue;
    seen.add(p.name);
    people.push({ name: detached(p.name), firm: detached(p.firm), title: detached(p.title), range: p.range });
  }
  const call =
    [t.meta.ticker ?? t.meta.company, t.meta.period && formatPeriod(t.meta.period)].filter(Boolean).join(' ') || path.basename(decodeURIComponent(uri));
  return { uri, call: detached(call), people };
}

/** Every transcript file under the folder, with its URI (see `transcriptPaths`: names as bytes, links not walked into). */
export async function* transcriptFiles(folder: string): AsyncGenerator<{ path: Buffer; uri: string }> {
  for await (const file of transcriptPaths(folder)) yield { path: file, uri: fileUri(file) };
}

/** Reads and parses one file: its people, and its header; null when it is not a transcript. Throws when it is not a file to read. */
export async function indexFile(file: string | Buffer): Promise<{ entry: CallEntry; meta: Meta } | null> {
  const text = decodeBytes(await readWorkspaceFile(file, MAX_INDEXED_BYTES));
  if (!isTranscript(text)) return null;
  const t = parseTranscript(new TextLines(text));
  return { entry: callEntry(fileUri(file), t), meta: detachedMeta(t.meta) };
}

/** `indexFile` of a file URI; null for other schemes and for files not to be read. */
export function indexUri(uri: string): Promise<{ entry: CallEntry; meta: Meta } | null> {
  const file = uriPath(uri);
  return file ? indexFile(file).catch(() => null) : Promise.resolve(null);
}

/** Case-insensitive match of the query's characters in order (VS Code's own fuzzy rule). */
function fuzzy(query: string, target: string): boolean {
  let i = 0;
  const q = query.toLowerCase();
  const t = target.toLowerCase();
  for (let j = 0; j < t.length && i < q.length; j++) if (t[j] === q[i]) i++;
  return i === q.length;
}

export function workspaceSymbols(entries: Iterable<CallEntry>, query: string, limit = 500): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  for (const e of entries) {
    for (const p of e.people) {
      if (!fuzzy(query, p.name) && !(p.firm && fuzzy(query, p.firm))) continue;
      out.push({
        name: p.name,
        kind: SymbolKind.Constructor,
        containerName: [p.firm, e.call].filter(Boolean).join(' · '),
        location: { uri: e.uri, range: p.range },
      });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
