// `Crosscheck: Export Summary`: writes the core's Markdown summary to a file the reader picks.
// It never writes to a source, and never replaces an existing file without a modal "Replace".
// Tests (and other extensions) may pass the target URI as the command argument; the same checks
// apply, only the save dialog is skipped.
import * as vscode from 'vscode';
import { fileExists } from './fileExists';
import { buildSummary } from '../views/summary';
import { renderMarkdown } from '../views/summaryMarkdown';
import type { Analysis } from '../core';
import { UserCommand } from './commandIds';
import type { AnalysisStore } from './store';

const DEFAULT_NAME = 'crosscheck-summary.md';

export function registerSummaryExport(store: AnalysisStore): vscode.Disposable {
  return vscode.commands.registerCommand(UserCommand.exportSummary, (target?: unknown) =>
    exportSummary(store, target instanceof vscode.Uri ? target : undefined),
  );
}

/** Resolves to the written file, or undefined when the reader cancelled or the target was refused. */
async function exportSummary(store: AnalysisStore, given: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  await store.whenIdle();
  const analysis = store.analysis;
  if (!analysis) return void vscode.window.showInformationMessage('Crosscheck is still analysing the sources.');
  const target = given ?? (await askForTarget());
  if (!target) return undefined;
  const name = vscode.workspace.asRelativePath(target);
  if (isSource(store, analysis, target)) {
    return void vscode.window.showErrorMessage(`Crosscheck: ${name} is one of the sources; the summary was not written. Choose another file.`);
  }
  if (await fileExists(target)) {
    const replace = await vscode.window.showWarningMessage(`${name} already exists. Replace it with the summary?`, { modal: true }, 'Replace');
    if (replace !== 'Replace') return undefined;
  }
  // from the store's snapshot, the texts the analysis saw: no second read of the disk
  const markdown = renderMarkdown(buildSummary(analysis, { texts: store.texts }));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(markdown));
  void vscode.window.showInformationMessage(`Crosscheck summary exported to ${name}.`, 'Open').then((choice) => {
    if (choice === 'Open') void vscode.window.showTextDocument(target);
  });
  return target;
}

function askForTarget(): Thenable<vscode.Uri | undefined> {
  const folder = vscode.window.activeTextEditor
    ? vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri)
    : vscode.workspace.workspaceFolders?.[0];
  return vscode.window.showSaveDialog({
    title: 'Export the Crosscheck summary',
    saveLabel: 'Export',
    filters: { Markdown: ['md'] },
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder.uri, DEFAULT_NAME) } : {}),
  });
}

/** Whether the target is a source (or a skipped source file) of the analysis. */
function isSource(store: AnalysisStore, analysis: Analysis, target: vscode.Uri): boolean {
  // Case-insensitive file systems (Windows, macOS) name one file in several spellings.
  const fold = process.platform === 'linux' ? (s: string) => s : (s: string) => s.toLowerCase();
  const key = fold(target.toString());
  const path = target.scheme === 'file' ? fold(target.fsPath) : undefined;
  return analysis.sources.some(
    (s) =>
      fold(s.id) === key ||
      fold(store.uriOf(s.id)?.toString() ?? '') === key ||
      (path !== undefined && fold(s.path) === path),
  );
}
