// "Crosscheck: Add Source from URL…": asks for an address, fetches the page (src/web/, through
// Node's http/https, which VS Code patches with its proxy settings), extracts the article and saves
// it as a new .txt beside the other sources (`Date:`, `Source:`, the title, the text), adds it to
// the set and opens it. A user action only: nothing is ever fetched on its own. Allowed in an
// untrusted workspace: it runs nothing from the workspace and writes only a new file the user
// asked for, never over an existing one.
import * as vscode from 'vscode';
import { fileExists } from './fileExists';
import { UserCommand } from './commandIds';
import type { SourceSet } from './sources';
import type { AnalysisStore } from './store';
import { DEFAULT_LIMITS, FetchError, urlProblem } from '../web/fetchPage';
import { fetchWebSource, freeName } from '../web/webSource';

/** The folder holding most of the current sources (files only), else the first workspace folder. */
function targetFolder(store: AnalysisStore): vscode.Uri | undefined {
  const counts = new Map<string, { uri: vscode.Uri; n: number }>();
  for (const source of store.analysis?.sources ?? []) {
    const uri = store.uriOf(source.id);
    if (!uri || uri.scheme !== 'file' || source.skipped) continue;
    const folder = vscode.Uri.joinPath(uri, '..');
    const entry = counts.get(folder.toString()) ?? { uri: folder, n: 0 };
    entry.n++;
    counts.set(folder.toString(), entry);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return best?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
}

/**
 * Runs the command; `url` (for tests and other extensions) skips the input box. Resolves to the
 * saved file, or undefined when cancelled or failed (the failure is shown to the user).
 */
async function addFromUrl(sources: SourceSet, store: AnalysisStore, given?: unknown): Promise<vscode.Uri | undefined> {
  const url =
    typeof given === 'string'
      ? given
      : await vscode.window.showInputBox({
          title: 'Crosscheck: Add Source from URL',
          prompt: 'The page is fetched once, its article saved as a .txt beside your sources.',
          placeHolder: 'https://…',
          ignoreFocusOut: true,
          validateInput: urlProblem,
        });
  if (!url) return undefined;
  const problem = urlProblem(url);
  if (problem) {
    void vscode.window.showErrorMessage(`Crosscheck: ${problem}`);
    return undefined;
  }
  const host = new URL(url.trim()).host;
  const abort = new AbortController();
  try {
    const web = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Crosscheck: fetching ${host}…`, cancellable: true },
      (_progress, token) => {
        token.onCancellationRequested(() => abort.abort());
        return fetchWebSource(url.trim(), DEFAULT_LIMITS, abort.signal);
      },
    );
    let folder = targetFolder(store);
    let target: vscode.Uri | undefined;
    if (folder) {
      const name = await freeName(web.fileName, (n) => fileExists(vscode.Uri.joinPath(folder!, n)));
      target = vscode.Uri.joinPath(folder, name);
    } else {
      // no folder open and no source yet: ask where
      target = await vscode.window.showSaveDialog({ title: 'Save the article as', saveLabel: 'Save source', filters: { Text: ['txt'] } });
      if (!target) return undefined;
      if (await fileExists(target)) {
        folder = vscode.Uri.joinPath(target, '..');
        target = vscode.Uri.joinPath(folder, await freeName(target.path.split('/').pop()!, (n) => fileExists(vscode.Uri.joinPath(folder!, n))));
      }
    }
    await vscode.workspace.fs.writeFile(target, Buffer.from(web.text, 'utf8'));
    if (!(await sources.covers(target))) await sources.add(target);
    await vscode.window.showTextDocument(target, { preview: false });
    const outlet = web.article.metadata.outlet ? ` (${web.article.metadata.outlet})` : '';
    void vscode.window.showInformationMessage(`Crosscheck: added “${web.article.title ?? host}”${outlet} as ${vscode.workspace.asRelativePath(target)}.`);
    return target;
  } catch (error) {
    if (abort.signal.aborted) return undefined; // cancelled by the user: nothing to say
    const message = error instanceof FetchError ? error.message : `could not add the page: ${error instanceof Error ? error.message : String(error)}`;
    void vscode.window.showErrorMessage(`Crosscheck: ${message}`);
    return undefined;
  }
}

export function registerAddFromUrl(sources: SourceSet, store: AnalysisStore): vscode.Disposable {
  return vscode.commands.registerCommand(UserCommand.addSourceFromUrl, (url?: unknown) => addFromUrl(sources, store, url));
}
