// Sources from the web in a real VS Code (issue 17): "Add Source from URL…" against a local server
// saves the page's article beside the seeds and the new source gets its diagnostics; a saved
// .html page is a source whose diagnostics sit on the figure's characters in the HTML.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/features/api';
import { crosscheck, inSet, ours, waitFor, workspaceFolder } from './helpers';

// A report of the seeds' event, written for this test, with a troop figure no seed states.
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Hegseth in Tokyo: a new command for US forces | Test Wire</title>
<meta property="og:title" content="Hegseth in Tokyo: a new command for US forces">
<meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2025-03-30T12:00:00+09:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookies"><p>We use cookies. <button>Accept</button></p></div>
<article><h1>Hegseth in Tokyo: a new command for US forces</h1>
<p>US Defense Secretary Pete Hegseth said in Tokyo on Sunday that the command of US forces in Japan would be upgraded into a joint force headquarters, during talks with Japanese Defense Minister Gen Nakatani.</p>
<p>Roughly <b>38,000</b> U.S. military personnel are stationed in Japan, the largest American presence in any foreign country, and the two ministers agreed to speed up joint production of missiles.</p>
<p>Hegseth called Japan an indispensable partner in deterring Chinese military aggression and said the United States would keep working closely with its ally in the region.</p>
</article>
<aside><h2>Related</h2><ul><li>Markets close 2 per cent higher</li></ul></aside>
</body></html>`;

suite('Sources from the web', () => {
  let api: CrosscheckApi;
  let server: http.Server;
  let base: string;
  const created: vscode.Uri[] = [];

  suiteSetup(async () => {
    api = await crosscheck();
    server = http.createServer((req, res) => {
      res.writeHead(req.url === '/tokyo' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(req.url === '/tokyo' ? PAGE : 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await waitFor('the web sources to leave the set', () => created.every((uri) => !inSet(api, uri)), 20_000);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('Add Source from URL saves the article beside the seeds, and it gets diagnostics', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('crosscheck.addSourceFromUrl', `${base}/tokyo`);
    assert.ok(uri, 'the command saved no file');
    created.push(uri);
    assert.equal(vscode.Uri.joinPath(uri, '..').toString(), workspaceFolder().uri.toString());
    assert.match(uri.path, /hegseth-in-tokyo-a-new-command-for-us-forces\.txt$/);
    const text = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
    assert.ok(text.startsWith(`Date: 2025-03-30\nSource: ${base}/tokyo\nHegseth in Tokyo: a new command for US forces\n\n`), text.slice(0, 200));
    assert.ok(!/cookies|Related|Markets/.test(text));
    // opened, in the set, and flagged where it states its troop figure
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    await waitFor('the new source in the analysis', () => inSet(api, uri), 20_000);
    const document = await vscode.workspace.openTextDocument(uri);
    const flagged = await waitFor('a diagnostic on the troop figure', () => ours(uri).find((d) => document.getText(d.range).includes('38,000')), 20_000);
    assert.ok(flagged.message.length > 0);
  });

  test('a saved .html page is a source; its diagnostic selects the figure in the HTML', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'test-wire-tokyo.html');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(PAGE, 'utf8'));
    created.push(uri);
    await waitFor('the .html page in the analysis', () => inSet(api, uri), 20_000);
    const document = await vscode.workspace.openTextDocument(uri);
    const diagnostic = await waitFor('a diagnostic on the troop figure in the HTML', () => ours(uri).find((d) => document.getText(d.range).includes('38,000')), 20_000);
    assert.match(document.getText(diagnostic.range), /38,000/);
    assert.ok(document.offsetAt(diagnostic.range.start) > PAGE.indexOf('<article>'));
  });
});
