// Workspaces the scripts open in code-server.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { root } from './code-server.mjs';

export const samplesDir = path.join(root, 'samples');
export const sharedTranscripts = path.resolve(root, '..', 'shared', 'transcripts');

/** A throw-away copy of the samples and the e2e fixtures, so tests may edit and save freely. */
export function makeTestWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-workspace-'));
  for (const src of [samplesDir, path.join(root, 'test', 'e2e', 'fixtures')]) {
    for (const f of fs.readdirSync(src)) {
      if (f.endsWith('.txt')) fs.copyFileSync(path.join(src, f), path.join(dir, f));
    }
  }
  return dir;
}
