// Command ids live in commandIds.ts (no `vscode` import, checked against package.json by a unit
// test). This module re-exports them and offers the one way features register a command, so an
// id that is not declared there does not type-check.
import * as vscode from 'vscode';
import type { InternalCommandId, UserCommandId } from './commandIds';

export * from './commandIds';

export function registerCommand(
  id: UserCommandId | InternalCommandId,
  handler: (...args: any[]) => unknown,
): vscode.Disposable {
  return vscode.commands.registerCommand(id, handler);
}
