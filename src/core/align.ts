// Figure[] of all sources -> groups that state the same measure. Two figures can be the same
// claim only if their kinds match, what they count maps to the same concept, their magnitudes
// are within a factor of ten, and (for a rate) they are per the same period; among those, the
// sentence's content words (weighted by rarity) and the value's closeness rank the candidates.
// Groups are built greedily from the best pairs, never with two figures from one source.
import type { Figure } from './types';
import { isGenericConcept } from './lexicon';

/** Minimum pair score to link two figures. */
const LINK_THRESHOLD = 0.42;
/** A merged group's average pair score must stay above this, so chains of weak links do not form. */
const GROUP_THRESHOLD = 0.36;
/** Figures more than this factor apart are never the same measure. */
const MAX_RATIO = 10;

export type AlignedGroup = Figure[];

function sameKind(a: Figure, b: Figure): boolean {
  if (a.unit.kind !== b.unit.kind) return false;
  if (a.unit.kind === 'other' || a.unit.kind === 'temperature') return a.unit.name === b.unit.name;
  if (a.unit.kind === 'money' && a.canonical.unit !== b.canonical.unit) return false; // unknown currency
  if (a.unit.kind === 'duration' && (a.per === 'ago') !== (b.per === 'ago')) return false;
  return true;
}

function magnitudeOk(a: Figure, b: Figure): boolean {
  const x = Math.abs(a.canonical.value);
  const y = Math.abs(b.canonical.value);
  if (x === 0 || y === 0) return x === y;
  return Math.max(x, y) / Math.min(x, y) <= MAX_RATIO;
}

/**
 * How much what the two figures count or measure says they are the same. For counts the noun is
 * decisive (troops are not ships); for amounts, shares and measures it is a hint only, since
 * "the deal, worth $4.2bn" and "valuing the maker at $4.2 billion" name the same amount.
 */
function conceptScore(a: Figure, b: Figure): number {
  const count = a.unit.kind === 'count';
  if (a.concept && b.concept) {
    if (a.concept !== b.concept) return count ? 0 : 0.25;
    return isGenericConcept(a.concept) ? 0.6 : 1;
  }
  if (!a.concept && !b.concept) return 0.5;
  return count ? 0 : 0.35;
}

export class ContextWeights {
  private readonly df = new Map<string, number>();
  private readonly total: number;

