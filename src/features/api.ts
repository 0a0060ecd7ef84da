// What `activate()` returns: a small API for integration tests (and other extensions), so they
// can wait for an analysis instead of sleeping.
import type { Analysis } from '../core/types';
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
  /** The Timeline view's rows (roots with their children), as plain data. */
  getTimelineItems(): ViewItem[];
  /** The Claims view's rows (roots with their children), as plain data. */
  getClaimsItems(): ViewItem[];
  /** Ids of the selected rows of a sidebar tree (the row revealed at the cursor is selected). */
  getSelectedItemIds(view: 'timeline' | 'claims'): string[];
}

export function createApi(store: AnalysisStore, views: ViewReaders = {}): CrosscheckApi {
  return {
    getAnalysis: () => store.analysis,
    whenIdle: () => store.whenIdle(),
    getTimelineItems: () => views.timeline?.readItems() ?? [],
    getClaimsItems: () => views.claims?.readItems() ?? [],
    getSelectedItemIds: (view) => views[view]?.selectedIds() ?? [],
  };
}
