// `Crosscheck: Show Summary`: one webview panel beside the editor showing the core's summary model
// (rendered by core/summaryHtml.ts). This adapter only owns the panel: it re-renders when the
// analysis changes (posting the new body, so the page keeps its scroll position), and opens a
// span in the editor when the page asks for one and the request checks out.
//
// A webview rather than a Markdown preview: the matrix needs coloured verdict cells, a sticky
// header and first column, and cells that jump to the span; a preview can do none of that safely
// (command links in a preview are raw URLs built from article offsets).
import * as vscode from 'vscode';
import { buildSummary } from '../views/summary';
import { renderPendingBody, renderSummaryBody } from '../views/summaryHtml';
import { renderSummaryPage } from '../views/summaryPage';
import { type OpenSpanArgs, UserCommand } from './commandIds';
import type { AnalysisStore } from './store';
import { parseSummaryMessage } from './summaryMessages';

export const SUMMARY_VIEW_TYPE = 'crosscheck.summary';

export interface SummaryPanelRegistration extends vscode.Disposable {
  /** The page the panel shows now (with the latest body), or undefined when it is closed. For tests. */
  lastHtml(): string | undefined;
  /** Handles a message as if the page had posted it (the webview DOM is out of a test's reach). */
  receive(message: unknown): Promise<boolean>;
}

export function registerSummaryPanel(store: AnalysisStore, extensionUri: vscode.Uri): SummaryPanelRegistration {
  let panel: SummaryPanel | undefined;
  // Resolves once the panel shows the current analysis (it opens at once, saying it is analysing).
  const show = async (): Promise<void> => {
    if (panel) return panel.reveal();
    const created = (panel = new SummaryPanel(store, extensionUri));
    created.onDidDispose(() => (panel = undefined));
    await store.whenIdle();
    await created.update();
  };
  const command = vscode.commands.registerCommand(UserCommand.showSummary, show);
  return {
    lastHtml: () => panel?.html,
    receive: async (message) => (panel ? panel.receive(message) : false),
    dispose: () => {
      command.dispose();
      panel?.dispose();
    },
  };
}

class SummaryPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;
  /** Bumped on every new body; the page reports the version it was loaded with. */
  private version = 0;
  private body = renderPendingBody();
  /** Renders are async (texts are read); only the newest one is shown. */
  private renders = 0;
  /** The page has not seen the latest body (it was hidden when the analysis changed). */
  private stale = false;
  html = '';

  constructor(
    private readonly store: AnalysisStore,
    extensionUri: vscode.Uri,
  ) {
    // No retainContextWhenHidden: the page is cheap to rebuild, and the webview state restores
    // its scroll position when it is shown again.
    this.panel = vscode.window.createWebviewPanel(
      SUMMARY_VIEW_TYPE,
      'Crosscheck Summary',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [], enableFindWidget: true },
    );
    this.panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage((message) => void this.receive(message)),
      this.panel.onDidChangeViewState(() => {
        if (this.panel.visible && this.stale) this.load();
      }),
      this.panel.onDidDispose(() => this.dispose()),
      store.onDidChange(() => void this.update()),
    );
    this.load();
    void this.update();
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  /** Handles a message from the page; true when it was valid. */
  async receive(message: unknown): Promise<boolean> {
    const parsed = parseSummaryMessage(message, this.store.analysis);
    if (!parsed) return false;
    if (parsed.type === 'ready') {
      // The page may have been built before the last update arrived: send it the current body.
      if (parsed.version !== this.version) void this.post();
      return true;
    }
    return (await this.open(parsed.args)) !== undefined;
  }

  private async render(): Promise<string> {
    const analysis = this.store.analysis;
    // the texts the analysis saw, so line numbers and first lines always match its spans
    return analysis ? renderSummaryBody(buildSummary(analysis, { texts: this.store.texts })) : renderPendingBody();
  }

  private page(): string {
    return renderSummaryPage(this.body, { cspSource: this.panel.webview.cspSource, nonce: nonce(), version: this.version });
  }

  /** Loads the whole page (first show, or shown again after an update while hidden). */
  private load(): void {
    this.html = this.page();
    this.panel.webview.html = this.html;
    this.stale = false;
  }

  async update(): Promise<void> {
    const render = ++this.renders;
    const body = await this.render();
    if (render !== this.renders || this.disposables.length === 0) return;
    this.version++;
    this.body = body;
    this.html = this.page();
    if (this.panel.visible) void this.post();
    else this.stale = true;
  }

  /** Sends the body to the live page, which swaps it in and keeps its scroll position. */
  private async post(): Promise<void> {
    const delivered = await this.panel.webview.postMessage({ type: 'update', body: this.body, version: this.version });
    if (!delivered) this.stale = true;
  }

  /** Opens the span in an editor column other than the panel's. */
  private async open([sourceId, start, end]: OpenSpanArgs): Promise<vscode.TextEditor | undefined> {
    const uri = this.store.uriOf(sourceId);
    const range = this.store.rangeOf(sourceId, start, end);
    if (!uri || !range) return undefined;
    const own = this.panel.viewColumn;
    const viewColumn =
      vscode.window.visibleTextEditors.find((e) => e.viewColumn !== undefined && e.viewColumn !== own)?.viewColumn ??
      (own === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(uri, { viewColumn, preview: false, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  dispose(): void {
    const listeners = this.disposables.splice(0);
    if (listeners.length === 0) return;
    listeners.forEach((d) => d.dispose());
    this.panel.dispose();
    this.disposed.fire();
    this.disposed.dispose();
  }
}

/** 32 random bytes, base64: a new nonce for every page load. */
function nonce(): string {
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}
