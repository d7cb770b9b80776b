// The built CLI on inputs that are not one good file: several files some of which fail, folders,
// globs, devices, FIFOs, huge and binary files, a closed pipe, a full disk, odd names in SARIF,
// conflicting flags; and the exit codes (0 clean, 1 findings or unreadable files, 2 usage).
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { cliPath, fixturesDir, repoRoot } from '../paths';

/** A hang is a failure, not a wait: every run is killed after this long. */
const HANG = 30_000;

let dir: string;

function cli(args: string[], opts: { cwd?: string; stdout?: number } = {}): SpawnSyncReturns<string> {
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: 'utf8',
    cwd: opts.cwd ?? dir,
    timeout: HANG,
    stdio: ['ignore', opts.stdout ?? 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(r.signal, null, `killed (hung?): ${args.join(' ')}`);
  return r;
}

const noStackTrace = (stderr: string) => assert.doesNotMatch(stderr, /^\s+at /m, stderr);

// Fictional text with nothing to judge: a clean run.
const PLAIN = 'Notes for the Larchmont picnic.\nBring two blankets and a kite.\n';
const q1 = path.join(fixturesDir, 'harbor-kites-q1-2031.txt');
const q2 = path.join(fixturesDir, 'harbor-kites-q2-2031.txt');

const schema = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
// The schema is draft-04 and has one pattern that is not valid in unicode mode.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validSarif = ajv.compile(schema);

function assertValidSarif(text: string): Sarif.Log {
  const log: unknown = JSON.parse(text);
  assert.ok(validSarif(log), JSON.stringify(validSarif.errors, null, 1));
  return log as Sarif.Log;
}

before(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tl-cli-'));
  writeFileSync(path.join(dir, 'plain.txt'), PLAIN);
  copyFileSync(q1, path.join(dir, 'q1.txt'));
  copyFileSync(q2, path.join(dir, 'q2.txt'));
  mkdirSync(path.join(dir, 'tree', 'deeper', 'deepest'), { recursive: true });
  mkdirSync(path.join(dir, 'tree', '.hidden'));
  mkdirSync(path.join(dir, 'empty'));
  writeFileSync(path.join(dir, 'tree', 'top.txt'), PLAIN);
  writeFileSync(path.join(dir, 'tree', 'deeper', 'middle.txt'), PLAIN);
  writeFileSync(path.join(dir, 'tree', 'deeper', 'deepest', 'bottom.txt'), PLAIN);
  writeFileSync(path.join(dir, 'tree', 'deeper', 'readme.md'), PLAIN);
  writeFileSync(path.join(dir, 'tree', '.hidden', 'secret.txt'), PLAIN);
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI exit codes', () => {
  it('exits 0 on a clean file, 1 on findings, 2 on usage errors, 0 for help', () => {
    assert.equal(cli(['analyze', 'plain.txt']).status, 0);
    const findings = cli(['analyze', 'q1.txt', 'q2.txt']);
    assert.equal(findings.status, 1, 'a guidance miss is a finding');
    assert.match(findings.stdout, /warning guidance\.miss/);
    for (const args of [[], ['analyze'], ['analyse', 'plain.txt'], ['analyze', '--bogus', 'plain.txt'], ['analyze', '--format', 'xml', 'plain.txt']]) {
      const r = cli(args);
      assert.equal(r.status, 2, `usage: ${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stdout, '');
    }
    assert.equal(cli(['--help']).status, 0);
    assert.equal(cli(['analyze', '--help']).status, 0);
  });

  it('refuses --json with --format instead of silently choosing one', () => {
    const r = cli(['analyze', '--json', '--format', 'sarif', 'plain.txt']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /--json.*cannot be used with.*--format/);
  });
});

describe('CLI: each file on its own', () => {
  it('reports an unreadable file and still analyses the others, in every format', () => {
    const text = cli(['analyze', 'missing.txt', 'plain.txt']);
    assert.equal(text.status, 1);
    assert.match(text.stdout, /^plain\.txt: /m);
    assert.deepEqual(text.stderr.trim().split('\n'), ['transcript-lens: cannot read missing.txt: ENOENT']);
    const json = JSON.parse(cli(['analyze', '--json', 'plain.txt', 'missing.txt']).stdout);
    assert.deepEqual(
      json.files.map((f: { path: string }) => f.path),
      ['plain.txt'],
    );
    assert.deepEqual(json.errors, [{ path: 'missing.txt', error: 'ENOENT' }]);
    const sarif = assertValidSarif(cli(['analyze', '--format', 'sarif', 'plain.txt', 'missing.txt']).stdout);
    const inv = sarif.runs[0].invocations?.[0];
    assert.equal(inv?.executionSuccessful, false);
    assert.equal(inv?.toolExecutionNotifications?.[0].locations?.[0].physicalLocation?.artifactLocation?.uri, 'missing.txt');
  });

  it('refuses devices, FIFOs and oversized files without reading them', { skip: process.platform === 'win32' }, () => {
    const fifo = path.join(dir, 'pipe.txt');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const huge = path.join(dir, 'huge.txt');
    // Sparse: its size is past the limit though nothing is written (reading it would take minutes).
    writeFileSync(huge, '');
    truncateSync(huge, 200 * 1024 * 1024);
    const r = cli(['analyze', '/dev/zero', fifo, huge, 'plain.txt']);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^plain\.txt: /m);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 3, r.stderr);
    assert.match(lines[0], /\/dev\/zero: not a regular file/);
    assert.match(lines[1], /pipe\.txt: not a regular file/);
    assert.match(lines[2], /huge\.txt: too large/);
    rmSync(fifo);
    rmSync(huge);
  });

  it('reads empty and binary files as text without failing', () => {
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)));
    const r = cli(['analyze', '--format', 'sarif', 'empty.txt', 'binary.txt']);
    assert.equal(r.stderr, '');
    assertValidSarif(r.stdout);
  });
});

describe('CLI: folders and globs', () => {
  it('takes a folder as its transcripts, recursively, skipping hidden folders and other files', () => {
    const r = cli(['analyze', '--json', 'tree']);
    assert.equal(r.status, 0, r.stderr);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(
      paths,
      ['tree/deeper/deepest/bottom.txt', 'tree/deeper/middle.txt', 'tree/top.txt'].map((p) => p.split('/').join(path.sep)),
    );
  });

  it('says so for a folder without transcripts', () => {
    const r = cli(['analyze', 'empty', 'plain.txt']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /cannot read empty: no \.txt or \.transcript files/);
  });

  it('expands quoted globs: * within a folder, ** across folders', () => {
    const names = (glob: string) => JSON.parse(cli(['analyze', '--json', glob]).stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(names('tree/*.txt'), ['tree/top.txt']);
    assert.deepEqual(names('tree/**/*.txt'), ['tree/deeper/deepest/bottom.txt', 'tree/deeper/middle.txt', 'tree/top.txt']);
    assert.deepEqual(names('q?.txt'), ['q1.txt', 'q2.txt']);
    const none = cli(['analyze', 'nothing-*.txt']);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /nothing-\*\.txt: no files match/);
  });
});

describe('CLI output', () => {
  it('locates diagnostics as file:line:col, the same place the JSON gives', () => {
    const text = cli(['analyze', 'q1.txt', 'q2.txt']).stdout;
    const json = JSON.parse(cli(['analyze', '--json', 'q1.txt', 'q2.txt']).stdout);
    const miss = json.files[1].diagnostics.find((d: { code: string }) => d.code === 'guidance.miss');
    const at = `q2.txt:${miss.range.start.line + 1}:${miss.range.start.character + 1}: warning guidance.miss `;
    assert.ok(
      text.split('\n').some((l) => l.startsWith(at)),
      `${at} in\n${text}`,
    );
  });

  it('prints a merged file per call, each call with its own diagnostics', () => {
    const merged = path.join(dir, 'merged.txt');
    writeFileSync(merged, readFileSync(q1, 'utf8') + readFileSync(q2, 'utf8'));
    const q1Lines = readFileSync(q1, 'utf8').split('\n').length - 1;
    const out = cli(['analyze', 'merged.txt']).stdout;
    assert.match(out, /^merged\.txt: 2 calls/);
    const calls = [...out.matchAll(/^ {2}call (\d) at line (\d+): /gm)].map((m) => [Number(m[1]), Number(m[2])]);
    assert.deepEqual(calls, [
      [1, 1],
      [2, q1Lines + 1],
    ]);
    // The miss is reported by the second call, below its heading.
    const miss = out.split('\n').findIndex((l) => /warning guidance\.miss/.test(l));
    assert.ok(miss > out.split('\n').findIndex((l) => l.startsWith('  call 2 ')), out);
  });

  it('stops quietly when the reader closes the pipe', { skip: process.platform === 'win32' }, () => {
    // Many copies, so the output is far larger than a pipe holds.
    const many = path.join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 40; i++) copyFileSync(q2, path.join(many, `call-${i}.txt`));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cliPath}" analyze --json many | head -c 100 >/dev/null`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: HANG,
    });
    assert.equal(r.signal, null);
    assert.equal(r.stderr, '');
  });

  it('reports a full disk in one line', { skip: !existsSync('/dev/full') }, () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = cli(['analyze', '--json', 'q1.txt'], { stdout: full });
      assert.equal(r.status, 1);
      noStackTrace(r.stderr);
      assert.deepEqual(r.stderr.trim().split('\n'), ['transcript-lens: cannot write the output: ENOSPC']);
    } finally {
      closeSync(full);
    }
  });
});

