// The part of `crosscheck --json` that score.py reads, built from an in-process Analysis (the
// same fields the CLI's toJson writes), so a cluster is scored without spawning the CLI.
import type { Analysis } from '../../../src/core';
import { withSeverities } from '../../../src/views/severity';

export interface OutPlace {
  source: string;
  start: number;
  end: number;
}

export interface ToolOutput {
  claims: { id?: string; verdict?: string; figures: OutPlace[] }[];
  singleSource: { id?: string; figures: OutPlace[] }[];
  diagnostics: (OutPlace & { severity?: string; message?: string; claim?: string })[];
  timeline: { date?: string; label?: string; mentions: (OutPlace & { text?: string })[] }[];
}

export function toolOutput(analysis: Analysis): ToolOutput {
  const claim = (c: Analysis['claims'][number]) => ({
    id: c.id,
    verdict: c.verdict,
    // as the CLI's JSON: a figure's repeats in its source are listed beside it
    figures: c.figures.flatMap((f) => [f.span, ...(f.repeats ?? []).map((r) => r.span)].map((span) => ({ source: f.source, start: span.start, end: span.end }))),
  });
  return {
    claims: analysis.claims.map(claim),
    singleSource: analysis.singleSource.map(claim),
    // the CLI's JSON: each diagnostic with the default severity of its kind, 'none' kinds left out
    diagnostics: withSeverities(analysis.diagnostics).map(({ model: d, severity }) => ({ source: d.source, start: d.start, end: d.end, severity, message: d.message, claim: d.claim })),
    timeline: analysis.timeline.map((e) => ({ date: e.date, label: e.label, mentions: e.mentions.map((m) => ({ source: m.source, start: m.start, end: m.end, text: m.text })) })),
  };
}
