// Hover on any figure that two or more sources state: who says what, and a link to each. The
// Markdown comes from views/hover.ts; this adapter finds the claim, links spans to openSpan and
// trusts that one command only.
import * as vscode from 'vscode';
import type { Span } from '../core';
import { commandUri, InternalCommand, type OpenSpanArgs } from './commandIds';
import { claimAt } from './conflicts';
import { claimHoverMarkdown } from '../views/hover';
import type { AnalysisStore } from './store';

export function registerHover(store: AnalysisStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider('*', {
    provideHover(document, position) {
      const analysis = store.analysis;
      const source = store.sourceIdOf(document.uri);
      if (!analysis || !source) return undefined;
      const hit = claimAt(analysis, source, document.offsetAt(position));
      if (!hit) return undefined;
      const linkSpan = (sourceId: string, span: Span): string => {
        const args: OpenSpanArgs = [sourceId, span.start, span.end];
        return commandUri(InternalCommand.openSpan, args);
      };
      const markdown = new vscode.MarkdownString(claimHoverMarkdown(analysis, hit.claim, hit.figure, { linkSpan }));
      // Links may run our own command and nothing else; the article text in the table is escaped.
      markdown.isTrusted = { enabledCommands: [InternalCommand.openSpan] };
      return new vscode.Hover(markdown, store.rangeOf(source, hit.figure.span.start, hit.figure.span.end));
    },
  });
}
