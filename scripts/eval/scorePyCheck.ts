// --against-score-py: scores every cluster of the run once more with the reference scorer
// (python3 ../shared/tools/score.py KEY DIR --output <our JSON> --json) and lists any metric where
// it and the TS scorer differ. Python runs only when asked; the eval itself never needs it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterRun } from './clusters/run';
import { METRIC_NAMES } from './clusters/score';

export function checkAgainstScorePy(shared: string, runs: readonly ClusterRun[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const problems: string[] = [];
  for (const run of runs) {
    const file = join(outDir, `${run.name}.json`);
    writeFileSync(file, JSON.stringify(run.output));
    const stdout = execFileSync('python3', [join(shared, 'tools', 'score.py'), run.keyPath, run.dir, '--output', file, '--json'], { encoding: 'utf8' });
    const reference = JSON.parse(stdout) as Record<string, number | null>;
    for (const m of METRIC_NAMES) {
      if (reference[m] !== run.metrics[m]) problems.push(`${run.name}: ${m} score.py ${reference[m]} vs eval ${run.metrics[m]}`);
    }
  }
  return problems;
}
