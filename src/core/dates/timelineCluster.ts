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
//
// Cost (issue 16): joining mentions is exact for windows of up to EXACT_WINDOW mentions and by
// neighbourhood past that (timelineSweep.ts); a coarser group finds its best finer cluster
// through an index of the clusters' word lists (ClusterLists), by all of its lists up to a size
// and by SAMPLED_LISTS of them past it. Every seed, fixture and eval set is within the exact
// sizes, and gives the same timeline with all limits at 0 (timelineSweep.test.ts).
import { Columns, PRECISION_RANK, wordScore, type Cluster, type Placed, type Shape } from './mentionColumns';
import { mergeConflicts } from './timelineConflicts';
import { EXACT_WINDOW, linkMentions } from './timelineSweep';

/** A group whose word lists times the clusters' lists are up to this many is matched exactly. */
export const EXACT_CROSS = 1 << 20;
/** How many of a larger group's lists it is matched by (spread evenly over them). */
export const SAMPLED_LISTS = 64;

/** Up to which sizes the clustering tries every pair (timelineSweep.ts) and every pair of word lists (bestScores). */
export interface ClusterLimits {
  readonly exactWindow: number;
  readonly exactCross: number;
  readonly sampledLists: number;
}

const DEFAULT_LIMITS: ClusterLimits = Object.freeze({ exactWindow: EXACT_WINDOW, exactCross: EXACT_CROSS, sampledLists: SAMPLED_LISTS });

/** Clusters mentions, keeping the clustering of its last set. */
export class MentionClusterer {
  private last: { columns: Columns; shapes: Shape[] } | undefined;

  /** `limits`: the sizes up to which the clustering is exact (tests lower them to try the bounded paths). */
  constructor(private readonly limits: ClusterLimits = DEFAULT_LIMITS) {}

  /**
   * The mentions as events: mentions of one precision join when any pair of them is the same
   * happening (single linkage, so the result does not depend on the order of the sources); a
   * coarser group ("in 2025", "last week") then joins the finer group it matches best, never
   * bridging two finer groups; then conflicting dates of one happening merge.
   */
  cluster(placed: readonly Placed[], sourceRank: (source: string) => number): Cluster[] {
    const { sorted, columns } = sortedColumns(placed, sourceRank);
    if (!this.last || !this.last.columns.alike(columns)) this.last = { columns, shapes: clusterSorted(columns, this.limits) };
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

function clusterSorted(col: Columns, limits: ClusterLimits): Shape[] {
  const find = linkMentions(col, limits.exactWindow);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < col.length; i++) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }

  const clusters: Shape[] = [];
  // the clusters' distinct word lists (the mentions of a sentence share one), found by word:
  // the best match below is the same over distinct lists as over all pairs of mentions
  const lists = new ClusterLists();
  // each cluster's sentences, as source -> sentence indexes (NaN, no sentence, left out)
  const sentencesOf = new Map<Shape, Map<string, Set<number>>>();
  for (const members of groups.values()) {
    // groups come finer first: attach this one to the best finer cluster it overlaps and matches
    const first = members[0]!;
    const sentences = sentenceSets(members, col);
    const own = new Set(members.map((p) => col.words[p]!));
    // every member overlaps a day iff the latest start is by its end and the earliest end after its start
    const { latestFrom, earliestTo } = spanOf(members, col);
    const eligible = new Set<Shape>();
    for (const c of clusters) {
      const core = c.members[0]!;
      if (col.rank[core]! >= col.rank[first]!) continue;
      if (!(latestFrom <= col.to[core]! && col.from[core]! <= earliestTo)) continue;
      if (!shareSentence(sentencesOf.get(c)!, sentences)) eligible.add(c);
    }
    // a coarser group is never on the same day as a mention of c: mergeScore is the words' score;
    // the best is the first cluster (in order) with the highest score
    let best: Shape | undefined;
    let bestScore = 0;
    if (eligible.size > 0) {
      const scores = lists.bestScores(own, eligible, limits);
      for (const c of clusters) {
        const score = scores.get(c) ?? 0;
        if (score > bestScore) (best = c), (bestScore = score);
      }
    }
    // a year or month stated as such ("since 1949") with no words in common joins the one
    // happening the set states to the day within it ("on April 4, 1949"), if there is only one
    if (!best && members.every((m) => !col.inferred[m])) best = onlyStatedWithin(clusters, members, col, latestFrom, earliestTo);
    if (best) {
      best.members.push(...members);
      lists.add(best, own);
      const into = sentencesOf.get(best)!;
      for (const [source, set] of sentences) {
        const known = into.get(source);
        if (known) for (const x of set) known.add(x);
        else into.set(source, new Set(set));
      }
    } else {
      const c = { members };
      clusters.push(c);
      lists.add(c, own);
      sentencesOf.set(c, sentences);
    }
  }
  return mergeConflicts(clusters, col);
}

/**
 * The distinct word lists of the clusters, indexed by word, so that a group's best match is found
 * through the lists that share a word with its own instead of comparing every pair of lists.
 */
