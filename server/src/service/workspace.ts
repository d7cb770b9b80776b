// The workspace's transcripts, for finding speakers and firms across calls. Files are read from
// disk a few at a time, so requests on open documents are never held up by indexing.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SymbolKind } from 'vscode-languageserver-types';
import type { Range, WorkspaceSymbol } from 'vscode-languageserver-types';
import { decodeBytes } from './decode';
import { TextLines, isTranscript, parseTranscript, type Meta, type Transcript } from '../core';

/** What workspace symbols need of one call: its speakers and participants, not its text. */
export interface CallEntry {
  uri: string;
  call: string;
  people: { name: string; firm: string | null; title: string | null; range: Range }[];
}

export const MAX_INDEXED_BYTES = 5 * 1024 * 1024;
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);

export function callEntry(uri: string, t: Transcript): CallEntry {
  const seen = new Set<string>();
  const people: CallEntry['people'] = [];
  for (const p of [...t.participants, ...t.turns.map((u) => ({ name: u.speaker, firm: u.firm, title: u.title, range: u.headerRange }))]) {
    if (p.name === 'Operator' || seen.has(p.name)) continue;
    seen.add(p.name);
    people.push({ name: p.name, firm: p.firm, title: p.title, range: p.range });
  }
  const call = [t.meta.ticker ?? t.meta.company, t.meta.period].filter(Boolean).join(' ') || path.basename(decodeURIComponent(uri));
  return { uri, call, people };
}

/** Every .txt file under the folders, depth-first, skipping build and dependency folders. */
export async function* transcriptFiles(folder: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(folder, e.name);
    if (e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) yield* transcriptFiles(full);
    else if (e.isFile() && /\.(txt|transcript)$/i.test(e.name)) yield full;
  }
}

/** Reads and parses one file: its people, and its header; null when it is not a transcript or too large to index. */
export async function indexFile(file: string): Promise<{ entry: CallEntry; meta: Meta } | null> {
  const stat = await fs.stat(file);
  if (stat.size > MAX_INDEXED_BYTES) return null;
  const text = decodeBytes(await fs.readFile(file));
  if (!isTranscript(text)) return null;
  const t = parseTranscript(new TextLines(text));
  return { entry: callEntry(pathToFileURL(file).toString(), t), meta: t.meta };
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
