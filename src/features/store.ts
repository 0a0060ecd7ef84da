// The analysis store: the latest Analysis of the source set and the snapshot it was made from.
// It asks for a new analysis when a text, the set or an analysis setting changes (severities only
// re-render, see diagnostics.ts) and answers the features' questions about the result. The jobs
// live beside it: when to run (scheduler.ts), where the analysis runs (workerClient.ts) and where
// its offsets are in the editor (positions.ts).
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { ConfigProvider } from './config';
import { analysisOptions, type CrosscheckConfig } from './configValues';
import { SnapshotPositions } from './positions';
import { type RunToken, Scheduler } from './scheduler';
import type { SourceSet, SourceSnapshot } from './sources';
import { type AnalysisRunner, type LoadAnalyzer, loadAnalyzer } from './workerClient';

const DEBOUNCE_MS = 300;
/** Above this many sources or characters the first analysis shows a progress notification. */
const LARGE_SET = { sources: 25, chars: 500_000 };

/** The settings the core reads, as a key: other settings never cost an analysis. */
const optionsKey = (config: CrosscheckConfig): string => JSON.stringify(analysisOptions(config));

export class AnalysisStore implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Analysis>();
  /** Fires with every new analysis. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly scheduler = new Scheduler((token) => this.run(token), DEBOUNCE_MS);
  private current: { analysis: Analysis; positions: SnapshotPositions } | undefined;
  private analyzer: Promise<AnalysisRunner> | undefined;
  private options: string;
  private lastSkippedMessage = '';
  private lastError = '';

  constructor(
    private readonly sources: SourceSet,
    private readonly config: ConfigProvider,
    private readonly log: vscode.LogOutputChannel,
    private readonly load: LoadAnalyzer = loadAnalyzer,
  ) {
    this.options = optionsKey(config.current);
    this.disposables.push(
      sources.onDidChange(() => this.scheduler.schedule()),
      config.onDidChange((next) => {
        sources.updateConfig(next); // fires itself when the files may have changed
        if (optionsKey(next) === this.options) return;
        this.options = optionsKey(next);
        this.scheduler.schedule();
      }),
    );
    this.scheduler.schedule(0); // first run off the activation path
  }

  get analysis(): Analysis | undefined {
    return this.current?.analysis;
  }

  /** The analysed text of each source, by id: what the summary shows (never re-read from disk). */
  get texts(): ReadonlyMap<string, string> {
    return this.current?.positions.texts ?? new Map();
  }

  /** The editor URI of a source id of the current analysis. */
  uriOf(sourceId: string): vscode.Uri | undefined {
    return this.current?.positions.uriOf(sourceId);
  }

  /** The source id of a document, when it is part of the current analysis. */
  sourceIdOf(uri: vscode.Uri): string | undefined {
    return this.current?.positions.sourceIdOf(uri);
  }

  /** Offsets of the analysed text -> an editor range (from the analysed text, so they always agree). */
  rangeOf(sourceId: string, start: number, end: number): vscode.Range | undefined {
    const range = this.current?.positions.lineRangeOf(sourceId, start, end);
    return range && new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  }

  locationOf(sourceId: string, start: number, end: number): vscode.Location | undefined {
    const uri = this.uriOf(sourceId);
    const range = this.rangeOf(sourceId, start, end);
    return uri && range ? new vscode.Location(uri, range) : undefined;
  }

  /** Resolves once no analysis is pending or running (for tests and commands that need fresh results). */
  whenIdle(): Promise<void> {
    return this.scheduler.whenIdle();
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
    this.scheduler.cancel();
    this.log.info('analysis cancelled; the previous results stay');
  }

  private async run(token: RunToken): Promise<void> {
    try {
      const snapshot = await this.sources.snapshot();
      if (token.stale) return;
      const analyzer = await (this.analyzer ??= this.load());
      if (token.stale) return;
      const options = analysisOptions(this.config.current);
      const compute = async (): Promise<Analysis> => analyzer.analyze(snapshot.sources, options);
      const started = Date.now();
      const computed = this.current === undefined && isLarge(snapshot) ? await withProgress(snapshot, compute, () => this.cancel()) : await compute();
      if (token.stale) return;
      const analysis = withSkipped(computed, snapshot);
      this.log.debug(`analysed ${snapshot.sources.length} sources in ${Date.now() - started} ms`);
      this.current = { analysis, positions: new SnapshotPositions(snapshot) };
      this.reportSkipped(snapshot);
      this.lastError = '';
      this.emitter.fire(analysis);
    } catch (error) {
      // a superseded, cancelled or disposed run fails quietly, as its result would be dropped
      if (token.stale) return;
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
    this.scheduler.dispose();
    void this.analyzer?.then((analyzer) => analyzer.dispose?.(), () => undefined);
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

function withProgress(snapshot: SourceSnapshot, compute: () => Promise<Analysis>, onCancel: () => void): Thenable<Analysis> {
  const title = `Crosscheck: analysing ${snapshot.sources.length} sources`;
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (_progress, token) => {
    const subscription = token.onCancellationRequested(onCancel);
    try {
      // Let the notification reach the window first (the in-thread fallback takes the thread).
      await new Promise((resolve) => setTimeout(resolve, 50));
      const analysis = await compute();
      // A Cancel clicked during the computation is delivered now; the caller then drops the result.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return analysis;
    } finally {
      subscription.dispose();
    }
  });
}
