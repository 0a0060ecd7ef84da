// What `activate()` returns: a small API for integration tests (and other extensions), so they
// can wait for an analysis instead of sleeping.
import type { Analysis } from '../core';
import type { TreeReader, ViewItem } from './nodeTreeView';
import type { AnalysisStore } from './store';

export type { ViewItem } from './nodeTreeView';

/** The sidebar trees, read back for tests. */
export interface ViewReaders {
  timeline?: TreeReader;
  claims?: TreeReader;
}

export interface CrosscheckApi {
  /** The latest analysis, undefined until the first one finished. */
  getAnalysis(): Analysis | undefined;
  /** Resolves when no analysis is pending (debounce timer) or running. */
  whenIdle(): Promise<void>;
  /** Drops the pending or running analysis; the previous results stay until the next change. */
  cancelAnalysis(): void;
  /** The Timeline view's rows (roots with their children), as plain data. */
  getTimelineItems(): ViewItem[];
  /** The Claims view's rows (roots with their children), as plain data. */
  getClaimsItems(): ViewItem[];
  /** Ids of the selected rows of a sidebar tree (the row revealed at the cursor is selected). */
  getSelectedItemIds(view: 'timeline' | 'claims'): string[];
  /** The summary panel's page HTML as last rendered, undefined while it is closed (webview DOM is out of a test's reach). */
  getSummaryHtml(): string | undefined;
  /** Hands a message to the summary panel as if its page had posted it; true when it was accepted. */
  postSummaryMessage(message: unknown): Promise<boolean>;
}

/** The summary panel, read back for tests. */
export interface SummaryReaders {
  lastHtml(): string | undefined;
  receive(message: unknown): Promise<boolean>;
}

export function createApi(store: AnalysisStore, views: ViewReaders = {}, summary?: SummaryReaders): CrosscheckApi {
  return {
    getAnalysis: () => store.analysis,
    whenIdle: () => store.whenIdle(),
    cancelAnalysis: () => store.cancel(),
    getTimelineItems: () => views.timeline?.readItems() ?? [],
    getClaimsItems: () => views.claims?.readItems() ?? [],
    getSelectedItemIds: (view) => views[view]?.selectedIds() ?? [],
    getSummaryHtml: () => summary?.lastHtml(),
    postSummaryMessage: async (message) => (summary ? summary.receive(message) : false),
  };
}
