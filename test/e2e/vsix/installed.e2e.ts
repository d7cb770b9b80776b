// Runs with the extension installed from transcript-lens.vsix (code-server --install-extension), not
// loaded from the source tree: proves the package holds everything the extension needs.
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { documentSymbols, flatten, hoverAt, openTranscript } from '../helpers';

describe('installed VSIX', () => {
  it('is installed from the package, activates and answers with the outline', async () => {
    const ext = vscode.extensions.getExtension('transcript-lens.transcript-lens');
    assert.ok(ext, 'transcript-lens.transcript-lens is not installed');
    assert.match(ext.extensionPath, /transcript-lens\.transcript-lens-0\.1\.0/, `loaded from ${ext.extensionPath}`);
    const doc = await openTranscript('halvard-q3-2025.txt');
    assert.ok(ext.isActive);
    const names = flatten(await documentSymbols(doc.uri)).map((s) => s.name);
    assert.ok(names.includes('Q1 · Gideon Marsh, Crestline Securities'), names.join(' | '));
  });

  it('explains a figure from the minified server bundle', async () => {
    const doc = await openTranscript('halvard-q4-2025.txt');
    const { text } = await hoverAt(doc, '$398.6 million');
    assert.match(text, /Revenue · Q4 2025 · actual/);
  });
});
