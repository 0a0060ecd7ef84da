// "The same happening": how alike two sentences' word lists are, and an index from each word to the
// set's expressions, so reference-date inference finds the expressions that tell a happening
// without comparing every expression with every other.
import type { DateExpression } from './expressions';
import type { SourceDates } from './sourceDates';

/** How alike two sorted, duplicate-free word lists are: shared words and the overlap coefficient. */
export function similarity(a: readonly string[], b: readonly string[]): { shared: number; score: number } {
  // both lists are sorted and unique (DateExpression.words): a merge walk, no allocation
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! === b[j]!) shared++, i++, j++;
    else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const min = Math.min(a.length, b.length);
  return { shared, score: min === 0 ? 0 : shared / min };
}

/** Two sentences that tell the same happening share several content words. */
export const sameHappening = (a: readonly string[], b: readonly string[]): number => {
  const s = similarity(a, b);
  return s.shared >= 3 && s.score >= 0.3 ? s.score : 0;
};

/** Expression ids and their scores, the highest score first, then in id order. */
export interface Hits {
  ids: Int32Array;
  scores: Float64Array;
}

/**
 * The expressions of the set that tell the same happening as a list of words, found through an
 * index from each word to the expressions whose sentence has it (built on first use, once per
 * set) instead of comparing with every expression. An expression is known by its place in the
 * inputs' expressions taken in order (its id), the order the all-pairs loops went in.
 */
export class Happenings {
  private index: Map<string, number[]> | undefined;
  /** Per id: the expression and the index of its input. */
  private expressions: DateExpression[] = [];
  private inputOf: number[] = [];
  /** Per distinct word list: its words, whether they are sorted and unique, the ids that have it (ascending). */
  private lists: (readonly string[])[] = [];
  private sortedSet: boolean[] = [];
  private idsOf: number[][] = [];
  private counts = new Int32Array(0);
  private readonly asked = new Map<readonly string[], Hits>();
  private readonly askedContent = new Map<string, Hits>();
  private rank: number[] | undefined;

  constructor(private readonly inputs: readonly SourceDates[]) {}

  expression(id: number): DateExpression {
    return this.expressions[id]!;
  }

  inputIndex(id: number): number {
    return this.inputOf[id]!;
  }

  /** The input the expression `id` belongs to. */
  input(id: number): SourceDates {
    return this.inputs[this.inputOf[id]!]!;
  }

  /** The place of the expression's input when the inputs are sorted by source id (stable). */
  idRank(id: number): number {
    if (!this.rank) {
      const byId = this.inputs.map((input, i) => ({ id: input.source.id, i })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      this.rank = new Array<number>(this.inputs.length);
      byId.forEach(({ i }, k) => (this.rank![i] = k));
    }
    return this.rank[this.inputOf[id]!]!;
  }

  /**
   * The ids of the expressions whose words tell the same happening as `words` (sameHappening > 0)
   * with that score, the highest score first, then in id order. The expressions of one sentence
   * share its word list, so each list (by content) is asked once.
   */
  of(words: readonly string[]): Hits {
    let hits = this.asked.get(words);
    if (hits) return hits;
    // the same words in another array (another sentence that reads the same, a copied input)
    const key = JSON.stringify(words);
    hits = this.askedContent.get(key);
    if (hits) {
      this.asked.set(words, hits);
      return hits;
    }
    const index = this.indexed();
    const counts = this.counts;
    // how many of the words each distinct list has: for two sorted, duplicate-free lists exactly
    // their similarity's `shared`, for any other lists never less
    const touched: number[] = [];
    for (const w of words) {
      for (const list of index.get(w) ?? []) if (counts[list]++ === 0) touched.push(list);
    }
    const exact = isSortedSet(words);
    // the lists that tell it, with their scores
    const lists: number[] = [];
    const listScores: number[] = [];
    let total = 0;
    for (const list of touched) {
      const shared = counts[list]!;
      counts[list] = 0;
      if (shared < 3) continue;
      const other = this.lists[list]!;
      let score: number;
      if (exact && this.sortedSet[list]) {
        // sameHappening, without walking the lists again
        score = shared / Math.min(words.length, other.length);
        if (score < 0.3) continue;
      } else if ((score = sameHappening(words, other)) === 0) continue;
      lists.push(list);
      listScores.push(score);
      total += this.idsOf[list]!.length;
    }
    // every expression whose words are a list scores as the list: the highest score first, then
    // in id order (each score's ids sorted together), in typed arrays (a newsroom asks for
    // millions of hits, issue 16)
    const order = lists.map((_, k) => k).sort((a, b) => listScores[b]! - listScores[a]!);
    const ids = new Int32Array(total);
    const scores = new Float64Array(total);
    let at = 0;
    for (let g = 0; g < order.length; ) {
      const score = listScores[order[g]!]!;
      const start = at;
      for (; g < order.length && listScores[order[g]!] === score; g++) for (const id of this.idsOf[lists[order[g]!]!]!) ids[at++] = id;
      ids.subarray(start, at).sort();
      scores.fill(score, start, at);
    }
    hits = { ids, scores };
    this.asked.set(words, hits);
    this.askedContent.set(key, hits);
    return hits;
  }

  private indexed(): Map<string, number[]> {
    if (this.index) return this.index;
    // the distinct word lists (by content: the expressions of a sentence share one, and copied
    // sentences read alike) are what is posted and counted; each knows its expressions
    const index = new Map<string, number[]>();
    const byArray = new Map<readonly string[], number>();
    const byContent = new Map<string, number>();
    this.inputs.forEach((input, i) => {
      for (const x of input.expressions) {
        const id = this.expressions.push(x) - 1;
        this.inputOf.push(i);
        let list = byArray.get(x.words);
        if (list === undefined) {
          const key = JSON.stringify(x.words);
          list = byContent.get(key);
          if (list === undefined) {
            byContent.set(key, (list = this.lists.push(x.words) - 1));
            this.sortedSet.push(isSortedSet(x.words));
            this.idsOf.push([]);
            for (const w of x.words) {
              const posting = index.get(w);
              if (!posting) index.set(w, [list]);
              // a word twice in one list is posted once: the count still bounds `shared` from above
              else if (posting[posting.length - 1] !== list) posting.push(list);
            }
          }
          byArray.set(x.words, list);
        }
        this.idsOf[list]!.push(id);
      }
    });
    this.counts = new Int32Array(this.lists.length);
    return (this.index = index);
  }
}

const isSortedSet = (words: readonly string[]): boolean => words.every((w, i) => i === 0 || words[i - 1]! < w);
