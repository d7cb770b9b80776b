// The call's status item in a real VS Code: a fictional call whose period cannot be read shows a
// warning offering the Set Company and Period command; the command, given its arguments (no input
// boxes), gives the call its company and period (the outline's header says so), and clears them.
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../../client/src/extension';
import { waitFor } from '../helpers';

const SET = 'transcriptLens.setCallIdentity';

// Fictional: no quarter or year anywhere in it.
const CALL = `Brindle Optics Earnings Call

Operator

Good day and welcome to the Brindle Optics earnings call. This call is fictional.

Mara Quill - Brindle Optics - CFO

Thank you. When we last spoke we guided revenue for the quarter of $40 million to $42 million. Revenue for the quarter was $44.1 million.

Operator

Our first question comes from Teo Vance of Larch Capital.

Teo Vance - Larch Capital - Analyst

What drove the quarter?

Mara Quill - Brindle Optics - CFO

Demand for lenses.

Teo Vance - Larch Capital - Analyst

Thank you.

Operator

This concludes the call.
`;

function api(): ExtensionApi {
  const ext = vscode.extensions.getExtension<ExtensionApi>('transcript-lens.transcript-lens');
  assert.ok(ext?.isActive, 'the extension is active');
  return ext.exports;
}

async function header(uri: vscode.Uri): Promise<string | undefined> {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
  return symbols?.[0]?.name;
}

describe('call status', () => {
  it('warns of a call with no period, and the command sets and clears its company and period', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes(SET), 'the command is registered');
    const doc = await vscode.workspace.openTextDocument({ language: 'transcript', content: CALL });
    await vscode.window.showTextDocument(doc);

    const uncertain = await waitFor('the status item to warn', () => {
      const s = api().callStatus();
      return s.warning && s.detail?.includes('period unknown') ? s : undefined;
    });
    assert.equal(uncertain.command, SET);
    assert.equal(await waitFor('the header', () => header(doc.uri)), 'Brindle Optics');

    await vscode.commands.executeCommand(SET, doc.uri, { company: 'Brindle Optics', period: 'q3 2031' });
    const known = await waitFor('the status item with the period', () => {
      const s = api().callStatus();
      return s.detail?.includes('Q3 2031') ? s : undefined;
    });
    assert.match(known.detail ?? '', /set by hand/);
    await waitFor('the header with the period', async () => (await header(doc.uri)) === 'Brindle Optics · Q3 2031');

    await vscode.commands.executeCommand(SET, doc.uri, { company: '', period: '' });
    await waitFor('the header as read', async () => (await header(doc.uri)) === 'Brindle Optics');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
