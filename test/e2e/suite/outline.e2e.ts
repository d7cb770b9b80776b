// The extension loaded in development mode in a real VS Code: detection, outline, folding and
// workspace symbols on the fictional samples (a throw-away copy of samples/ and test/e2e/fixtures/).
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { currentDocument, documentSymbols, flatten, lineOf, open, openTranscript, waitFor, waitForLanguage, workspaceUri } from '../helpers';

const Q4 = 'halvard-q4-2025.txt';
const Q3 = 'halvard-q3-2025.txt';
const CP1252 = 'ostrander-q2-2030-cp1252.txt';

describe('detection', () => {
  it('switches a StreetEvents .txt opened from the workspace to the transcript language', async () => {
    const doc = await openTranscript(Q4);
    assert.equal(doc.languageId, 'transcript');
  });

  it('leaves a plain .txt as plain text', async () => {
    const plain = await open('shopping-list.txt');
    // A transcript opened after it: once that one is switched, the shopping list has been judged.
    const text = (await vscode.workspace.openTextDocument(workspaceUri(Q3))).getText();
    const later = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
    await vscode.window.showTextDocument(later);
    await waitForLanguage(later.uri, 'transcript');
    assert.equal(currentDocument(plain.uri)?.languageId, 'plaintext');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('the "Open as Earnings Call Transcript" command switches a document by hand', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Notes from the call\n\nAsk about margins.\n' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('transcriptLens.openAsTranscript');
    await waitForLanguage(doc.uri, 'transcript');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('detection keeps to what the user chose', () => {
  it('a Windows-1252 transcript is reopened in that encoding: no replacement characters', async () => {
    const doc = await openTranscript(CP1252);
    assert.equal(doc.encoding, 'windows1252');
    assert.ok(!doc.getText().includes('\ufffd'), 'replacement characters left');
    assert.match(doc.getText(), /welcome to Ostrander\u2019s second quarter/);
  });

  it('a transcript switched back to plain text by the user stays plain', async () => {
    const doc = await openTranscript(Q3);
    await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
    // Something the extension does after any open: the outline of another transcript answering.
    await documentSymbols((await openTranscript(Q4)).uri);
    assert.equal(currentDocument(doc.uri)?.languageId, 'plaintext');
    await vscode.commands.executeCommand('transcriptLens.openAsTranscript', doc.uri);
    await waitForLanguage(doc.uri, 'transcript');
  });
});

describe('outline', () => {
  it('document symbols show header, sections, speaker turns and Q&A exchanges', async () => {
    const doc = await openTranscript(Q4);
    const symbols = await documentSymbols(doc.uri);
    assert.match(symbols[0].name, /Halvard Instruments Inc · Q4 2025 · 2026-02-12/);
    const names = symbols.map((s) => s.name);
    for (const section of ['Corporate Participants', 'Conference Call Participants', 'Presentation', 'Questions and Answers', 'Disclaimer']) {
      assert.ok(names.includes(section), `missing section ${section} in ${names.join(' | ')}`);
    }
    const presentation = symbols.find((s) => s.name === 'Presentation')!;
    assert.deepEqual(
      presentation.children.map((s) => s.name),
      ['Operator', 'Anya Petrenko', 'Mirela Okafor', 'Tomas Lindqvist'],
    );
    const cfo = presentation.children[3];
    assert.equal(cfo.detail, 'CFO, Halvard Instruments');
    assert.equal(cfo.range.start.line, lineOf(doc, 'Tomas Lindqvist,  Halvard Instruments - CFO    [4]'));

    const qa = symbols.find((s) => s.name === 'Questions and Answers')!;
    const exchanges = qa.children.filter((s) => s.name.startsWith('Q'));
    assert.deepEqual(
      exchanges.map((x) => x.name),
      ['Q1 · Hollis Brandt, Ferrow & Keane', 'Q2 · Gideon Marsh, Crestline Securities'],
    );
    assert.deepEqual(
      exchanges[0].children.map((s) => s.name),
      ['Hollis Brandt', 'Tomas Lindqvist'],
    );
    assert.equal(exchanges[0].range.start.line, lineOf(doc, 'Hollis Brandt,  Ferrow & Keane - Analyst    [2]'));

    const roster = symbols.find((s) => s.name === 'Conference Call Participants')!;
    assert.deepEqual(
      roster.children.map((s) => s.name),
      ['Gideon Marsh', 'Hollis Brandt'],
    );
  });

  it('folding ranges cover the sections, exchanges and turns of the outline', async () => {
    const doc = await openTranscript(Q4);
    const symbols = await documentSymbols(doc.uri);
    const folds = await waitFor('folding ranges', async () => {
      const r = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
      return r && r.length > 0 ? r : undefined;
    });
    const qa = symbols.find((s) => s.name === 'Questions and Answers')!;
    const expected = [symbols.find((s) => s.name === 'Presentation')!, qa, ...flatten(qa.children)];
    // VS Code keeps one fold per start line: a turn that opens its exchange folds with the exchange.
    for (const s of expected) {
      assert.ok(
        folds.some((f) => f.start === s.range.start.line && f.end >= s.range.end.line),
        `no folding range for ${s.name} (lines ${s.range.start.line}-${s.range.end.line})`,
      );
    }
  });

  it('the outline follows an edit of a speaker line', async () => {
    const doc = await openTranscript(Q4);
    const line = lineOf(doc, 'Hollis Brandt,  Ferrow & Keane - Analyst    [2]');
    const nameRange = new vscode.Range(line, 0, line, 'Hollis Brandt'.length);
    const edit = async (text: string) => {
      const we = new vscode.WorkspaceEdit();
      we.replace(doc.uri, nameRange, text);
      assert.ok(await vscode.workspace.applyEdit(we));
    };
    await edit('Hollis Brandtley');
    try {
      await waitFor('the renamed analyst in the outline', async () => {
        const symbols = await documentSymbols(doc.uri);
        return flatten(symbols).some((s) => s.name === 'Q1 · Hollis Brandtley, Ferrow & Keane');
      });
    } finally {
      await edit('Hollis Brandt');
    }
  });
});

describe('workspace symbols', () => {
  it('find a speaker in every transcript of the workspace, opened or not', async () => {
    const found = await waitFor('Lindqvist in both calls', async () => {
      const r = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Lindqvist');
      const files = new Set((r ?? []).map((s) => s.location.uri.path.split('/').pop()));
      return files.has(Q3) && files.has(Q4) ? r : undefined;
    });
    assert.ok(
      found.every((s) => s.name === 'Tomas Lindqvist'),
      found.map((s) => s.name).join(', '),
    );
  });

  it('find people by firm, and nothing in plain text files', async () => {
    const r = await waitFor('people of Crestline Securities', async () => {
      const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Crestline');
      return found && found.length > 0 ? found : undefined;
    });
    assert.ok(
      r.every((s) => s.name === 'Gideon Marsh'),
      r.map((s) => s.name).join(', '),
    );
    assert.ok(r.every((s) => !s.location.uri.path.endsWith('shopping-list.txt')));
  });
});
