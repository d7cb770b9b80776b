// Hover cards on figures and guidance diagnostics, in a real VS Code, on the fictional Halvard calls:
// the Q3 call guides Q4 (revenue $412–428 million, gross margin ~46.5%, EPS $0.62–0.68) and the Q4 call
// reports revenue $398.6 million (a miss), gross margin 46.9% (a beat) and EPS $0.63 (in line).
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { currentDocument, hoverAt, hoverText, lineOf, openTranscript, positionOf, waitFor, workspaceUri } from '../helpers';

const Q4 = 'halvard-q4-2025.txt';
const Q3 = 'halvard-q3-2025.txt';

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** Waits for a diagnostic with `code` whose range starts at `text` in `uri`'s document. */
function diagnosticAt(uri: vscode.Uri, code: string, text: string): Promise<vscode.Diagnostic> {
  return waitFor(
    `${code} on ${text}`,
    () => {
      const doc = currentDocument(uri);
      if (!doc) return undefined;
      const at = positionOf(doc, text);
      return vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === code && d.range.start.isEqual(at));
    },
    30_000,
  );
}

describe('hover cards', () => {
  it('explain an actual: metric, period, kind, amount and speaker', async () => {
    const doc = await openTranscript(Q4);
    const { text, range } = await hoverAt(doc, '$398.6 million');
    assert.match(text, /Revenue · Q4 2025 · actual/);
    assert.match(text, /\$398\.6 million/);
    assert.match(text, /Mirela Okafor/);
    assert.ok(range?.contains(positionOf(doc, '$398.6 million')), 'the hover range covers the figure');
  });

  it('explain guidance with the period it is for', async () => {
    const doc = await openTranscript(Q3);
    const { text } = await hoverAt(doc, '$412 million to $428 million');
    assert.match(text, /Revenue · Q4 2025 · guidance/);
    assert.match(text, /Tomas Lindqvist/);
  });

  it('are absent on words that are not figures', async () => {
    const doc = await openTranscript(Q4);
    const pos = positionOf(doc, 'calibration facility').translate(0, 2);
    // Wait until the server answers for this document at all, then ask about the plain word.
    await hoverAt(doc, '$398.6 million');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    assert.equal(hoverText(hovers ?? []), '');
  });
});

describe('guidance diagnostics', () => {
  it('judge the Q4 actuals against the Q3 call guidance in another file', async () => {
    const doc = await openTranscript(Q4);
    const miss = await diagnosticAt(doc.uri, 'guidance.miss', '$398.6 million');
    assert.equal(miss.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(miss.message, /\$398\.6M missed guidance \$412M–\$428M/);
    const related = miss.relatedInformation?.[0];
    assert.ok(related, 'the miss points at the guidance it is measured against');
    assert.equal(related.location.uri.toString(), workspaceUri(Q3).toString());
    const q3 = await vscode.workspace.openTextDocument(workspaceUri(Q3));
    assert.equal(related.location.range.start.line, lineOf(q3, '$412 million to $428 million'));

    const beat = await diagnosticAt(doc.uri, 'guidance.beat', '46.9%');
    assert.equal(beat.severity, vscode.DiagnosticSeverity.Information);
    assert.match(beat.message, /\+0\.4 points/);
    const inline = await diagnosticAt(doc.uri, 'guidance.inline', '$0.63');
    assert.equal(inline.severity, vscode.DiagnosticSeverity.Hint);
  });

  it('give the earlier call the outcome of its guidance', async () => {
    const doc = await openTranscript(Q3);
    const outcome = await diagnosticAt(doc.uri, 'guidance.outcome', '$412 million to $428 million');
    assert.match(outcome.message, /miss/);
    assert.ok(outcome.relatedInformation?.some((r) => r.location.uri.toString() === workspaceUri(Q4).toString()));
  });

  it('follow an edit that changes an actual, and return when it is undone', async () => {
    const doc = await openTranscript(Q4);
    await diagnosticAt(doc.uri, 'guidance.beat', '46.9%');
    const at = positionOf(doc, '46.9%');
    const replace = async (from: string, to: string) => {
      const we = new vscode.WorkspaceEdit();
      we.replace(doc.uri, new vscode.Range(at, at.translate(0, from.length)), to);
      assert.ok(await vscode.workspace.applyEdit(we));
    };
    // The speaker's words go with the number: a result said "ahead of our outlook" is never called a miss.
    const [beat, missed] = ['46.9%, ahead of our outlook', '44.9%, short of our outlook'];
    await replace(beat, missed);
    try {
      const miss = await diagnosticAt(doc.uri, 'guidance.miss', '44.9%');
      assert.match(miss.message, /44\.9%.*missed guidance.*46\.5%/);
      assert.match(miss.message, /−1\.6 points/);
      assert.ok(!vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'guidance.beat' && d.range.start.isEqual(at)));
    } finally {
      await replace(missed, beat);
    }
    await diagnosticAt(doc.uri, 'guidance.beat', '46.9%');
  });
});

describe('a merged file', () => {
  it('holds both calls: one outline node each, and the Q4 actuals judged against the Q3 guidance above them', async () => {
    const q3 = (await vscode.workspace.openTextDocument(workspaceUri(Q3))).getText();
    const q4 = (await vscode.workspace.openTextDocument(workspaceUri(Q4))).getText();
    const doc = await vscode.workspace.openTextDocument({ language: 'transcript', content: `${q3}\n${q4}` });
    await vscode.window.showTextDocument(doc);
    try {
      const calls = await waitFor('two calls in the outline', async () => {
        const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
        return symbols.length === 2 ? symbols : undefined;
      });
      assert.match(calls[0].name, /Q3 2025/);
      assert.match(calls[1].name, /Q4 2025/);
      const q4Start = calls[1].range.start.line;
      const miss = await waitFor(
        'the Q4 revenue miss',
        () =>
          vscode.languages
            .getDiagnostics(doc.uri)
            .find((d) => codeOf(d) === 'guidance.miss' && d.range.start.line > q4Start && /\$398\.6M missed guidance \$412M–\$428M/.test(d.message)),
        30_000,
      );
      const related = miss.relatedInformation?.[0];
      assert.equal(related?.location.uri.toString(), doc.uri.toString());
      assert.ok(related!.location.range.start.line < q4Start, 'the guidance is in the Q3 call above');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
