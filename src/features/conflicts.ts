// Editor-independent questions the views ask of an Analysis: which diagnostics are visible,
// in what order the reader walks them, how many conflicts there are, which claim is under the
// cursor. No `vscode` import, so it is unit-tested directly.
import { countFindings, type FindingCounts } from '../core';
import type { Analysis, Claim, DiagnosticModel, Figure } from '../core';
import { eventDateText } from '../views/dates';
import { type Severity, withSeverities } from '../views/severity';
import type { CrosscheckConfig } from './configValues';

/** Diagnostics the reader should see, with their severity from the settings: not ignored, not "none". */
export function shownDiagnostics(
  analysis: Analysis,
  config: CrosscheckConfig,
  isIgnored: (claimId: string) => boolean,
): { model: DiagnosticModel; severity: Severity }[] {
  return withSeverities(analysis.diagnostics.filter((d) => !isIgnored(d.claim)), config.severity);
}

/** The models of `shownDiagnostics`, for walking them. */
export function visibleDiagnostics(
  analysis: Analysis,
  config: CrosscheckConfig,
  isIgnored: (claimId: string) => boolean,
): DiagnosticModel[] {
  return shownDiagnostics(analysis, config, isIgnored).map((shown) => shown.model);
}

/** Source order (as analysed), then offset: the order next/previous conflict walks. */
export function inReadingOrder(analysis: Analysis, diagnostics: readonly DiagnosticModel[]): DiagnosticModel[] {
  const order = new Map(analysis.sources.map((s, i) => [s.id, i]));
  const rank = (d: DiagnosticModel): number => order.get(d.source) ?? Number.MAX_SAFE_INTEGER;
  return [...diagnostics].sort((a, b) => rank(a) - rank(b) || a.start - b.start || a.end - b.end);
}

export interface Cursor {
  /** Source id of the active editor, or undefined when it shows no source. */
  source: string | undefined;
  offset: number;
}

/**
 * The next (or previous) target after the cursor, wrapping around the set. A cursor exactly at
 * a target's start counts as on it, so repeated calls walk every target once per round.
 */
export function stepTarget<T extends { source: string; start: number }>(
  analysis: Analysis,
  ordered: readonly T[],
  cursor: Cursor,
  direction: 1 | -1,
): T | undefined {
  if (ordered.length === 0) return undefined;
  const order = new Map(analysis.sources.map((s, i) => [s.id, i]));
  if (cursor.source === undefined || !order.has(cursor.source)) return direction === 1 ? ordered[0] : ordered[ordered.length - 1];
  const here = order.get(cursor.source)!;
  const compare = (t: T): number => (order.get(t.source) ?? Number.MAX_SAFE_INTEGER) - here || t.start - cursor.offset;
  if (direction === 1) return ordered.find((t) => compare(t) > 0) ?? ordered[0];
  for (let i = ordered.length - 1; i >= 0; i--) if (compare(ordered[i]!) < 0) return ordered[i];
  return ordered[ordered.length - 1];
}

export type Counts = Pick<FindingCounts, 'conflicts' | 'discrepancies'>;

/** Claims (and dated events) the sources disagree on, ignored ones left out. */
export function countDisagreements(analysis: Analysis, isIgnored: (claimId: string) => boolean): Counts {
  const { conflicts, discrepancies } = countFindings(analysis, isIgnored);
  return { conflicts, discrepancies };
}

/** The multi-source claim with a figure in this source whose span holds the offset. */
export function claimAt(analysis: Analysis, source: string, offset: number): { claim: Claim; figure: Figure } | undefined {
  for (const claim of analysis.claims) {
    const figure = claim.figures.find((f) => f.source === source && f.span.start <= offset && offset <= f.span.end);
    if (figure) return { claim, figure };
  }
  return undefined;
}

export function claimById(analysis: Analysis, claimId: string): Claim | undefined {
  return analysis.claims.find((c) => c.id === claimId) ?? analysis.singleSource.find((c) => c.id === claimId);
}

/** A short name for a claim or dated event, for pick lists. */
export function describeClaim(analysis: Analysis, claimId: string): string {
  const claim = claimById(analysis, claimId);
  if (claim) return claim.measure;
  const event = analysis.timeline.find((e) => e.id === claimId);
  return event ? `${event.label} (${eventDateText(event)})` : claimId;
}
