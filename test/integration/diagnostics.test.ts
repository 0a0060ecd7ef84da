// Diagnostics in a real VS Code: the expected spans of seeds.expected.json are flagged, the
// must-not-flag spans are not, and edits, settings, new and deleted files update them.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/features/api';
import expected from '../fixtures/seeds-expected/seeds.expected.json';
import { crosscheck, ours, seedUris, waitFor, workspaceFolder } from './helpers';

interface Expected {
  claims: { id: string; flag?: string[]; mustNotFlag?: string[] }[];
  mustNotFlag: { source: string; span?: string; line?: string; why: string }[];
}
const EXPECTED = expected as unknown as Expected;

async function uriOf(fileName: string): Promise<vscode.Uri> {
  const uri = (await seedUris()).find((u) => path.posix.basename(u.path) === fileName);
  assert.ok(uri, `no seed file ${fileName} in the workspace`);
  return uri;
}

/** Every range where `text` occurs in the document. */
function rangesOf(document: vscode.TextDocument, text: string): vscode.Range[] {
  const ranges: vscode.Range[] = [];
  const whole = document.getText();
  for (let at = whole.indexOf(text); at >= 0; at = whole.indexOf(text, at + 1)) {
    ranges.push(new vscode.Range(document.positionAt(at), document.positionAt(at + text.length)));
  }
  return ranges;
}

function touching(diagnostics: vscode.Diagnostic[], range: vscode.Range): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.range.intersection(range) !== undefined && !d.range.intersection(range)!.isEmpty);
}

/** "001_778f94a180eceaa4.txt: 50,000 U.S. military personnel" -> file and span text. */
function parseFlag(flag: string): { file: string; span: string } {
  const at = flag.indexOf(': ');
  return { file: flag.slice(0, at), span: flag.slice(at + 2) };
}

