// The client of the analysis worker (dist/analysisWorker.js): the core runs in a worker thread,
// so typing and every other extension keep the extension host while hundreds of sources are
// analysed. One request runs at a time and only the latest waits behind it; when worker threads
// are unavailable, the same bundle is required and runs in this thread.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalysisAck, AnalysisReply, AnalysisRequest } from '../analysisWorker';
import { AnalysisJoiner } from '../analysisChunks';
import type { Analysis, AnalysisOptions, Source } from '../core';

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
  private running: { id: number; waiters: Waiter[]; joiner: AnalysisJoiner } | undefined;
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
    worker.on('message', (message: AnalysisReply) => {
      const running = this.running;
      if (!running || running.id !== message.id) return;
      if ('part' in message) {
        // A large answer comes in parts; the next is asked for from a later turn of the event
        // loop, so typing and other extensions run between the parts (analysisChunks.ts).
        running.joiner.add(message.part);
        setImmediate(() => {
          if (this.running === running && this.worker === worker) worker.postMessage({ ack: running.id } satisfies AnalysisAck);
        });
        return;
      }
      this.running = undefined;
      if ('analysis' in message) {
        const analysis = running.joiner.join(message.analysis);
        running.waiters.forEach((w) => w.resolve(analysis));
      } else running.waiters.forEach((w) => w.reject(new Error(message.error ?? 'analysis failed')));
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
    this.running = { id, waiters, joiner: new AnalysisJoiner() };
    const request: AnalysisRequest = { id, sources: sources.map(({ id, uri, text, format }) => ({ id, uri, text, ...(format ? { format } : {}) })), options };
    this.worker.postMessage(request);
  }
}
