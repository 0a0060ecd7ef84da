// Wires the features together; no logic lives here.
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Features are registered here as they land (see src/features/).
}

export function deactivate(): void {}
