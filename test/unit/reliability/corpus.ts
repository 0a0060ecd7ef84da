// Shared material for the reliability suites: the seed and fixture sets as Sources, and checks
// every Analysis must pass whatever the input (spans inside their source, texts equal to the
// spans they name), plus an order-free fingerprint of the verdicts.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Analysis, Source } from '../../../src/core/types';

export const ROOT = resolve(__dirname, '../../..');

function readSet(dir: string): Source[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, uri: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

/** The five seeds and the three fixture sets, each a list of Sources. */
export const SETS: Record<string, Source[]> = {
  seeds: readSet(join(ROOT, 'seeds')),
  earthquake: readSet(join(ROOT, 'test/fixtures/earthquake')),
  election: readSet(join(ROOT, 'test/fixtures/election')),
  acquisition: readSet(join(ROOT, 'test/fixtures/acquisition')),
};
export const SEEDS = SETS.seeds!;
/** Every article of every set. */
export const ARTICLES: Source[] = Object.values(SETS).flat();

/**
 * Every offset the analysis reports lies inside its source, and every text it reports is the
 * text at those offsets. Returns the problems (empty when all is well) so a failing property
 * shows what broke.
 */
export function spanProblems(analysis: Analysis, sources: readonly Source[]): string[] {
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  const problems: string[] = [];
  const check = (where: string, source: string, start: number, end: number, expected?: string): void => {
    const text = texts.get(source);
    if (text === undefined) return void problems.push(`${where}: unknown source ${source}`);
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
      return void problems.push(`${where}: span ${start}-${end} outside ${source} (length ${text.length})`);
    }
    if (expected !== undefined && text.slice(start, end) !== expected) {
      problems.push(`${where}: text ${JSON.stringify(expected)} but the span holds ${JSON.stringify(text.slice(start, end))}`);
    }
  };
  for (const claim of [...analysis.claims, ...analysis.singleSource]) {
    for (const f of claim.figures) {
      check(`figure ${f.id}`, f.source, f.span.start, f.span.end, f.text);
      check(`value of ${f.id}`, f.source, f.valueSpan.start, f.valueSpan.end);
      if (f.valueSpan.start < f.span.start || f.valueSpan.end > f.span.end) problems.push(`value span of ${f.id} outside its figure`);
      if (f.id !== `${f.source}#${f.span.start}`) problems.push(`figure id ${f.id} does not name its start`);
    }
  }
  for (const d of analysis.diagnostics) {
    check(`diagnostic ${d.code}`, d.source, d.start, d.end);
    for (const r of d.related) check(`related of ${d.code}`, r.source, r.start, r.end);
  }
  for (const e of analysis.timeline) for (const m of e.mentions) check(`date mention`, m.source, m.start, m.end, m.text);
  for (const t of analysis.textual) {
    for (const v of t.variants) for (const m of v.mentions) check(`textual ${t.what}`, m.source, m.start, m.end, v.text.includes(' ') ? undefined : undefined);
  }
  return problems;
}

/**
 * What the verdicts say, independent of the order the sources came in: each claim as its
 * verdict and the sorted ids of its figures and outliers; diagnostics by place and code.
 */
export function verdictFingerprint(analysis: Analysis): { claims: string[]; diagnostics: string[]; timeline: string[] } {
  const claim = (c: Analysis['claims'][number]) =>
    `${c.verdict} ${c.unit.kind} [${c.figures.map((f) => f.id).sort().join(', ')}] outliers [${[...c.outliers].sort().join(', ')}]`;
  return {
    claims: [...analysis.claims, ...analysis.singleSource].map(claim).sort(),
    diagnostics: analysis.diagnostics.map((d) => `${d.source}#${d.start}-${d.end} ${d.code}`).sort(),
    timeline: analysis.timeline
      .map((e) => `${e.date}${e.endDate ? '/' + e.endDate : ''} ${e.dateConflict ? 'conflict' : 'ok'} [${e.mentions.map((m) => `${m.source}#${m.start}`).sort().join(', ')}]`)
      .sort(),
  };
}

/** Deterministic shuffle (Fisher-Yates driven by a seeded LCG). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
