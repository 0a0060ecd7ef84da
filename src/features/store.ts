// The analysis store: turns the source set into an Analysis, re-running (debounced) whenever a
// text, the set or a setting changes. The analysis runs in a worker thread (dist/analysisWorker.js),
// so typing and every other extension keep the extension host while hundreds of sources are
// analysed; the store never waits on compromise, and `activate()` never loads it. Stale runs are
// dropped by a generation counter, and the worker only ever has the latest request queued.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { AnalysisRequest } from '../analysisWorker';
import type { Analysis, AnalysisOptions, Source } from '../core';
import type { ConfigProvider } from './config';
import { analysisOptions } from './configValues';
import { LineIndex } from '../views/position';
import type { SourceSet, SourceSnapshot } from './sources';

const DEBOUNCE_MS = 300;
/** Above this many sources or characters the first analysis shows a progress notification. */
const LARGE_SET = { sources: 25, chars: 500_000 };

/** What the store needs of an analyzer: the core's own `Analyzer` (synchronous) or the worker's. */
export interface AnalysisRunner {
  analyze(sources: readonly Source[], options?: AnalysisOptions): Analysis | Promise<Analysis>;
  dispose?(): void;
}

export type LoadAnalyzer = () => Promise<AnalysisRunner>;

/** The bundled worker script, beside dist/extension.js. */
const WORKER_SCRIPT = path.join(__dirname, 'analysisWorker.js');

/**
 * The analysis in a worker thread; in this thread (the same bundle, required) when the worker
 * script or worker threads are unavailable.
 */
export const loadAnalyzer: LoadAnalyzer = async () => {
  if (!existsSync(WORKER_SCRIPT)) throw new Error(`Crosscheck: ${WORKER_SCRIPT} is missing; run the build`);
  try {
    return new WorkerAnalyzer(WORKER_SCRIPT);
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require(WORKER_SCRIPT) as typeof import('../analysisWorker');
    return core.createAnalyzer();
  }
};

type Waiter = { resolve: (analysis: Analysis) => void; reject: (error: Error) => void };

/**
 * Runs analyses in one worker, one at a time. Requests made while one runs are coalesced: only
 * the latest is sent next, and every caller waiting on a superseded one gets the newer result
 * (the store drops it by generation anyway). A crashed worker is replaced on the next request.
 */
export class WorkerAnalyzer implements AnalysisRunner {
  private worker: Worker | undefined;
  private nextId = 0;
  private running: { id: number; waiters: Waiter[] } | undefined;
  private queued: { sources: readonly Source[]; options: AnalysisOptions; waiters: Waiter[] } | undefined;

  constructor(private readonly script: string) {
    this.worker = this.start();
  }

  analyze(sources: readonly Source[], options: AnalysisOptions = {}): Promise<Analysis> {
    return new Promise<Analysis>((resolve, reject) => {
      const waiters = [...(this.queued?.waiters ?? []), { resolve, reject }];
      this.queued = { sources, options, waiters };
      this.pump();
    });
  }

  dispose(): void {
    const error = new Error('Crosscheck: the analysis was cancelled');
    [...(this.running?.waiters ?? []), ...(this.queued?.waiters ?? [])].forEach((w) => w.reject(error));
    this.running = this.queued = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker {
    const worker = new Worker(this.script);
    worker.unref(); // never keeps a process (tests, the bench) alive
    worker.on('message', (message: { id: number; analysis?: Analysis; error?: string }) => {
      const running = this.running;
      if (!running || running.id !== message.id) return;
      this.running = undefined;
      if (message.analysis) running.waiters.forEach((w) => w.resolve(message.analysis!));
      else running.waiters.forEach((w) => w.reject(new Error(message.error ?? 'analysis failed')));
      this.pump();
    });
    const fail = (error: Error): void => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const running = this.running;
      this.running = undefined;
      running?.waiters.forEach((w) => w.reject(error));
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`Crosscheck: the analysis worker stopped (exit code ${code})`)));
    return worker;
  }

  private pump(): void {
    if (this.running || !this.queued) return;
    const { sources, options, waiters } = this.queued;
    this.queued = undefined;
    this.worker ??= this.start();
    const id = ++this.nextId;
    this.running = { id, waiters };
    const request: AnalysisRequest = { id, sources: sources.map(({ id, uri, text }) => ({ id, uri, text })), options };
    this.worker.postMessage(request);
  }
}

export class AnalysisStore implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Analysis>();
  /** Fires with every new analysis. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private current: { analysis: Analysis; snapshot: SourceSnapshot } | undefined;
  private readonly lineIndexes = new Map<string, LineIndex>();
  private analyzer: Promise<AnalysisRunner> | undefined;
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
      const compute = async (): Promise<Analysis> => analyzer.analyze(snapshot.sources, options);
      const started = Date.now();
      const computed = this.current === undefined && isLarge(snapshot) ? await withProgress(snapshot, compute, () => this.cancel()) : await compute();
      if (generation !== this.generation) return;
      const analysis = withSkipped(computed, snapshot);
      this.log.debug(`analysed ${snapshot.sources.length} sources in ${Date.now() - started} ms`);
      this.current = { analysis, snapshot };
      this.lineIndexes.clear();
      this.reportSkipped(snapshot);
      this.lastError = '';
      this.emitter.fire(analysis);
    } catch (error) {
      // a superseded, cancelled or disposed run fails quietly, as its result would be dropped
      if (generation !== this.generation) return;
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
    void this.analyzer?.then((analyzer) => analyzer.dispose?.(), () => undefined);
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
