// The headline numbers of a run, flat ("newsquant.value.f1", "clusters.mean.align"), and the
// ratchet: each must stay at or above its accepted value (falseflags at or below) within a tolerance.
import type { EvalResults } from './evaluate';
import { METRIC_NAMES } from './clusters/score';

/** Counts where fewer is better. */
export const lowerIsBetter = (name: string): boolean => name.endsWith('.falseflags');

/** Metrics that are counts of output, neither better nor worse. */
const NOT_A_SCORE = new Set(['diagnostics']);

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

function clusterNumbers(prefix: string, metrics: Record<string, number | null>, out: Record<string, number>): void {
  for (const m of METRIC_NAMES) {
    const v = metrics[m];
    if (v !== null && v !== undefined && !NOT_A_SCORE.has(m)) out[`${prefix}.${m}`] = round4(v);
  }
}

/** Every headline number; web clusters only with `web`. */
export function headline(r: EvalResults, { web = true } = {}): Record<string, number> {
  const out: Record<string, number> = {};
  for (const scope of ['all', 'inScope'] as const) {
    const s = r.newsquant[scope];
    const base = scope === 'all' ? 'newsquant' : 'newsquant.inScope';
    out[`${base}.value.f1`] = round4(s.value.f1);
    out[`${base}.valueUnit.f1`] = round4(s.valueUnit.f1);
    out[`${base}.valueChange.f1`] = round4(s.valueChange.f1);
  }
  out['timeml.extent.p'] = round4(r.timeml.extent.p);
  out['timeml.extent.r'] = round4(r.timeml.extent.r);
  out['timeml.value.f1'] = round4(r.timeml.value.f1);
  for (const [name, m] of Object.entries(r.clusters)) clusterNumbers(`clusters.${name}`, { ...m }, out);
  clusterNumbers('clusters.mean', r.clustersMean, out);
  if (web) for (const [name, m] of Object.entries(r.web)) clusterNumbers(`web.${name}`, { ...m }, out);
  clusterNumbers('seeds', { ...r.seeds }, out);
  return out;
}

export interface Accepted {
  about?: string;
  tolerance: number;
  numbers: Record<string, number>;
}

/** Every accepted number the run fell below (or above, for counts where fewer is better), or did not measure. */
export function ratchetFailures(now: Record<string, number>, accepted: Accepted): string[] {
  const failures: string[] = [];
  for (const [name, was] of Object.entries(accepted.numbers)) {
    const is = now[name];
    if (is === undefined) failures.push(`${name}: accepted ${was}, not measured by this run`);
    else if (lowerIsBetter(name) ? is > was + accepted.tolerance : is < was - accepted.tolerance) failures.push(`${name}: ${is} is worse than the accepted ${was}`);
  }
  return failures;
}

/** Numbers now better than accepted by more than the tolerance: raise them in the same commit. */
export function ratchetGains(now: Record<string, number>, accepted: Accepted): string[] {
  return Object.entries(accepted.numbers)
    .filter(([name, was]) => now[name] !== undefined && (lowerIsBetter(name) ? now[name]! < was - accepted.tolerance : now[name]! > was + accepted.tolerance))
    .map(([name, was]) => `${name}: ${was} → ${now[name]}`);
}
