// Severity is the editor's decision: the core names each diagnostic's kind, the adapter maps it
// with the settings. Changing crosscheck.severity.conflict re-renders the diagnostics of the
// last analysis; it never starts a new one.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/features/api';
import { crosscheck, ours, seedUris, waitFor } from './helpers';

const OUTLIER = '35,000 U.S. military personnel';

suite('Severity settings', () => {
  let api: CrosscheckApi;
  suiteSetup(async () => {
    api = await crosscheck();
  });

  test('crosscheck.severity.conflict re-renders the conflict without a new analysis', async () => {
    const uri = (await seedUris()).find((u) => path.posix.basename(u.path).startsWith('001'));
    assert.ok(uri, 'no seed 001');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const config = vscode.workspace.getConfiguration('crosscheck');
    // 001's troop figure made a clear outlier (unsaved): a conflict, a warning by default
    const at = document.getText().indexOf('50,000 U.S. military personnel');
    assert.ok(at >= 0, 'the troop figure is in 001');
    await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 6)), '35,000'));
    const conflict = (): vscode.Diagnostic | undefined => ours(uri).find((d) => document.getText(d.range) === OUTLIER);
    try {
      await waitFor('a conflict on the outlier', () => conflict()?.code === 'figure-conflict' && conflict()!.severity === vscode.DiagnosticSeverity.Warning, 20_000);
      await api.whenIdle();
      const analysed = api.getAnalysis();

      await config.update('severity.conflict', 'error', vscode.ConfigurationTarget.Workspace);
      await waitFor('the conflict shown as an error', () => conflict()?.severity === vscode.DiagnosticSeverity.Error);
      await config.update('severity.conflict', 'none', vscode.ConfigurationTarget.Workspace);
      await waitFor('the conflict hidden', () => conflict() === undefined);
      await config.update('severity.conflict', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor('the conflict back as a warning', () => conflict()?.severity === vscode.DiagnosticSeverity.Warning);

      // A re-analysis would have been scheduled by the settings event, before the re-render.
      await api.whenIdle();
      assert.equal(api.getAnalysis(), analysed, 'the same analysis object: nothing was analysed again');
    } finally {
      await config.update('severity.conflict', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
    await waitFor('the discrepancy back on the disk text', () => ours(uri).length === 1 && document.getText(ours(uri)[0]!.range) === '50,000 U.S. military personnel', 20_000);
    await api.whenIdle();
  });
});
