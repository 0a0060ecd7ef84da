// Hover on any figure that two or more sources state: who says what, and a link to each.
import * as vscode from 'vscode';
import { InternalCommand } from './commandIds';
import { claimAt } from './conflicts';
import { claimHoverMarkdown } from './hoverContent';
import type { AnalysisStore } from './store';

export function registerHover(store: AnalysisStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider('*', {
    provideHover(document, position) {
      const analysis = store.analysis;
      const source = store.sourceIdOf(document.uri);
      if (!analysis || !source) return undefined;
      const hit = claimAt(analysis, source, document.offsetAt(position));
      if (!hit) return undefined;
      const markdown = new vscode.MarkdownString(claimHoverMarkdown(analysis, hit.claim, hit.figure));
      // Links may run our own command and nothing else; the article text in the table is escaped.
      markdown.isTrusted = { enabledCommands: [InternalCommand.openSpan] };
      return new vscode.Hover(markdown, store.rangeOf(source, hit.figure.span.start, hit.figure.span.end));
    },
  });
}
