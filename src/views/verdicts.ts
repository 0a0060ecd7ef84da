// How every view names and orders a verdict: one table, so the hover, the trees, the summary
// (text, Markdown, HTML) and their order cannot drift apart. The core sorts analysis.claims the
// same way (core/judge/claims.ts) for its own output; views sort by this rank.
import type { Verdict } from '../core';

interface VerdictWords {
  /** Sort rank: conflicts first. */
  rank: number;
  /** Heading of a hover or tooltip: "Conflict", "Sources agree". */
  title: string;
  /** The verdict as a word: the summary's badge; upper-cased as the terminal's tag. */
  word: string;
  /** The Markdown summary's coloured mark. */
  emoji: string;
}

export const VERDICTS: Readonly<Record<Verdict, VerdictWords>> = {
  conflict: { rank: 0, title: 'Conflict', word: 'conflict', emoji: '🔴' },
  discrepancy: { rank: 1, title: 'Discrepancy', word: 'discrepancy', emoji: '🟠' },
  agree: { rank: 2, title: 'Sources agree', word: 'agree', emoji: '🟢' },
};

/** For sort(): conflicts, then discrepancies, then agreements. */
export function byVerdict(a: { verdict: Verdict }, b: { verdict: Verdict }): number {
  return VERDICTS[a.verdict].rank - VERDICTS[b.verdict].rank;
}
