// `npm run eval`: Crosscheck measured on real text nobody here wrote (issue 12; docs/accuracy.md).
//   npm run eval                          every corpus; prints the tables and writes out/eval/results.json
//   npm run eval -- --cluster DIR         one folder of texts against its key (DIR/key.json, the web
//                                         cluster key of that name, or the seeds key for seeds/)
//   npm run eval -- --cluster DIR --explain   ... with each key claim, stray diagnostic and the timelines
//   npm run eval -- --only newsquant|timeml [--explain]   one corpus (with its misses)
//   npm run eval -- --no-web              leave out the gathered web clusters
//   npm run eval -- --write-baseline      also accept this run's numbers (test/accuracy/accepted.json)
//   npm run eval -- --against-score-py    check the TS scorer against ../shared/tools/score.py (python3)
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { findRepo, findShared, SHARED_ABSENT } from './paths';
import { runEval } from './evaluate';
import { clusterTable, digest, newsQuantTable, timeMlTable } from './report';
import { headline } from './headline';
import { writeAccepted, ACCEPTED_PATH } from './accepted';
import { keyFor, runCluster } from './clusters/run';
import { explainCluster } from './clusters/explain';
import { METRIC_NAMES } from './clusters/score';
import { runNewsQuant } from './newsquant/run';
import { runTimeMl } from './timeml/run';
import { explainNewsQuant, explainTimeMl } from './explainCorpora';
import { checkAgainstScorePy } from './scorePyCheck';

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<number> {
  const repo = findRepo(process.env.CROSSCHECK_REPO ?? __dirname);
  const { dir: shared, looked } = findShared(repo);
  if (!shared) {
    console.log(SHARED_ABSENT(looked));
    return 0;
  }
  const explain = args.includes('--explain');
  const clusterDir = arg(args, '--cluster');
  if (clusterDir) {
    const dir = resolve(clusterDir);
    const found = keyFor(dir, shared, repo);
    if (!found) {
      console.error(`eval: no key for ${dir} (no key.json there, no ../shared/clusters-web/${basename(dir)}, not seeds/)`);
      return 2;
    }
    const run = runCluster(basename(dir), found.group, dir, found.key);
    console.log(explain ? explainCluster(run).join('\n') : `${run.name}: ${METRIC_NAMES.map((m) => `${m}=${run.metrics[m]}`).join(' ')}`);
    return 0;
  }
  const only = arg(args, '--only');
  if (only === 'newsquant' || only === 'timeml') {
    if (only === 'newsquant') {
      const r = await runNewsQuant(shared);
      if (explain) console.log(explainNewsQuant(r).join('\n'));
      console.log(newsQuantTable(r).join('\n'));
    } else {
      const r = await runTimeMl(shared);
      if (explain) console.log(explainTimeMl(r).join('\n'));
      console.log(timeMlTable(r).join('\n'));
    }
    return 0;
  }
  if (only) {
    console.error(`eval: --only takes newsquant or timeml, not '${only}'`);
    return 2;
  }
  const { results, details } = await runEval({ shared, repo, web: !args.includes('--no-web'), log: (line) => console.error(`  ${line}`) });
  console.log(['', ...newsQuantTable(results.newsquant), '', ...timeMlTable(results.timeml), '', ...clusterTable(results), ''].join('\n'));
  const out = join(repo, 'out', 'eval');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'results.json'), `${JSON.stringify({ ...results, headline: headline(results) }, null, 2)}\n`);
  console.log(`written: out/eval/results.json`);
  if (args.includes('--write-baseline')) {
    writeAccepted(repo, results);
    console.log(`accepted numbers written: ${ACCEPTED_PATH} (commit them with the change that moved them)`);
  }
  if (args.includes('--against-score-py')) {
    const problems = checkAgainstScorePy(shared, details.runs, join(out, 'outputs'));
    console.log(problems.length ? problems.join('\n') : `score.py agrees on all ${details.runs.length} clusters`);
    if (problems.length) process.exitCode = 1;
  }
  console.log(digest(results));
  return 0;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code || process.exitCode;
});
