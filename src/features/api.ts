// What `activate()` returns: a small API for integration tests (and other extensions), so they
// can wait for an analysis instead of sleeping.
import type { Analysis } from '../core/types';
import type { AnalysisStore } from './store';

export interface CrosscheckApi {
  /** The latest analysis, undefined until the first one finished. */
  getAnalysis(): Analysis | undefined;
  /** Resolves when no analysis is pending (debounce timer) or running. */
  whenIdle(): Promise<void>;
}

export function createApi(store: AnalysisStore): CrosscheckApi {
  return {
    getAnalysis: () => store.analysis,
    whenIdle: () => store.whenIdle(),
  };
}
