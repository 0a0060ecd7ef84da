// Status bar: how many claims the sources disagree on. Clicking opens the summary when that
// feature is present, else jumps to the next conflict.
import * as vscode from 'vscode';
import { InternalCommand, OtherFeatureCommand, UserCommand } from './commandIds';
import { countDisagreements } from './conflicts';
import type { IgnoredClaims } from './ignored';
import type { AnalysisStore } from './store';
import { plural } from '../views/words';

export function registerStatusBar(store: AnalysisStore, ignored: IgnoredClaims): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Crosscheck';
  item.command = InternalCommand.statusBarClick;

  const render = (): void => {
    const analysis = store.analysis;
    if (!analysis) {
      item.text = '$(sync~spin) Crosscheck';
      item.tooltip = 'Crosscheck is analysing the sources…';
      item.show();
      return;
    }
    if (analysis.sources.length === 0) return void item.hide(); // not a news-reading workspace
    const { conflicts, discrepancies } = countDisagreements(analysis, (id) => ignored.has(id));
    const sources = analysis.sources.filter((s) => !s.skipped).length;
    // Named, so it is not mistaken for the built-in problems counter next to it.
    item.text = `Crosscheck $(warning) ${conflicts} $(info) ${discrepancies}`;
    item.tooltip = new vscode.MarkdownString(
      `**Crosscheck**: ${plural(sources, 'source')}, ${plural(conflicts, 'conflict')}, ` +
        plural(discrepancies, 'discrepancy', 'discrepancies') +
        (ignored.list().length > 0 ? ` (${ignored.list().length} ignored)` : '') +
        '\n\nClick to open the summary (or jump to the next conflict).',
    );
    item.accessibilityInformation = { label: `Crosscheck: ${conflicts} conflicts, ${discrepancies} discrepancies` };
    item.show();
  };

  const click = async (): Promise<unknown> => {
    const commands = await vscode.commands.getCommands(true);
    const target = commands.includes(OtherFeatureCommand.showSummary) ? OtherFeatureCommand.showSummary : UserCommand.nextConflict;
    return vscode.commands.executeCommand(target);
  };

  render();
  return vscode.Disposable.from(item, store.onDidChange(render), ignored.onDidChange(render), vscode.commands.registerCommand(InternalCommand.statusBarClick, click));
}
