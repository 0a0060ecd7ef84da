// Context keys for `when` clauses in package.json: menus and keybindings appear only where
// they make sense (the active editor shows a source; there is something to walk through).
import * as vscode from 'vscode';
import type { ConfigProvider } from './config';
import { visibleDiagnostics } from './conflicts';
import type { AnalysisStore } from './store';

export const ContextKey = {
  activeEditorIsSource: 'crosscheck.activeEditorIsSource',
  hasDiagnostics: 'crosscheck.hasDiagnostics',
} as const;

export function registerContextKeys(store: AnalysisStore, config: ConfigProvider): vscode.Disposable {
  const update = (): void => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const isSource = uri !== undefined && store.sourceIdOf(uri) !== undefined;
    void vscode.commands.executeCommand('setContext', ContextKey.activeEditorIsSource, isSource);
    // kinds set to "none" are not shown, so there is nothing to walk through for them
    const analysis = store.analysis;
    const shown = analysis ? visibleDiagnostics(analysis, config.current, () => false).length : 0;
    void vscode.commands.executeCommand('setContext', ContextKey.hasDiagnostics, shown > 0);
  };
  update();
  return vscode.Disposable.from(vscode.window.onDidChangeActiveTextEditor(update), store.onDidChange(update), config.onDidChange(update));
}
