// Aligned figure groups -> Claims with verdicts (their diagnostics: claimDiagnostics.ts). What it
// keeps between analyses (judgements, comparisons) belongs to one ClaimBuilder, one per analyzer.
import type { Claim, Figure, Verdict } from '../types';
import { compareFigures, type Comparison } from './compare';
import { temperConflict } from './temper';
import { conceptById } from '../figures/lexicon';
import { nameClaim } from './naming';
import { atReportingYearRates } from './rates';

const VERDICT_ORDER: Record<Verdict, number> = { conflict: 0, discrepancy: 1, agree: 2 };

/** A source's readable word for each context stem ("raising" for "rais"). */
export type SurfacesOf = (source: string) => ReadonlyMap<string, string> | undefined;

/** What the claim measures, for a reader: "Deaths in Chile", "Acme employees" (naming.ts). */
function describeMeasure(figures: readonly Figure[]): string {
  return nameClaim(figures);
}

/**
 * Stable across re-analyses and across edits elsewhere in the sources (ignored claims are stored
 * by id): built from what the claim measures and where it is first stated, not from offsets.
 */
function claimId(figures: readonly Figure[]): string {
  const f = figures[0]!;
  const magnitude = f.canonical.value > 0 ? Math.round(Math.log10(f.canonical.value)) : 0;
  const key = `${f.unit.kind}:${f.concept || f.unit.name}:${f.per ?? ''}:${f.source}:${f.counted.toLowerCase()}:${magnitude}`;
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return `claim-${(h >>> 0).toString(36)}`;
}

/** Two claims may share a key (the same source states two alike figures): number the later ones. */
function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return n > 0 ? `${id}-${n + 1}` : id;
  });
}

interface Judged {
  figures: readonly Figure[];
  /** What the verdict and the description read of each figure's source. */
  labels: string[];
  reported: (string | undefined)[];
  surfaces: (ReadonlyMap<string, string> | undefined)[];
  comparison: Comparison;
  measure: string;
  /** `claimId` of the figures, before numbering. */
  baseId: string;
  /** The claim last built from this judgement, reused while its id stays the same. */
  claim?: Claim;
}


/** What a claim reads of a source besides its figures. */
interface SourceFacts {
  label: string;
  reported: string | undefined;
  surfaces: ReadonlyMap<string, string> | undefined;
}

function judged(
  kept: Kept,
  figures: readonly Figure[],
  factsOf: (source: string) => SourceFacts,
  labelOf: (source: string) => string,
  reportedOn?: (source: string) => string | undefined,
  surfaces?: SurfacesOf,
  exchangeRates?: Readonly<Record<string, number>>,
): Judged {
  const hit = kept.judgedByFirst.get(figures[0]!);
  if (hit && hit.figures.length === figures.length) {
    let same = true;
    for (let k = 0; same && k < figures.length; k++) {
      const facts = factsOf(figures[k]!.source);
      same = hit.figures[k] === figures[k] && hit.labels[k] === facts.label && hit.reported[k] === facts.reported && hit.surfaces[k] === facts.surfaces;
    }
    if (same) return hit;
  }
  const labels = figures.map((f) => labelOf(f.source));
  const reported = figures.map((f) => reportedOn?.(f.source));
  const entry: Judged = {
    figures: [...figures],
    labels,
    reported,
    surfaces: figures.map((f) => surfaces?.(f.source)),
    comparison: compared(kept, figures, labels, reported, labelOf, reportedOn, exchangeRates),
    measure: describeMeasure(figures),
    baseId: claimId(figures),
  };
  kept.judgedByFirst.set(figures[0]!, entry);
  return entry;
}

/** A comparison with its outliers as positions in the group, so it holds for equal figures elsewhere in the text. */
interface StoredComparison {
  verdict: Comparison['verdict'];
  reason: string;
  outliers: number[];
  earlier?: number[];
}

/** Bound of Kept.comparisons: cleared when it grows past it. */
const COMPARISONS_KEPT = 50_000;

/** JSON writes Infinity, -Infinity and NaN all as null: keep them apart in keys. */
const exactNumbers = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value);

/** A figure without where it sits in the text (offsets, id, sentence, repeats, restatements). */
function contentKey(kept: Kept, f: Figure): string {
  let key = kept.contentKeys.get(f);
  if (key === undefined) {
    const { id: _id, span: _span, valueSpan: _valueSpan, sentence: _sentence, repeats: _repeats, restatements: _restatements, ...content } = f;
    kept.contentKeys.set(f, (key = JSON.stringify(content, exactNumbers)));
  }
  return key;
}