  constructor(figures: readonly Figure[]) {
    // Document frequency over distinct sentences, so a repeated sentence does not dilute a word.
    const seen = new Set<string>();
    let sentences = 0;
    for (const f of figures) {
      const key = `${f.source}#${f.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sentences++;
      for (const w of f.context) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    }
    this.total = Math.max(sentences, 1);
  }

  /** Memoised per word (the same value every time), since large sets score many pairs. */
  private readonly weights = new Map<string, number>();
  /** Each context's distinct words, built once per context array. */
  private readonly sets = new WeakMap<readonly string[], Set<string>>();

  weight(word: string): number {
    let w = this.weights.get(word);
    if (w === undefined) this.weights.set(word, (w = Math.log(1 + this.total / (this.df.get(word) ?? 1))));
    return w;
  }

  private setOf(words: readonly string[]): Set<string> {
    let set = this.sets.get(words);
    if (!set) this.sets.set(words, (set = new Set(words)));
    return set;
  }

  /** Weighted Jaccard of two context word sets (summed in a fixed order: a's words, then b's others). */
  similarity(a: readonly string[], b: readonly string[]): number {
    if (a.length === 0 || b.length === 0) return 0;
    const setA = this.setOf(a);
    const setB = this.setOf(b);
    let inter = 0;
    let union = 0;
    for (const w of setA) {
      const weight = this.weight(w);
      union += weight;
      if (setB.has(w)) inter += weight;
    }
    for (const w of setB) if (!setA.has(w)) union += this.weight(w);
    return union > 0 ? inter / union : 0;
  }
}

function closeness(a: Figure, b: Figure): number {
  const x = Math.abs(a.canonical.value);
  const y = Math.abs(b.canonical.value);
  if (x === y) return 1;
  return Math.min(x, y) / Math.max(x, y);
}

/** How likely two figures from different sources state the same measure, 0..1; 0 when impossible. */
export function pairScore(a: Figure, b: Figure, weights: ContextWeights): number {
  if (a.source === b.source || !sameKind(a, b) || !magnitudeOk(a, b)) return 0;
  const concept = conceptScore(a, b);
  if (concept === 0) return 0;
  if ((a.per ?? '') !== (b.per ?? '') && a.unit.kind !== 'money') return 0;
  const perPenalty = (a.per ?? '') !== (b.per ?? '') ? 0.1 : 0;
  const context = weights.similarity(a.context, b.context);
  const counted = a.head && a.head === b.head ? 0.1 : 0;
  return Math.min(1, 0.45 * concept + 0.45 * Math.sqrt(context) + 0.1 * closeness(a, b) + counted - perPenalty);
}

/**
 * Folds a source's repeated statements of one figure (headline and body, summary and detail) into
 * the first, so each source has one figure per measure. Same kind, unit, concept, rate,
 * qualifier and value; returns new objects, the input is not changed.
 */
export function foldRepeats(figures: readonly Figure[]): Figure[] {
  const kept = new Map<string, Figure>();
  const out: Figure[] = [];
  for (const f of figures) {
    // A count's noun tells two figures apart ("two ministers", "two countries"); for amounts,
    // shares and measures a source stating the same value twice means the same thing.
    const what = f.unit.kind === 'count' ? f.concept : '';
    const key = [f.source, f.unit.kind, f.unit.name, f.per ?? '', f.canonical.value, what].join('|');
    const first = kept.get(key);
    if (first) {
      first.repeats = [...(first.repeats ?? []), { span: f.span, text: f.text }];
      // A headline has few words; the body's sentence says more about what the figure measures.
      first.context = [...new Set([...first.context, ...f.context])];
      if (!first.counted && f.counted) first.counted = f.counted;
      continue;
    }
    const copy = { ...f, repeats: undefined };
    kept.set(key, copy);
    out.push(copy);
  }
  return out;
}

/**
 * Groups figures that state the same measure. Returns multi-source groups and leaves every other
 * figure in a group of its own, in a stable order (by source order, then offset).
 */
export function alignFigures(figures: readonly Figure[], sourceOrder: readonly string[]): AlignedGroup[] {
  const weights = new ContextWeights(figures);
  const order = new Map(sourceOrder.map((id, i) => [id, i]));
  const sorted = [...figures].sort((a, b) => (order.get(a.source)! - order.get(b.source)!) || a.span.start - b.span.start);
  const pairs: { i: number; j: number; score: number }[] = [];
  // pair (i, j), i < j, keyed i * n + j
  const n = sorted.length;
  const scores = new Map<number, number>();
  for (const [i, j] of candidatePairs(sorted)) {
    const score = pairScore(sorted[i]!, sorted[j]!, weights);
    if (score <= 0) continue;
    scores.set(i * n + j, score);
    if (score >= LINK_THRESHOLD) pairs.push({ i, j, score });
  }
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const groupOf = sorted.map((_, i) => i);
  const members = new Map<number, number[]>(sorted.map((_, i) => [i, [i]]));
  // each group's sources, kept as groups merge (a group never holds two figures of one source)
  const sourcesOf = new Map<number, Set<string>>(sorted.map((f, i) => [i, new Set([f.source])]));
  const scoreOf = (i: number, j: number) => scores.get(i < j ? i * n + j : j * n + i) ?? 0;
  for (const { i, j } of pairs) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const a = members.get(gi)!;
    const b = members.get(gj)!;
    const sourcesA = sourcesOf.get(gi)!;
    const sourcesB = sourcesOf.get(gj)!;
    const [small, large] = sourcesA.size <= sourcesB.size ? [sourcesA, sourcesB] : [sourcesB, sourcesA];
    if ([...small].some((source) => large.has(source))) continue;
    let sum = 0;
    for (const x of a) for (const y of b) sum += scoreOf(x, y);
    if (sum / (a.length * b.length) < GROUP_THRESHOLD) continue;
    const merged = [...a, ...b];
    members.set(gi, merged);
    members.delete(gj);
    for (const source of sourcesB) sourcesA.add(source);
    sourcesOf.delete(gj);
    for (const k of b) groupOf[k] = gi;
  }
  return [...members.values()]
    .map((group) => group.sort((x, y) => x - y).map((k) => sorted[k]!))
    .sort((g, h) => figuresOrder(g[0]!, h[0]!, order));
}

/**
 * Every pair (i < j) that `pairScore` could score above 0, without visiting the others, so large
 * sets stay near-linear. A pair can score only if the kinds match and the per-period agrees
 * (`sameKind` and the `per` test are equalities, so they make a block key); counts only with the
 * same concept, none counting as one (`conceptScore` gives 0 otherwise); and only within MAX_RATIO
 * of each other (`magnitudeOk`: each block is sorted by magnitude and scanned in a window a little
 * wider than the ratio). `pairScore` still decides every visited pair, so the groups are exactly
 * those of scoring all pairs. If `conceptScore` ever scores counts of different concepts, drop
 * the concept from the key.
 */
function* candidatePairs(sorted: readonly Figure[]): Generator<[number, number]> {
  const blocks = new Map<string, number[]>();
  sorted.forEach((f, i) => {
    const kind = f.unit.kind;
    const key = [
      kind,
      kind === 'other' || kind === 'temperature' ? f.unit.name : '',
      kind === 'money' ? f.canonical.unit : (f.per ?? ''),
      kind === 'count' ? f.concept || '' : '',
    ].join('\u0000');
    let members = blocks.get(key);
    if (!members) blocks.set(key, (members = []));
    members.push(i);
  });
  const magnitude = (i: number) => Math.abs(sorted[i]!.canonical.value);
  for (const members of blocks.values()) yield* windowPairs(members, magnitude);
}

/** Slack on the magnitude window, so rounding never hides a pair `magnitudeOk` accepts. */
const WINDOW = MAX_RATIO * (1 + 1e-9);

/** Pairs of `members` within the magnitude window; zeros pair with zeros, a non-finite magnitude with everything. */
function* windowPairs(members: readonly number[], magnitude: (i: number) => number): Generator<[number, number]> {
  const finite = members.filter((i) => Number.isFinite(magnitude(i))).sort((x, y) => magnitude(x) - magnitude(y) || x - y);
  const wild = members.filter((i) => !Number.isFinite(magnitude(i)));
  const ordered = (i: number, j: number): [number, number] => (i < j ? [i, j] : [j, i]);
  for (let x = 0; x < finite.length; x++) {
    const m = magnitude(finite[x]!);
    for (let y = x + 1; y < finite.length; y++) {
      const n = magnitude(finite[y]!);
      if (m === 0 ? n !== 0 : n > m * WINDOW) break;
      yield ordered(finite[x]!, finite[y]!);
    }
  }
  for (let x = 0; x < wild.length; x++) {
    for (const j of finite) yield ordered(wild[x]!, j);
    for (let y = x + 1; y < wild.length; y++) yield ordered(wild[x]!, wild[y]!);
  }
}

function figuresOrder(a: Figure, b: Figure, order: Map<string, number>): number {
  return (order.get(a.source)! - order.get(b.source)!) || a.span.start - b.span.start;
}
