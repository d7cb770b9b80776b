// The language server killed again and again: the client restarts it each time (with back-off,
// never giving up) and the outline comes back; the Restart Server command starts a new one.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { documentSymbols, openTranscript, waitFor } from '../helpers';

const Q4 = 'halvard-q4-2025.txt';

/** The language server: the child of this extension host running dist/server.js (Linux /proc). */
function serverPid(): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('server.js')) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}

/** A server other than `old`, once it is there. */
const replacing = (old: number, what: string) =>
  waitFor(
    what,
    () => {
      const pid = serverPid();
      return pid !== undefined && pid !== old ? pid : undefined;
    },
    60_000,
  );

describe('server restarts', () => {
  it('restarts the server each time it is killed, six times, and the outline comes back each time', async function () {
    this.timeout(240_000);
    const doc = await openTranscript(Q4);
    await documentSymbols(doc.uri);
    let pid = await waitFor('the server process', serverPid);
    for (let kill = 1; kill <= 6; kill++) {
      process.kill(pid, 'SIGKILL');
      pid = await replacing(pid, `a new server after kill ${kill}`);
      const symbols = await documentSymbols(doc.uri);
      assert.match(symbols[0].name, /Halvard Instruments/, `outline after kill ${kill}`);
    }
  });

  it('the Restart Server command starts a new server', async function () {
    this.timeout(60_000);
    const doc = await openTranscript(Q4);
    const before = await waitFor('the server process', serverPid);
    await vscode.commands.executeCommand('transcriptLens.restartServer');
    await replacing(before, 'a new server after the command');
    assert.ok((await documentSymbols(doc.uri)).length > 0);
  });
});
