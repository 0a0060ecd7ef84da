// Navigation and quick fixes in a real VS Code: next/previous conflict move the cursor across
// files and wrap around; the quick fixes ignore a claim (undoable) and peek it in all sources.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { crosscheck, getExtension, ours, seedUris, waitFor } from './helpers';

async function open(fileName: string, at: 'start' | 'end'): Promise<vscode.TextEditor> {
  const uri = (await seedUris()).find((u) => path.posix.basename(u.path) === fileName);
  assert.ok(uri, `no seed file ${fileName}`);
  const editor = await vscode.window.showTextDocument(uri);
  const position = at === 'start' ? new vscode.Position(0, 0) : editor.document.lineAt(editor.document.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(position, position);
  return editor;
}

const FLAGGED = '50,000 U.S. military personnel';
async function selectionAfter(command: string): Promise<{ file: string; text: string }> {
  const before = vscode.window.activeTextEditor?.selection;
  await vscode.commands.executeCommand(command);
  const editor = await waitFor(`${command} to move the selection`, () => {
    const active = vscode.window.activeTextEditor;
    return active && !active.selection.isEmpty && active.selection !== before ? active : undefined;
  });
  return { file: path.posix.basename(editor.document.uri.path), text: editor.document.getText(editor.selection) };
}

suite('Navigation', () => {
  suiteSetup(crosscheck);

  test('next conflict from the start of 000 selects the flagged figure in 001', async () => {
    await open('000_5d367a4d37f46ac9.txt', 'start');
    const { file, text } = await selectionAfter('crosscheck.nextConflict');
    assert.match(file, /^001_/);
    assert.equal(text, FLAGGED);
  });

  test('next conflict wraps around at the end of the set', async () => {
    await open('004_527a8d93bbebfa30.txt', 'end');
    const { file, text } = await selectionAfter('crosscheck.nextConflict');
    assert.match(file, /^001_/);
    assert.equal(text, FLAGGED);
  });

  test('previous conflict from the end of 004 goes back to 001', async () => {
    await open('004_527a8d93bbebfa30.txt', 'end');
    const { file, text } = await selectionAfter('crosscheck.previousConflict');
    assert.match(file, /^001_/);
    assert.equal(text, FLAGGED);
  });

  test('the quick fixes offer to show the claim everywhere and to ignore it; ignoring is undoable', async () => {
    const editor = await open('001_778f94a180eceaa4.txt', 'start');
    const uri = editor.document.uri;
    const diagnostic = await waitFor('the diagnostic on 001', () => ours(uri)[0]);
    const actions =
      (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range)) ?? [];
    const titles = actions.map((a) => a.title);
    const ignore = actions.find((a) => a.title.includes('Ignore this claim'));
    const show = actions.find((a) => a.title.includes('Show claim in all sources'));
    assert.ok(ignore?.command && show?.command, `quick fixes: ${titles.join(', ')}`);

    await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));

    try {
      await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
      await waitFor('the ignored claim to lose its diagnostic', () => ours(uri).length === 0);
      await open('000_5d367a4d37f46ac9.txt', 'start');
      await vscode.commands.executeCommand('crosscheck.nextConflict');
      assert.match(path.posix.basename(vscode.window.activeTextEditor!.document.uri.path), /^000_/, 'nothing left to walk to');
    } finally {
      await vscode.commands.executeCommand('crosscheck.unignoreAllClaims');
    }
    await waitFor('the diagnostic back after undo', () => ours(uri).length === 1);
  });

  test('the keybindings do not clash with any default keybinding of this VS Code', async () => {
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const text = await waitFor('the default keybindings', () => vscode.window.activeTextEditor?.document.getText());
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const bindings = [...text.matchAll(/"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"/g)].map((m) => ({ key: m[1]!, command: m[2]! }));
    assert.ok(bindings.length > 500, `only ${bindings.length} default keybindings read`);
    const ours = (getExtension().packageJSON.contributes.keybindings as { key: string }[]).map((k) => k.key);
    assert.ok(ours.length > 0);
    for (const key of ours) {
      const clashes = bindings.filter((b) => b.key === key && !b.command.startsWith('crosscheck.') && !b.command.startsWith('-'));
      assert.deepEqual(clashes, [], `${key} is taken`);
    }
  });
});
