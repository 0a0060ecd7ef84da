// Aligned figure groups -> Claims with verdicts, and the diagnostics model: which spans carry a
// diagnostic, with what severity and message, and which related spans in the other sources.
import type { AnalysisOptions, Claim, DiagnosticModel, Figure, Severity, Verdict } from '../types';
import { compareFigures, type Comparison } from './compare';
import { conceptById } from '../figures/lexicon';
import { describeValue, describeWithCanonical } from './format';
import { nameClaim } from './naming';
import { atReportingYearRates } from './rates';

const DEFAULT_SEVERITY: Record<Verdict, Severity | 'none'> = { conflict: 'warning', discrepancy: 'information', agree: 'none' };
const VERDICT_ORDER: Record<Verdict, number> = { conflict: 0, discrepancy: 1, agree: 2 };

/** A source's readable word for each context stem ("raising" for "rais"). */
export type SurfacesOf = (source: string) => ReadonlyMap<string, string> | undefined;

/** What the claim measures, for a reader: "Deaths in Kenya", "UBS employees" (naming.ts). */
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

/**
 * Verdicts of the groups seen before, by their first figure: re-analysing after an edit to one
 * source re-judges only the groups whose figures, labels, report dates or words changed (the
 * aligner hands back the same Figure objects for unchanged sources).
 */
const judgedByFirst = new WeakMap<Figure, Judged>();

/** What a claim reads of a source besides its figures. */
interface SourceFacts {
  label: string;
  reported: string | undefined;
  surfaces: ReadonlyMap<string, string> | undefined;
}

function judged(
  figures: readonly Figure[],
  factsOf: (source: string) => SourceFacts,
  labelOf: (source: string) => string,
  reportedOn?: (source: string) => string | undefined,
  surfaces?: SurfacesOf,
  exchangeRates?: Readonly<Record<string, number>>,
): Judged {
  const hit = judgedByFirst.get(figures[0]!);
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
    comparison: compared(figures, labels, reported, labelOf, reportedOn, exchangeRates),
    measure: describeMeasure(figures),
    baseId: claimId(figures),
  };
  judgedByFirst.set(figures[0]!, entry);
  return entry;
}

/** A comparison with its outliers as positions in the group, so it holds for equal figures elsewhere in the text. */
interface StoredComparison {
  verdict: Comparison['verdict'];
  reason: string;
  outliers: number[];
  earlier?: number[];
}

/**
 * Comparisons by what they read: an edit re-extracts its source, so the source's figures are new
 * objects although most state what they stated before (only their offsets moved); their groups
 * are judged as before without comparing again. Bounded: cleared when it grows past the limit.
 */
const comparisons = new Map<string, StoredComparison>();
const COMPARISONS_KEPT = 50_000;

/** JSON writes Infinity, -Infinity and NaN all as null: keep them apart in keys. */
const exactNumbers = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value);

/** A figure without where it sits in the text (offsets, id, sentence, repeats). */
const contentKeys = new WeakMap<Figure, string>();
function contentKey(f: Figure): string {
  let key = contentKeys.get(f);
  if (key === undefined) {
    const { id: _id, span: _span, valueSpan: _valueSpan, sentence: _sentence, repeats: _repeats, ...content } = f;
    contentKeys.set(f, (key = JSON.stringify(content, exactNumbers)));
  }
  return key;
}