describe('CLI SARIF', () => {
  const odd = ['hash#1.txt', 'what?.txt', 'with space.txt', 'café 日本.txt', 'colon:first.txt', '100%.txt'];

  it('is valid SARIF 2.1.0 with one artifact per file, however often it is named, and escaped URIs', () => {
    for (const name of odd) copyFileSync(q2, path.join(dir, name));
    const r = cli(['analyze', '--format', 'sarif', 'q1.txt', 'q2.txt', 'q2.txt', './q1.txt', ...odd]);
    const log = assertValidSarif(r.stdout);
    const run = log.runs[0];
    const uris = (run.artifacts ?? []).map((a) => a.location?.uri ?? '');
    assert.equal(new Set(uris).size, uris.length, 'artifacts are unique');
    assert.deepEqual(
      uris.map((u) => decodeURIComponent(u)),
      ['q1.txt', 'q2.txt', ...odd],
    );
    for (const u of uris) assert.match(u, /^[A-Za-z0-9\-._~/%]+$/, 'only unreserved characters and escapes');
    assert.ok(run.results?.length, 'the calls are judged against each other');
    for (const res of run.results ?? []) {
      const loc = res.locations?.[0].physicalLocation?.artifactLocation;
      assert.equal(uris[loc?.index ?? -1], loc?.uri, 'results point at their artifact');
    }
  });

  it('names a file whose name is not UTF-8 by its bytes', { skip: process.platform !== 'linux' }, () => {
    const raw = path.join(dir, 'raw');
    mkdirSync(raw);
    // "caf\xe9.txt": Latin-1, not UTF-8. The name is given as bytes; the folder finds it.
    writeFileSync(Buffer.concat([Buffer.from(`${raw}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), PLAIN);
    const r = cli(['analyze', '--format', 'sarif', 'raw']);
    assert.equal(r.status, 0, r.stderr);
    const log = assertValidSarif(r.stdout);
    assert.deepEqual(
      log.runs[0].artifacts?.map((a) => a.location?.uri),
      ['raw/caf%E9.txt'],
    );
  });

  it('is valid for no readable file at all', () => {
    const r = cli(['analyze', '--format', 'sarif', 'missing.txt']);
    assert.equal(r.status, 1);
    const log = assertValidSarif(r.stdout);
    assert.deepEqual(log.runs[0].artifacts, []);
  });
});
