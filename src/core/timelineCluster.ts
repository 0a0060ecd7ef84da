// Merging resolved date mentions into events, for timeline.ts: mentions of one precision that
// tell the same happening join (single linkage), a coarser group joins the finer one it matches
// best, and groups that are one happening on disjoint dates merge with a date conflict.
//
// Caching: the clustering of the last set is kept as places in its sorted mentions, with what it
// read of each (precision, date interval, source, sentence index, whether it is a "today"-like
// relative day, words). Re-analysis after an edit that leaves those alike (only spans moved)
// reuses it; anything else reclusters. The clustering reads those fields from arrays rather than
// from the mentions (whose objects come in many shapes), and finds the pairs it compares through
// sorting by date and indexes of words instead of comparing every pair.
import type { DateExpression } from './dates';
import type { Resolved } from './dateResolve';
import { similarity } from './referenceDate';
import type { DatePrecision } from './types';

/**
 * A resolved expression as the timeline reads it, in one object shape: expressions and their
 * resolutions come in many shapes, and reading those in the loops over every mention is slow.
 */
export interface Dated {
  source: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
  relativeDay: boolean;
  role: string;
  label: string;
  words: readonly string[];
  /** The text of the expression's sentence. */
  sentenceText: string;
  date: string;
  endDate: string | undefined;
  precision: DatePrecision;
  from: number;
  to: number;
  inferred: boolean;
  resolution: string;
}

export function datedOf(e: DateExpression, r: Resolved, sentenceText: string): Dated {
  return {
    source: e.source,
    start: e.span.start,
    end: e.span.end,
    text: e.text,
    sentence: e.sentence,
    relativeDay: e.kind === 'relativeDay',
    role: e.role ?? '',
    label: e.label,
    words: e.words,
    sentenceText,
    date: r.date,
    endDate: r.endDate,
    precision: r.precision,
    from: r.from,
    to: r.to,
    inferred: r.inferred,
    resolution: r.resolution,
  };
}

/** A resolved expression of this call's set: its source's place among the inputs. */
export interface Placed {
  d: Dated;
  sourceIndex: number;
}

export interface Cluster {
  members: Placed[];
  conflict?: Placed[][];
}

export const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3, decade: 4 };

/** A cluster as places in the sorted mentions. */
interface Shape {
  members: number[];
  conflict?: number[][];
}

/** What the clustering reads of each sorted mention. */
class Columns {
  readonly precision: DatePrecision[] = [];
  readonly rank: number[] = [];
  readonly from: number[] = [];
  readonly to: number[] = [];
  readonly source: string[] = [];
  readonly sentence: number[] = [];
  readonly relativeDay: boolean[] = [];
  readonly words: (readonly string[])[] = [];

  constructor(sorted: readonly Placed[]) {
    for (const { d } of sorted) {
      this.precision.push(d.precision);
      this.rank.push(PRECISION_RANK[d.precision]);
      this.from.push(d.from);
      this.to.push(d.to);
      this.source.push(d.source);
      this.sentence.push(d.sentence);
      this.relativeDay.push(d.relativeDay);
      this.words.push(d.words);
    }
  }

  get length(): number {
    return this.from.length;
  }

  /** Every field alike (word lists by content), so the clustering of one is that of the other. */
  alike(o: Columns): boolean {
    const same = <T>(a: readonly T[], b: readonly T[]) => a.every((x, i) => x === b[i]);
    return (
      this.length === o.length &&
      same(this.precision, o.precision) &&
      same(this.from, o.from) &&
      same(this.to, o.to) &&
      same(this.source, o.source) &&
      same(this.sentence, o.sentence) &&
      same(this.relativeDay, o.relativeDay) &&
      this.words.every((w, i) => w === o.words[i] || (w.length === o.words[i]!.length && w.every((x, k) => x === o.words[i]![k])))
    );
  }

