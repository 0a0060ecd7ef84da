// Wires the features together; no logic lives here. The analysis core is loaded lazily by the
// store, so this returns before compromise is evaluated.
import * as vscode from 'vscode';
import { type CrosscheckApi, createApi } from './features/api';
import { registerCodeActions } from './features/codeActions';
import { Config } from './features/config';
import { registerContextKeys } from './features/contextKeys';
import { registerDiagnostics } from './features/diagnostics';
import { registerHover } from './features/hover';
import { IgnoredClaims } from './features/ignored';
import { registerNavigation } from './features/navigation';
import { registerClaimsView, registerTimelineView } from './features/nodeTreeView';
import { registerSourceCommands } from './features/sourceCommands';
import { registerAddFromUrl } from './features/addFromUrl';
import { SourceSet } from './features/sources';
import { registerStatusBar } from './features/statusBar';
import { AnalysisStore } from './features/store';
import { registerSummaryExport } from './features/summaryExport';
import { registerSummaryPanel } from './features/summaryPanel';

export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  const log = vscode.window.createOutputChannel('Crosscheck', { log: true });
  const config = new Config();
  const ignored = new IgnoredClaims(context.workspaceState);
  const sources = new SourceSet(config.current, context.workspaceState);
  const store = new AnalysisStore(sources, config, log);
  context.subscriptions.push(log, config, ignored, sources, store);

  context.subscriptions.push(
    registerDiagnostics(store, config, ignored),
    registerHover(store),
    registerNavigation(store, config, ignored),
    registerStatusBar(store, ignored),
    registerCodeActions(store, ignored),
    registerSourceCommands(sources, store),
    registerAddFromUrl(sources, store),
    registerContextKeys(store, config),
  );
  const timeline = registerTimelineView(store);
  const claims = registerClaimsView(store);
  context.subscriptions.push(timeline, claims);
  const summary = registerSummaryPanel(store, context.extensionUri);
  context.subscriptions.push(summary, registerSummaryExport(store));
  return createApi(store, { timeline, claims }, summary);
}

export function deactivate(): void {}
