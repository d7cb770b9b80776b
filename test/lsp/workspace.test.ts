import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { writeWorkspace } from '../generate';
import { startServer } from './lspClient';
import type { TestServer } from './lspClient';

describe('workspace indexing over LSP', () => {
  let dir: string;
  let written: ReturnType<typeof writeWorkspace>;
  let server: TestServer;
  let progress: string[];
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'transcript-lens-ws-'));
    written = writeWorkspace(dir, 120, 900);
    progress = [];
    let done: () => void = () => undefined;
    const ended = new Promise<void>((r) => (done = r));
    server = await startServer(dir);
    server.connection.onNotification('$/progress', (p: { value: { kind: string } }) => {
      progress.push(p.value.kind);
      if (p.value.kind === 'end') done();
    });
    await ended;
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports progress from begin to end', () => {
    assert.equal(progress[0], 'begin');
    assert.equal(progress[progress.length - 1], 'end');
  });

  it('has indexed every generated call once progress has ended', async () => {
    for (const w of [written[0], written[57], written[119]]) {
      const analyst = w.call.people[w.call.people.length - 1];
      const hits = (await server.connection.sendRequest('workspace/symbol', { query: analyst.name })) as WorkspaceSymbol[];
      const uri = pathToFileURL(w.path).toString();
      assert.ok(
        hits.some((h) => h.name === analyst.name && (h.location as { uri: string }).uri === uri),
        `${analyst.name} in ${w.path}`,
      );
    }
  });
});
