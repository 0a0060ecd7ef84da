// The summary model for the editor views (panel and export): the core's buildSummary, given the
// source texts so cells carry line numbers and a source without a title shows its first line.
// A text is used only when it is the analysed one (same length as the analysis recorded), so a
// file edited since the analysis never yields wrong line numbers; the next analysis follows.
import * as vscode from 'vscode';
import { buildSummary } from '../views/summary';
import type { SummaryModel } from '../views/summaryTypes';
import type { Analysis } from '../core';
import { decodeAsDocument } from './documentText';
import type { AnalysisStore } from './store';

export async function summaryModel(store: AnalysisStore, analysis: Analysis): Promise<SummaryModel> {
  const texts = new Map<string, string>();
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  await Promise.all(
    analysis.sources
      .filter((s) => s.skipped === undefined)
      .map(async (s) => {
        const text = await textOf(store.uriOf(s.id), open);
        if (text !== undefined && text.length === s.chars) texts.set(s.id, text);
      }),
  );
  return buildSummary(analysis, { texts });
}

async function textOf(uri: vscode.Uri | undefined, open: ReadonlyMap<string, vscode.TextDocument>): Promise<string | undefined> {
  if (!uri) return undefined;
  const document = open.get(uri.toString());
  if (document && !document.isClosed) return document.getText();
  try {
    return decodeAsDocument(await vscode.workspace.fs.readFile(uri)); // as the source set reads it
  } catch {
    return undefined;
  }
}
