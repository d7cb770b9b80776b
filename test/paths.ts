// Where tests find the project's fixtures and, beside the repository, the shared transcripts.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** This module runs from out/test/, two levels below the repository. */
export const repoRoot = path.resolve(__dirname, '..', '..');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
export const sharedTranscripts = path.resolve(repoRoot, '..', 'shared', 'transcripts');
export const referencePath = path.join(sharedTranscripts, 'streetevents_pdf_text', 'CALX-Q4-2012.txt');
/** The server the LSP tests and the benchmark spawn; TRANSCRIPT_LENS_SERVER points the benchmark at another build (a before/after). */
export const serverPath = process.env.TRANSCRIPT_LENS_SERVER ?? path.join(repoRoot, 'dist', 'server.js');
export const cliPath = path.join(repoRoot, 'dist', 'cli.js');

export function fixture(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8');
}

/** Reason to skip a test that needs ../shared, or false when it is there. */
export const sharedMissing: string | false = existsSync(sharedTranscripts)
  ? false
  : `../shared/transcripts not found beside the repository (${sharedTranscripts}): skipped`;

if (sharedMissing) console.log(`# ${sharedMissing}`);