suite('Diagnostics', () => {
  let api: CrosscheckApi;
  suiteSetup(async () => {
    api = await crosscheck();
  });

  test('every expected flag span carries a Crosscheck diagnostic naming the other values', async () => {
    const flags = EXPECTED.claims.flatMap((c) => c.flag ?? []).map(parseFlag);
    assert.ok(flags.length > 0);
    for (const { file, span } of flags) {
      const uri = await uriOf(file);
      const document = await vscode.workspace.openTextDocument(uri);
      const [range] = rangesOf(document, span);
      assert.ok(range, `"${span}" not found in ${file}`);
      const [diagnostic] = await waitFor(`a diagnostic on "${span}" in ${file}`, () => {
        const hits = touching(ours(uri), range);
        return hits.length > 0 ? hits : undefined;
      });
      assert.ok(diagnostic);
      assert.equal(diagnostic.source, 'crosscheck');
      assert.ok(typeof diagnostic.code === 'string' && diagnostic.code.startsWith('figure-'), `code ${String(diagnostic.code)}`);
      assert.match(diagnostic.message, /53,000/, 'the message names the other sources’ values');
      const related = diagnostic.relatedInformation ?? [];
      assert.ok(related.length >= 4, `related information for every other source, got ${related.length}`);
      for (const info of related) {
        const other = await vscode.workspace.openTextDocument(info.location.uri);
        assert.ok(other.getText(info.location.range).length > 0, 'related span is not empty');
        assert.notEqual(info.location.uri.toString(), uri.toString());
      }
    }
  });

  test('no Crosscheck diagnostic on the must-not-flag spans and lines', async () => {
    const uris = await seedUris();
    const spanChecks = [
      ...EXPECTED.claims.flatMap((c) => (c.mustNotFlag ?? []).map((span) => ({ source: '*', span }))),
      ...EXPECTED.mustNotFlag.filter((m) => m.span).map((m) => ({ source: m.source, span: m.span! })),
    ];
    let checked = 0;
    for (const uri of uris) {
      const file = path.posix.basename(uri.path);
      const document = await vscode.workspace.openTextDocument(uri);
      const diagnostics = ours(uri);
      for (const { source, span } of spanChecks) {
        if (source !== '*' && source !== file) continue;
        for (const range of rangesOf(document, span)) {
          checked++;
          assert.deepEqual(touching(diagnostics, range).map((d) => d.message), [], `"${span}" in ${file} must not be flagged`);
        }
      }
      for (const { line } of EXPECTED.mustNotFlag.filter((m) => m.line !== undefined && m.source === file)) {
        for (let i = 0; i < document.lineCount; i++) {
          if (document.lineAt(i).text.trim() !== line) continue;
          checked++;
          assert.deepEqual(touching(diagnostics, document.lineAt(i).range).map((d) => d.message), [], `line "${line}" in ${file}`);
        }
      }
    }
    assert.ok(checked >= 5, `only ${checked} must-not-flag places found in the seeds`);
  });

  test('no diagnostics beyond the expected flags', async () => {
    const flags = EXPECTED.claims.flatMap((c) => c.flag ?? []).map(parseFlag);
    for (const uri of await seedUris()) {
      const document = await vscode.workspace.openTextDocument(uri);
      const file = path.posix.basename(uri.path);
      const allowed = flags.filter((f) => f.file === file).flatMap((f) => rangesOf(document, f.span));
      const extra = ours(uri).filter((d) => !allowed.some((r) => r.intersection(d.range)));
      assert.deepEqual(extra.map((d) => `${document.getText(d.range)}: ${d.message}`), [], `unexpected diagnostics in ${file}`);
    }
  });

  test('a discrepancy is information by default and follows crosscheck.severity.discrepancy', async () => {
    const uri = await uriOf('001_778f94a180eceaa4.txt');
    const config = vscode.workspace.getConfiguration('crosscheck');
    assert.equal(ours(uri)[0]?.severity, vscode.DiagnosticSeverity.Information);
    try {
      await config.update('severity.discrepancy', 'error', vscode.ConfigurationTarget.Workspace);
      await waitFor('error severity', () => ours(uri)[0]?.severity === vscode.DiagnosticSeverity.Error);
      await config.update('severity.discrepancy', 'none', vscode.ConfigurationTarget.Workspace);
      await waitFor('no diagnostics with severity "none"', () => ours(uri).length === 0);
    } finally {
      await config.update('severity.discrepancy', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the diagnostic back as information', () => ours(uri)[0]?.severity === vscode.DiagnosticSeverity.Information);
  });

  test('an exchange-rate override re-analyses: ¥211 billion at 100 yen/$ conflicts with $1.4 billion', async () => {
    const money = [
      { uri: await uriOf('000_5d367a4d37f46ac9.txt'), span: 'about $1.4 billion a year' },
      { uri: await uriOf('004_527a8d93bbebfa30.txt'), span: '211 billion yen each year' },
    ];
    const flagged = async (): Promise<boolean[]> =>
      Promise.all(
        money.map(async ({ uri, span }) => {
          const [range] = rangesOf(await vscode.workspace.openTextDocument(uri), span);
          return range !== undefined && touching(ours(uri), range).some((d) => d.severity === vscode.DiagnosticSeverity.Warning);
        }),
      );
    assert.deepEqual(await flagged(), [false, false], 'the default rate (about 150 yen/$) agrees');
    const config = vscode.workspace.getConfiguration('crosscheck');
    try {
      await config.update('exchangeRates', { JPY: 100 }, vscode.ConfigurationTarget.Workspace);
      await waitFor('a conflict (warning) on both amounts', async () => (await flagged()).every(Boolean));
    } finally {
      await config.update('exchangeRates', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the amounts to agree again', async () => (await flagged()).every((f) => !f));
  });

  test('crosscheck.sources decides the set; removing and re-adding the current file works', async () => {
    const uri = await uriOf('001_778f94a180eceaa4.txt');
    const config = vscode.workspace.getConfiguration('crosscheck');
    try {
      await config.update('sources', ['**/no-such-folder/*.txt'], vscode.ConfigurationTarget.Workspace);
      await waitFor('an empty set', () => api.getAnalysis()?.sources.length === 0 && ours(uri).length === 0);
    } finally {
      await config.update('sources', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the five seeds back', () => api.getAnalysis()?.sources.length === 5 && ours(uri).length === 1);

    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('crosscheck.removeCurrentFileAsSource');
    // Without 001 the other four agree (about 53,000 and more than 50,000).
    await waitFor('001 to leave the set', () => api.getAnalysis()?.sources.length === 4 && ours(uri).length === 0);
    await vscode.commands.executeCommand('crosscheck.addCurrentFileAsSource');
    await waitFor('001 back, flagged again', () => api.getAnalysis()?.sources.length === 5 && ours(uri).length === 1);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('an edit that changes a figure updates the diagnostics, live', async () => {
    const uri = await uriOf('001_778f94a180eceaa4.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const original = document.getText();
    const replace = async (from: string, to: string): Promise<void> => {
      const [range] = rangesOf(document, from);
      assert.ok(range, `"${from}" not in 001`);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, range, to);
      assert.ok(await vscode.workspace.applyEdit(edit));
    };
    try {
      await replace('50,000 U.S. military personnel', 'about 53,000 U.S. military personnel');
      await waitFor('the discrepancy to go once 001 agrees', () => ours(uri).length === 0);
      await replace('about 53,000 U.S. military personnel', '50,000 U.S. military personnel');
      await waitFor('the discrepancy to come back', () => ours(uri).length === 1);
    } finally {
      // Leave the scratch copy as it was for the other tests.
      const all = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, all, original);
      await vscode.workspace.applyEdit(edit);
      await document.save();
    }
    assert.equal(document.getText(), original);
    await waitFor('the disk text analysed again', () => ours(uri).length === 1);
    await api.whenIdle();
  });

  test('a new file joins the set, and deleting it removes its diagnostics', async () => {
    const original = await uriOf('001_778f94a180eceaa4.txt');
    const copy = vscode.Uri.joinPath(workspaceFolder().uri, '005_copy_of_001.txt');
    await vscode.workspace.fs.writeFile(copy, await vscode.workspace.fs.readFile(original));
    try {
      await waitFor('the copy to be analysed and flagged', () => ours(copy).length > 0, 15_000);
      assert.equal(api.getAnalysis()?.sources.length, 6);
    } finally {
      await vscode.workspace.fs.delete(copy);
    }
    await waitFor('the deleted file to lose its diagnostics', () => ours(copy).length === 0 && api.getAnalysis()?.sources.length === 5, 15_000);
  });

  test('closing an untitled document that was added as a source removes its diagnostics', async () => {
    const text = (await vscode.workspace.openTextDocument(await uriOf('001_778f94a180eceaa4.txt'))).getText();
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('crosscheck.addCurrentFileAsSource');
    await waitFor('the untitled source to be flagged', () => ours(document.uri).length > 0, 15_000);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('its diagnostics to go with it', () => ours(document.uri).length === 0 && api.getAnalysis()?.sources.length === 5, 15_000);
  });

  test('a binary file matching the globs is skipped, the others still analysed', async () => {
    const binary = vscode.Uri.joinPath(workspaceFolder().uri, '006_binary.txt');
    await vscode.workspace.fs.writeFile(binary, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x35, 0x30]));
    try {
      // The watcher reports the new file; the analysis lists it as skipped and goes on with the rest.
      const skipped = await waitFor('the binary file to be listed as skipped', () =>
        api.getAnalysis()?.sources.find((s) => s.id === binary.toString() && s.skipped),
      );
      assert.match(skipped.skipped!, /binary/);
      assert.equal(api.getAnalysis()!.sources.filter((s) => !s.skipped).length, 5);
      assert.equal(ours(binary).length, 0);
      assert.equal(ours(await uriOf('001_778f94a180eceaa4.txt')).length, 1);
    } finally {
      await vscode.workspace.fs.delete(binary);
    }
    await waitFor('the skipped file to leave the list once deleted', () => api.getAnalysis()?.sources.length === 5);
  });
});
