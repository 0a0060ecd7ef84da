// The one TreeDataProvider behind the sidebar trees: it shows a ViewTree built by a pure function
// from the latest analysis, rebuilds it when the store changes, opens spans on click and reveals
// the row under the editor's cursor. getChildren only returns what was built: no UI, no reads.
// The Timeline and Claims views are this tree bound to their view ids and builders (at the end).
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import { buildClaimsTree } from '../views/claimsTree';
import { InternalCommand, type OpenSpanArgs } from './commandIds';
import { buildTimelineTree } from '../views/timelineTree';
import type { AnalysisStore } from './store';
import { nodeAt, type ViewNode, type ViewTree } from '../views/viewNode';

/** A row as plain data, for the tests (through the extension's API). */
export interface ViewItem {
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  icon?: string;
  iconColor?: string;
  collapsible: 'none' | 'collapsed' | 'expanded';
  command?: { command: string; arguments: unknown[] };
  children: ViewItem[];
}

/** Reads a tree back as plain data (the extension's API hands this to tests). */
export interface TreeReader {
  /** Every row, roots first, as the view shows them. */
  readItems(): ViewItem[];
  /** Ids of the selected rows. */
  selectedIds(): string[];
}

export interface NodeTreeView extends vscode.Disposable, TreeReader {
  readonly view: vscode.TreeView<ViewNode>;
}

const REVEAL_DELAY_MS = 150;

class NodeTreeProvider implements vscode.TreeDataProvider<ViewNode> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  tree: ViewTree = { roots: [] };

  update(tree: ViewTree): void {
    this.tree = tree;
    this.emitter.fire();
  }

  getChildren(node?: ViewNode): ViewNode[] {
    return node ? node.children : this.tree.roots;
  }

  getParent(node: ViewNode): ViewNode | undefined {
    return node.parent;
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    const state = node.expand === undefined ? vscode.TreeItemCollapsibleState.None : node.expand === 'expanded' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip; // a plain string: article text is never rendered as Markdown here
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon.id, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
    if (node.open) {
      const args: OpenSpanArgs = [node.open.source, node.open.start, node.open.end];
      item.command = { command: InternalCommand.openSpan, title: 'Open at this span', arguments: args };
      item.contextValue = 'span';
    }
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

export function registerNodeTreeView(viewId: string, store: AnalysisStore, build: (analysis: Analysis | undefined) => ViewTree): NodeTreeView {
  const provider = new NodeTreeProvider();
  const view = vscode.window.createTreeView(viewId, { treeDataProvider: provider, showCollapseAll: true });
  let timer: NodeJS.Timeout | undefined;
  const revealAtCursor = (editor: vscode.TextEditor): void => {
    const source = store.sourceIdOf(editor.document.uri);
    if (!view.visible || source === undefined) return;
    const node = nodeAt(provider.tree.roots, source, editor.document.offsetAt(editor.selection.active));
    if (!node || view.selection.some((s) => s.id === node.id)) return;
    view.reveal(node, { select: true, focus: false }).then(undefined, () => undefined); // the tree may have changed meanwhile
  };
  const onSelection = (event: vscode.TextEditorSelectionChangeEvent): void => {
    clearTimeout(timer);
    timer = setTimeout(() => revealAtCursor(event.textEditor), REVEAL_DELAY_MS); // typing and dragging fire often
  };

  const refresh = (): void => {
    provider.update(build(store.analysis));
    view.message = provider.tree.message;
    // the cursor may sit on a mention that was not in the tree before (first analysis, edits)
    const editor = vscode.window.activeTextEditor;
    if (editor) revealAtCursor(editor);
  };
  refresh();

  const toItem = (node: ViewNode): ViewItem => {
    const item = provider.getTreeItem(node);
    const state = item.collapsibleState ?? vscode.TreeItemCollapsibleState.None;
    return {
      id: node.id,
      label: node.label,
      ...(node.description !== undefined ? { description: node.description } : {}),
      ...(node.tooltip !== undefined ? { tooltip: node.tooltip } : {}),
      ...(item.iconPath instanceof vscode.ThemeIcon ? { icon: item.iconPath.id } : {}),
      ...(node.icon?.color ? { iconColor: node.icon.color } : {}),
      collapsible: state === vscode.TreeItemCollapsibleState.None ? 'none' : state === vscode.TreeItemCollapsibleState.Expanded ? 'expanded' : 'collapsed',
      ...(item.command ? { command: { command: item.command.command, arguments: item.command.arguments ?? [] } } : {}),
      children: provider.getChildren(node).map(toItem),
    };
  };

  const disposable = vscode.Disposable.from(
    view,
    provider,
    store.onDidChange(refresh),
    vscode.window.onDidChangeTextEditorSelection(onSelection),
    view.onDidChangeVisibility(({ visible }) => {
      const editor = vscode.window.activeTextEditor;
      if (visible && editor) revealAtCursor(editor);
    }),
    { dispose: () => clearTimeout(timer) },
  );
  return {
    view,
    readItems: () => provider.getChildren().map(toItem),
    selectedIds: () => view.selection.map((node) => node.id),
    dispose: () => disposable.dispose(),
  };
}

export const TIMELINE_VIEW_ID = 'crosscheck.timeline';
export const CLAIMS_VIEW_ID = 'crosscheck.claims';

/** "Timeline": dated events of every source, merged, in date order (rows from timelineTree.ts). */
export function registerTimelineView(store: AnalysisStore): NodeTreeView {
  return registerNodeTreeView(TIMELINE_VIEW_ID, store, buildTimelineTree);
}

/** "Claims": every claim several sources state, with its verdict (rows from claimsTree.ts). */
export function registerClaimsView(store: AnalysisStore): NodeTreeView {
  return registerNodeTreeView(CLAIMS_VIEW_ID, store, buildClaimsTree);
}
