// The editor-independent shape of a sidebar tree (Timeline, Claims): plain nodes with the text,
// icon and target span each row shows. Built once per analysis by pure functions, so grouping,
// labels and escaping are unit-tested without an editor; the TreeDataProvider only maps them.
import { oneLine, stripControls } from './escape';
import { sourceName } from './sources';
import type { Analysis, SourceSpan } from '../core';

/** A codicon id and an optional theme colour id (`problemsWarningIcon.foreground`). */
export interface NodeIcon {
  id: string;
  color?: string;
}

export interface ViewNode {
  /** Unique in its tree and stable across analyses of unchanged text (keeps expansion state). */
  id: string;
  label: string;
  description?: string;
  /** Plain text (never Markdown), so article text cannot form links or markup. */
  tooltip?: string;
  icon?: NodeIcon;
  /** Undefined for a leaf. */
  expand?: 'collapsed' | 'expanded';
  /** Clicking the row opens this span. */
  open?: SourceSpan;
  children: ViewNode[];
  parent?: ViewNode;
}

/** The roots of a tree, or a message for the view when there is nothing to list. */
export interface ViewTree {
  roots: ViewNode[];
  message?: string;
}

/** Sets every node's `parent` (for `TreeView.reveal`) and returns the roots. */
export function linkParents(roots: ViewNode[]): ViewNode[] {
  const visit = (node: ViewNode): void =>
    node.children.forEach((child) => {
      child.parent = node;
      visit(child);
    });
  roots.forEach((root) => {
    delete root.parent;
    visit(root);
  });
  return roots;
}

/** The deepest node whose span holds the offset of that source (the row to reveal at the cursor). */
export function nodeAt(roots: readonly ViewNode[], source: string, offset: number): ViewNode | undefined {
  for (const node of roots) {
    const inner = nodeAt(node.children, source, offset);
    if (inner) return inner;
    const span = node.open;
    if (span && span.source === source && span.start <= offset && offset <= span.end) return node;
  }
  return undefined;
}

/** Why the tree is empty, when it is. */
export function emptyMessage(analysis: Analysis | undefined, what: string): string | undefined {
  if (!analysis) return 'Crosscheck is analysing the sources…';
  if (analysis.sources.every((s) => s.skipped)) {
    return 'No sources: Crosscheck reads the files matched by the "crosscheck.sources" setting.';
  }
  return `No ${what} in the sources.`;
}

/** A source's name (views/sources.ts) as one line of a row. */
export function sourceLabel(analysis: Analysis, sourceId: string): string {
  return oneLine(sourceName(analysis.sources, sourceId));
}

/** Untrusted text for a multi-line plain tooltip: controls removed, each line trimmed. */
export function tooltipText(lines: readonly (string | undefined)[]): string {
  return lines
    .filter((line): line is string => line !== undefined)
    .map((line) => stripControls(line).replace(/[ \t]+/g, ' ').trim())
    .join('\n');
}
