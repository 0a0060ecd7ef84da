// Merging resolved date mentions into events, for timeline.ts: mentions of one precision that
// tell the same happening join (single linkage), a coarser group joins the finer one it matches
// best, and groups that are one happening on disjoint dates merge with a date conflict (that last
// step, with its word index, is in timelineConflicts.ts).
//
// Caching, in a MentionClusterer (one per analyzer): the clustering of the last set is kept as
// places in its sorted mentions, with what it read of each (precision, date interval, source,
// sentence index, whether it is a "today"-like relative day, words). Re-analysis after an edit that leaves those alike (only spans moved)
// reuses it; anything else reclusters. The clustering reads those fields from arrays rather than
// from the mentions (whose objects come in many shapes), and finds the pairs it compares through
// sorting by date and indexes of words instead of comparing every pair.
import { Columns, PRECISION_RANK, wordScore, type Cluster, type Placed, type Shape } from './mentionColumns';
import { mergeConflicts } from './timelineConflicts';

/** Clusters mentions, keeping the clustering of its last set. */
export class MentionClusterer {
  private last: { columns: Columns; shapes: Shape[] } | undefined;

  /**
   * The mentions as events: mentions of one precision join when any pair of them is the same
   * happening (single linkage, so the result does not depend on the order of the sources); a
   * coarser group ("in 2025", "last week") then joins the finer group it matches best, never
   * bridging two finer groups; then conflicting dates of one happening merge.
   */
  cluster(placed: readonly Placed[], sourceRank: (source: string) => number): Cluster[] {
    const { sorted, columns } = sortedColumns(placed, sourceRank);
    if (!this.last || !this.last.columns.alike(columns)) this.last = { columns, shapes: clusterSorted(columns) };
    const at = (i: number) => sorted[i]!;
    return this.last.shapes.map((s) => ({ members: s.members.map(at), ...(s.conflict ? { conflict: s.conflict.map((g) => g.map(at)) } : {}) }));
  }
}

/** The mentions in the order clustering takes them, and the fields it reads of them. */
function sortedColumns(placed: readonly Placed[], sourceRank: (source: string) => number): { sorted: Placed[]; columns: Columns } {
  // finer first, then narrower, by source and place in it; the keys computed once per mention
  const n = placed.length;
  const [precision, width, source, start] = [new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const { d } = placed[i]!;
    precision[i] = PRECISION_RANK[d.precision];
    width[i] = d.to - d.from;
    source[i] = sourceRank(d.source);
    start[i] = d.start;
    order.push(i);
  }
  order.sort((x, y) => precision[x]! - precision[y]! || width[x]! - width[y]! || source[x]! - source[y]! || start[x]! - start[y]! || placed[x]!.d.role.localeCompare(placed[y]!.d.role));
  const sorted = order.map((i) => placed[i]!);

  return { sorted, columns: new Columns(sorted) };
}

function clusterSorted(col: Columns): Shape[] {
  const parent = col.from.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // sweep by start date so that only overlapping pairs are compared
  const byStart = parent.map((_, i) => i).sort((x, y) => col.rank[x]! - col.rank[y]! || col.from[x]! - col.from[y]!);
  for (let k = 0; k < byStart.length; k++) {
    const a = byStart[k]!;
    for (let l = k + 1; l < byStart.length; l++) {
      const b = byStart[l]!;
      if (col.precision[b] !== col.precision[a] || col.from[b]! > col.to[a]!) break;
      const x = find(a);
      const y = find(b);
      // already one group: this pair cannot change the groups (they are the connected components)
      if (x === y || col.sameSentence(a, b) || col.mergeScore(a, b) === 0) continue;
      // the root is the member that sorts first, so a group's lead does not depend on pair order
      parent[Math.max(x, y)] = Math.min(x, y);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < parent.length; i++) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }

  const clusters: Shape[] = [];
  // each cluster's distinct word lists (the mentions of a sentence share one): the best match
  // below is the same over distinct lists as over all pairs of mentions
  const listsOf = new Map<Shape, Set<readonly string[]>>();
  for (const members of groups.values()) {
    // groups come finer first: attach this one to the best finer cluster it overlaps and matches
    let best: Shape | undefined;
    let bestScore = 0;
    const first = members[0]!;
    const sentences = new Map<string, Set<number>>();
    for (const p of members) sentences.set(col.source[p]!, (sentences.get(col.source[p]!) ?? new Set()).add(col.sentence[p]!));
    const lists = new Set(members.map((p) => col.words[p]!));
    for (const c of clusters) {
      const core = c.members[0]!;
      if (col.rank[core]! >= col.rank[first]!) continue;
      if (!members.every((m) => col.from[m]! <= col.to[core]! && col.from[core]! <= col.to[m]!)) continue;
      // (s === s: a NaN sentence is no sentence, as sameSentence's === has it)
      if (c.members.some((m) => col.sentence[m] === col.sentence[m] && sentences.get(col.source[m]!)?.has(col.sentence[m]!))) continue;
      // a coarser group is never on the same day as a mention of c: mergeScore is the words' score
      let score = 0;
      for (const a of listsOf.get(c)!) for (const b of lists) score = Math.max(score, wordScore(a, b));
      if (score > bestScore) (best = c), (bestScore = score);
    }
    // a year or month stated as such ("since 1949") with no words in common joins the one
    // happening the set states to the day within it ("on April 4, 1949"), if there is only one
    if (!best && members.every((m) => !col.inferred[m])) best = onlyStatedWithin(clusters, members, col);
    if (best) {
      best.members.push(...members);
      for (const l of lists) listsOf.get(best)!.add(l);
    } else {
      const c = { members };
      clusters.push(c);
      listsOf.set(c, lists);
    }
  }
  return mergeConflicts(clusters, col);
}

/** The one finer cluster that lies within every member's interval, if it is a day stated in full. */
function onlyStatedWithin(clusters: readonly Shape[], members: readonly number[], col: Columns): Shape | undefined {
  let found: Shape | undefined;
  for (const c of clusters) {
    const core = c.members[0]!;
    if (col.rank[core]! >= col.rank[members[0]!]!) continue;
    if (!members.every((m) => col.from[m]! <= col.from[core]! && col.to[core]! <= col.to[m]!)) continue;
    // only a day stated in full: a stated month ("through March 2027") is as often another happening
    if (col.precision[core] !== 'day' || !c.members.every((m) => !col.inferred[m])) return undefined;
    if (found) return undefined;
    found = c;
  }
  return found;
}
