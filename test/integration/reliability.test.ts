// Reliability in a real VS Code (issue 7): bad files in the sources glob, hostile article text in
// the hover, the summary panel and the sidebar trees, a setting of the wrong type, and a check
// that the whole suite leaves the workspace's source files byte-identical.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CrosscheckApi, ViewItem } from '../../src/features/api';
import { crosscheck, inSet, ours, seedUris, waitFor, workspaceFolder } from './helpers';

// ---------------------------------------------------------------------------------------------
// The workspace (the harness's temp copy of seeds/) is hashed before the first test of the whole
// suite and after the last: Crosscheck reads sources and never writes them.

const hashes = new Map<string, string>();
async function hashSeeds(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const uri of await seedUris()) out.set(uri.toString(), createHash('sha256').update(await vscode.workspace.fs.readFile(uri)).digest('hex'));
  return out;
}
suiteSetup(async () => {
  for (const [k, v] of await hashSeeds()) hashes.set(k, v);
});
suiteTeardown(async () => {
  assert.ok(hashes.size >= 5, 'the seeds were hashed at the start');
  const after = await hashSeeds();
  for (const [uri, hash] of hashes) assert.equal(after.get(uri), hash, `${uri} changed during the suite`);
  console.log(`[reliability] ${hashes.size} source files byte-identical after the whole suite`);
});

// ---------------------------------------------------------------------------------------------

/**
 * Records the warnings Crosscheck shows. The test files load as part of the extension under
 * development, so they share its `vscode` API object and can wrap the window function.
 */
function recordWarnings(): { messages: string[]; dispose(): void } {
  const window = vscode.window as { showWarningMessage: (...args: unknown[]) => Thenable<unknown> };
  const original = window.showWarningMessage;
  const messages: string[] = [];
  window.showWarningMessage = (...args: unknown[]) => {
    messages.push(String(args[0]));
    return original.apply(vscode.window, args);
  };
  return { messages, dispose: () => void (window.showWarningMessage = original) };
}

function fileIn(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, name);
}

