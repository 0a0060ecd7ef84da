// The analysis store: turns the source set into an Analysis, re-running (debounced) whenever a
// text, the set or a setting changes. Stale runs are dropped by a generation counter, and the
// core (with compromise) is loaded lazily so `activate()` returns at once.
import * as vscode from 'vscode';
import type { Analyzer } from '../core/analyze';
import type { Analysis } from '../core/types';
import type { ConfigProvider } from './config';
import { analysisOptions } from './configValues';
import { LineIndex } from './lineIndex';
import type { SourceSet, SourceSnapshot } from './sources';

const DEBOUNCE_MS = 300;
/** Above this many sources or characters the first analysis shows a progress notification. */
const LARGE_SET = { sources: 25, chars: 500_000 };

export type LoadAnalyzer = () => Promise<Analyzer>;

/** The core is bundled but only evaluated on first use (esbuild defers dynamically imported modules). */
export const loadAnalyzer: LoadAnalyzer = async () => (await import('../core/analyze.js')).createAnalyzer();

export class AnalysisStore implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Analysis>();
  /** Fires with every new analysis. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private current: { analysis: Analysis; snapshot: SourceSnapshot } | undefined;
  private readonly lineIndexes = new Map<string, LineIndex>();
  private analyzer: Promise<Analyzer> | undefined;
  private generation = 0;
  private timer: NodeJS.Timeout | undefined;
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  private lastSkippedMessage = '';
  private lastError = '';

  constructor(
    private readonly sources: SourceSet,
    private readonly config: ConfigProvider,
    private readonly log: vscode.LogOutputChannel,
    private readonly load: LoadAnalyzer = loadAnalyzer,
  ) {
    this.disposables.push(
      sources.onDidChange(() => this.schedule()),
      config.onDidChange((next) => sources.updateConfig(next)),
    );
    this.schedule(0); // first run off the activation path
  }

  get analysis(): Analysis | undefined {
    return this.current?.analysis;
  }

  /** The editor URI of a source id of the current analysis. */
  uriOf(sourceId: string): vscode.Uri | undefined {
    return this.current?.snapshot.uris.get(sourceId);
  }

  /** The source id of a document, when it is part of the current analysis. */
  sourceIdOf(uri: vscode.Uri): string | undefined {
    const key = uri.toString();
    return this.current?.snapshot.uris.has(key) ? key : undefined;
  }

  /** Offsets of the analysed text -> an editor range (from the analysed text, so they always agree). */
  rangeOf(sourceId: string, start: number, end: number): vscode.Range | undefined {
    let index = this.lineIndexes.get(sourceId);
    if (!index) {
      const text = this.current?.snapshot.sources.find((s) => s.id === sourceId)?.text;
      if (text === undefined) return undefined;
      index = new LineIndex(text);
      this.lineIndexes.set(sourceId, index);
    }
    const a = index.positionAt(start);
    const b = index.positionAt(end);
    return new vscode.Range(a.line, a.character, b.line, b.character);
  }

  locationOf(sourceId: string, start: number, end: number): vscode.Location | undefined {
    const uri = this.uriOf(sourceId);
    const range = this.rangeOf(sourceId, start, end);
    return uri && range ? new vscode.Location(uri, range) : undefined;
  }

  /** Resolves once no analysis is pending or running (for tests and commands that need fresh results). */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Re-reads every file and analyses again. */
  reanalyze(): void {
    this.sources.refresh();
  }

  /**
   * Drops the pending or running analysis (the progress notification's Cancel, or a caller): the
   * current results stay until the next change or an explicit re-analysis.
   */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.generation++;
    this.log.info('analysis cancelled; the previous results stay');
    if (this.isIdle()) this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }

  private isIdle(): boolean {
    return this.timer === undefined && this.inFlight === 0;
  }

  private schedule(delay = DEBOUNCE_MS): void {
    const generation = ++this.generation;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.inFlight++;
      void this.run(generation).finally(() => {
        this.inFlight--;
        if (this.isIdle()) this.idleWaiters.splice(0).forEach((resolve) => resolve());
      });
    }, delay);
  }

  private async run(generation: number): Promise<void> {
    try {
      const snapshot = await this.sources.snapshot();
      if (generation !== this.generation) return;
      const analyzer = await (this.analyzer ??= this.load());
      if (generation !== this.generation) return;
      const options = analysisOptions(this.config.current);
      const compute = (): Analysis => analyzer.analyze(snapshot.sources, options);
      const started = Date.now();
      const computed = this.current === undefined && isLarge(snapshot) ? await withProgress(snapshot, compute, () => this.cancel()) : compute();
      if (generation !== this.generation) return;
      const analysis = withSkipped(computed, snapshot);
      this.log.debug(`analysed ${snapshot.sources.length} sources in ${Date.now() - started} ms`);
      this.current = { analysis, snapshot };
      this.lineIndexes.clear();
      this.reportSkipped(snapshot);
      this.lastError = '';
      this.emitter.fire(analysis);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.log.error(`analysis failed: ${message}`);
      if (message !== this.lastError) {
        this.lastError = message;
        void vscode.window.showErrorMessage('Crosscheck could not analyse the sources; see the "Crosscheck" output for details.');
      }
    }
  }

  /** One message for all skipped files, shown again only when the list changes. */
  private reportSkipped(snapshot: SourceSnapshot): void {
    const message = snapshot.skipped.map((s) => `${vscode.workspace.asRelativePath(s.uri)} (${s.reason})`).join(', ');
    if (message === this.lastSkippedMessage) return;
    this.lastSkippedMessage = message;
    if (!message) return;
    this.log.warn(`skipped: ${message}`);
    void vscode.window.showWarningMessage(`Crosscheck skipped ${snapshot.skipped.length} file(s): ${message}.`);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.generation++;
    this.idleWaiters.splice(0).forEach((resolve) => resolve());
    this.disposables.forEach((d) => d.dispose());
    this.emitter.dispose();
  }
}

/** Skipped files are listed with the reason, so views (and tests) can tell the reader why. */
function withSkipped(analysis: Analysis, snapshot: SourceSnapshot): Analysis {
  if (snapshot.skipped.length === 0) return analysis;
  const skipped = snapshot.skipped.map(({ uri, reason }) => ({
    id: uri.toString(),
    path: uri.scheme === 'file' ? uri.fsPath : uri.toString(),
    label: uri.path.slice(uri.path.lastIndexOf('/') + 1),
    chars: 0,
    skipped: reason,
  }));
  return { ...analysis, sources: [...analysis.sources, ...skipped] };
}

function isLarge(snapshot: SourceSnapshot): boolean {
  const chars = snapshot.sources.reduce((sum, s) => sum + s.text.length, 0);
  return snapshot.sources.length > LARGE_SET.sources || chars > LARGE_SET.chars;
}

function withProgress(snapshot: SourceSnapshot, compute: () => Analysis, onCancel: () => void): Thenable<Analysis> {
  const title = `Crosscheck: analysing ${snapshot.sources.length} sources`;
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (_progress, token) => {
    const subscription = token.onCancellationRequested(onCancel);
    try {
      // Let the notification reach the window before the (synchronous) analysis takes the thread.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const analysis = compute();
      // A Cancel clicked during the computation is delivered now; the caller then drops the result.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return analysis;
    } finally {
      subscription.dispose();
    }
  });
}
