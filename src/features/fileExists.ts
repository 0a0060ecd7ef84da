// Whether a file is there, through VS Code's file system (local, remote or virtual alike).
import * as vscode from 'vscode';

/** True when `uri` names an existing file or folder; false on any error (absent, no access). */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
