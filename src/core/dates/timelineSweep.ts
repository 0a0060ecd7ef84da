// The first step of the timeline's clustering (timelineCluster.ts): which mentions of one
// precision join (single linkage over the pairs whose dates overlap and that `mergeScore` says
// tell the same happening). Mentions are swept by start date, so only overlapping pairs meet.
//
// A mention whose overlapping window (the later mentions of its precision that start before it
// ends) holds up to EXACT_WINDOW mentions is tried against every one of them: the groups are
// those of trying all pairs. A larger window (a newsroom's thousands of mentions of one day,
// which would be n² pairs) is searched by neighbourhood instead, as alignment does
// (align/candidates.ts): for each of its words, the mention is tried against the next
// NEIGHBOURS mentions of the window that have that word, and, for a "today"-like day, against the
// next NEIGHBOURS such days of its own source (they always join). Two mentions join only if they
// share two words (or are such days), and mentions of one happening share several, so the chain
// of neighbours links them; what is bounded is only which pairs are tried, every pair tried still
// goes through `mergeScore`. (Keyed by its rarest words only, a mention missed the pairs that
// share two common words, which is all a same-day join needs: every word it is.)
import type { Columns } from './mentionColumns';

/** Windows of up to this many mentions try every pair (the clustering of all pairs). */
export const EXACT_WINDOW = 0;
/** In a larger window, how many places ahead in each word's list a mention is tried. */
export const NEIGHBOURS = 16;

/**
 * The mentions joined: `find(i)` is the first (lowest) index of i's group. `limit` is the window
 * size up to which every pair is tried (tests set it to 0 to try the neighbourhood everywhere).
 */
export function linkMentions(col: Columns, limit = EXACT_WINDOW): (i: number) => number {
  const n = col.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    // path compression
    while (parent[i] !== root) [i, parent[i]] = [parent[i]!, root];
    return root;
  };
  const join = (a: number, b: number): void => {
    const x = find(a);
    const y = find(b);
    // already one group: this pair cannot change the groups (they are the connected components)
    if (x === y || col.sameSentence(a, b) || col.mergeScore(a, b) === 0) return;
    // the root is the member that sorts first, so a group's lead does not depend on pair order
    parent[Math.max(x, y)] = Math.min(x, y);
  };
  // by precision, then start date: a run of one precision, its windows found by binary search
  const byStart = parent.map((_, i) => i).sort((x, y) => col.rank[x]! - col.rank[y]! || col.from[x]! - col.from[y]!);
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && col.rank[byStart[end]!] === col.rank[byStart[start]!]) end++;
    linkRun(col, byStart.slice(start, end), limit, join);
    start = end;
  }
  return find;
}

/** Joins the mentions of one precision, `run` sorted by start date. */
function linkRun(col: Columns, run: readonly number[], limit: number, join: (a: number, b: number) => void): void {
  let keys: Map<string, number[]> | undefined;
  for (let p = 0; p < run.length; p++) {
    const a = run[p]!;
    const last = lastStartingBy(col, run, p, col.to[a]!);
    if (last - p <= limit) {
      for (let q = p + 1; q <= last; q++) join(a, run[q]!);
      continue;
    }
    keys ??= keyLists(col, run);
    for (const key of keysOf(col, a)) {
      const list = keys.get(key)!;
      // the first place after p in the key's list, then the next NEIGHBOURS within the window
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid]! <= p) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < list.length && k < lo + NEIGHBOURS && list[k]! <= last; k++) join(a, run[list[k]!]!);
    }
  }
}

/** The last place in `run` (sorted by start) whose mention starts by `to`, at least p. */
function lastStartingBy(col: Columns, run: readonly number[], p: number, to: number): number {
  let lo = p;
  let hi = run.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (col.from[run[mid]!]! <= to) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The key of a "today"-like day of a source: such days of one source always join. */
const relativeKey = (col: Columns, i: number) => (col.precision[i] === 'day' && col.relativeDay[i] ? `\u0000${col.source[i]}` : undefined);

/** For each word (and relative-day key), the places in `run` of the mentions that have it, ascending. */
function keyLists(col: Columns, run: readonly number[]): Map<string, number[]> {
  const keys = new Map<string, number[]>();
  const add = (key: string, p: number) => {
    const list = keys.get(key);
    if (!list) keys.set(key, [p]);
    else if (list[list.length - 1] !== p) list.push(p);
  };
  run.forEach((i, p) => {
    for (const w of col.words[i]!) add(w, p);
    const rel = relativeKey(col, i);
    if (rel) add(rel, p);
  });
  return keys;
}

/** The mention's words (each once) and its relative-day key. */
function keysOf(col: Columns, i: number): string[] {
  const words = [...new Set(col.words[i]!)];
  const rel = relativeKey(col, i);
  return rel ? [...words, rel] : words;
}
