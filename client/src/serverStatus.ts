// The server's state in a language status item (beside the language of a transcript): running,
// restarting after a crash (when, and how often it crashed), or stopped; clicking it restarts the
// server. The restart policy is the client's error handler: it never gives up, it waits longer.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  State,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClient,
} from 'vscode-languageclient/node';
import { Backoff } from './backoff';

export const RESTART_COMMAND = 'transcriptLens.restartServer';

export class ServerStatus implements ErrorHandler, vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly backoff = new Backoff();
  /** Ends the wait before a restart early (a restart asked for by hand). */
  private skipWait: (() => void) | undefined;
  private restarting = false;
  private disposed = false;

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('transcriptLens.server', selector);
    this.item.name = 'Transcript Lens server';
    this.item.command = { title: 'Restart', command: RESTART_COMMAND };
    this.show('$(sync~spin) Transcript Lens: starting', vscode.LanguageStatusSeverity.Information);
  }

  /** Follows the client: a start or a stop that is not part of a restart. */
  watch(client: LanguageClient): vscode.Disposable {
    return client.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        this.restarting = false;
        this.show('$(check) Transcript Lens: running', vscode.LanguageStatusSeverity.Information);
      } else if (e.newState === State.Stopped && !this.restarting) {
        this.show('$(error) Transcript Lens: stopped', vscode.LanguageStatusSeverity.Error);
      }
    });
  }

  error(): ErrorHandlerResult {
    // A message that failed to go through: if the server is gone, `closed` follows and restarts it.
    return { action: ErrorAction.Continue, handled: true };
  }

  async closed(): Promise<CloseHandlerResult> {
    if (this.disposed) return { action: CloseAction.DoNotRestart, handled: true };
    const { stops, delayMs } = this.backoff.stopped(Date.now());
    this.restarting = true;
    const times = stops === 1 ? 'once' : `${stops} times`;
    this.show(
      `$(sync~spin) Transcript Lens: restarting${delayMs ? ` in ${Math.round(delayMs / 100) / 10} s` : ''} (stopped ${times} in 3 minutes)`,
      vscode.LanguageStatusSeverity.Warning,
    );
    if (delayMs)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delayMs);
        this.skipWait = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    this.skipWait = undefined;
    if (this.disposed) return { action: CloseAction.DoNotRestart, handled: true };
    return { action: CloseAction.Restart, message: `The Transcript Lens server stopped (${times} in 3 minutes); restarting it.`, handled: true };
  }

  /** The Restart Server command: now, whatever the state, with the back-off's count started again. */
  async restart(client: LanguageClient): Promise<void> {
    this.backoff.reset();
    if (this.skipWait) {
      this.skipWait(); // a restart is already waiting: it goes now
      return;
    }
    this.restarting = true;
    if (client.isRunning()) await client.stop().catch(() => undefined);
    try {
      await client.start();
    } catch (e) {
      this.restarting = false;
      this.show('$(error) Transcript Lens: stopped', vscode.LanguageStatusSeverity.Error);
      void vscode.window.showErrorMessage(`Transcript Lens: the language server did not start: ${(e as Error).message}`);
    }
  }

  private show(text: string, severity: vscode.LanguageStatusSeverity): void {
    this.item.text = text;
    this.item.severity = severity;
  }

  dispose(): void {
    this.disposed = true;
    this.skipWait?.();
    this.item.dispose();
  }
}
