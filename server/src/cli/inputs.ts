// What the command line names, as the files to analyse: a file as given, a folder's transcripts
// (recursively), a quoted glob's matches. Paths are kept as bytes, so a name that is not UTF-8
// still opens its file; each argument that names nothing is an error of its own.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { entriesByName, transcriptPaths } from '../service/disk';

export interface Input {
  /** As printed and as named in SARIF: the path as the user wrote it or as found under a folder. */
  name: string;
  /** As opened. */
  path: Buffer;
}

export interface InputError {
  name: string;
  error: string;
}

const GLOB_CHARS = /[*?[]/;

/** A glob as a regular expression over '/'-separated paths: `**` crosses folders, `*` and `?` do not. */
export function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[' && glob.indexOf(']', i + 2) > 0) {
      const end = glob.indexOf(']', i + 2);
      const body = glob
        .slice(i + 1, end)
        .replace(/^!/, '^')
        .replace(/\\/g, '\\\\');
      re += `[${body}]`;
      i = end;
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Files under `dir` (links not walked into), `depth` folders down at most, as '/'-joined paths. */
async function* allFiles(dir: string, depth: number): AsyncGenerator<{ name: string; path: Buffer }> {
  for (const e of await entriesByName(dir)) {
    const name = dir === '.' ? e.name.toString() : `${dir}/${e.name.toString()}`;
    const full = Buffer.concat([Buffer.from(dir === '.' ? '' : `${dir}/`), e.name]);
    if (e.isDirectory()) {
      if (depth > 0) yield* allFiles(name, depth - 1);
    } else yield { name, path: full };
  }
}

/** The files a glob matches, walking from its longest folder prefix without glob characters. */
async function globbed(glob: string): Promise<Input[]> {
  const segments = glob.split('/');
  const literal = segments.findIndex((s) => GLOB_CHARS.test(s));
  const base = segments.slice(0, literal).join('/') || (glob.startsWith('/') ? '/' : '.');
  const rest = segments.slice(literal);
  const depth = rest.includes('**') || rest.some((s) => s.includes('**')) ? Infinity : rest.length - 1;
  const re = globRegExp(glob.replace(/^\.\//, ''));
  // As in shells, a wildcard does not match a hidden name: only a pattern that spells the dot does.
  const hidden = (name: string) =>
    name
      .split('/')
      .slice(literal)
      .some((s) => s.startsWith('.') && s !== '.' && s !== '..');
  const spellsDot = rest.some((s) => s.startsWith('.'));
  const out: Input[] = [];
  for await (const f of allFiles(base, depth)) if (re.test(f.name.replace(/^\.\//, '')) && (spellsDot || !hidden(f.name))) out.push(f);
  return out;
}

/**
 * The files the arguments name, each once (by resolved path), in the order given; and the
 * arguments that name nothing. A folder contributes its transcripts, a glob its matches (shells
 * expand unquoted ones themselves), anything else is passed on as a file to be read or refused.
 */
export async function expandInputs(args: readonly string[]): Promise<{ inputs: Input[]; errors: InputError[] }> {
  const inputs: Input[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const add = (f: Input) => {
    const key = path.resolve(f.path.toString('latin1'));
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push(f);
  };
  for (const arg of args) {
    const stat = await fs.stat(arg).catch((e: NodeJS.ErrnoException) => e);
    if (stat instanceof Error) {
      if (stat.code === 'ENOENT' && GLOB_CHARS.test(arg)) {
        const found = await globbed(arg);
        if (found.length === 0) errors.push({ name: arg, error: 'no files match' });
        found.forEach(add);
      } else add({ name: arg, path: Buffer.from(arg) });
    } else if (stat.isDirectory()) {
      let any = false;
      for await (const file of transcriptPaths(arg)) {
        any = true;
        add({ name: file.toString(), path: file });
      }
      if (!any) errors.push({ name: arg, error: 'no .txt or .transcript files in the folder' });
    } else add({ name: arg, path: Buffer.from(arg) });
  }
  return { inputs, errors };
}
