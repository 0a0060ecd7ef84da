// Every cluster with its key: the committed ones (../shared/clusters), the web ones whose texts
// were gathered into <repo>/.web-clusters, and the seeds with the acceptance key.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyze, type Analysis } from '../../../src/core';
import { readArticles, type Articles } from './articles';
import { loadKey, type ClusterKey } from './key';
import { scoreCluster, type ClusterMetrics } from './score';
import { toolOutput, type ToolOutput } from './toolOutput';

export type ClusterGroup = 'shared' | 'web' | 'seeds';

export interface ClusterRun {
  name: string;
  group: ClusterGroup;
  dir: string;
  keyPath: string;
  metrics: ClusterMetrics;
  key: ClusterKey;
  articles: Articles;
  analysis: Analysis;
  output: ToolOutput;
}

export function runCluster(name: string, group: ClusterGroup, dir: string, keyPath: string): ClusterRun {
  const articles = readArticles(dir);
  const key = loadKey(keyPath, articles);
  // as the CLI runs it: no options, reference dates inferred per source
  const analysis = analyze(articles.sources);
  const output = toolOutput(analysis);
  return { name, group, dir, keyPath, key, articles, analysis, output, metrics: scoreCluster(key, articles, output) };
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/** The committed clusters: every folder of ../shared/clusters with a key.json. */
export function sharedClusters(shared: string): { name: string; dir: string; key: string }[] {
  const root = join(shared, 'clusters');
  if (!isDir(root)) return [];
  return readdirSync(root)
    .sort()
    .filter((n) => existsSync(join(root, n, 'key.json')))
    .map((name) => ({ name, dir: join(root, name), key: join(root, name, 'key.json') }));
}

/** Web clusters: each key in ../shared/clusters-web, with its texts in <repo>/.web-clusters/<name> when gathered. */
export function webClusters(shared: string, repo: string): { name: string; dir: string; key: string; present: boolean }[] {
  const root = join(shared, 'clusters-web');
  if (!isDir(root)) return [];
  return readdirSync(root)
    .sort()
    .filter((n) => existsSync(join(root, n, 'key.json')))
    .map((name) => {
      const dir = join(repo, '.web-clusters', name);
      return { name, dir, key: join(root, name, 'key.json'), present: isDir(dir) && readdirSync(dir).some((f) => f.endsWith('.txt')) };
    });
}

export const seedsKeyPath = (shared: string): string => join(shared, 'acceptance', 'seeds.expected.json');

/** The key of a folder of texts: its own key.json, a web cluster's key by the folder's name, or the seeds key. */
export function keyFor(dir: string, shared: string, repo: string): { key: string; group: ClusterGroup } | undefined {
  const own = join(dir, 'key.json');
  if (existsSync(own)) return { key: own, group: resolve(dir).startsWith(resolve(shared)) ? 'shared' : 'web' };
  const web = join(shared, 'clusters-web', basename(resolve(dir)), 'key.json');
  if (existsSync(web)) return { key: web, group: 'web' };
  if (resolve(dir) === resolve(repo, 'seeds') || basename(resolve(dir)) === 'seeds') return { key: seedsKeyPath(shared), group: 'seeds' };
  return undefined;
}