function compared(
  figures: readonly Figure[],
  labels: readonly string[],
  reported: readonly (string | undefined)[],
  labelOf: (source: string) => string,
  reportedOn?: (source: string) => string | undefined,
  exchangeRates?: Readonly<Record<string, number>>,
): Comparison {
  const key = JSON.stringify([figures.map(contentKey), labels, reported, exchangeRates ?? {}]);
  let stored = comparisons.get(key);
  if (!stored) {
    const cumulative = conceptById(figures[0]!.concept)?.cumulative ?? false;
    // money in several currencies at the rates of each report's year (rates.ts)
    const converted = atReportingYearRates(figures, reportedOn, exchangeRates);
    const comparison = compareFigures(converted.figures, { labelOf, reportedOn, cumulative });
    if (converted.note) comparison.reason += ` — ${converted.note}`;
    const at = (id: string) => figures.findIndex((f) => f.id === id);
    stored = { ...comparison, outliers: comparison.outliers.map(at), earlier: comparison.earlier?.map(at) };
    if (comparisons.size >= COMPARISONS_KEPT) comparisons.clear();
    comparisons.set(key, stored);
  }
  return {
    verdict: stored.verdict,
    reason: stored.reason,
    outliers: stored.outliers.map((k) => figures[k]!.id),
    ...(stored.earlier?.length ? { earlier: stored.earlier.map((k) => figures[k]!.id) } : {}),
  };
}

export function buildClaims(
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
  const judgements = groups.map((figures) => judged(figures, factsOf, labelOf, reportedOn, surfaces, exchangeRates));
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

type Related = DiagnosticModel['related'][number];

/**
 * A figure as the related information of another source's diagnostic. Large claims list every
 * other source under every outlier, so each figure's entry is formatted once (per label).
 */
const relatedEntries = new WeakMap<Figure, { label: string; entry: Related }>();

function relatedEntry(g: Figure, label: string): Related {
  const hit = relatedEntries.get(g);
  if (hit && hit.label === label) return hit.entry;
  const entry = { source: g.source, start: g.span.start, end: g.span.end, message: `${label} says ${describeValue(g)}: “${g.text}”` };
  relatedEntries.set(g, { label, entry });
  return entry;
}

/** Each claim's diagnostics, with the severity and labels they were written with. */
const diagnosticsOf = new WeakMap<Claim, { severity: Severity; labels: string[]; diagnostics: DiagnosticModel[] }>();

export function claimDiagnostics(claims: readonly Claim[], labelOf: (source: string) => string, options: AnalysisOptions = {}): DiagnosticModel[] {
  const diagnostics: DiagnosticModel[] = [];
  for (const claim of claims) {
    if (claim.verdict === 'agree') continue;
    const severity = options.severity?.[claim.verdict] ?? DEFAULT_SEVERITY[claim.verdict];
    if (severity === 'none') continue;
    // an unchanged claim (buildClaims hands back the same object) keeps its diagnostics
    const hit = diagnosticsOf.get(claim);
    if (hit && hit.severity === severity && claim.figures.every((f, k) => hit.labels[k] === labelOf(f.source))) {
      diagnostics.push(...hit.diagnostics);
      continue;
    }
    const own: DiagnosticModel[] = [];
    // earlier reports of a moving count that also conflicts differ by time of reporting only
    const earlierSeverity = options.severity?.discrepancy ?? DEFAULT_SEVERITY.discrepancy;
    const flagged = [
      ...claim.outliers.map((id) => ({ id, verdict: claim.verdict, severity })),
      ...(earlierSeverity === 'none' ? [] : (claim.earlier ?? []).map((id) => ({ id, verdict: 'discrepancy' as const, severity: earlierSeverity }))),
    ];
    for (const { id, verdict, severity } of flagged) {
      const f = claim.figures.find((g) => g.id === id)!;
      const others = claim.figures.filter((g) => g !== f);
      const word = verdict === 'conflict' ? 'conflicts with' : claim.earlier?.includes(id) ? 'is an earlier report than' : 'differs from';
      const message = `${labelOf(f.source)} says ${describeWithCanonical(f)}: ${word} the other sources (${claim.reason}).`;
      for (const span of [f.span, ...(f.repeats ?? []).map((r) => r.span)]) own.push({
        source: f.source,
        start: span.start,
        end: span.end,
        severity,
        code: verdict === 'conflict' ? 'figure-conflict' : 'figure-discrepancy',
        message,
        claim: claim.id,
        related: others.map((g) => relatedEntry(g, labelOf(g.source))),
      });
    }
    diagnosticsOf.set(claim, { severity, labels: claim.figures.map((f) => labelOf(f.source)), diagnostics: own });
    diagnostics.push(...own);
  }
  return diagnostics;
}
