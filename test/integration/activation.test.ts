// Smoke test: the extension loads in a real VS Code, the seed workspace is there, and
// opening a plain-text report activates the extension.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { allCommandIds } from '../../src/features/commandIds';
import { getExtension, openWorkspaceFile, seedUris, waitFor, workspaceFolder } from './helpers';

suite('Activation', () => {
  test('the extension is installed under its id', () => {
    const extension = getExtension();
    assert.equal(extension.packageJSON.name, 'crosscheck');
  });

  test('the workspace is a scratch copy of seeds/, not the repository itself', () => {
    const repoSeeds = vscode.Uri.joinPath(getExtension().extensionUri, 'seeds');
    assert.notEqual(workspaceFolder().uri.toString(), repoSeeds.toString());
  });

  test('the workspace holds the five seed reports of the repository', async () => {
    const repoSeeds = vscode.Uri.joinPath(getExtension().extensionUri, 'seeds');
    const expected = (await vscode.workspace.fs.readDirectory(repoSeeds))
      .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.txt'))
      .map(([name]) => name)
      .sort();
    const actual = (await seedUris()).map((uri) => path.posix.basename(uri.path));
    assert.equal(actual.length, 5);
    assert.deepEqual(actual, expected);
  });

  test('opening a seed report activates the extension', async () => {
    const [first] = await seedUris();
    assert.ok(first, 'no seed report in the workspace');
    const editor = await openWorkspaceFile(path.posix.basename(first.path));
    assert.equal(editor.document.languageId, 'plaintext');
    assert.ok(editor.document.getText().length > 0, 'the seed report is empty');
    const extension = getExtension();
    await waitFor('the extension to activate', () => extension.isActive);
  });

  test('registers exactly the declared commands (commandIds.ts), no stray id', async () => {
    await getExtension().activate();
    // views add ids such as crosscheck.timeline.focus: those have a second dot
    const ours = (await vscode.commands.getCommands(true)).filter((id) => /^crosscheck\.[a-zA-Z]+$/.test(id));
    assert.deepEqual([...new Set(ours)].sort(), [...new Set(allCommandIds)].sort());
  });
});
