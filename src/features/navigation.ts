// Walking the conflicts: next/previous across files in reading order (source order, then
// offset, wrapping around), opening a source at a span, and peeking a claim in every source.
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import { type OpenSpanArgs, InternalCommand, UserCommand } from './commandIds';
import type { ConfigProvider } from './config';
import { type Cursor, claimAt, inReadingOrder, stepTarget, visibleDiagnostics } from './conflicts';
import type { IgnoredClaims } from './ignored';
import type { AnalysisStore } from './store';

export function registerNavigation(store: AnalysisStore, config: ConfigProvider, ignored: IgnoredClaims): vscode.Disposable {
  const step = async (direction: 1 | -1): Promise<void> => {
    const analysis = store.analysis;
    if (!analysis) return void vscode.window.showInformationMessage('Crosscheck is still analysing the sources.');
    const ordered = inReadingOrder(analysis, visibleDiagnostics(analysis, config.current, (id) => ignored.has(id)));
    const target = stepTarget(analysis, ordered, cursorOf(store), direction);
    if (!target) return void vscode.window.showInformationMessage('Crosscheck: no conflicts or discrepancies in the sources.');
    await openSpan(store, [target.source, target.start, target.end]);
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(UserCommand.nextConflict, () => step(1)),
    vscode.commands.registerCommand(UserCommand.previousConflict, () => step(-1)),
    vscode.commands.registerCommand(InternalCommand.openSpan, (...args: unknown[]) => (isOpenSpanArgs(args) ? openSpan(store, args) : undefined)),
    vscode.commands.registerCommand(UserCommand.showClaimInAllSources, (claimId?: unknown) =>
      showClaimInAllSources(store, typeof claimId === 'string' ? claimId : undefined),
    ),
  );
}

function cursorOf(store: AnalysisStore): Cursor {
  const editor = vscode.window.activeTextEditor;
  const source = editor && store.sourceIdOf(editor.document.uri);
  return { source, offset: source ? editor.document.offsetAt(editor.selection.start) : 0 };
}

function isOpenSpanArgs(args: unknown[]): args is OpenSpanArgs {
  return args.length === 3 && typeof args[0] === 'string' && typeof args[1] === 'number' && typeof args[2] === 'number';
}

/** Opens the source and selects the span (the hover links and quick fixes come through here). */
export async function openSpan(store: AnalysisStore, [sourceId, start, end]: OpenSpanArgs): Promise<vscode.TextEditor | undefined> {
  const uri = store.uriOf(sourceId);
  const range = store.rangeOf(sourceId, start, end);
  if (!uri || !range) return undefined;
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Every span of a claim (or of a dated event with a date conflict), in source order. */
export function claimLocations(store: AnalysisStore, analysis: Analysis, claimId: string): vscode.Location[] {
  const claim = analysis.claims.find((c) => c.id === claimId);
  const spans = claim
    ? claim.figures.map((f) => ({ source: f.source, ...f.span }))
    : (analysis.timeline.find((e) => e.id === claimId)?.mentions ?? []);
  return spans.flatMap((s) => store.locationOf(s.source, s.start, s.end) ?? []);
}

/** Peeks the claim under the cursor (or the given one) in all sources. */
async function showClaimInAllSources(store: AnalysisStore, claimId: string | undefined): Promise<void> {
  const analysis = store.analysis;
  const cursor = cursorOf(store);
  if (!analysis) return;
  if (!claimId && cursor.source !== undefined) {
    claimId =
      claimAt(analysis, cursor.source, cursor.offset)?.claim.id ??
      analysis.diagnostics.find((d) => d.source === cursor.source && d.start <= cursor.offset && cursor.offset <= d.end)?.claim;
  }
  if (!claimId) return void vscode.window.showInformationMessage('Crosscheck: put the cursor on a figure that several sources state.');
  const locations = claimLocations(store, analysis, claimId);
  if (locations.length === 0) return;
  let editor = vscode.window.activeTextEditor;
  if (!editor || !store.sourceIdOf(editor.document.uri)) {
    editor = await vscode.window.showTextDocument(locations[0]!.uri);
  }
  const here = locations.find((l) => l.uri.toString() === editor.document.uri.toString());
  const position = here?.range.start ?? editor.selection.active;
  await vscode.commands.executeCommand('editor.action.peekLocations', editor.document.uri, position, locations, 'peek');
}
