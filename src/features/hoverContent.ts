// The hover text for a figure of a multi-source claim: a table of every source's words and
// normalised value, the verdict and its reason, and links that open each other source at its
// span. Pure (no `vscode` import) so escaping and layout are unit-tested.
import type { Analysis, Claim, Figure } from '../core';
import { type OpenSpanArgs, InternalCommand } from './commandIds';
import { fileNameOf } from './conflicts';
import { commandUri, escapeMarkdown } from './markdown';

const VERDICT_TITLE: Record<Claim['verdict'], string> = {
  agree: 'Sources agree',
  discrepancy: 'Discrepancy',
  conflict: 'Conflict',
};

/** Markdown for the hover; `current` is the figure under the cursor. */
export function claimHoverMarkdown(analysis: Analysis, claim: Claim, current: Figure): string {
  const lines = [
    `**Crosscheck · ${VERDICT_TITLE[claim.verdict]}**: ${escapeMarkdown(claim.measure)}`,
    '',
    '| Source | Words | Value |',
    '| --- | --- | --- |',
  ];
  for (const figure of claim.figures) {
    const label = escapeMarkdown(fileNameOf(analysis, figure.source));
    const args: OpenSpanArgs = [figure.source, figure.span.start, figure.span.end];
    const source = figure.id === current.id ? `**${label}** (here)` : `[${label}](${commandUri(InternalCommand.openSpan, args)} "Open ${label} at this figure")`;
    const outlier = claim.outliers.includes(figure.id) ? ' ⚠' : '';
    lines.push(`| ${source}${outlier} | ${escapeMarkdown(figure.text)} | ${escapeMarkdown(formatValue(figure))} |`);
  }
  lines.push('', escapeMarkdown(claim.reason));
  return lines.join('\n');
}

/** The comparable (canonical) value with its qualifier: "≈ 53,000", "> 50,000", "1.4 billion USD". */
export function formatValue(figure: Figure): string {
  if (figure.date) return figure.date.endDate ? `${figure.date.iso} – ${figure.date.endDate}` : figure.date.iso;
  const { value, low, high, unit } = figure.canonical;
  const suffix = (unit && unit !== 'count' ? ` ${unit}` : '') + (figure.per ? ` / ${figure.per}` : '');
  switch (figure.qualifier) {
    case 'approximate':
      return `≈ ${formatNumber(value)}${suffix}`;
    case 'lowerBound':
      return `≥ ${formatNumber(Number.isFinite(low) ? low : value)}${suffix}`;
    case 'upperBound':
      return `≤ ${formatNumber(Number.isFinite(high) ? high : value)}${suffix}`;
    case 'range':
      return `${formatNumber(low)}–${formatNumber(high)}${suffix}`;
    case 'average':
      return `avg. ${formatNumber(value)}${suffix}`;
    default:
      return `${formatNumber(value)}${suffix}`;
  }
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const abs = Math.abs(value);
  const scaled = (divisor: number, word: string): string =>
    `${(value / divisor).toLocaleString('en-US', { maximumFractionDigits: 2 })} ${word}`;
  if (abs >= 1e12) return scaled(1e12, 'trillion');
  if (abs >= 1e9) return scaled(1e9, 'billion');
  if (abs >= 1e7) return scaled(1e6, 'million');
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