async function withFiles<T>(files: Record<string, string | Uint8Array>, body: (uris: vscode.Uri[]) => Promise<T>, api: CrosscheckApi): Promise<T> {
  const uris = Object.keys(files).map(fileIn);
  try {
    await Promise.all(uris.map((uri, i) => {
      const content = Object.values(files)[i]!;
      return vscode.workspace.fs.writeFile(uri, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    }));
    return await body(uris);
  } finally {
    await Promise.all(uris.map((uri) => vscode.workspace.fs.delete(uri).then(undefined, () => undefined)));
    await waitFor('the extra files to leave the set', () => !uris.some((uri) => inSet(api, uri)), 20_000);
    await api.whenIdle();
  }
}

const seedText = async (prefix: string): Promise<string> => {
  const uri = (await seedUris()).find((u) => path.posix.basename(u.path).startsWith(prefix));
  assert.ok(uri);
  return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
};

suite('Reliability: bad files in the sources glob', () => {
  let api: CrosscheckApi;
  suiteSetup(async () => {
    api = await crosscheck();
  });

  test('an empty file and a white-space file join the set and are not flagged', async () => {
    const seedDiagnostics = ours(await uriOf('001')).length;
    await withFiles({ '020_empty.txt': '', '021_space.txt': ' \r\n\t\n  \n' }, async ([empty, space]) => {
      await waitFor('both in the analysis', () => inSet(api, empty!) && inSet(api, space!), 20_000);
      const summaries = api.getAnalysis()!.sources.filter((s) => s.id === empty!.toString() || s.id === space!.toString());
      assert.deepEqual(summaries.map((s) => s.skipped), [undefined, undefined]);
      assert.deepEqual([...ours(empty!), ...ours(space!)], []);
      await api.whenIdle();
      assert.equal(ours(await uriOf('001')).length, seedDiagnostics, 'the seeds are analysed as before');
    }, api);
  });

  test('a 10 MB file is skipped above crosscheck.maxFileSize with one message; the editor stays live', async () => {
    const warnings = recordWarnings();
    try {
      const line = 'About 35,000 U.S. troops are stationed in Japan, officials said. ';
      const big = line.repeat(Math.ceil(10_000_000 / line.length));
      await withFiles({ '022_big.txt': big }, async ([uri]) => {
        const skipped = await waitFor('the big file listed as skipped', () => api.getAnalysis()?.sources.find((s) => s.id === uri!.toString() && s.skipped), 30_000);
        assert.match(skipped.skipped!, /larger than crosscheck\.maxFileSize/);
        assert.equal(ours(uri!).length, 0);
        await waitFor('one warning naming the file', () => warnings.messages.some((m) => m.includes('022_big.txt')));
        assert.equal(warnings.messages.filter((m) => m.includes('022_big.txt')).length, 1);
        // The extension host answers at once: a hover request on a seed returns promptly.
        const started = Date.now();
        await vscode.commands.executeCommand('vscode.executeHoverProvider', await uriOf('000'), new vscode.Position(0, 0));
        assert.ok(Date.now() - started < 5_000, `hover took ${Date.now() - started} ms`);
      }, api);
    } finally {
      warnings.dispose();
    }
  });

  test('one ~1 MB line without a newline is analysed; its diagnostic sits on the figure', async () => {
    const filler = 'The committee met again and the discussion went on without any decision being taken ';
    let line = 'There are 35,000 U.S. military personnel in Japan, officials said. ';
    while (line.length < 990_000) line += filler;
    await withFiles({ '023_line.txt': line }, async ([uri]) => {
      const [diagnostic] = await waitFor('a diagnostic on the 1 MB line', () => ours(uri!).length > 0 && ours(uri!), 60_000);
      const document = await vscode.workspace.openTextDocument(uri!);
      assert.match(document.getText(diagnostic!.range), /35,000/);
      console.log(`[reliability] 1 MB line (${line.length} chars) analysed`);
    }, api);
  });

  test('CRLF and a UTF-8 BOM: diagnostics land on the right characters, on disk and when open', async () => {
    // 001 with its troop figure turned into a clear outlier, so the copy alone is flagged.
    const text = (await seedText('001')).replace('50,000 U.S. military personnel', '35,000 U.S. military personnel').replace(/\r?\n/g, '\r\n');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    await withFiles({ '024_crlf_bom.txt': bytes }, async ([uri]) => {
      const check = async (when: string) => {
        const diagnostics = await waitFor(`a diagnostic (${when})`, () => ours(uri!).length > 0 && ours(uri!), 20_000);
        const document = await vscode.workspace.openTextDocument(uri!);
        assert.deepEqual(diagnostics.map((d) => document.getText(d.range)), ['35,000 U.S. military personnel'], when);
      };
      await check('closed, read from disk');
      await vscode.window.showTextDocument(uri!);
      await api.whenIdle();
      await check('open in an editor');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }, api);
  });

  test('invalid UTF-8 bytes: analysed, no error', async () => {
    const bytes = Buffer.concat([Buffer.from('There are 35,000 U.S. military personnel '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff]), Buffer.from(' in Japan.')]);
    await withFiles({ '025_invalid.txt': bytes }, async ([uri]) => {
      await waitFor('the file analysed and flagged', () => ours(uri!).length > 0, 20_000);
    }, api);
  });

  test('a file of 10,000 numbers: analysed, nothing in it flagged, the seeds as before', async () => {
    const seedDiagnostics = ours(await uriOf('001')).length;
    const numbers = Array.from({ length: 10_000 }, (_, i) => String((i * 7919) % 1_000_003)).join('\n');
    await withFiles({ '027_numbers.txt': numbers }, async ([uri]) => {
      await waitFor('the numbers analysed', () => inSet(api, uri!), 30_000);
      await api.whenIdle();
      assert.equal(ours(uri!).length, 0);
      assert.equal(ours(await uriOf('001')).length, seedDiagnostics);
    }, api);
  });

  test('a set of one source: nothing flagged', async () => {
    const config = vscode.workspace.getConfiguration('crosscheck');
    try {
      await config.update('sources', ['**/001_*.txt'], vscode.ConfigurationTarget.Workspace);
      await waitFor('a set of one source', () => api.getAnalysis()?.sources.length === 1, 20_000);
      await api.whenIdle();
      assert.equal(ours(await uriOf('001')).length, 0);
      assert.equal(api.getAnalysis()!.claims.length, 0);
      assert.ok(api.getAnalysis()!.singleSource.length > 0);
    } finally {
      await config.update('sources', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the seeds back', async () => (await seedUris()).every((u) => inSet(api, u)), 20_000);
    await api.whenIdle();
  });

  test('a binary file matching the glob is skipped with one message', async () => {
    const warnings = recordWarnings();
    try {
      await withFiles({ '026_blob.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x35, 0x30]) }, async ([uri]) => {
        await waitFor('the blob listed as skipped', () => api.getAnalysis()?.sources.find((s) => s.id === uri!.toString() && s.skipped));
        await waitFor('a warning naming it', () => warnings.messages.some((m) => m.includes('026_blob.txt') && /binary/.test(m)));
        assert.equal(ours(uri!).length, 0);
      }, api);
    } finally {
      warnings.dispose();
    }
  });

  test('500 generated sources: analysed in bounded time, only the outliers flagged', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 500; i++) files[`1${String(i).padStart(3, '0')}_gen.txt`] = `Report ${i}\nThere are ${i % 50 === 3 ? '35,000' : 'about 53,000'} U.S. military personnel in Japan.`;
    const started = Date.now();
    await withFiles(files, async (uris) => {
      await waitFor('the 500 sources analysed', () => uris.every((uri) => inSet(api, uri)), 90_000);
      await api.whenIdle();
      console.log(`[reliability] 500 more sources analysed in ${Date.now() - started} ms (files written and read included)`);
      assert.ok(ours(uris[3]!).length > 0, 'an outlier is flagged');
      assert.equal(ours(uris[4]!).length, 0, 'an agreeing report is not');
    }, api);
  }).timeout(180_000);
});