  sameSentence(i: number, j: number): boolean {
    return this.source[i] === this.source[j] && this.sentence[i] === this.sentence[j];
  }

  /** Same day: the happening of that day in a news set; wider periods need more shared words. */
  mergeScore(i: number, j: number): number {
    const sameDay = this.precision[i] === 'day' && this.precision[j] === 'day' && this.from[i] === this.from[j];
    if (sameDay) {
      // every "today" of one report is its news day
      if (this.source[i] === this.source[j] && this.relativeDay[i] && this.relativeDay[j]) return 0.12;
      const { shared, score } = similarity(this.words[i]!, this.words[j]!);
      return shared >= 2 && score >= 0.12 ? score : 0;
    }
    return wordScore(this.words[i]!, this.words[j]!);
  }
}

/** mergeScore of two mentions not on the same day. */
function wordScore(a: readonly string[], b: readonly string[]): number {
  const { shared, score } = similarity(a, b);
  return (shared >= 3 && score >= 0.25) || (shared >= 2 && score >= 0.5) ? score : 0;
}

let last: { columns: Columns; shapes: Shape[] } | undefined;

/**
 * The mentions as events: mentions of one precision join when any pair of them is the same
 * happening (single linkage, so the result does not depend on the order of the sources); a
 * coarser group ("in 2025", "last week") then joins the finer group it matches best, never
 * bridging two finer groups; then conflicting dates of one happening merge.
 */
export function clusterMentions(placed: readonly Placed[], sourceRank: (source: string) => number): Cluster[] {
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

  const columns = new Columns(sorted);
  if (!last || !last.columns.alike(columns)) last = { columns, shapes: clusterSorted(columns) };
  const at = (i: number) => sorted[i]!;
  return last.shapes.map((s) => ({ members: s.members.map(at), ...(s.conflict ? { conflict: s.conflict.map((g) => g.map(at)) } : {}) }));
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

/**
 * Events that no source tells twice, on disjoint dates, with strongly similar words, are one
 * happening the sources date differently: merged, the majority date kept, the conflict recorded.
 */
function mergeConflicts(clusters: Shape[], col: Columns): Shape[] {
  const strong = new StrongPairs(col.words);
  const words = new Map<Shape, string[]>();
  const wordsOf = (c: Shape) => {
    let w = words.get(c);
    if (!w) words.set(c, (w = [...new Set(c.members.flatMap((m) => col.words[m]!))].sort()));
    return w;
  };
  const sources = new Map<Shape, Set<string>>();
  const sourcesOf = (c: Shape) => {
    let s = sources.get(c);
    if (!s) sources.set(c, (s = new Set(c.members.map((m) => col.source[m]!))));
    return s;
  };
  const out = [...clusters];
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const a = out[i]!;
      const b = out[j]!;
      const [ca, cb] = [a.members[0]!, b.members[0]!];
      // the cheap tests first (all must hold)
      if (!(col.to[ca]! < col.from[cb]! || col.to[cb]! < col.from[ca]!)) continue;
      if (col.precision[ca] === 'decade' || col.precision[cb] === 'decade') continue;
      const [sa, sb] = [sourcesOf(a), sourcesOf(b)];
      if (intersects(sa, sb)) continue;
      if (similarity(wordsOf(a), wordsOf(b)).shared < 4) continue;
      if (!strong.between(a.members, b.members)) continue;
      // the side more sources tell (then the more precise one) gives the event its date
      const [keep, other] = sb.size > sa.size ? [b, a] : [a, b];
      const merged: Shape = { members: [...keep.members, ...other.members], conflict: [...(keep.conflict ?? [keep.members]), ...(other.conflict ?? [other.members])] };
      // the merged cluster's words and sources from the two sides' (a sorted Set of both)
      words.set(merged, unionSorted(wordsOf(keep), wordsOf(other)));
      sources.set(merged, new Set([...sourcesOf(keep), ...sourcesOf(other)]));
      out[i] = merged;
      out.splice(j, 1);
      j = i;
    }
  }
  return out;
}

