// The hover text for a figure of a multi-source claim: a table of every source's words and value,
// the verdict and its reason, and links that open each other source at its span. Pure: the editor
// adapter (features/hover.ts) supplies the link target, a `command:` URI, and wraps the result.
import { type Analysis, type Claim, describeWithCanonical, type Figure, type Span } from '../core';
import { escapeLinkTarget, escapeMarkdown } from './escape';
import { sourceName } from './sources';
import { VERDICTS } from './verdicts';

export interface HoverOptions {
  /** Link target for another source's figure; without it, sources are not linked. */
  linkSpan?: (source: string, span: Span) => string | undefined;
}

/** Markdown for the hover; `current` is the figure under the cursor. */
export function claimHoverMarkdown(analysis: Analysis, claim: Claim, current: Figure, options: HoverOptions = {}): string {
  const lines = [
    `**Crosscheck · ${VERDICTS[claim.verdict].title}**: ${escapeMarkdown(claim.measure)}`,
    '',
    '| Source | Words | Value |',
    '| --- | --- | --- |',
  ];
  for (const figure of claim.figures) {
    const label = escapeMarkdown(sourceName(analysis.sources, figure.source));
    const target = figure.id === current.id ? undefined : options.linkSpan?.(figure.source, figure.span);
    const source = figure.id === current.id ? `**${label}** (here)` : target ? `[${label}](${escapeLinkTarget(target)} "Open ${label} at this figure")` : label;
    const outlier = claim.outliers.includes(figure.id) ? ' ⚠' : '';
    lines.push(`| ${source}${outlier} | ${escapeMarkdown(figure.text)} | ${escapeMarkdown(describeWithCanonical(figure))} |`);
  }
  lines.push('', escapeMarkdown(claim.reason));
  return lines.join('\n');
}
