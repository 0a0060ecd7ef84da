// Quick fixes on a Crosscheck diagnostic: ignore the claim (per workspace, undoable) or peek it
// in every source. Also the commands that bring ignored claims back.
import * as vscode from 'vscode';
import { InternalCommand, UserCommand } from './commandIds';
import { describeClaim } from './conflicts';
import { claimOfDiagnostic } from './diagnostics';
import type { IgnoredClaims } from './ignored';
import type { AnalysisStore } from './store';

export function registerCodeActions(store: AnalysisStore, ignored: IgnoredClaims): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(_document, _range, context) {
      const actions: vscode.CodeAction[] = [];
      for (const diagnostic of context.diagnostics) {
        const claimId = claimOfDiagnostic(diagnostic);
        if (!claimId) continue;
        const label = store.analysis ? describeClaim(store.analysis, claimId) : claimId;

        const ignore = new vscode.CodeAction(`Crosscheck: Ignore this claim (${label})`, vscode.CodeActionKind.QuickFix);
        ignore.diagnostics = [diagnostic];
        ignore.command = { command: InternalCommand.ignoreClaim, title: 'Ignore this claim', arguments: [claimId, label] };

        const show = new vscode.CodeAction('Crosscheck: Show claim in all sources', vscode.CodeActionKind.QuickFix);
        show.diagnostics = [diagnostic];
        show.isPreferred = true;
        show.command = { command: UserCommand.showClaimInAllSources, title: 'Show claim in all sources', arguments: [claimId] };
        actions.push(show, ignore);
      }
      return actions;
    },
  };

  const restoreOne = async (): Promise<void> => {
    const list = ignored.list();
    if (list.length === 0) return void vscode.window.showInformationMessage('Crosscheck: no claims are ignored.');
    const picked = await vscode.window.showQuickPick(
      list.map((c) => ({ label: c.label, description: c.id, id: c.id })),
      { canPickMany: true, placeHolder: 'Ignored claims to show again' },
    );
    if (picked && picked.length > 0) await ignored.restore(picked.map((p) => p.id));
  };

  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider('*', provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.commands.registerCommand(InternalCommand.ignoreClaim, async (claimId: unknown, label: unknown) => {
      if (typeof claimId !== 'string') return;
      await ignored.ignore({ id: claimId, label: typeof label === 'string' ? label : claimId });
      // Not awaited: the command finishes at once, the Undo button stays as long as the toast.
      const undo = 'Undo';
      const name = typeof label === 'string' ? label : claimId;
      void vscode.window
        .showInformationMessage(`Crosscheck: ignoring “${name}” in this workspace.`, undo)
        .then((answer) => (answer === undo ? ignored.restore([claimId]) : undefined));
    }),
    vscode.commands.registerCommand(UserCommand.restoreIgnoredClaim, restoreOne),
    vscode.commands.registerCommand(UserCommand.unignoreAllClaims, () => ignored.restoreAll()),
  );
}
