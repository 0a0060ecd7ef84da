// One evaluation run: every corpus scored, as plain numbers (results.json) and with the per-item
// details that --explain prints. Web clusters only when asked for and when their texts are there.
import { runCluster, seedsKeyPath, sharedClusters, webClusters, type ClusterRun } from './clusters/run';
import { METRIC_NAMES, type ClusterMetrics } from './clusters/score';
import { KeySpanMissing } from './clusters/places';
import { runNewsQuant, type NewsQuantResult } from './newsquant/run';
import { runTimeMl, type TimeMlResult } from './timeml/run';
import { join } from 'node:path';
import { yieldNow } from './yieldNow';

export interface EvalOptions {
  shared: string;
  repo: string;
  /** Include ../shared/clusters-web where gathered (not in the CI ratchet). */
  web: boolean;
  /** Progress lines (corpus names and times) for a terminal. */
  log?: (line: string) => void;
}

export interface EvalResults {
  newsquant: Omit<NewsQuantResult, 'items'>;
  timeml: Omit<TimeMlResult, 'docs'>;
  clusters: Record<string, ClusterMetrics>;
  /** Mean of each metric over the committed clusters (../shared/clusters). */
  clustersMean: Record<string, number | null>;
  web: Record<string, ClusterMetrics>;
  /** Web clusters left out, and why (texts not gathered, or not the texts the key was made on). */
  webSkipped: { name: string; why: string }[];
  seeds: ClusterMetrics;
  seconds: Record<string, number>;
}

export interface EvalDetails {
  newsquant: NewsQuantResult;
  timeml: TimeMlResult;
  runs: ClusterRun[];
}

/** Mean of every metric over the runs, leaving out the runs where it is undefined (null). */
export function meanMetrics(list: readonly ClusterMetrics[]): Record<string, number | null> {
  return Object.fromEntries(
    METRIC_NAMES.map((m) => {
      const values = list.map((x) => x[m]).filter((v): v is number => v !== null);
      return [m, values.length ? values.reduce((a, b) => a + b, 0) / values.length : null];
    }),
  );
}

export async function runEval(options: EvalOptions): Promise<{ results: EvalResults; details: EvalDetails }> {
  const seconds: Record<string, number> = {};
  const timed = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await work();
    seconds[name] = Math.round(performance.now() - t0) / 1000;
    options.log?.(`${name}: ${seconds[name]} s`);
    return out;
  };
  // one cluster at a time, letting the event loop run in between
  const each = async <T, R>(list: readonly T[], work: (item: T) => R): Promise<R[]> => {
    const out: R[] = [];
    for (const item of list) {
      await yieldNow();
      out.push(work(item));
    }
    return out;
  };
  const newsquant = await timed('newsquant', () => runNewsQuant(options.shared));
  const timeml = await timed('timeml', () => runTimeMl(options.shared));
  const runs = await timed('clusters', () => each(sharedClusters(options.shared), (c) => runCluster(c.name, 'shared', c.dir, c.key)));
  const web = options.web ? webClusters(options.shared, options.repo) : [];
  const webSkipped = web.filter((w) => !w.present).map((w) => ({ name: w.name, why: `texts not gathered in .web-clusters/${w.name}` }));
  // gathered texts that differ from the key's are skipped with the span that is missing
  const tryWeb = (w: (typeof web)[number]) => {
    try {
      return runCluster(w.name, 'web', w.dir, w.key);
    } catch (error) {
      if (!(error instanceof KeySpanMissing)) throw error;
      webSkipped.push({ name: w.name, why: `${error.message} (gather it again)` });
      return undefined;
    }
  };
  const webRuns = (await timed('web', () => each(web.filter((w) => w.present), tryWeb))).filter((r): r is ClusterRun => r !== undefined);
  const seeds = await timed('seeds', () => runCluster('seeds', 'seeds', join(options.repo, 'seeds'), seedsKeyPath(options.shared)));
  const { items: _items, ...nq } = newsquant;
  const { docs: _docs, ...tm } = timeml;
  return {
    results: {
      newsquant: nq,
      timeml: tm,
      clusters: Object.fromEntries(runs.map((r) => [r.name, r.metrics])),
      clustersMean: meanMetrics(runs.map((r) => r.metrics)),
      web: Object.fromEntries(webRuns.map((r) => [r.name, r.metrics])),
      webSkipped,
      seeds: seeds.metrics,
      seconds,
    },
    details: { newsquant, timeml, runs: [...runs, ...webRuns, seeds] },
  };
}