function compared(
  kept: Kept,
  figures: readonly Figure[],
  labels: readonly string[],
  reported: readonly (string | undefined)[],
  labelOf: (source: string) => string,
  reportedOn?: (source: string) => string | undefined,
  exchangeRates?: Readonly<Record<string, number>>,
): Comparison {
  // a one-shot analysis never asks again: no key, nothing stored
  const key = kept.remember ? JSON.stringify([figures.map((f) => contentKey(kept, f)), labels, reported, exchangeRates ?? {}]) : undefined;
  let stored = key === undefined ? undefined : kept.comparisons.get(key);
  if (!stored) {
    const cumulative = conceptById(figures[0]!.concept)?.cumulative ?? false;
    // money in several currencies at the rates of each report's year (rates.ts)
    const converted = atReportingYearRates(figures, reportedOn, exchangeRates);
    // a conflict the figures' words explain (quotes, counts that fall, "people") is a discrepancy (temper.ts)
    const comparison = temperConflict(converted.figures, compareFigures(converted.figures, { labelOf, reportedOn, cumulative }), { reportedOn });
    if (converted.note) comparison.reason += ` — ${converted.note}`;
    const at = (id: string) => figures.findIndex((f) => f.id === id);
    stored = { ...comparison, outliers: comparison.outliers.map(at), earlier: comparison.earlier?.map(at) };
    if (key !== undefined) {
      if (kept.comparisons.size >= COMPARISONS_KEPT) kept.comparisons.clear();
      kept.comparisons.set(key, stored);
    }
  }
  return {
    verdict: stored.verdict,
    reason: stored.reason,
    outliers: stored.outliers.map((k) => figures[k]!.id),
    ...(stored.earlier?.length ? { earlier: stored.earlier.map((k) => figures[k]!.id) } : {}),
  };
}

/** What a ClaimBuilder keeps between calls. */
interface Kept {
  /**
   * Verdicts of the groups seen before, by their first figure: re-analysing after an edit to one
   * source re-judges only the groups whose figures, labels, report dates or words changed (the
   * aligner hands back the same Figure objects for unchanged sources).
   */
  judgedByFirst: WeakMap<Figure, Judged>;
  /**
   * Comparisons by what they read: an edit re-extracts its source, so the source's figures are new
   * objects although most state what they stated before (only their offsets moved); their groups
   * are judged as before without comparing again. Bounded by COMPARISONS_KEPT.
   */
  comparisons: Map<string, StoredComparison>;
  contentKeys: WeakMap<Figure, string>;
  /** Whether comparisons are kept at all (not for a one-shot analysis, where they are only memory). */
  remember: boolean;
}

export interface ClaimBuilder {
  /** The claims of the aligned groups; an unchanged judgement hands back the Claim it built before. */
  build(
    groups: readonly Figure[][],
    labelOf: (source: string) => string,
    reportedOn?: (source: string) => string | undefined,
    surfaces?: SurfacesOf,
    /** The user's rates (units per US dollar), which win over the yearly table. */
    exchangeRates?: Readonly<Record<string, number>>,
  ): { claims: Claim[]; singleSource: Claim[] };
}

/** One analyzer's claim building, with the judgements it keeps (`remember`: comparisons too, for re-analysis). */
export function createClaimBuilder(remember = true): ClaimBuilder {
  const kept: Kept = { judgedByFirst: new WeakMap(), comparisons: new Map(), contentKeys: new WeakMap(), remember };
  return { build: (groups, labelOf, reportedOn, surfaces, rates) => buildClaims(kept, groups, labelOf, reportedOn, surfaces, rates) };
}

function buildClaims(
  kept: Kept,
  groups: readonly Figure[][],
  labelOf: (source: string) => string,
  reportedOn?: (source: string) => string | undefined,
  surfaces?: SurfacesOf,
  /** The user's rates (units per US dollar), which win over the yearly table. */
  exchangeRates?: Readonly<Record<string, number>>,
): { claims: Claim[]; singleSource: Claim[] } {
  const facts = new Map<string, SourceFacts>();
  const factsOf = (source: string) => {
    let f = facts.get(source);
    if (!f) facts.set(source, (f = { label: labelOf(source), reported: reportedOn?.(source), surfaces: surfaces?.(source) }));
    return f;
  };
  const judgements = groups.map((figures) => judged(kept, figures, factsOf, labelOf, reportedOn, surfaces, exchangeRates));
  // ids first (numbered in the order claims then single-source claims), so an unchanged
  // judgement hands back the Claim it built last time
  const multi = judgements.filter((j) => j.figures.length > 1);
  const single = judgements.filter((j) => j.figures.length <= 1);
  const ids = uniqueIds([...multi, ...single].map((j) => j.baseId));
  const toClaim = (j: Judged, id: string): Claim => {
    if (j.claim?.id === id) return j.claim;
    const { verdict, reason, outliers, earlier } = j.comparison;
    j.claim = { id, measure: j.measure, unit: j.figures[0]!.unit, figures: [...j.figures], verdict, reason, outliers: [...outliers], ...(earlier ? { earlier: [...earlier] } : {}) };
    return j.claim;
  };
  const claims = multi.map((j, k) => toClaim(j, ids[k]!));
  const singleSource = single.map((j, k) => toClaim(j, ids[multi.length + k]!));
  claims.sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]);
  return { claims, singleSource };
}
