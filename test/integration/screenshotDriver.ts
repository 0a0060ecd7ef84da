// The extension-host half of the screenshot pass of runHeadless.mjs (loaded as
// extensionTestsPath in a second page load, after the tests). For each scene of
// scenes.ts it prepares the workbench through the vscode API, then asks the runner for a
// screenshot by writing `<control>/scene-<n>.request.json` and waits for
// `scene-<n>.result.json`. The control folder comes from CROSSCHECK_E2E_CONTROL, which the
// runner sets on the server and the server passes on to the extension host.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { type Scene, type SceneCommand, scenes } from './scenes';

const RESULT_TIMEOUT_MS = 60_000;

/** What the runner reads from a request file. */
export interface SceneRequest {
  index: number;
  name: string;
  waitFor: string[];
  clip?: string;
  settleMs: number;
  timeoutMs: number;
  /** Set when preparing the scene failed: the runner reports it and takes no picture. */
  error?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runCommand(command: SceneCommand): Promise<void> {
  const { id, args = [] } = typeof command === 'string' ? { id: command, args: [] } : command;
  await vscode.commands.executeCommand(id, ...args);
}

/** Runs a layout command that may not exist in every VS Code version, ignoring failures. */
async function tryCommand(id: string): Promise<void> {
  try {
    await vscode.commands.executeCommand(id);
  } catch {
    // not available in this version: nothing to close
  }
}

function positionOf(editor: vscode.TextEditor, text: string): vscode.Range {
  const offset = editor.document.getText().indexOf(text);
  if (offset < 0) throw new Error(`"${text}" does not occur in ${editor.document.uri.path}`);
  const start = editor.document.positionAt(offset);
  return new vscode.Range(start, editor.document.positionAt(offset + text.length));
}

/**
 * Applies the scene's user settings; returns what puts the previous values back.
 */
async function applySettings(settings: Record<string, unknown>): Promise<() => Promise<void>> {
  const config = () => vscode.workspace.getConfiguration();
  const previous = Object.keys(settings).map((key) => [key, config().inspect(key)?.globalValue] as const);
  for (const [key, value] of Object.entries(settings)) {
    await config().update(key, value, vscode.ConfigurationTarget.Global);
  }
  return async () => {
    for (const [key, value] of previous) await config().update(key, value, vscode.ConfigurationTarget.Global);
  };
}

async function prepare(scene: Scene): Promise<void> {
  await tryCommand('workbench.action.closeAllEditors');
  await tryCommand('workbench.action.closeAuxiliaryBar');
  await tryCommand('workbench.action.closePanel');
  await tryCommand('notifications.clearAll');

  let editor: vscode.TextEditor | undefined;
  if (scene.copy?.length) {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const root = vscode.extensions.getExtension('crosscheck.crosscheck')?.extensionUri;
    if (!folder || !root) throw new Error('`copy` needs a workspace folder and the extension');
    for (const file of scene.copy) {
      const target = vscode.Uri.joinPath(folder.uri, path.basename(file));
      await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, file)));
    }
    await sleep(2500); // the new sources are analysed
  }
  if (scene.file) {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('no workspace folder is open');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, scene.file));
    editor = await vscode.window.showTextDocument(document, { preview: false });
  }
  if (scene.reveal) {
    if (!editor) throw new Error('`reveal` needs a `file`');
    const range = positionOf(editor, scene.reveal);
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  }
  for (const command of scene.commands ?? []) await runCommand(command);
  if (scene.hover) {
    if (!editor) throw new Error('`hover` needs a `file`');
    const range = positionOf(editor, scene.hover);
    await vscode.window.showTextDocument(editor.document, { preview: false });
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
    await sleep(200); // let the cursor move land before asking for the hover
    await vscode.commands.executeCommand('editor.action.showHover');
  }
}

async function waitForFile(file: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(file)) return true;
    await sleep(100);
  }
  return false;
}

export async function run(): Promise<void> {
  const control = process.env.CROSSCHECK_E2E_CONTROL;
  if (!control) throw new Error('CROSSCHECK_E2E_CONTROL is not set: the screenshot pass only runs under runHeadless.mjs');
  const only = (process.env.CROSSCHECK_SCENES ?? '').split(',').filter(Boolean);

  for (const [index, scene] of scenes.entries()) {
    if (only.length > 0 && !only.includes(scene.name)) continue;
    const request: SceneRequest = {
      index,
      name: scene.name,
      waitFor: [...(scene.waitFor ?? []), ...(scene.hover ? ['.monaco-hover-content'] : [])],
      clip: scene.clip,
      settleMs: scene.settleMs ?? 400,
      timeoutMs: scene.timeoutMs ?? 15_000,
    };
    let restoreSettings = async () => {};
    try {
      restoreSettings = await applySettings(scene.settings ?? {});
      await prepare(scene);
    } catch (err) {
      request.error = `preparing the scene failed: ${err instanceof Error ? err.message : String(err)}`;
    }
    const base = path.join(control, `scene-${index}`);
    fs.writeFileSync(`${base}.request.json.tmp`, JSON.stringify(request));
    fs.renameSync(`${base}.request.json.tmp`, `${base}.request.json`);
    const answered = await waitForFile(`${base}.result.json`, request.timeoutMs + RESULT_TIMEOUT_MS);
    await restoreSettings();
    if (!answered) throw new Error(`the runner did not answer scene ${scene.name}`);
  }
}
