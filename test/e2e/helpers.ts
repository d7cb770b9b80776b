// Helpers for suites that run inside the VS Code extension host.
import * as vscode from 'vscode';

/** Polls `probe` until it returns something other than undefined/false; fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${lastError ? `; last error: ${String(lastError)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e suite needs a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** The current document for `uri` (a language switch replaces the TextDocument object). */
export function currentDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

/** Opens a workspace file in an editor, as a user would. */
export async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Waits until the document has the given language id; returns the current document. */
export function waitForLanguage(uri: vscode.Uri, languageId: string, timeoutMs?: number): Promise<vscode.TextDocument> {
  return waitFor(
    `${uri.path.split('/').pop()} to have language ${languageId}`,
    () => {
      const doc = currentDocument(uri);
      return doc?.languageId === languageId ? doc : undefined;
    },
    timeoutMs,
  );
}

/** Opens a transcript and waits for the extension to switch it to the transcript language. */
export async function openTranscript(name: string): Promise<vscode.TextDocument> {
  const doc = await open(name);
  return waitForLanguage(doc.uri, 'transcript');
}

export function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children)]);
}

/** Document symbols once the language server answers with a non-empty outline. */
export function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return waitFor('document symbols', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
    return symbols && symbols.length > 0 ? symbols : undefined;
  });
}

/** 0-based index of the first line containing `text`; throws when absent. */
export function lineOf(doc: vscode.TextDocument, text: string, from = 0): number {
  for (let i = from; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(text)) return i;
  throw new Error(`no line containing ${JSON.stringify(text)} in ${doc.uri.path}`);
}

/** Position of the first character of `text` on the first line holding it. */
export function positionOf(doc: vscode.TextDocument, text: string): vscode.Position {
  const line = lineOf(doc, text);
  return new vscode.Position(line, doc.lineAt(line).text.indexOf(text));
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** The hover at `text` once the server answers, as one string, with its range. */
export async function hoverAt(doc: vscode.TextDocument, text: string): Promise<{ text: string; range?: vscode.Range }> {
  const pos = positionOf(doc, text).translate(0, 1);
  const hovers = await waitFor(`a hover on ${text}`, async () => {
    const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    return h && h.length > 0 ? h : undefined;
  });
  return { text: hoverText(hovers), range: hovers.find((h) => h.range)?.range };
}