suite('Reliability: a setting of the wrong type', () => {
  let api: CrosscheckApi;
  suiteSetup(async () => {
    api = await crosscheck();
  });

  test('falls back to the default with ONE warning, however often it is re-read', async () => {
    const warnings = recordWarnings();
    const config = vscode.workspace.getConfiguration('crosscheck');
    try {
      await config.update('maxFileSize', 'huge', vscode.ConfigurationTarget.Workspace);
      await waitFor('a warning about crosscheck.maxFileSize', () => warnings.messages.some((m) => m.includes('crosscheck.maxFileSize')));
      // More settings changes re-read the configuration: still one warning for this problem.
      await config.update('severity.discrepancy', 'warning', vscode.ConfigurationTarget.Workspace);
      await config.update('severity.discrepancy', undefined, vscode.ConfigurationTarget.Workspace);
      await api.whenIdle();
      assert.equal(warnings.messages.filter((m) => m.includes('crosscheck.maxFileSize')).length, 1, warnings.messages.join('\n'));
      assert.match(warnings.messages.find((m) => m.includes('maxFileSize'))!, /using the default/);
      // The default (1,000,000 bytes) is in force: the seeds are analysed and flagged as before.
      const seeds = (await seedUris()).map(String);
      await waitFor('the seeds analysed with the default size', () => seeds.every((id) => api.getAnalysis()?.sources.some((s) => s.id === id && !s.skipped)));
    } finally {
      await config.update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
      warnings.dispose();
    }
    await api.whenIdle();
  });
});

// ---------------------------------------------------------------------------------------------
// Hostile article text: markup, a script, links, command URIs, zero-width and bidi characters.

const HOSTILE_NAME = '030_[x](command:workbench.action.terminal.new) <b>.txt';
const HOSTILE =
  'Hostile <script>alert(1)</script> headline\n' +
  'There are 35,000 U.S. military personnel <img src=x onerror=alert(1)> [click me](command:workbench.action.terminal.new?%5B%5D) ' +
  '<a href="command:workbench.action.openSettings">settings</a> \u202Eevil\u202C \u200Bhidden\u200B in Japan, officials said.\n';

/** No raw control character, and every command link is one of Crosscheck's own. */
function assertInert(where: string, text: string): void {
  assert.doesNotMatch(text, /[\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F\u001b]/u, `${where}: control characters`);
  assert.doesNotMatch(text, /<script|<img|<a /i, `${where}: raw HTML`);
  for (const m of text.matchAll(/command:([\w.]+)/g)) {
    const before = text.slice(Math.max(0, m.index! - 1), m.index!);
    if (before === '\\') continue; // an escaped colon: shown as text, not a link
    assert.ok(m[1]!.startsWith('crosscheck.'), `${where}: a command link to ${m[1]} came from the text`);
  }
}

