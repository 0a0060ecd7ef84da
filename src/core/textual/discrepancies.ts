// Textual discrepancies: the same name spelled two ways, an acronym written two ways or expanded
// two ways, across or within sources. General rules only (no lists of names): a rare variant must
// sit a small edit away from a clear majority form, be unknown to the lexicon, and appear in a
// context like the common form's. The rules are in names.ts and acronyms.ts.
//
// Caching, so that re-analysing a large set after one edit costs little, in a TextualStage (one
// per analyzer): each source's tokens and the forms read from them are kept per source
// (sourceState.ts, a WeakMap keyed by the source's sentence array, checked against its id, text
// and sentence bounds); the cross-source name state (lower-case word counts, nearly-alike
// spellings, pair verdicts) is a NameState (names.ts) and is always a function of the current
// sources. The result is exactly what a first analysis of the same inputs gives, whatever the
// stage analysed before.
import { shortLabels } from '../text/labels';
import type { TextualDiscrepancy } from '../types';
import { findAcronymDiscrepancies } from './acronyms';
import { NameState } from './names';
import { sourceWorks, type SourceWorkCache } from './sourceState';
import type { TextualInput } from './tokens';

export interface TextualStage {
  /** Finds names spelled two ways and acronyms that differ, over the non-furniture sentences. */
  find(inputs: readonly TextualInput[]): TextualDiscrepancy[];
}

/** One analyzer's textual stage, keeping its per-source works and cross-source name state between calls. */
export function createTextualStage(): TextualStage {
  const cache: SourceWorkCache = new WeakMap();
  const names = new NameState();
  return { find: (inputs) => find(inputs, cache, names) };
}

/** One-shot: a stage of its own, so nothing is kept from or for other calls. */
export function findTextualDiscrepancies(inputs: readonly TextualInput[]): TextualDiscrepancy[] {
  return createTextualStage().find(inputs);
}

function find(inputs: readonly TextualInput[], cache: SourceWorkCache, names: NameState): TextualDiscrepancy[] {
  const works = sourceWorks(inputs, cache);
  // The same short labels the rest of the analysis uses ("001"), unless the caller gives its own.
  const short = shortLabels(inputs.map((i) => i.source.uri || i.source.id));
  const labels = inputs.map((input, i) => input.label ?? short[i] ?? input.source.id);
  const found = [...names.find(works, labels), ...findAcronymDiscrepancies(works.map((w) => w.acronyms), labels)];
  // Each discrepancy's first mention computed once, not in every comparison.
  const order = new Map(inputs.map((input, i) => [input.source.id, i]));
  const first = new Map(found.map((d) => [d, firstMention(d, order)]));
  return found.sort((a, b) => first.get(a)! - first.get(b)!);
}

function firstMention(d: TextualDiscrepancy, order: ReadonlyMap<string, number>): number {
  let best = Infinity;
  for (const v of d.variants) {
    for (const m of v.mentions) best = Math.min(best, (order.get(m.source) ?? 0) * 1e9 + m.start);
  }
  return best;
}
