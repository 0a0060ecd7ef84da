// The editor under churn (issue 7): a burst of quick edits ends with diagnostics that match the
// final text; closing, deleting and renaming sources clears or moves their diagnostics.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/features/api';
import { crosscheck, inSet, ours, revertToDisk, seedUris, waitFor, workspaceFolder } from './helpers';

/** 001 with its troop figure turned into a clear outlier (35,000): a copy of it is always flagged. */
async function outlierCopyOf001(): Promise<Uint8Array> {
  const text = Buffer.from(await vscode.workspace.fs.readFile(await uriOf('001'))).toString('utf8');
  return Buffer.from(text.replace('50,000 U.S. military personnel', '35,000 U.S. military personnel'), 'utf8');
}

async function uriOf(prefix: string): Promise<vscode.Uri> {
  const uri = (await seedUris()).find((u) => path.posix.basename(u.path).startsWith(prefix));
  assert.ok(uri, `no seed ${prefix}`);
  return uri;
}

/**
 * Every Crosscheck diagnostic of every source sits on the text the analysis saw, and that text is
 * the document's current text: nothing stale survives.
 */
function assertDiagnosticsMatchText(api: CrosscheckApi, documents: vscode.TextDocument[]): void {
  const analysis = api.getAnalysis()!;
  for (const document of documents) {
    const id = document.uri.toString();
    const figures = [...analysis.claims, ...analysis.singleSource].flatMap((c) => c.figures).filter((f) => f.source === id);
    for (const d of ours(document.uri)) {
      const text = document.getText(d.range);
      const start = document.offsetAt(d.range.start);
      assert.ok(
        figures.some((f) => f.span.start === start && f.text === text) || analysis.timeline.some((e) => e.mentions.some((m) => m.source === id && m.start === start && m.text === text)),
        `a diagnostic on "${text}" at ${start} in ${path.posix.basename(document.uri.path)} matches no figure of the current text`,
      );
    }
  }
}

