// Bounded reads: regular files only, the limit checked before and during the read, a file's head;
// reads confined to folders by real path; URIs made from and read back to a path's bytes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Confinement, SkippedFile, fileUri, readError, readRegularFile, uriPath } from '../../server/src/service/disk';

const posix = process.platform !== 'win32';
let dir: string;

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tl-disk-'));
  mkdirSync(path.join(dir, 'in'));
  mkdirSync(path.join(dir, 'out'));
  writeFileSync(path.join(dir, 'in', 'ten.txt'), '0123456789');
  writeFileSync(path.join(dir, 'out', 'secret.txt'), 'not yours');
});
after(() => rmSync(dir, { recursive: true, force: true }));

const code = async (p: Promise<unknown>) =>
  p.then(
    () => 'read',
    (e) => (e instanceof SkippedFile ? e.code : (e as NodeJS.ErrnoException).code),
  );

describe('bounded reads', () => {
  it('reads a regular file within the limit, refuses one over it, or gives its head', async () => {
    const file = path.join(dir, 'in', 'ten.txt');
    assert.equal((await readRegularFile(file, { maxBytes: 10 })).toString(), '0123456789');
    assert.equal(await code(readRegularFile(file, { maxBytes: 9 })), 'EFBIG');
    assert.equal((await readRegularFile(file, { maxBytes: 4, truncate: true })).toString(), '0123');
  });

  it('refuses devices, FIFOs and folders without blocking on them', { skip: !posix }, async () => {
    const fifo = path.join(dir, 'fifo.txt');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    for (const f of ['/dev/zero', fifo, dir]) assert.equal(await code(readRegularFile(f, { maxBytes: 1 << 20 })), 'ENOTREG', f);
    assert.match(readError(new SkippedFile('ENOTREG')), /not a regular file/);
  });

  it('reads inside the folders only, by real path', { skip: !posix }, async () => {
    symlinkSync(path.join(dir, 'out', 'secret.txt'), path.join(dir, 'in', 'link.txt'));
    symlinkSync('/dev/zero', path.join(dir, 'in', 'zero.txt'));
    symlinkSync(path.join(dir, 'in', 'loop.txt'), path.join(dir, 'in', 'loop.txt'));
    const inside = new Confinement([path.join(dir, 'in')]);
    const limit = { maxBytes: 1 << 20 };
    assert.equal((await inside.read(path.join(dir, 'in', 'ten.txt'), limit)).length, 10);
    assert.equal(await code(inside.read(path.join(dir, 'in', 'link.txt'), limit)), 'EOUTSIDE');
    assert.equal(await code(inside.read(path.join(dir, 'out', 'secret.txt'), limit)), 'EOUTSIDE');
    assert.equal(await code(inside.read(path.join(dir, 'in', 'zero.txt'), limit)), 'EOUTSIDE');
    assert.equal(await code(inside.read(path.join(dir, 'in', 'loop.txt'), limit)), 'ELOOP');
    // A folder whose name starts like the allowed one is not inside it.
    assert.equal(await code(new Confinement([path.join(dir, 'i')]).read(path.join(dir, 'in', 'ten.txt'), limit)), 'EOUTSIDE');
    assert.equal(await code(new Confinement([]).read(path.join(dir, 'in', 'ten.txt'), limit)), 'EOUTSIDE');
  });
});

describe('file URIs by bytes', { skip: !posix }, () => {
  it('escapes every byte outside the unreserved set and reads the bytes back', () => {
    const name = Buffer.concat([Buffer.from('/calls/a b#?%:'), Buffer.from([0xe9]), Buffer.from('é.txt')]);
    const uri = fileUri(name);
    assert.equal(uri, 'file:///calls/a%20b%23%3F%25%3A%E9%C3%A9.txt');
    assert.deepEqual(uriPath(uri), name);
    assert.deepEqual(uriPath('file:///calls/x.txt?query#frag'), Buffer.from('/calls/x.txt'));
    assert.equal(uriPath('untitled:Untitled-1'), null);
  });
});
