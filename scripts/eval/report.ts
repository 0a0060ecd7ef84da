// The printed report: one table per corpus, the anchors beside ours, and a one-line digest last.
import type { EvalResults } from './evaluate';
import { METRIC_NAMES, type ClusterMetrics } from './clusters/score';
import type { Prf } from './newsquant/cqeMatch';

/** HeidelTime on TempEval-3's test set (UzZaman et al. 2013): value F1, relaxed and strict extent F1. */
export const HEIDELTIME = { valueF1: 0.776, relaxedF1: 0.903, strictF1: 0.813 };

const f3 = (x: number | null | undefined) => (x === null || x === undefined ? '  -  ' : x.toFixed(3));
const pad = (s: string, n: number) => s.padEnd(n);

export function newsQuantTable(r: EvalResults['newsquant']): string[] {
  const row = (model: string, type: string) => r.published.find((p) => p.model === model && p.type === type);
  const lines = [`NewsQuant: ${r.sentences} sentences, ${r.all.gold} gold quantities, ${r.all.predicted} figures read; matched as CQE's evaluate_models.py matches`];
  lines.push(`  ${pad('', 14)} ${pad('Crosscheck', 17)} | ${pad('CQE (published)', 17)} | GPT-3`);
  lines.push(`  ${pad('', 14)} ${pad('P     R     F1', 17)} | ${pad('P     R     F1', 17)} | F1`);
  const types: [string, keyof typeof r.all, string][] = [['value', 'value', 'value'], ['value+unit', 'valueUnit', 'value+unit'], ['value+change', 'valueChange', 'value+change']];
  for (const [label, key, type] of types) {
    const s = r.all[key] as Prf;
    const cqe = row('CQE-Numparser', type);
    const gpt = row('GPT3', type);
    lines.push(`  ${pad(label, 14)} ${f3(s.p)} ${f3(s.r)} ${f3(s.f1)} | ${f3(cqe?.p)} ${f3(cqe?.r)} ${f3(cqe?.f1)} | ${f3(gpt?.f1)}`);
  }
  const excluded = r.inScope.excluded;
  lines.push(`  in scope (what Crosscheck means to read): ${r.inScope.gold} gold quantities, leaving out ${r.all.gold - r.inScope.gold}:`);
  for (const e of excluded) lines.push(`    ${String(e.count).padStart(4)}  ${e.what}`);
  for (const [label, key] of types) {
    const s = r.inScope[key] as Prf;
    lines.push(`  ${pad(label, 14)} ${f3(s.p)} ${f3(s.r)} ${f3(s.f1)}`);
  }
  return lines;
}

export function timeMlTable(r: EvalResults['timeml']): string[] {
  const by = Object.entries(r.byPrecision).map(([p, n]) => `${p} ${n}`).join(', ');
  return [
    `TimeML: ${r.documents} articles, each with its creation date as the reference; ${r.counted} DATE/TIME expressions with a calendar value (${by})`,
    `  left out, ${r.leftOut.reduce((n, l) => n + l.count, 0)} expressions:`,
    ...[...r.leftOut].sort((a, b) => b.count - a.count).map((l) => `    ${String(l.count).padStart(4)}  ${l.what}`),
    `  ${r.predicted} dates found and scored (${r.setAside} more inside left-out expressions, set aside)`,
    `  extent (overlap)  P ${f3(r.extent.p)}  R ${f3(r.extent.r)}  F1 ${f3(r.extent.f1)}   | HeidelTime relaxed F1 ${f3(HEIDELTIME.relaxedF1)}`,
    `  value             P ${f3(r.value.p)}  R ${f3(r.value.r)}  F1 ${f3(r.value.f1)}   | HeidelTime value F1 ${f3(HEIDELTIME.valueF1)} (TempEval-3 test set, every type)`,
  ];
}

const HEAD = ['extract', 'align', 'separate', 'hard', 'soft', 'falseflags', 'warn_prec', 'diags', 'timeline'];

function metricRow(name: string, m: Record<string, number | null>): string {
  const cells = METRIC_NAMES.map((k, i) => {
    const v = m[k];
    const text = v === null || v === undefined ? '-' : k === 'falseflags' || k === 'diagnostics' ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : v.toFixed(3);
    return text.padStart(HEAD[i]!.length);
  });
  return `  ${pad(name, 44)} ${cells.join(' ')}`;
}

export function clusterTable(r: EvalResults): string[] {
  const lines = ['Clusters (the metrics of ../shared/tools/score.py)', `  ${pad('', 44)} ${HEAD.join(' ')}`];
  for (const [name, m] of Object.entries(r.clusters)) lines.push(metricRow(name, { ...m }));
  lines.push(metricRow('mean of the committed clusters', r.clustersMean));
  for (const [name, m] of Object.entries(r.web)) lines.push(metricRow(`web: ${name}`, { ...m }));
  for (const { name, why } of r.webSkipped) lines.push(`  web: ${name}: skipped, ${why} (see ../shared/clusters-web/README.md)`);
  lines.push(metricRow('seeds (acceptance key)', { ...r.seeds }));
  return lines;
}

const metricsDigest = (m: Record<string, number | null>) =>
  METRIC_NAMES.filter((k) => k !== 'diagnostics' && m[k] !== null)
    .map((k) => `${k === 'warn_precision' ? 'warn' : k} ${k === 'falseflags' ? +m[k]!.toFixed(1) : f3(m[k])}`)
    .join(' ');

/** The last line: every headline number. */
export function digest(r: EvalResults): string {
  const nq = (s: EvalResults['newsquant']['all']) => `${f3(s.value.f1)}/${f3(s.valueUnit.f1)}/${f3(s.valueChange.f1)}`;
  const parts = [
    `NewsQuant F1 value/+unit/+change ${nq(r.newsquant.all)} (in scope ${nq(r.newsquant.inScope)}; CQE 0.919/0.855/0.880)`,
    `TimeML extent P ${f3(r.timeml.extent.p)} R ${f3(r.timeml.extent.r)} value F1 ${f3(r.timeml.value.f1)} (HeidelTime 0.776)`,
    `clusters mean ${metricsDigest(r.clustersMean)}`,
    ...Object.entries(r.clusters).map(([n, m]) => `${n} ${metricsDigest({ ...m })}`),
    ...Object.entries(r.web).map(([n, m]) => `web ${n} ${metricsDigest({ ...m })}`),
    ...(r.webSkipped.length ? [`web skipped: ${r.webSkipped.map((w) => w.name).join(', ')}`] : []),
    `seeds ${metricsDigest({ ...r.seeds })}`,
  ];
  return `digest: ${parts.join(' · ')}`;
}

export type { ClusterMetrics };
