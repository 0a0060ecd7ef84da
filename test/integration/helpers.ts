// Small helpers shared by the integration tests. They run inside the extension host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/features/api';

export const EXTENSION_ID = 'crosscheck.crosscheck';

/** The extension under test; fails the test if VS Code did not load it. */
export function getExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  return extension;
}

/**
 * Polls `probe` until it returns a value other than `undefined`/`false`, or fails after
 * `timeoutMs`. Use it for anything the extension does asynchronously (activation,
 * debounced analysis, diagnostics) instead of sleeping a fixed time.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 10_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The workspace folder the runners open: a scratch copy of the repo's `seeds/`. */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return folder;
}

/** The seed reports of the workspace, sorted by file name. */
export async function seedUris(): Promise<vscode.Uri[]> {
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(workspaceFolder(), '*.txt'));
  return uris.sort((a, b) => a.path.localeCompare(b.path));
}

/** Opens a workspace file (path relative to the workspace folder) in an editor. */
export async function openWorkspaceFile(relativePath: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(workspaceFolder().uri, relativePath);
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** The extension's test API once the five seeds have been analysed. */
export async function crosscheck(): Promise<CrosscheckApi> {
  const api = (await getExtension().activate()) as CrosscheckApi;
  await waitFor('the first analysis of the five seeds', () => (api.getAnalysis()?.sources.length ?? 0) >= 5, 20_000);
  await api.whenIdle();
  return api;
}

/** Whether the current analysis has the file as a source (skipped or not). */
export const inSet = (api: CrosscheckApi, uri: vscode.Uri): boolean => api.getAnalysis()?.sources.some((s) => s.id === uri.toString()) ?? false;

/** Crosscheck's own diagnostics on a file. */
export const ours = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'crosscheck');

/**
 * Reverts the active editor, which shows `document`, to the text on disk. On a loaded machine a
 * single `workbench.action.files.revert` sometimes leaves the edited text in place (seen on the
 * unchanged main branch too), and a leftover edit spoils every later suite; so it is retried
 * until the document holds the disk text.
 */
export async function revertToDisk(document: vscode.TextDocument): Promise<void> {
  const disk = Buffer.from(await vscode.workspace.fs.readFile(document.uri)).toString('utf8');
  await waitFor(
    'the document reverted to its disk text',
    async () => {
      if (document.getText() === disk && !document.isDirty) return true;
      await vscode.commands.executeCommand('workbench.action.files.revert');
      return document.getText() === disk && !document.isDirty;
    },
    20_000,
    250,
  );
}
