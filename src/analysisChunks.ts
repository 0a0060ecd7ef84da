// How an Analysis crosses from the analysis worker to the extension host without holding it.
// A message is deserialised on the receiving thread in one piece: a 1.26 MB file of 40,000
// one-figure sentences gives an Analysis of 33,000 single-source claims (24 MB serialised, about
// a second to deserialise), which would freeze typing for that long. So the worker sends the
// long arrays in parts of CHUNK_ITEMS, one at a time, each after the extension host acknowledged
// the previous one from a later turn of its event loop; the last message is the rest.
import type { Analysis } from './core';

/** Items of one array per message: a few milliseconds of deserialising each. */
export const CHUNK_ITEMS = 500;

/** One part of a long array of the Analysis. */
export interface AnalysisPart {
  key: string;
  items: unknown[];
}

/**
 * The parts to send first (every top-level array longer than `size`, in slices) and the rest,
 * whose long arrays are empty until `joinAnalysis` refills them in order.
 */
export function splitAnalysis(analysis: Analysis, size = CHUNK_ITEMS): { parts: AnalysisPart[]; rest: Analysis } {
  const parts: AnalysisPart[] = [];
  const rest: Record<string, unknown> = { ...analysis };
  for (const [key, value] of Object.entries(analysis)) {
    if (!Array.isArray(value) || value.length <= size) continue;
    for (let at = 0; at < value.length; at += size) parts.push({ key, items: value.slice(at, at + size) });
    rest[key] = [];
  }
  return { parts, rest: rest as unknown as Analysis };
}

/** Collects parts as they arrive; `join` puts them back into the rest, in the order they came. */
export class AnalysisJoiner {
  private readonly arrays = new Map<string, unknown[]>();

  add(part: AnalysisPart): void {
    let list = this.arrays.get(part.key);
    if (!list) this.arrays.set(part.key, (list = []));
    for (const item of part.items) list.push(item);
  }

  join(rest: Analysis): Analysis {
    const out: Record<string, unknown> = { ...rest };
    for (const [key, items] of this.arrays) out[key] = items;
    return out as unknown as Analysis;
  }
}
