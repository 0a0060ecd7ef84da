// The analysis core in a worker thread (bundled as dist/analysisWorker.js), so the extension host
// never waits on compromise: the store posts the source set, the worker answers with the Analysis.
// It keeps one analyzer, so its per-source cache survives between runs. A large Analysis goes
// back in parts, one per acknowledgement (analysisChunks.ts). Required from the main thread
// instead (no worker available), it exports the core's `createAnalyzer`.
import { isMainThread, parentPort } from 'node:worker_threads';
import { createAnalyzer } from './core';
import type { Analysis, AnalysisOptions, Source } from './core';
import { splitAnalysis, type AnalysisPart } from './analysisChunks';

export { createAnalyzer };

export interface AnalysisRequest {
  id: number;
  sources: Source[];
  options: AnalysisOptions;
}

/** The extension host took the last part of answer `ack` and wants the next. */
export interface AnalysisAck {
  ack: number;
}

/** What the worker posts: a part of the answer to `id`, then the rest of it, or an error. */
export type AnalysisReply = { id: number; part: AnalysisPart } | { id: number; analysis: Analysis } | { id: number; error: string };

if (!isMainThread && parentPort) {
  const port = parentPort;
  const analyzer = createAnalyzer();
  // the answer being sent, one part per acknowledgement
  let sending: { id: number; parts: AnalysisPart[]; rest: Analysis } | undefined;
  const sendNext = (): void => {
    if (!sending) return;
    const part = sending.parts.shift();
    const reply: AnalysisReply = part ? { id: sending.id, part } : { id: sending.id, analysis: sending.rest };
    if (!part) sending = undefined;
    port.postMessage(reply);
  };
  port.on('message', (message: AnalysisRequest | AnalysisAck) => {
    if ('ack' in message) {
      if (sending?.id === message.ack) sendNext();
      return;
    }
    const { id, sources, options } = message;
    try {
      const { parts, rest } = splitAnalysis(analyzer.analyze(sources, options));
      sending = { id, parts, rest };
      sendNext();
    } catch (error) {
      sending = undefined;
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies AnalysisReply);
    }
  });
}
