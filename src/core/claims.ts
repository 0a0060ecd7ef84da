// Aligned figure groups -> Claims with verdicts, and the diagnostics model: which spans carry a
// diagnostic, with what severity and message, and which related spans in the other sources.
import type { AnalysisOptions, Claim, DiagnosticModel, Figure, Severity, Verdict } from './types';
import { compareFigures, type Comparison } from './compare';
import { conceptById } from './lexicon';
import { describeValue, describeWithCanonical } from './format';

const DEFAULT_SEVERITY: Record<Verdict, Severity | 'none'> = { conflict: 'warning', discrepancy: 'information', agree: 'none' };
const VERDICT_ORDER: Record<Verdict, number> = { conflict: 0, discrepancy: 1, agree: 2 };

/** A source's readable word for each context stem ("raising" for "rais"). */
export type SurfacesOf = (source: string) => ReadonlyMap<string, string> | undefined;

/** What the claim measures, for a reader: "military personnel (japan, base)". */
function describeMeasure(figures: readonly Figure[], surfaces?: SurfacesOf): string {
  const f = figures[0]!;
  const concept = conceptById(f.concept);
  let label = concept?.label ?? (figures.find((g) => g.counted)?.counted.toLowerCase() || '');
  if (f.unit.kind === 'money') label = label ? `amount (${label})` : 'amount of money';
  if (f.unit.kind === 'percent') label = label ? `share of ${label}` : 'percentage';
  if (f.unit.kind === 'duration') label = f.per === 'ago' ? 'time since' : 'duration';
  if (f.unit.kind === 'distance') label = label ? `distance (${label})` : 'distance';
  if (f.unit.kind === 'other') label = f.unit.name;
  if (f.unit.kind === 'age') label = 'age';
  if (!label) label = f.unit.kind;
  // The content words every source's sentence shares say what the claim is about.
  const shared = figures.slice(1).reduce<string[]>((acc, g) => acc.filter((w) => g.context.includes(w)), [...f.context]);
  const hint = shared.filter((w) => !/^[@~]/.test(w) && !label.includes(w)).slice(0, 3).map((w) => surfaces?.(f.source)?.get(w) ?? w);
  const per = f.per && f.per !== 'ago' ? ` per ${f.per}` : '';
  return `${label}${per}${hint.length ? ` — ${hint.join(', ')}` : ''}`;
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
function uniqueIds(claims: Claim[]): void {
  const seen = new Map<string, number>();
  for (const claim of claims) {
    const n = seen.get(claim.id) ?? 0;
    seen.set(claim.id, n + 1);
    if (n > 0) claim.id = `${claim.id}-${n + 1}`;
  }
}

interface Judged {
  figures: readonly Figure[];
  /** What the verdict and the description read of each figure's source. */
  labels: string[];
  reported: (string | undefined)[];
  surfaces: (ReadonlyMap<string, string> | undefined)[];
  comparison: Comparison;
  measure: string;
}

/**
 * Verdicts of the groups seen before, by their first figure: re-analysing after an edit to one
 * source re-judges only the groups whose figures, labels, report dates or words changed (the
 * aligner hands back the same Figure objects for unchanged sources).
 */
const judgedByFirst = new WeakMap<Figure, Judged>();

function judged(figures: readonly Figure[], labelOf: (source: string) => string, reportedOn?: (source: string) => string | undefined, surfaces?: SurfacesOf): Judged {
  const labels = figures.map((f) => labelOf(f.source));
  const reported = figures.map((f) => reportedOn?.(f.source));
  const words = figures.map((f) => surfaces?.(f.source));
  const hit = judgedByFirst.get(figures[0]!);
  const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, k) => x === b[k]);
  if (hit && same(hit.figures, figures) && same(hit.labels, labels) && same(hit.reported, reported) && same(hit.surfaces, words)) return hit;
  const cumulative = conceptById(figures[0]!.concept)?.cumulative ?? false;
  const entry: Judged = {
    figures: [...figures],
    labels,
    reported,
    surfaces: words,
    comparison: compareFigures(figures, { labelOf, reportedOn, cumulative }),
    measure: describeMeasure(figures, surfaces),
  };
  judgedByFirst.set(figures[0]!, entry);
  return entry;
}

export function buildClaims(
  groups: readonly Figure[][],
  labelOf: (source: string) => string,
  reportedOn?: (source: string) => string | undefined,
  surfaces?: SurfacesOf,
): { claims: Claim[]; singleSource: Claim[] } {
  const claims: Claim[] = [];
  const singleSource: Claim[] = [];
  for (const figures of groups) {
    const { comparison, measure } = judged(figures, labelOf, reportedOn, surfaces);
    const { verdict, reason, outliers } = comparison;
    const claim: Claim = { id: claimId(figures), measure, unit: figures[0]!.unit, figures: [...figures], verdict, reason, outliers: [...outliers] };
    (figures.length > 1 ? claims : singleSource).push(claim);
  }
  uniqueIds([...claims, ...singleSource]);
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

export function claimDiagnostics(claims: readonly Claim[], labelOf: (source: string) => string, options: AnalysisOptions = {}): DiagnosticModel[] {
  const diagnostics: DiagnosticModel[] = [];
  for (const claim of claims) {
    if (claim.verdict === 'agree') continue;
    const severity = options.severity?.[claim.verdict] ?? DEFAULT_SEVERITY[claim.verdict];
    if (severity === 'none') continue;
    for (const id of claim.outliers) {
      const f = claim.figures.find((g) => g.id === id)!;
      const others = claim.figures.filter((g) => g !== f);
      const word = claim.verdict === 'conflict' ? 'conflicts with' : 'differs from';
      const message = `${labelOf(f.source)} says ${describeWithCanonical(f)}: ${word} the other sources (${claim.reason}).`;
      for (const span of [f.span, ...(f.repeats ?? []).map((r) => r.span)]) diagnostics.push({
        source: f.source,
        start: span.start,
        end: span.end,
        severity,
        code: claim.verdict === 'conflict' ? 'figure-conflict' : 'figure-discrepancy',
        message,
        claim: claim.id,
        related: others.map((g) => relatedEntry(g, labelOf(g.source))),
      });
    }
  }
  return diagnostics;
}
