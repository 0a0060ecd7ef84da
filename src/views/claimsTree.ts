// The Claims view's rows, without an editor: every multi-source claim with its verdict, measure
// and reason, each source's figure beneath it; figures only one source states sit in a collapsed
// "Only one source" group at the end.
import { oneLine } from './escape';
import { VERDICTS } from './verdicts';
import { type Analysis, type Claim, describeWithCanonical, type Figure, type Verdict } from '../core';
import { emptyMessage, linkParents, type NodeIcon, sourceLabel, tooltipText, type ViewNode, type ViewTree } from './viewNode';
import { plural } from './words';

/** The same marks as the status bar: a conflict warns, a discrepancy informs, agreement passes. */
export const VERDICT_ICON: Record<Verdict, NodeIcon> = {
  conflict: { id: 'warning', color: 'problemsWarningIcon.foreground' },
  discrepancy: { id: 'info', color: 'problemsInfoIcon.foreground' },
  agree: { id: 'pass', color: 'charts.green' },
};

export const SINGLE_SOURCE_ID = 'single-source';

export function buildClaimsTree(analysis: Analysis | undefined): ViewTree {
  if (!analysis || analysis.claims.length + analysis.singleSource.length === 0) {
    return { roots: [], message: emptyMessage(analysis, 'figures') };
  }
  const roots = analysis.claims.map((claim) => claimNode(analysis, claim));
  if (analysis.singleSource.length > 0) roots.push(singleSourceGroup(analysis));
  return { roots: linkParents(roots) };
}

function claimNode(analysis: Analysis, claim: Claim): ViewNode {
  const measure = oneLine(claim.measure);
  const sources = new Set(claim.figures.map((f) => f.source)).size;
  return {
    id: `claim:${claim.id}`,
    label: measure,
    description: oneLine(claim.reason),
    tooltip: tooltipText([`${VERDICTS[claim.verdict].title}: ${measure}`, claim.reason, '', `${plural(sources, 'source')} state this.`]),
    icon: VERDICT_ICON[claim.verdict],
    expand: claim.verdict === 'agree' ? 'collapsed' : 'expanded',
    children: claim.figures.map((figure) => figureNode(analysis, claim, figure)),
  };
}

function figureNode(analysis: Analysis, claim: Claim, figure: Figure): ViewNode {
  const source = sourceLabel(analysis, figure.source);
  const outlier = claim.outliers.includes(figure.id);
  const value = oneLine(describeWithCanonical(figure));
  return {
    id: `claim:${claim.id}/${figure.id}`,
    label: `${source}: ${oneLine(figure.text)}`,
    description: outlier ? `${value} · differs` : value,
    tooltip: tooltipText([`${source} says "${oneLine(figure.text)}" (${value})`, outlier ? 'This figure differs from the other sources.' : undefined]),
    icon: outlier ? { id: 'circle-filled', color: VERDICT_ICON[claim.verdict].color } : { id: 'circle-outline' },
    open: { source: figure.source, ...figure.span },
    children: [],
  };
}

/**
 * Rows of the "Only one source" group, at most: a 40,000-sentence file has 33,000 single-source
 * figures, and building that many rows took the extension host's thread for half a second at
 * every analysis (the tree is rebuilt each time). The rest are counted in a last row.
 */
export const MAX_SINGLE_SOURCE_ROWS = 1000;

function singleSourceGroup(analysis: Analysis): ViewNode {
  const total = analysis.singleSource.reduce((n, claim) => n + claim.figures.length, 0);
  const children: ViewNode[] = [];
  for (const claim of analysis.singleSource) {
    for (const figure of claim.figures) {
      if (children.length === MAX_SINGLE_SOURCE_ROWS) break;
      const source = sourceLabel(analysis, figure.source);
      children.push({
        id: `single:${figure.id}`,
        label: `${source}: ${oneLine(figure.text)}`,
        description: oneLine(claim.measure),
        tooltip: tooltipText([`Only ${source} states "${oneLine(figure.text)}" (${oneLine(describeWithCanonical(figure))})`, `Measure: ${claim.measure}`]),
        icon: { id: 'circle-outline' },
        open: { source: figure.source, ...figure.span },
        children: [],
      });
    }
    if (children.length === MAX_SINGLE_SOURCE_ROWS) break;
  }
  if (total > children.length) {
    const more = total - children.length;
    children.push({
      id: `${SINGLE_SOURCE_ID}:more`,
      label: `… and ${plural(more, 'more figure')}`,
      tooltip: `Only the first ${MAX_SINGLE_SOURCE_ROWS.toLocaleString('en-US')} are listed here; the summary (Crosscheck: Show Summary) and the CLI list them all.`,
      icon: { id: 'ellipsis' },
      children: [],
    });
  }
  return {
    id: SINGLE_SOURCE_ID,
    label: 'Only one source',
    description: plural(total, 'figure'),
    tooltip: 'Figures that no other source states: nothing to compare them with.',
    icon: { id: 'circle-slash' },
    expand: 'collapsed',
    children,
  };
}
