// Shows the core's diagnostics model in the Problems panel and as squiggles: one diagnostic per
// outlying figure, related information at every other source's span. The core gives each its
// kind; the severity comes from the settings (src/views/severity.ts) at render time, so a
// severity setting re-renders the last analysis instead of asking for a new one.
import * as vscode from 'vscode';
import type { DiagnosticModel } from '../core';
import type { Severity } from '../views/severity';
import type { ConfigProvider } from './config';
import { shownDiagnostics } from './conflicts';
import type { IgnoredClaims } from './ignored';
import type { AnalysisStore } from './store';

export const DIAGNOSTIC_SOURCE = 'crosscheck';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * One of our diagnostics, carrying the claim it was made for. Code actions receive the very
 * objects the collection holds, so a quick fix reads the claim id instead of matching ranges.
 */
export class ClaimDiagnostic extends vscode.Diagnostic {
  constructor(range: vscode.Range, message: string, severity: vscode.DiagnosticSeverity, readonly claim: string) {
    super(range, message, severity);
  }
}

export function registerDiagnostics(store: AnalysisStore, config: ConfigProvider, ignored: IgnoredClaims): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);

  const render = (): void => {
    const analysis = store.analysis;
    if (!analysis) return;
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    for (const { model, severity } of shownDiagnostics(analysis, config.current, (id) => ignored.has(id))) {
      const uri = store.uriOf(model.source);
      const diagnostic = uri && toDiagnostic(model, store, severity);
      if (!uri || !diagnostic) continue;
      const entry = byUri.get(uri.toString()) ?? { uri, diagnostics: [] };
      entry.diagnostics.push(diagnostic);
      byUri.set(uri.toString(), entry);
    }
    // Replace everything at once: sources that left the set (deleted, removed) lose their diagnostics.
    collection.clear();
    collection.set([...byUri.values()].map(({ uri, diagnostics }) => [uri, diagnostics] as [vscode.Uri, vscode.Diagnostic[]]));
  };

  render();
  return vscode.Disposable.from(
    collection,
    store.onDidChange(render),
    config.onDidChange(render),
    ignored.onDidChange(render),
  );
}

function toDiagnostic(model: DiagnosticModel, store: AnalysisStore, severity: Severity): vscode.Diagnostic | undefined {
  const range = store.rangeOf(model.source, model.start, model.end);
  if (!range) return undefined;
  const diagnostic = new ClaimDiagnostic(range, model.message, SEVERITY[severity], model.claim);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = model.code;
  diagnostic.relatedInformation = model.related.flatMap((related) => {
    const location = store.locationOf(related.source, related.start, related.end);
    return location ? [new vscode.DiagnosticRelatedInformation(location, related.message)] : [];
  });
  return diagnostic;
}

/** The claim id (or dated event id) behind one of our diagnostics; undefined for anyone else's. */
export function claimOfDiagnostic(diagnostic: vscode.Diagnostic): string | undefined {
  return diagnostic instanceof ClaimDiagnostic ? diagnostic.claim : undefined;
}
