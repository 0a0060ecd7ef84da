// Commands that change the source set: add or remove the active file, re-analyse everything.
import * as vscode from 'vscode';
import { UserCommand } from './commandIds';
import type { SourceSet } from './sources';
import type { AnalysisStore } from './store';

export function registerSourceCommands(sources: SourceSet, store: AnalysisStore): vscode.Disposable {
  const activeUri = (): vscode.Uri | undefined => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    if (!uri) void vscode.window.showInformationMessage('Crosscheck: open a text file first.');
    return uri;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(UserCommand.addCurrentFileAsSource, async (uri?: unknown) => {
      const target = uri instanceof vscode.Uri ? uri : activeUri();
      if (target) await sources.add(target);
    }),
    vscode.commands.registerCommand(UserCommand.removeCurrentFileAsSource, async (uri?: unknown) => {
      const target = uri instanceof vscode.Uri ? uri : activeUri();
      if (target) await sources.remove(target);
    }),
    vscode.commands.registerCommand(UserCommand.reanalyze, () => store.reanalyze()),
  );
}
