// The hover text for a figure of a multi-source claim: a table of every source's words and
// normalised value, the verdict and its reason, and links that open each other source at its
// span. Pure (no `vscode` import) so escaping and layout are unit-tested.
import { type Analysis, type Claim, describeWithCanonical, type Figure } from '../core';
import { type OpenSpanArgs, InternalCommand } from './commandIds';
import { commandUri, escapeMarkdown } from './markdown';
import { sourceName } from '../views/sources';
import { VERDICTS } from '../views/verdicts';

/** Markdown for the hover; `current` is the figure under the cursor. */
export function claimHoverMarkdown(analysis: Analysis, claim: Claim, current: Figure): string {
  const lines = [
    `**Crosscheck · ${VERDICTS[claim.verdict].title}**: ${escapeMarkdown(claim.measure)}`,
    '',
    '| Source | Words | Value |',
    '| --- | --- | --- |',
  ];
  for (const figure of claim.figures) {
    const label = escapeMarkdown(sourceName(analysis.sources, figure.source));
    const args: OpenSpanArgs = [figure.source, figure.span.start, figure.span.end];
    const source = figure.id === current.id ? `**${label}** (here)` : `[${label}](${commandUri(InternalCommand.openSpan, args)} "Open ${label} at this figure")`;
    const outlier = claim.outliers.includes(figure.id) ? ' ⚠' : '';
    lines.push(`| ${source}${outlier} | ${escapeMarkdown(figure.text)} | ${escapeMarkdown(describeWithCanonical(figure))} |`);
  }
  lines.push('', escapeMarkdown(claim.reason));
  return lines.join('\n');
}
