// The summary in a real VS Code: Show Summary opens a webview beside the editor with the troop
// claim in all five sources; a cell's message opens its span (bogus ones are refused); the panel
// follows edits; Export Summary writes the Markdown and never writes to a source.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/features/api';
import { crosscheck, seedUris, waitFor } from './helpers';

function summaryTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('crosscheck.summary'));
}

/** The troop claim: the one figure all five seeds state. */
function troopClaim(api: CrosscheckApi) {
  const claim = api.getAnalysis()!.claims.find((c) => new Set(c.figures.map((f) => f.source)).size === 5);
  assert.ok(claim, 'no claim stated by all five sources');
  return claim;
}

/** The matrix row of a claim in the page HTML. */
function rowOf(html: string, claimId: string): string {
  const escaped = claimId.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = html.match(new RegExp(`<tr class="row[^"]*" data-claim="${escaped}">(.*?)</tr>`))?.[1];
  assert.ok(row, `no matrix row for ${claimId}`);
  return row;
}

suite('Summary', () => {
  let api: CrosscheckApi;
  suiteSetup(async () => {
    api = await crosscheck();
  });
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('Show Summary opens a webview beside the editor with the troop claim in all five sources', async () => {
    const [first] = await seedUris();
    const editor = await vscode.window.showTextDocument(first!, { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('crosscheck.showSummary');
    const tab = await waitFor('the summary tab', summaryTab);
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the panel opens beside the editor');
    const html = await waitFor('the summary HTML', () => api.getSummaryHtml()?.includes('<h2>Agreement matrix</h2>') && api.getSummaryHtml());
    assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;; style-src [^"]+ &#39;nonce-[^"]+&#39;; script-src &#39;nonce-/);

    const claim = troopClaim(api);
    const row = rowOf(html, claim.id);
    for (const f of claim.figures) {
      assert.ok(row.includes(`data-source="${f.source.replace(/&/g, '&amp;')}" data-start="${f.span.start}" data-end="${f.span.end}"`), `cell of ${f.source}`);
    }
    for (const value of ['roughly 53,000', '>50,000<', 'More than 50.000', 'Over 50,000', 'about 53,000']) assert.ok(row.includes(value), value);
    assert.match(html, /<h2>Timeline<\/h2>/);
    assert.match(html, /<h2>Textual discrepancies<\/h2>/);
  });

  test('a cell opens its span; a message naming another file or offsets outside the text is refused', async () => {
    await vscode.commands.executeCommand('crosscheck.showSummary');
    await waitFor('the summary HTML', () => api.getSummaryHtml());
    const figure = troopClaim(api).figures.find((f) => f.source.includes('001_'))!;
    assert.equal(await api.postSummaryMessage({ type: 'open', source: figure.source, start: figure.span.start, end: figure.span.end }), true);
    const editor = await waitFor('the editor at the span', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === figure.source && !e.selection.isEmpty ? e : undefined;
    });
    assert.equal(editor.document.getText(editor.selection), figure.text);
    assert.ok(summaryTab(), 'the summary stays open');

    const outside = vscode.Uri.file(path.join(os.tmpdir(), 'not-a-source.txt')).toString();
    assert.equal(await api.postSummaryMessage({ type: 'open', source: outside, start: 0, end: 1 }), false);
    assert.equal(await api.postSummaryMessage({ type: 'open', source: figure.source, start: 0, end: 10_000_000 }), false);
    assert.equal(await api.postSummaryMessage({ type: 'open', source: figure.source, start: '0', end: 1 }), false);
  });

  test('the panel follows an edit of a source', async () => {
    await vscode.commands.executeCommand('crosscheck.showSummary');
    const figure = troopClaim(api).figures.find((f) => f.source.includes('001_'))!;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(figure.source));
    const before = api.getSummaryHtml();
    const edit = new vscode.WorkspaceEdit();
    const at = document.positionAt(figure.valueSpan.start);
    edit.replace(document.uri, new vscode.Range(at, at.translate(0, 6)), '51,000');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      await waitFor('the summary to show the edited value', () => {
        const html = api.getSummaryHtml();
        return html !== before && html?.includes('>51,000<');
      });
    } finally {
      // Undo by editing back and saving the unchanged text, so no dirty editor outlives the test.
      const undo = new vscode.WorkspaceEdit();
      undo.replace(document.uri, new vscode.Range(at, at.translate(0, 6)), '50,000');
      await vscode.workspace.applyEdit(undo);
      await document.save();
      await waitFor('the summary back to the saved text', () => api.getSummaryHtml()?.includes('>50,000<'));
      await api.whenIdle();
    }
  });

  test('Export Summary writes the Markdown to the given file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-export-'));
    const target = vscode.Uri.file(path.join(dir, 'crosscheck-summary.md'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('crosscheck.exportSummary', target);
    assert.equal(written?.toString(), target.toString());
    const markdown = fs.readFileSync(target.fsPath, 'utf8');
    assert.match(markdown, /^# Crosscheck summary/);
    assert.match(markdown, /## Agreement matrix/);
    for (const value of ['roughly 53,000', '**50,000**', 'More than 50.000', 'Over 50,000', 'about 53,000']) assert.ok(markdown.includes(value), value);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('Export Summary refuses to write to a source', async () => {
    const [first] = await seedUris();
    const before = fs.readFileSync(first!.fsPath, 'utf8');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('crosscheck.exportSummary', first);
    assert.equal(written, undefined);
    assert.equal(fs.readFileSync(first!.fsPath, 'utf8'), before);
  });
});
