// How many things the sources disagree on: the one count the status bar, the summary and the
// CLI's --fail-on all use, so a date conflict counts as a conflict everywhere.
import type { Analysis } from '../types';

export interface FindingCounts {
  /** Claims whose figures cannot all be true, plus events the sources date differently. */
  conflicts: number;
  discrepancies: number;
  agreements: number;
  /** Of `conflicts`, how many are dates. */
  dateConflicts: number;
}

export function countFindings(analysis: Analysis, isIgnored: (id: string) => boolean = () => false): FindingCounts {
  const claims = analysis.claims.filter((c) => !isIgnored(c.id));
  // an event whose dates conflict is also a date claim (dateClaims.ts, same id): count it once
  const claimIds = new Set(analysis.claims.map((c) => c.id));
  const dateConflicts = analysis.timeline.filter((e) => e.dateConflict && !isIgnored(e.id) && !claimIds.has(e.id)).length;
  const count = (verdict: string) => claims.filter((c) => c.verdict === verdict).length;
  return { conflicts: count('conflict') + dateConflicts, discrepancies: count('discrepancy'), agreements: count('agree'), dateConflicts };
}
