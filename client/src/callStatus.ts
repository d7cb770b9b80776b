// The call in the active editor as a language status item: the layout read and the reader's
// confidence, company · period · turns, a warning when the layout is uncertain or the company or
// period unknown (with the reason), offering the command that sets them by hand. What is set is
// kept per file in the workspace state and sent to the server at each start and when set.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import {
  CALL_IDENTITY_NOTIFICATION,
  CALL_INFO_REQUEST,
  canonicalPeriod,
  type CallIdentity,
  type CallIdentityParams,
  type CallInfo,
  type CallInfoParams,
} from '../../shared/protocol';

export const SET_IDENTITY_COMMAND = 'transcriptLens.setCallIdentity';
const STORE_KEY = 'transcriptLens.callIdentities';
/** Typing settles before the call is asked for again. */
const DEBOUNCE_MS = 300;

/** What the status item shows, for the extension's own tests. */
export interface CallStatusState {
  text: string;
  detail: string | undefined;
  warning: boolean;
  command: string | undefined;
}

/** The identity's arguments as a test (or a keybinding) gives them: empty strings clear it. */
export interface IdentityArgs {
  company?: string;
  period?: string;
}

/** A ticker is written in capitals, a few letters maybe with a class or exchange suffix ("BRK.B"). */
function identityFrom(company: string, period: string): CallIdentity | null {
  const name = company.trim();
  const isTicker = /^[A-Z][A-Z0-9]{0,5}(?:[.-][A-Z0-9]{1,3})?$/.test(name);
  const identity = {
    company: name && !isTicker ? name : null,
    ticker: isTicker ? name : null,
    period: period.trim() ? canonicalPeriod(period) : null,
  };
  return identity.company || identity.ticker || identity.period ? identity : null;
}

export class CallStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Bumped by every refresh: an answer to an older one is dropped. */
  private asked = 0;
  /** See refreshOutlines. */
  private emptySymbols: vscode.Disposable | undefined;

  constructor(
    private readonly selector: vscode.DocumentSelector,
    private readonly state: vscode.Memento,
    private readonly client: () => LanguageClient | undefined,
  ) {
    this.item = vscode.languages.createLanguageStatusItem('transcriptLens.call', selector);
    this.item.name = 'Transcript Lens call';
    this.item.text = 'Transcript Lens: reading the call';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.soon(0)),
      vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor === vscode.window.activeTextEditor && this.soon()),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && this.soon()),
      vscode.commands.registerCommand(SET_IDENTITY_COMMAND, (uri?: vscode.Uri | string, args?: IdentityArgs) => this.setIdentity(uri, args)),
    );
  }

  /** Follows the client: at every start (a restart too) the server is told every stored identity. */
  watch(client: LanguageClient): vscode.Disposable {
    return client.onDidChangeState((e) => {
      if (e.newState !== State.Running) return;
      for (const [uri, identity] of Object.entries(this.stored())) void this.send(uri, identity);
      this.soon(0);
    });
  }

  private stored(): Record<string, CallIdentity> {
    return this.state.get<Record<string, CallIdentity>>(STORE_KEY) ?? {};
  }

  private async send(uri: string, identity: CallIdentity | null): Promise<void> {
    const params: CallIdentityParams = { uri, company: identity?.company ?? null, ticker: identity?.ticker ?? null, period: identity?.period ?? null };
    await this.client()
      ?.sendNotification(CALL_IDENTITY_NOTIFICATION, params)
      .catch(() => undefined);
  }

  /**
   * The command: company (or ticker) and fiscal period, from `args` or input boxes prefilled with
   * what the reader found; both empty clears what was set. Applies to the file's first call.
   */
  private async setIdentity(target?: vscode.Uri | string, args?: IdentityArgs): Promise<void> {
    const uri = (typeof target === 'string' ? target : target?.toString()) ?? vscode.window.activeTextEditor?.document.uri.toString();
    if (!uri) return void vscode.window.showWarningMessage('Transcript Lens: open a transcript to set its company and period.');
    let company = args?.company;
    let period = args?.period;
    if (company === undefined || period === undefined) {
      const info = await this.info(uri, 0);
      company ??= await vscode.window.showInputBox({
        title: 'Transcript Lens: company of the call',
        prompt: "The company's name or ticker (empty: the one read from the file). Applies to the file's first call.",
        value: info?.company ?? info?.ticker ?? '',
      });
      if (company === undefined) return;
      period ??= await vscode.window.showInputBox({
        title: 'Transcript Lens: fiscal period of the call',
        prompt: 'The fiscal period the call reports: Q1 2031, H1 2031, FY 2031 (empty: the one read from the file).',
        value: info?.period ?? '',
        validateInput: (v) => (!v.trim() || canonicalPeriod(v) ? undefined : 'A fiscal period such as Q1 2031, H1 2031 or FY 2031.'),
      });
      if (period === undefined) return;
    }
    const identity = identityFrom(company, period);
    const all = { ...this.stored() };
    if (identity) all[uri] = identity;
    else delete all[uri];
    await this.state.update(STORE_KEY, all);
    await this.send(uri, identity);
    this.refreshOutlines();
    this.soon(0);
  }

  /**
   * Has the outline and breadcrumbs ask the server again. VS Code keeps a document's symbols until
   * its next edit or until its symbol providers change, and LSP has no refresh for them: a provider
   * that gives nothing (so adds nothing to the outline), registered anew each time, is the change.
   */
  private refreshOutlines(): void {
    this.emptySymbols?.dispose();
    this.emptySymbols = vscode.languages.registerDocumentSymbolProvider(this.selector, { provideDocumentSymbols: () => [] });
  }

  private async info(uri: string, line: number): Promise<CallInfo | null> {
    const client = this.client();
    if (!client?.isRunning()) return null;
    const params: CallInfoParams = { uri, line };
    return (await client.sendRequest<CallInfo | null>(CALL_INFO_REQUEST, params).catch(() => null)) ?? null;
  }

  private soon(delay = DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'transcript') return;
    const uri = editor.document.uri.toString();
    const asked = ++this.asked;
    const info = await this.info(uri, editor.selection.active.line);
    if (asked !== this.asked) return;
    if (!info) {
      this.item.text = 'Transcript Lens: no call read yet';
      this.item.detail = undefined;
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    const byHand = uri in this.stored();
    const who = info.company ?? info.ticker ?? 'company unknown';
    const parts = [who, info.period ?? 'period unknown', ...(info.fiscalYear ? [info.fiscalYear] : []), `${info.turns} turn${info.turns === 1 ? '' : 's'}`];
    if (info.calls > 1) parts.push(`${info.calls} calls in the file`);
    if (byHand) parts.push('company and period set by hand');
    this.item.text = info.confidence === null ? info.layout : `${info.layout} · ${info.confidence.toFixed(2)}`;
    this.item.detail = [parts.join(' · '), ...info.reasons].join(' — ');
    this.item.severity = info.uncertain ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.item.command =
      info.uncertain || byHand
        ? { title: byHand ? 'Change company and period…' : 'Set company and period…', command: SET_IDENTITY_COMMAND, arguments: [uri] }
        : undefined;
  }

  snapshot(): CallStatusState {
    return {
      text: this.item.text,
      detail: this.item.detail,
      warning: this.item.severity === vscode.LanguageStatusSeverity.Warning,
      command: this.item.command?.command,
    };
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.emptySymbols?.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
