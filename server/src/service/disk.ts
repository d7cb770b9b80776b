// Reading files that may be anything: a device (/dev/zero never ends), a FIFO (blocks until a
// writer comes), a directory, a file larger than anything worth reading, a link out of the
// workspace, a name that is not UTF-8. Every read here is bounded: it opens without blocking,
// checks the open file is a regular one and its size before reading, and stops at the limit even
// when the file grows while it is read.
import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Windows names are UTF-16, always text: there URIs are made and read the usual way. */
const WINDOWS = process.platform === 'win32';

/** Why a file was not read, beside the system's own codes (ENOENT, EACCES, ...). */
export type SkipReason = 'ENOTREG' | 'EFBIG' | 'EOUTSIDE';

const MESSAGES: Record<SkipReason, string> = {
  ENOTREG: 'not a regular file',
  EFBIG: 'too large',
  EOUTSIDE: 'outside the workspace folders',
};

export class SkippedFile extends Error {
  constructor(
    readonly code: SkipReason,
    detail?: string,
  ) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code]);
  }
}

/** A one-line reason for a failed read: ours, or the system's code. */
export function readError(e: unknown): string {
  if (e instanceof SkippedFile) return e.message;
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

export interface ReadLimit {
  /** The most bytes to read. */
  maxBytes: number;
  /** Return the first `maxBytes` of a longer file instead of refusing it (a file's head). */
  truncate?: boolean;
}

const CHUNK = 64 * 1024;

/**
 * The bytes of a regular file, at most `limit.maxBytes`. O_NONBLOCK makes opening a FIFO return at
 * once (a regular file ignores it); the type and size are those of the file opened, not of a name
 * that may have changed in between.
 */
export async function readRegularFile(file: string | Buffer, limit: ReadLimit): Promise<Buffer> {
  const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new SkippedFile('ENOTREG');
    if (stat.size > limit.maxBytes && !limit.truncate) throw new SkippedFile('EFBIG', `${stat.size} bytes, the limit is ${limit.maxBytes}`);
    // One read of the size the file has, then small ones in case it grew; one byte past the limit tells it is over.
    const chunks: Buffer[] = [];
    let total = 0;
    let want = Math.min(stat.size, limit.maxBytes) + 1;
    for (;;) {
      const room = limit.maxBytes + 1 - total;
      const buf = Buffer.allocUnsafe(Math.min(want, room));
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit.maxBytes) {
        if (limit.truncate) return Buffer.concat(chunks).subarray(0, limit.maxBytes);
        throw new SkippedFile('EFBIG', `grew past ${limit.maxBytes} bytes while read`);
      }
      want = CHUNK;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  } finally {
    await handle.close();
  }
}

/**
 * Folders whose files may be read: a file is inside when its real path (links resolved) is one of
 * theirs, so a link that leads out of them, to a device or elsewhere on the disk, is not followed.
 */
export class Confinement {
  private readonly roots: Promise<string[]>;

  constructor(folders: readonly string[]) {
    this.roots = Promise.all(folders.map((f) => fs.realpath(f).catch(() => path.resolve(f))));
  }

  /** The file's real path when it lies inside the folders; throws SkippedFile('EOUTSIDE') when not. */
  async resolve(file: string | Buffer): Promise<Buffer> {
    const real = await fs.realpath(file, { encoding: 'buffer' });
    const roots = await this.roots;
    const inside = roots.some((root) => {
      const prefix = Buffer.from(root.endsWith(path.sep) ? root : root + path.sep);
      return real.equals(Buffer.from(root)) || (real.length > prefix.length && real.subarray(0, prefix.length).equals(prefix));
    });
    if (!inside) throw new SkippedFile('EOUTSIDE');
    return real;
  }

  /** A bounded read of a file inside the folders. */
  async read(file: string | Buffer, limit: ReadLimit): Promise<Buffer> {
    return readRegularFile(await this.resolve(file), limit);
  }
}

/** Transcript files by name. */
export const TRANSCRIPT_NAME = /\.(txt|transcript)$/i;
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist']);

/** A folder's entries with their names as bytes, in byte order; none when it cannot be read. */
export async function entriesByName(folder: string | Buffer) {
  try {
    const entries = await fs.readdir(folder, { withFileTypes: true, encoding: 'buffer' });
    return entries.sort((a, b) => Buffer.compare(a.name, b.name));
  } catch {
    return [];
  }
}

/**
 * Every transcript file under `folder`, depth-first in name order, as raw bytes of the path: names
 * need not be UTF-8, and a name decoded to a string would no longer open its file. Links are
 * yielded as files (the reader decides where they lead) and never walked into, so a loop of links
 * cannot trap the walk. Hidden, build and dependency folders are skipped.
 */
export async function* transcriptPaths(folder: string | Buffer): AsyncGenerator<Buffer> {
  const entries = await entriesByName(folder);
  const base = Buffer.isBuffer(folder) ? folder : Buffer.from(folder);
  for (const e of entries) {
    const name = e.name.toString('latin1');
    const last = base[base.length - 1];
    const full = Buffer.concat([base, Buffer.from(last === 0x2f || last === path.sep.charCodeAt(0) ? '' : path.sep), e.name]);
    if (e.isDirectory()) {
      if (!name.startsWith('.') && !SKIP_DIRS.has(name)) yield* transcriptPaths(full);
    } else if ((e.isFile() || e.isSymbolicLink()) && TRANSCRIPT_NAME.test(name)) yield full;
  }
}

/** A path's bytes in a URI: each byte outside RFC 3986's unreserved set and '/' percent-encoded. */
export function encodePath(file: string | Buffer): string {
  let out = '';
  for (const b of Buffer.isBuffer(file) ? file : Buffer.from(file)) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-._~/]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A file URI for a path, absolute or made so; bytes that are not UTF-8 stay as their escapes. */
export function fileUri(file: string | Buffer): string {
  if (WINDOWS) return pathToFileURL(file.toString()).toString();
  return `file://${encodePath(Buffer.isBuffer(file) ? file : path.resolve(file))}`;
}

/** The path (as bytes) of a file URI, its escapes decoded as bytes; null for other schemes. */
export function uriPath(uri: string): Buffer | null {
  if (WINDOWS) {
    try {
      return Buffer.from(fileURLToPath(uri));
    } catch {
      return null;
    }
  }
  const m = /^file:\/\/(?:localhost)?(\/[^?#]*)?/i.exec(uri);
  if (!m) return null;
  return Buffer.concat(
    (m[1] ?? '/').split(/(%[0-9a-fA-F]{2})/).map((p) => (/^%[0-9a-fA-F]{2}$/.test(p) ? Buffer.from([parseInt(p.slice(1), 16)]) : Buffer.from(p))),
  );
}
