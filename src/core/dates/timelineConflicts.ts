// Merging events that are one happening dated differently (the last step of clustering), with
// the index of strongly alike word lists it needs: kept apart from timelineCluster.ts, which
// groups mentions into events and keeps the memo of the last set's clustering.
import { similarity } from './happenings';
import { isYearlessDay } from './resolve';
import { differentKinds } from './eventNouns';
import type { Columns, Shape } from './mentionColumns';

/**
 * Events that no source tells twice, on disjoint dates, with strongly similar words, are one
 * happening the sources date differently: merged, the majority date kept, the conflict recorded.
 */
export function mergeConflicts(clusters: Shape[], col: Columns): Shape[] {
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
  // each cluster's verbs that say what happened (see below), made once
  const verbs = new Map<Shape, Set<string>>();
  const verbsOf = (c: Shape) => {
    let v = verbs.get(c);
    if (!v) verbs.set(c, (v = new Set(c.members.map((m) => col.verb[m]!).filter((x) => !LIGHT_VERB.has(x)))));
    return v;
  };
  // each cluster's kinds of happening, by the event nouns of its labels (eventNouns.ts)
  const kinds = new Map<Shape, Set<number>>();
  const kindsOf = (c: Shape) => {
    let k = kinds.get(c);
    if (!k) kinds.set(c, (k = new Set(c.members.flatMap((m) => col.kinds[m]!))));
    return k;
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
      // a day whose year is unknown may be any year's: never in conflict with a dated one
      if (isYearlessDay(col.from[ca]!) !== isYearlessDay(col.from[cb]!)) continue;
      const [sa, sb] = [sourcesOf(a), sourcesOf(b)];
      if (intersects(sa, sb)) continue;
      if (!intersects(verbsOf(a), verbsOf(b))) continue;
      // a fire in 2018 and a tsunami in 1960 are two happenings, however alike their sentences
      if (differentKinds(kindsOf(a), kindsOf(b))) continue;
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

/*
 * One happening on two days needs the same verb on both sides ("went to the polls"): two
 * statements ("said Thursday" / "said Sunday") or a state of things ("as of Monday") on different
 * days are different happenings, however alike their words. Each cluster's verbs, light ones
 * left out, are made once (verbsOf above) and two clusters' sets intersected.
 */
// verbs that say little of what happened ("became the last country" / "became members"); "be" and
// "have" also as the parser may give them ("were still raging" has the verb "is")
export const LIGHT_VERB = new Set(['', 'be', 'is', 'are', 'was', 'were', 'become', 'have', 'has', 'had', 'do', 'get', 'remain']);

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

  /** A group's distinct list ids, kept per members array (a merged group has a new one). */
  private readonly listIds = new WeakMap<readonly number[], number[]>();

  private listsOf(members: readonly number[]): number[] {
    let ids = this.listIds.get(members);
    if (!ids) this.listIds.set(members, (ids = [...new Set(members.map((m) => this.listOf[m]!))]));
    return ids;
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
