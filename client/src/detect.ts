// Which plain-text documents become transcripts. A document is sniffed each time it is opened; the
// only memory kept is the user's own choice: a transcript switched back to plain text stays plain
// (for the session). A language change reaches extensions as a close and an open of the same URI
// in one turn of the event loop, which is how it is told apart from a document closed and opened
// again later (that one is sniffed afresh).
import * as vscode from 'vscode';
import { isTranscript } from '../../server/src/core';
import { readSettings, SECTION, settingsSection } from '../../shared/settings';

export const LANGUAGE = 'transcript';

/** U+FFFD: what VS Code shows for bytes that are not UTF-8. */
const REPLACEMENT = '\ufffd';

export class Detector implements vscode.Disposable {
  /** Documents the user switched from transcript back to plain text. */
  private readonly keptPlain = new Set<string>();
  /** Transcripts closed in this turn of the event loop: an open of the same URI now is a language change. */
  private readonly closing = new Set<string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.languageId !== LANGUAGE) return;
        const key = doc.uri.toString();
        this.closing.add(key);
        setTimeout(() => this.closing.delete(key), 0);
      }),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        const key = doc.uri.toString();
        if (doc.languageId === 'plaintext' && this.closing.delete(key)) this.keptPlain.add(key);
        void this.sniff(doc);
      }),
    ];
    for (const doc of vscode.workspace.textDocuments) void this.sniff(doc);
  }

  /** Switches `doc` by hand (the command): the user's choice wins over an earlier one. */
  async switchByHand(doc: vscode.TextDocument): Promise<void> {
    this.keptPlain.delete(doc.uri.toString());
    await vscode.languages.setTextDocumentLanguage(await this.decoded(doc), LANGUAGE);
  }

  private async sniff(doc: vscode.TextDocument): Promise<void> {
    if (doc.languageId !== 'plaintext' || this.keptPlain.has(doc.uri.toString())) return;
    if (!readSettings(settingsSection((key) => vscode.workspace.getConfiguration(SECTION, doc).get(key))).autoDetect) return;
    const text = doc.getText();
    if (!isTranscript(text)) return;
    const decoded = text.includes(REPLACEMENT) ? await this.decoded(doc) : doc;
    await vscode.languages.setTextDocumentLanguage(decoded, LANGUAGE);
  }

  /**
   * Older transcript downloads are Windows-1252, which VS Code reads as UTF-8 with replacement
   * characters unless told. A saved file whose text has them is reopened as Windows-1252 (unless
   * it has unsaved changes, or the user picked an encoding, or that does not read better).
   */
  private async decoded(doc: vscode.TextDocument): Promise<vscode.TextDocument> {
    if (doc.uri.scheme !== 'file' || doc.isDirty || doc.encoding !== 'utf8' || !doc.getText().includes(REPLACEMENT)) return doc;
    try {
      const again = await vscode.workspace.openTextDocument(doc.uri, { encoding: 'windows1252' });
      return again.getText().includes(REPLACEMENT) ? doc : again;
    } catch {
      return doc;
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
