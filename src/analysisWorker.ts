// The analysis core in a worker thread (bundled as dist/analysisWorker.js), so the extension host
// never waits on compromise: the store posts the source set, the worker answers with the Analysis.
// It keeps one analyzer, so its per-source cache survives between runs. Required from the main
// thread instead (no worker available), it exports the core's `createAnalyzer`.
import { isMainThread, parentPort } from 'node:worker_threads';
import { createAnalyzer } from './core';
import type { AnalysisOptions, Source } from './core';

export { createAnalyzer };

export interface AnalysisRequest {
  id: number;
  sources: Source[];
  options: AnalysisOptions;
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const analyzer = createAnalyzer();
  port.on('message', ({ id, sources, options }: AnalysisRequest) => {
    try {
      port.postMessage({ id, analysis: analyzer.analyze(sources, options) });
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}