suite('Churn', () => {
  let api: CrosscheckApi;
  suiteSetup(async () => {
    api = await crosscheck();
  });
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('100 quick edits end with diagnostics that match the final text', async () => {
    const uri = await uriOf('001');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const original = document.getText();
    const values = ['50,000', '53,000', '35,000', '5', '50.000', '1e308', '', '999,999,999,999,999,999', '53.000,00', '50,0000'];
    let edits = 0;
    try {
      for (let i = 0; i < 100; i++) {
        const at = document.getText().indexOf(' U.S. military personnel');
        assert.ok(at > 0, 'the troop phrase is still there');
        const start = document.getText().lastIndexOf(' ', at - 1) + 1;
        const range = new vscode.Range(document.positionAt(start), document.positionAt(at));
        // Type-like edits: replace the number, insert and delete characters elsewhere too.
        const ok = await editor.edit((b) => {
          b.replace(range, values[i % values.length] || '0');
          if (i % 7 === 0) b.insert(document.positionAt(0), i % 2 ? 'x' : '\r\n');
        }, { undoStopBefore: false, undoStopAfter: false });
        assert.ok(ok);
        edits++;
        if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 1)); // let some analyses start
      }
      // The final text: the troop figure reads 35,000, which conflicts with every other source.
      const at = document.getText().indexOf(' U.S. military personnel');
      const start = document.getText().lastIndexOf(' ', at - 1) + 1;
      await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(start), document.positionAt(at)), '35,000'));
      edits++;
      await waitFor('the final text analysed', () => api.getAnalysis()?.sources.find((s) => s.id === uri.toString())?.chars === document.getText().length, 20_000);
      await api.whenIdle();
      const diagnostics = ours(uri);
      assert.deepEqual(diagnostics.map((d) => document.getText(d.range)), ['35,000 U.S. military personnel']);
      assert.match(diagnostics[0]!.message, /35,000/);
      assert.equal(diagnostics[0]!.code, 'figure-conflict');
      assertDiagnosticsMatchText(api, await Promise.all((await seedUris()).map((u) => vscode.workspace.openTextDocument(u))));
      console.log(`[churn] ${edits} quick edits survived; diagnostics match the final text`);
    } finally {
      // Back to the disk text without saving (the file on disk was never written).
      await revertToDisk(document);
    }
    assert.equal(document.getText(), original);
    await waitFor('the discrepancy back on the disk text', () => ours(uri).length === 1 && document.getText(ours(uri)[0]!.range) === '50,000 U.S. military personnel', 20_000);
    await api.whenIdle();
  });

  test('closing an edited source falls back to its disk text and diagnostics', async () => {
    const uri = await uriOf('001');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const at = document.getText().indexOf('50,000 U.S. military personnel');
    await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 6)), 'about 53,000'));
    await waitFor('the edit to clear the discrepancy', () => ours(uri).length === 0, 20_000);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the disk text flagged again', () => ours(uri).length === 1, 20_000);
    await api.whenIdle();
  });

  test('renaming a source moves its diagnostics; renaming it out of the glob clears them', async () => {
    const folder = workspaceFolder().uri;
    const from = vscode.Uri.joinPath(folder, '040_copy.txt');
    const to = vscode.Uri.joinPath(folder, '041_renamed.txt');
    const away = vscode.Uri.joinPath(folder, '041_renamed.md');
    await vscode.workspace.fs.writeFile(from, await outlierCopyOf001());
    try {
      await waitFor('the copy flagged', () => ours(from).length > 0, 20_000);
      await vscode.workspace.fs.rename(from, to);
      await waitFor('the diagnostics moved to the new name', () => ours(to).length > 0 && ours(from).length === 0, 20_000);
      assert.ok(inSet(api, to));
      await vscode.workspace.fs.rename(to, away);
      await waitFor('the diagnostics gone once out of the glob', () => ours(to).length === 0 && ours(away).length === 0 && !inSet(api, to) && !inSet(api, away), 20_000);
    } finally {
      for (const uri of [from, to, away]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
    await waitFor('the copies gone', () => ![from, to, away].some((uri) => inSet(api, uri)), 20_000);
  });

  test('deleting an open source clears its diagnostics', async () => {
    const copy = vscode.Uri.joinPath(workspaceFolder().uri, '042_open_copy.txt');
    await vscode.workspace.fs.writeFile(copy, await outlierCopyOf001());
    try {
      await vscode.window.showTextDocument(copy);
      await waitFor('the open copy flagged', () => ours(copy).length > 0, 20_000);
      await vscode.workspace.fs.delete(copy);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor('its diagnostics cleared', () => ours(copy).length === 0 && !inSet(api, copy), 20_000);
    } finally {
      await vscode.workspace.fs.delete(copy).then(undefined, () => undefined);
    }
  });
});

suite('Churn: cancelling', () => {
  test('cancelling a pending or running analysis leaves the previous results intact', async () => {
    const api = await crosscheck();
    const uri = await uriOf('001');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const before = api.getAnalysis();
    const flagged = ours(uri).map((d) => `${document.getText(d.range)}: ${d.message}`);
    assert.equal(flagged.length, 1);
    const busy = async (): Promise<boolean> =>
      Promise.race([api.whenIdle().then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0))]);
    try {
      const at = document.getText().indexOf('50,000 U.S. military personnel');
      await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 6)), '35,000'));
      await waitFor('the analysis of the edit to be pending or running', busy, 10_000, 5);
      api.cancelAnalysis();
      await api.whenIdle();
      assert.equal(api.getAnalysis(), before, 'the previous analysis is still the current one');
      assert.deepEqual(ours(uri).map((d) => d.message), flagged.map((f) => f.slice(f.indexOf(': ') + 2)), 'the previous diagnostics stay');
      // The next change analyses again.
      await editor.edit((b) => b.insert(document.positionAt(0), ' '));
      await waitFor('the edit analysed after all (a conflict on 35,000)', () => ours(uri).some((d) => d.message.includes('35,000')), 20_000);
    } finally {
      await revertToDisk(document);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
    await waitFor('the disk text analysed again', () => ours(uri).length === 1 && !ours(uri)[0]!.message.includes('35,000'), 20_000);
    await api.whenIdle();
  });
});