suite('Reliability: hostile text is shown inert', () => {
  let api: CrosscheckApi;
  let hostile: vscode.Uri;
  suiteSetup(async () => {
    api = await crosscheck();
    hostile = fileIn(HOSTILE_NAME);
    await vscode.workspace.fs.writeFile(hostile, Buffer.from(HOSTILE, 'utf8'));
    await waitFor('the hostile file flagged', () => ours(hostile).length > 0, 20_000);
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(hostile).then(undefined, () => undefined);
    await waitFor('the hostile file gone', () => !inSet(api, hostile), 20_000);
  });

  test('hovers: escaped text, isTrusted enables only Crosscheck’s own command', async () => {
    for (const uri of [hostile, await uriOf('001')]) {
      const document = await vscode.workspace.openTextDocument(uri);
      const at = document.getText().search(/35,000|50,000 U\.S\./);
      const hovers = await waitFor('a Crosscheck hover', async () => {
        const result = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(at + 2))) ?? [];
        const mine = result.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && c.value.includes('Crosscheck'));
        return mine.length > 0 ? mine : undefined;
      });
      for (const markdown of hovers) {
        assert.ok(markdown.value.includes('35,000'), 'the hostile source is in the table');
        const trusted = markdown.isTrusted;
        assert.ok(trusted === false || trusted === undefined || (typeof trusted === 'object' && trusted.enabledCommands.every((c) => c.startsWith('crosscheck.'))), `isTrusted ${JSON.stringify(trusted)}`);
        assert.notEqual(markdown.supportHtml, true, 'no HTML in hovers');
        assertInert('hover', markdown.value);
        assert.match(markdown.value, /&lt;img|command\\:workbench|\\\[click me\\\]/, 'the hostile words are shown as text');
      }
    }
  });

  test('the summary panel: escaped text, a CSP with a nonce, no command link from the text', async () => {
    await vscode.commands.executeCommand('crosscheck.showSummary');
    const html = await waitFor('the summary HTML with the hostile source', () => {
      const h = api.getSummaryHtml();
      return h?.includes('35,000') ? h : undefined;
    }, 20_000);
    assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;;[^"]*script-src &#39;nonce-/);
    // Every <script> of the page carries the nonce; none comes from the article.
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) assert.match(tag, /nonce="/, tag);
    // In HTML, text is inert once escaped; what must not come from the article is a tag or an
    // attribute (a link, an event handler), or a raw control character.
    const page = html.replace(/<script nonce="[^"]+"[^>]*>[\s\S]*?<\/script>/g, '');
    assert.doesNotMatch(page, /[\u202A-\u202E\u2066-\u2069\u200B\u001b]/u, 'summary: control characters');
    for (const tag of page.match(/<[a-zA-Z][^>]*>/g) ?? []) {
      // Attribute values such as title="…command:…" are escaped text; links and handlers are not.
      assert.doesNotMatch(tag, /\s(?:href|src|action|formaction)\s*=\s*["']?\s*(?:command|javascript|data):|^<(?:img|iframe|object|embed)\b/i, `summary: a tag from the text: ${tag}`);
      const names = tag.replace(/"[^"]*"|'[^']*'/g, '""');
      assert.doesNotMatch(names, /\son\w+\s*=/i, `summary: an event handler: ${tag}`);
    }
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;|&lt;img src=x/, 'the hostile words are shown as text');
  });

  test('the sidebar trees: labels, descriptions and tooltips carry no controls or foreign commands', async () => {
    const all = (items: ViewItem[]): ViewItem[] => items.flatMap((i) => [i, ...all(i.children)]);
    const items = await waitFor('the hostile figure in the Claims view', () => {
      const found = all(api.getClaimsItems());
      return found.some((i) => `${i.label} ${i.description ?? ''} ${i.tooltip ?? ''}`.includes('35,000')) ? found : undefined;
    }, 20_000);
    for (const item of [...items, ...all(api.getTimelineItems())]) {
      const text = `${item.label}\n${item.description ?? ''}\n${item.tooltip ?? ''}`;
      assert.doesNotMatch(text, /[\u202A-\u202E\u2066-\u2069\u200B\u001b]/u, `controls in ${item.id}`);
      if (item.command) assert.ok(item.command.command.startsWith('crosscheck.') || item.command.command === 'vscode.open', `${item.id} runs ${item.command.command}`);
    }
  });
});

async function uriOf(prefix: string): Promise<vscode.Uri> {
  const uri = (await seedUris()).find((u) => path.posix.basename(u.path).startsWith(prefix));
  assert.ok(uri, `no seed ${prefix}`);
  return uri;
}
