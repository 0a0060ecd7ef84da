// Claims -> the diagnostics model: which spans carry a diagnostic (of which kind, with what
// message) and which related spans in the other sources. Severity is not decided here: the editor
// and the CLI map the kind to one (src/views/severity.ts). What it keeps between analyses (each
// claim's diagnostics, each figure's related entry) belongs to one writer, one per analyzer.
import type { Claim, DiagnosticModel, Figure } from '../types';
import { describeValue, describeWithCanonical } from './format';

type Related = DiagnosticModel['related'][number];

/**
 * Other sources linked under one diagnostic, at most. A claim stated by hundreds of sources
 * would otherwise list every one under every outlier: outliers × sources locations, which made
 * the JSON of a 2,500-article set longer than a string can be. The message says how many more.
 */
export const MAX_RELATED = 20;

/** What a DiagnosticWriter keeps between calls. */
interface Kept {
  /**
   * A figure as the related information of another source's diagnostic. Large claims list every
   * other source under every outlier, so each figure's entry is formatted once (per label).
   */
  relatedEntries: WeakMap<Figure, { label: string; entry: Related }>;
  /** Each claim's diagnostics, with the labels they were written with. */
  diagnosticsOf: WeakMap<Claim, { labels: string[]; diagnostics: DiagnosticModel[] }>;
}

export interface DiagnosticWriter {
  /** The diagnostics of the claims; an unchanged claim (the same object) keeps the ones written before. */
  write(claims: readonly Claim[], labelOf: (source: string) => string): DiagnosticModel[];
}

/** One analyzer's diagnostics writing, with what it keeps. */
export function createDiagnosticWriter(): DiagnosticWriter {
  const kept: Kept = { relatedEntries: new WeakMap(), diagnosticsOf: new WeakMap() };
  return { write: (claims, labelOf) => claimDiagnostics(kept, claims, labelOf) };
}

function relatedEntry(kept: Kept, g: Figure, label: string): Related {
  const hit = kept.relatedEntries.get(g);
  if (hit && hit.label === label) return hit.entry;
  const entry = { source: g.source, start: g.span.start, end: g.span.end, message: `${label} says ${describeValue(g)}: “${g.text}”` };
  kept.relatedEntries.set(g, { label, entry });
  return entry;
}

function claimDiagnostics(
  kept: Kept,
  claims: readonly Claim[],
  labelOf: (source: string) => string,
): DiagnosticModel[] {
  const diagnostics: DiagnosticModel[] = [];
  for (const claim of claims) {
    if (claim.verdict === 'agree') continue;
    // an unchanged claim (buildClaims hands back the same object) keeps its diagnostics
    const hit = kept.diagnosticsOf.get(claim);
    if (hit && claim.figures.every((f, k) => hit.labels[k] === labelOf(f.source))) {
      diagnostics.push(...hit.diagnostics);
      continue;
    }
    const own: DiagnosticModel[] = [];
    // earlier reports of a moving count that also conflicts differ by time of reporting only
    const flagged = [
      ...claim.outliers.map((id) => ({ id, verdict: claim.verdict })),
      ...(claim.earlier ?? []).map((id) => ({ id, verdict: 'discrepancy' as const })),
    ];
    for (const { id, verdict } of flagged) {
      const f = claim.figures.find((g) => g.id === id)!;
      const others = claim.figures.filter((g) => g !== f);
      const listed = others.length > MAX_RELATED ? others.slice(0, MAX_RELATED) : others;
      const word = verdict === 'conflict' ? 'conflicts with' : claim.earlier?.includes(id) ? 'is an earlier report than' : 'differs from';
      const more = others.length > listed.length ? ` The first ${listed.length} of the ${others.length} other sources are linked.` : '';
      const message = `${labelOf(f.source)} says ${describeWithCanonical(f)}: ${word} the other sources (${claim.reason}).${more}`;
      for (const span of [f.span, ...(f.repeats ?? []).map((r) => r.span)]) own.push({
        source: f.source,
        start: span.start,
        end: span.end,
        code: verdict === 'conflict' ? 'figure-conflict' : 'figure-discrepancy',
        message,
        claim: claim.id,
        related: listed.map((g) => relatedEntry(kept, g, labelOf(g.source))),
      });
    }
    kept.diagnosticsOf.set(claim, { labels: claim.figures.map((f) => labelOf(f.source)), diagnostics: own });
    diagnostics.push(...own);
  }
  return diagnostics;
}