class ClusterLists {
  private readonly ids = new Map<readonly string[], number>();
  private readonly lists: (readonly string[])[] = [];
  /** Per list id: the clusters that have it. */
  private readonly clustersOf: Shape[][] = [];
  private readonly byWord = new Map<string, number[]>();
  private counts = new Int32Array(64);

  add(cluster: Shape, lists: Iterable<readonly string[]>): void {
    for (const list of lists) {
      let id = this.ids.get(list);
      if (id === undefined) {
        this.ids.set(list, (id = this.lists.push(list) - 1));
        this.clustersOf.push([]);
        for (const w of list) {
          const posting = this.byWord.get(w);
          // a word twice in one list is posted once: the count still bounds `shared` from above
          if (!posting) this.byWord.set(w, [id]);
          else if (posting[posting.length - 1] !== id) posting.push(id);
        }
      }
      const clusters = this.clustersOf[id]!;
      if (!clusters.includes(cluster)) clusters.push(cluster);
    }
  }

  /**
   * For each of `eligible` that scores, the highest wordScore between one of its lists and one of
   * `own`. Exact while `own` has up to SAMPLED_LISTS lists or the lists met are few (own × known
   * up to EXACT_CROSS); past that (a newsroom's year mentioned in a thousand sentences) only
   * SAMPLED_LISTS of own's lists, spread evenly over them, are looked up, so that a group costs
   * O(n) and not O(n²).
   */
  bestScores(own: ReadonlySet<readonly string[]>, eligible: ReadonlySet<Shape>, limits: ClusterLimits): Map<Shape, number> {
    if (this.counts.length < this.lists.length) this.counts = new Int32Array(this.lists.length * 2);
    const counts = this.counts;
    const scores = new Map<Shape, number>();
    for (const b of sampled(own, this.lists.length, limits)) {
      // how many of b's words each list has: never less than their similarity's `shared`
      const touched: number[] = [];
      for (const w of b) for (const id of this.byWord.get(w) ?? []) if (counts[id]++ === 0) touched.push(id);
      for (const id of touched) {
        const shared = counts[id]!;
        counts[id] = 0;
        // wordScore needs two shared words
        if (shared < 2) continue;
        const clusters = this.clustersOf[id]!.filter((c) => eligible.has(c));
        if (clusters.length === 0) continue;
        const score = wordScore(this.lists[id]!, b);
        if (score === 0) continue;
        for (const c of clusters) if (score > (scores.get(c) ?? 0)) scores.set(c, score);
      }
    }
    return scores;
  }
}

/** The lists a group is matched by: all of them, or SAMPLED_LISTS spread over them (see bestScores). */
function sampled(own: ReadonlySet<readonly string[]>, known: number, { exactCross, sampledLists }: ClusterLimits): Iterable<readonly string[]> {
  if (own.size <= sampledLists || own.size * known <= exactCross) return own;
  const all = [...own];
  return Array.from({ length: sampledLists }, (_, k) => all[Math.floor((k * all.length) / sampledLists)]!);
}

/** The one finer cluster that lies within every member's interval, if it is a day stated in full. */
function onlyStatedWithin(clusters: readonly Shape[], members: readonly number[], col: Columns, latestFrom: number, earliestTo: number): Shape | undefined {
  let found: Shape | undefined;
  for (const c of clusters) {
    const core = c.members[0]!;
    if (col.rank[core]! >= col.rank[members[0]!]!) continue;
    // every member's interval holds the core's
    if (!(latestFrom <= col.from[core]! && col.to[core]! <= earliestTo)) continue;
    // only a day stated in full: a stated month ("through March 2027") is as often another happening
    if (col.precision[core] !== 'day' || !c.members.every((m) => !col.inferred[m])) return undefined;
    if (found) return undefined;
    found = c;
  }
  return found;
}

/** The latest start and the earliest end of the members' intervals. */
function spanOf(members: readonly number[], col: Columns): { latestFrom: number; earliestTo: number } {
  let latestFrom = -Infinity;
  let earliestTo = Infinity;
  for (const m of members) {
    latestFrom = Math.max(latestFrom, col.from[m]!);
    earliestTo = Math.min(earliestTo, col.to[m]!);
  }
  return { latestFrom, earliestTo };
}

/** The members' sentences, as source -> sentence indexes; a NaN sentence is no sentence (as sameSentence's === has it). */
function sentenceSets(members: readonly number[], col: Columns): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const m of members) {
    const sentence = col.sentence[m]!;
    if (sentence !== sentence) continue;
    const set = out.get(col.source[m]!);
    if (set) set.add(sentence);
    else out.set(col.source[m]!, new Set([sentence]));
  }
  return out;
}

/** Whether two groups have a sentence in common (the smaller one looked up in the other). */
function shareSentence(a: ReadonlyMap<string, ReadonlySet<number>>, b: ReadonlyMap<string, ReadonlySet<number>>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [source, set] of small) {
    const other = large.get(source);
    if (!other) continue;
    const [x, y] = set.size <= other.size ? [set, other] : [other, set];
    for (const s of x) if (y.has(s)) return true;
  }
  return false;
}
