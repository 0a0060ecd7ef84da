// How much a shared content word says two figures state the same measure: rare words weigh more
// (log inverse document frequency over the sentences that hold figures). Alignment scores
// hundreds of thousands of pairs on large sets, so each context is turned once into a vector of
// word ids and weights, and the weighted Jaccard of two vectors is a walk over typed arrays.
// The sums are taken in the same order as the plain definition (a's words in order, then b's
// other words), so scores are bit-for-bit those of the straightforward set computation.
import type { Figure } from '../types';

/** Document frequencies of one source's figure sentences (each sentence counted once). */
export interface SentenceFrequencies {
  sentences: number;
  df: Map<string, number>;
}

/**
 * Counts, per distinct sentence holding a figure, the words of the first figure's context. A
 * source's figures give the same counts wherever the source sits in the set, so they can be
 * cached per source and summed.
 */
export function sentenceFrequencies(figures: readonly Figure[]): SentenceFrequencies {
  const seen = new Set<string>();
  const df = new Map<string, number>();
  for (const f of figures) {
    const key = `${f.source}#${f.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const w of f.context) df.set(w, (df.get(w) ?? 0) + 1);
  }
  return { sentences: seen.size, df };
}

/**
 * The sentence count the weights are taken against, rounded up to a power of two: rarity is
 * relative, and a fixed scale means that an edit adding or removing one figure sentence does not
 * reweigh every word of the set (which would make the aligner rescore every pair).
 */
export function weightScale(sentences: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(sentences, 1)));
}

/**
 * A word's frequency in octave steps (1, 2, 4, 8, ...; a count is read as the nearest power of
 * two): the weight reads the step, not the count, so one sentence more or less with a word
 * ("troops" in 300 sentences) almost never changes its weight, nor any score that uses it. Finer
 * steps (quarter octaves) gave the same claims on the seeds and fixture sets but moved a common
 * word's weight in about one edit in three of the 250-article bench, each such edit rescoring
 * every figure that holds the word.
 */
export function frequencyStep(df: number): number {
  return Math.round(Math.log2(Math.max(df, 1)));
}

/** A context as distinct word ids and their weights, in first-occurrence order. */
export interface ContextVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  /** The weights summed from 0 in order, as the plain union sum starts. */
  readonly sum: number;
  /** The context array was empty (similarity 0, as the plain definition says). */
  readonly empty: boolean;
}

export class ContextWeights {
  private readonly weightOf = new Map<string, number>();
  private readonly idOf = new Map<string, number>();
  private readonly vectors = new WeakMap<readonly string[], ContextVector>();
  // stamps: which ids the current pair's contexts hold, without clearing arrays between pairs
  private markA = new Int32Array(1024);
  private markB = new Int32Array(1024);
  private stamp = 0;

  constructor(
    private readonly df: ReadonlyMap<string, number>,
    private readonly total: number,
  ) {}

  static of(figures: readonly Figure[]): ContextWeights {
    const { sentences, df } = sentenceFrequencies(figures);
    return new ContextWeights(df, weightScale(sentences));
  }

  weight(word: string): number {
    let w = this.weightOf.get(word);
    if (w === undefined) this.weightOf.set(word, (w = Math.log(1 + this.total / 2 ** frequencyStep(this.df.get(word) ?? 1))));
    return w;
  }

  vectorOf(words: readonly string[]): ContextVector {
    let vector = this.vectors.get(words);
    if (vector) return vector;
    const distinct = [...new Set(words)];
    const ids = new Int32Array(distinct.length);
    const weights = new Float64Array(distinct.length);
    let sum = 0;
    distinct.forEach((word, k) => {
      let id = this.idOf.get(word);
      if (id === undefined) this.idOf.set(word, (id = this.idOf.size));
      ids[k] = id;
      weights[k] = this.weight(word);
      sum += weights[k]!;
    });
    if (this.idOf.size > this.markA.length) {
      const size = Math.max(this.idOf.size, this.markA.length * 2);
      this.markA = new Int32Array(size);
      this.markB = new Int32Array(size);
      this.stamp = 0;
    }
    vector = { ids, weights, sum, empty: words.length === 0 };
    this.vectors.set(words, vector);
    return vector;
  }

  /**
   * Drops what was derived from `words` after their frequencies changed in the (live) frequency
   * map: their weights, and the vectors of the given contexts that hold one of them.
   */
  forget(words: ReadonlySet<string>, contexts: readonly (readonly string[])[]): void {
    for (const w of words) this.weightOf.delete(w);
    for (const context of contexts) if (context.some((w) => words.has(w))) this.vectors.delete(context);
  }

  /** Weighted Jaccard of two context word sets. */
  similarity(a: readonly string[], b: readonly string[]): number {
    return this.vectorSimilarity(this.vectorOf(a), this.vectorOf(b));
  }

  vectorSimilarity(a: ContextVector, b: ContextVector): number {
    if (a.empty || b.empty) return 0;
    if (++this.stamp === 0x7fffffff) {
      this.markA.fill(0);
      this.markB.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const { markA, markB } = this;
    for (let k = 0; k < b.ids.length; k++) markB[b.ids[k]!] = stamp;
    let inter = 0;
    for (let k = 0; k < a.ids.length; k++) {
      markA[a.ids[k]!] = stamp;
      if (markB[a.ids[k]!] === stamp) inter += a.weights[k]!;
    }
    let union = a.sum;
    for (let k = 0; k < b.ids.length; k++) if (markA[b.ids[k]!] !== stamp) union += b.weights[k]!;
    return union > 0 ? inter / union : 0;
  }
}
