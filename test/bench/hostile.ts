// The workspace of issue 15: 20,000 files of mixed kinds (generated calls, and among them binary,
// empty, unreadable, sparse huge files, FIFOs, links to /dev/zero, link loops, links out of the
// folder, names that are not UTF-8). Spawn → indexing progress `end`, the server's peak RSS, and
// `documentSymbol` on an open transcript meanwhile; and whether anything outside was indexed.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { generateCall, writeWorkspace } from '../generate';
import { indexWhileAsking } from './lsp';

export interface HostileFigures {
  files: number;
  hostile: number;
  wallS: number;
  peakRssMB: number;
  requests: number;
  requestP99: number;
  /** Workspace symbols found in the file outside the folder (0 when reads are confined). */
  readOutside: number;
}

/** One of each hostile kind, `copies` times, in `dir`; `outsideFile` is linked to from inside. */
function writeHostile(dir: string, copies: number, outsideFile: string, outsideDir: string): number {
  let n = 0;
  const bytes = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7919 + (i >> 3)) % 256));
  for (let i = 0; i < copies; i++) {
    const sub = path.join(dir, `hostile-${Math.floor(i / 100)}`);
    mkdirSync(sub, { recursive: true });
    const at = (name: string) => path.join(sub, `${name}-${i}.txt`);
    writeFileSync(at('binary'), bytes);
    writeFileSync(at('empty'), '');
    writeFileSync(at('unreadable'), generateCall(900_000 + i).text);
    chmodSync(at('unreadable'), 0);
    writeFileSync(at('huge'), '');
    truncateSync(at('huge'), 1024 * 1024 * 1024);
    spawnSync('mkfifo', [at('fifo')]);
    symlinkSync('/dev/zero', at('zero'));
    symlinkSync(at('loop-b'), at('loop-a'));
    symlinkSync(at('loop-a'), at('loop-b'));
    symlinkSync(outsideFile, at('link-out'));
    symlinkSync(outsideDir, path.join(sub, `folder-out-${i}`));
    writeFileSync(Buffer.concat([Buffer.from(`${sub}/caf`), Buffer.from([0xe9]), Buffer.from(`-${i}.txt`)]), generateCall(950_000 + i).text);
    n += 11;
  }
  return n;
}

export async function measureHostileWorkspace(files: number, openText: string): Promise<HostileFigures> {
  const root = mkdtempSync(path.join(tmpdir(), 'transcript-lens-hostile-'));
  const ws = path.join(root, 'ws');
  const outside = path.join(root, 'outside');
  mkdirSync(ws, { recursive: true });
  mkdirSync(outside);
  const secret = generateCall(999_999);
  writeFileSync(path.join(outside, 'secret.txt'), secret.text);
  const copies = Math.round(files / 20 / 11);
  const hostile = writeHostile(ws, copies, path.join(outside, 'secret.txt'), outside);
  writeWorkspace(ws, files - hostile, 8_000_000);
  try {
    const analyst = secret.people[secret.people.length - 1]!.name;
    const { wallS, peakRssMB, requests, requestP99, after } = await indexWhileAsking(ws, openText, async (server) => {
      const found = (await server.connection.sendRequest('workspace/symbol', { query: analyst })) as WorkspaceSymbol[];
      return found.filter((s) => /secret|link-out/.test((s.location as { uri: string }).uri)).length;
    });
    return { files, hostile, wallS, peakRssMB, requests, requestP99, readOutside: after };
  } finally {
    spawnSync('chmod', ['-R', 'u+rwX', root]);
    rmSync(root, { recursive: true, force: true });
  }
}
