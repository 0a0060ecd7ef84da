// Hovers in a real VS Code: the troop count lists all five sources' values with links that
// open each source at its figure; agreeing claims get a hover too.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { crosscheck, seedUris, waitFor } from './helpers';

async function documentOf(fileName: string): Promise<vscode.TextDocument> {
  const uri = (await seedUris()).find((u) => path.posix.basename(u.path) === fileName);
  assert.ok(uri, `no seed file ${fileName}`);
  return vscode.workspace.openTextDocument(uri);
}

/** The Markdown of every hover at the first occurrence of `text` (cursor a few characters in). */
async function hoverText(document: vscode.TextDocument, text: string): Promise<string> {
  const at = document.getText().indexOf(text);
  assert.ok(at >= 0, `"${text}" not in ${document.uri.path}`);
  const position = document.positionAt(at + Math.min(3, text.length - 1));
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

const SOURCES = ['000', '001', '002', '003', '004'];

suite('Hover', () => {
  suiteSetup(crosscheck);

  test('the troop count in 000 lists all five sources with their values', async () => {
    const document = await documentOf('000_5d367a4d37f46ac9.txt');
    const markdown = await waitFor('a Crosscheck hover on the troop count', async () => {
      const text = await hoverText(document, 'roughly 53,000 American service members');
      return text.includes('Crosscheck') ? text : undefined;
    });
    const rows = markdown.split('\n').filter((line) => /^\| .* \| .* \| .* \|$/.test(line) && !line.startsWith('| Source') && !line.startsWith('| ---'));
    assert.equal(rows.length, 5, markdown);
    for (const label of SOURCES) assert.ok(rows.some((row) => row.includes(label)), `no row for ${label}:\n${markdown}`);
    assert.match(markdown, /53,000/);
    assert.match(markdown, /50,000/);
    assert.match(markdown, /More than 50\.000 US troops/, 'the exact words of 002');
    assert.match(markdown, /Discrepancy/);
    const links = markdown.match(/command:crosscheck\.openSpan\?[^ )"]+/g) ?? [];
    assert.equal(links.length, 4, 'a link to each other source');
  });

  test('a hover link opens the other source with its figure selected', async () => {
    const document = await documentOf('000_5d367a4d37f46ac9.txt');
    const markdown = await hoverText(document, 'roughly 53,000 American service members');
    const link = markdown.match(/command:crosscheck\.openSpan\?([^ )"]+)/g)?.find((l) => decodeURIComponent(l).includes('001_'));
    assert.ok(link, 'a link to 001');
    const args = JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1))) as unknown[];
    await vscode.commands.executeCommand('crosscheck.openSpan', ...args);
    const editor = await waitFor('001 to open', () => {
      const active = vscode.window.activeTextEditor;
      return active && path.posix.basename(active.document.uri.path).startsWith('001_') ? active : undefined;
    });
    assert.equal(editor.document.getText(editor.selection), '50,000 U.S. military personnel');
  });

  test('agreeing sources get a hover too (money in two currencies)', async () => {
    const document = await documentOf('004_527a8d93bbebfa30.txt');
    const markdown = await waitFor('a hover on the yen figure', async () => {
      const text = await hoverText(document, '211 billion yen');
      return text.includes('Crosscheck') ? text : undefined;
    });
    assert.match(markdown, /agree/i);
    assert.match(markdown, /000/);
  });

  test('no Crosscheck hover on words that are not a figure', async () => {
    const document = await documentOf('000_5d367a4d37f46ac9.txt');
    const word = document.getText().match(/\bJapan\b/);
    assert.ok(word);
    assert.ok(!(await hoverText(document, word[0])).includes('Crosscheck'));
  });
});
