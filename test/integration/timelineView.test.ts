// The Crosscheck sidebar in a real VS Code: the Timeline and Claims trees on the seeds (read back
// through the extension's API), clicking a row opens its span, and the row under the cursor is
// revealed.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CrosscheckApi, ViewItem } from '../../src/features/api';
import { getExtension, seedUris, waitFor } from './helpers';

let api: CrosscheckApi;

async function crosscheck(): Promise<void> {
  api = (await getExtension().activate()) as CrosscheckApi;
  await waitFor('the first analysis of the five seeds', () => (api.getAnalysis()?.sources.length ?? 0) >= 5, 20_000);
  await api.whenIdle();
  await waitFor('the timeline rows', () => api.getTimelineItems().length > 0);
}

const walk = (items: ViewItem[]): ViewItem[] => items.flatMap((item) => [item, ...walk(item.children)]);
const events = (): ViewItem[] => walk(api.getTimelineItems()).filter((item) => item.id.startsWith('event:'));
const sourcesOf = (event: ViewItem): string[] => [...new Set(event.children.map((m) => m.label.slice(0, 3)))].sort();

function onlyEvent(date: string): ViewItem {
  const found = events().filter((e) => e.label.startsWith(`${date} · `));
  assert.equal(found.length, 1, `events on ${date}: ${found.map((e) => e.label).join(' | ')}`);
  return found[0]!;
}

/** Runs a row's command like a click; returns the file and text it selected. */
async function click(item: ViewItem): Promise<{ file: string; text: string }> {
  assert.ok(item.command, `${item.label} has no command`);
  await vscode.commands.executeCommand(item.command.command, ...item.command.arguments);
  const editor = await waitFor('the span to be selected', () => {
    const active = vscode.window.activeTextEditor;
    return active && !active.selection.isEmpty ? active : undefined;
  });
  return { file: path.posix.basename(editor.document.uri.path), text: editor.document.getText(editor.selection) };
}

suite('Sidebar views', () => {
  suiteSetup(crosscheck);

  test('the Iwo Jima ceremony is ONE event on 2025-03-29 with 001, 002, 003 and 004', () => {
    const ceremony = onlyEvent('2025-03-29');
    assert.match(ceremony.label, /memorial|Iwo Jima|commemoration/);
    assert.match(ceremony.description ?? '', /^4 sources/);
    assert.deepEqual(sourcesOf(ceremony), ['001', '002', '003', '004']);
    assert.equal(ceremony.collapsible, 'collapsed');
    assert.ok(ceremony.icon, 'the event has an icon');
  });

  test('the Tokyo meeting on 2025-03-30, July 2024 with three sources, China on 2025-03-31', () => {
    assert.deepEqual(sourcesOf(onlyEvent('2025-03-30')), ['001', '002', '003']);
    const july = onlyEvent('2024-07');
    assert.match(july.description ?? '', /^3 sources/);
    assert.deepEqual(sourcesOf(july), ['001', '002', '003']);
    assert.match(onlyEvent('2025-03-31').label, /China/);
  });

  test('events are in date order under year / month groups', () => {
    const dates = events().map((e) => e.label.slice(0, 10));
    assert.deepEqual(dates, [...dates].sort());
    const march = api.getTimelineItems().find((item) => item.label === 'March 2025');
    assert.ok(march, `roots: ${api.getTimelineItems().map((i) => i.label).join(' | ')}`);
    assert.equal(march.collapsible, 'expanded');
  });

  test('clicking a mention opens that source at that span', async () => {
    const mention = onlyEvent('2025-03-29').children.find((m) => m.label.startsWith('003: '));
    assert.ok(mention);
    const { file, text } = await click(mention);
    assert.match(file, /^003_/);
    assert.equal(text, mention.label.slice('003: '.length));
  });

  test('the Claims view lists the troop claim as a discrepancy with five children', async () => {
    const claims = api.getClaimsItems();
    const troops = claims.find((c) => c.children.some((f) => f.label.includes('50,000 U.S. military personnel')));
    assert.ok(troops, `claims: ${claims.map((c) => c.label).join(' | ')}`);
    assert.equal(troops.icon, 'info');
    assert.match(troops.tooltip ?? '', /^Discrepancy: /);
    assert.equal(troops.children.length, 5);
    assert.deepEqual(troops.children.map((f) => f.label.slice(0, 3)), ['000', '001', '002', '003', '004']);
    assert.ok(claims.some((c) => c.label === 'Only one source' && c.collapsible === 'collapsed'));

    const { file, text } = await click(troops.children[1]!);
    assert.match(file, /^001_/);
    assert.equal(text, '50,000 U.S. military personnel');
  });

  test('the Timeline follows an edit: China answers "On April 2", so the event moves there', async () => {
    const uri = (await seedUris()).find((u) => path.posix.basename(u.path).startsWith('000_'));
    assert.ok(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    const original = document.getText();
    const at = original.indexOf('On Monday, China');
    assert.ok(at >= 0);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(document.positionAt(at + 3), document.positionAt(at + 9)), 'April 2');
    try {
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor('the China event on 2025-04-02', () => events().some((e) => e.label.startsWith('2025-04-02 · China')));
      assert.ok(!events().some((e) => e.label.startsWith('2025-03-31 · ')));
    } finally {
      // Leave the scratch copy as it was for the other tests.
      const all = new vscode.WorkspaceEdit();
      all.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
      await vscode.workspace.applyEdit(all);
      await document.save();
    }
    await waitFor('the China event back on 2025-03-31', () => events().some((e) => e.label.startsWith('2025-03-31 · China')));
    await api.whenIdle();
  });

  test('putting the cursor on a dated mention selects its row in the Timeline', async () => {
    await vscode.commands.executeCommand('crosscheck.timeline.focus');
    const mention = onlyEvent('2025-03-29').children.find((m) => m.label.startsWith('004: '));
    assert.ok(mention?.command);
    const [, start] = mention.command.arguments as [string, number, number];
    const uri = (await seedUris()).find((u) => path.posix.basename(u.path).startsWith('004_'));
    assert.ok(uri);
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
    const at = editor.document.positionAt(start + 2);
    editor.selection = new vscode.Selection(at, at);
    await waitFor('the mention row to be selected', () => api.getSelectedItemIds('timeline').includes(mention.id));
  });
});