function intersects<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

/** Two sorted, duplicate-free lists as one: what sorting the Set of both would give. */
function unionSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) out.push(a[i++]!), j++;
    else if (a[i]! < b[j]!) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * Whether some mention of one group and some of another share four words and half of the
 * shorter list. Asked of big clusters many times, so instead of comparing every pair of mentions:
 * the distinct word lists get ids (the mentions of a sentence share one list), each list's
 * strongly alike lists are found once through an index from words to lists, and a pair of
 * groups is a lookup of one's lists among the other's neighbours.
 */
class StrongPairs {
  private readonly lists: (readonly string[])[] = [];
  /** The list id of each mention. */
  private readonly listOf: number[] = [];
  private readonly neighbours: (number[] | undefined)[] = [];
  private readonly sorted: boolean[] = [];
  private index: Map<string, number[]> | undefined;
  private counts = new Int32Array(0);
  private marks = new Uint8Array(0);

  /** `words`: each mention's list; the ids and the index are made when first asked. */
  constructor(private readonly words: readonly (readonly string[])[]) {}

  between(a: readonly number[], b: readonly number[]): boolean {
    const index = this.indexed();
    let [la, lb] = [this.listsOf(a), this.listsOf(b)];
    if (la.length > lb.length) [la, lb] = [lb, la];
    const marks = this.marks;
    for (const id of lb) marks[id] = 1;
    let found = false;
    for (let k = 0; k < la.length && !found; k++) for (const n of this.neighboursOf(la[k]!, index)) if (marks[n]) found = true;
    for (const id of lb) marks[id] = 0;
    return found;
  }

  private listsOf(members: readonly number[]): number[] {
    return [...new Set(members.map((m) => this.listOf[m]!))];
  }

  /** The lists (itself included) that share four words and half of the shorter list with list `id`. */
  private neighboursOf(id: number, index: Map<string, number[]>): number[] {
    const known = this.neighbours[id];
    if (known) return known;
    const counts = this.counts;
    const words = this.lists[id]!;
    // how many of the words each list has: exactly `shared` for sorted, duplicate-free lists,
    // never less for any others
    const touched: number[] = [];
    for (const w of words) for (const n of index.get(w) ?? []) if (counts[n]++ === 0) touched.push(n);
    const out: number[] = [];
    for (const n of touched) {
      const shared = counts[n]!;
      counts[n] = 0;
      if (shared < 4) continue;
      const other = this.lists[n]!;
      const s = this.sorted[id] && this.sorted[n] ? { shared, score: shared / Math.min(words.length, other.length) } : similarity(words, other);
      if (s.shared >= 4 && s.score >= 0.5) out.push(n);
    }
    return (this.neighbours[id] = out);
  }

  private indexed(): Map<string, number[]> {
    if (this.index) return this.index;
    const byArray = new Map<readonly string[], number>();
    const byContent = new Map<string, number>();
    for (const w of this.words) {
      let id = byArray.get(w);
      if (id === undefined) {
        const key = JSON.stringify(w);
        id = byContent.get(key);
        if (id === undefined) {
          byContent.set(key, (id = this.lists.push(w) - 1));
          this.sorted.push(w.every((x, i) => i === 0 || w[i - 1]! < x));
        }
        byArray.set(w, id);
      }
      this.listOf.push(id);
    }
    const index = new Map<string, number[]>();
    this.lists.forEach((words, id) => {
      for (const w of words) {
        const list = index.get(w);
        if (!list) index.set(w, [id]);
        // a word twice in one list is posted once: the count still bounds `shared` from above
        else if (list[list.length - 1] !== id) list.push(id);
      }
    });
    this.counts = new Int32Array(this.lists.length);
    this.marks = new Uint8Array(this.lists.length);
    return (this.index = index);
  }
}
