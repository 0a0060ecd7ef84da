// The one entry point of the core: Source[] -> Analysis, re-analysing only sources whose text
// changed. (Being filled in: figures, alignment and comparison land in the next commits.)
import type { Analysis, AnalysisOptions, Source } from './types';

export interface Analyzer {
  /** Analyses the set; per-source work is cached by text, so unchanged sources cost nothing. */
  analyze(sources: readonly Source[], options?: AnalysisOptions): Analysis;
}

export function createAnalyzer(): Analyzer {
  return {
    analyze(sources) {
      return {
        sources: sources.map((s) => ({ id: s.id, path: s.uri, label: s.id, chars: s.text.length })),
        claims: [],
        singleSource: [],
        diagnostics: [],
        timeline: [],
        textual: [],
      };
    },
  };
}

/** One-shot analysis without a cache. */
export function analyze(sources: readonly Source[], options?: AnalysisOptions): Analysis {
  return createAnalyzer().analyze(sources, options);
}
