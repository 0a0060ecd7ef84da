// Which pairs of one block are scored. A block of up to EXACT_LIMIT figures scores every pair
// within the magnitude window (the groups are those of scoring all pairs). A larger block (a
// newsroom's thousands of percentages, which may all pair with each other) scores each figure
// against its nearest neighbours in a few sort orders only (a "sorted neighbourhood"), so the
// pairs grow as O(n·k) and the sorting as O(n log n) instead of n²:
//   - the figures of the block in order of magnitude (value closeness),
//   - those with the same concept, then the same counted noun (what is measured),
//   - those sharing one of the figure's rarest context words (the sentence's content words),
// each scanned for the next NEIGHBOURS figures of other sources (at most PER_SOURCE of each)
// within the magnitude window.
// Every pair still goes through `pairScore`; only which pairs are tried is bounded.
import type { Figure } from '../types';
import type { ContextVector } from './contextWeights';
import { MAX_RATIO } from './score';

/** Blocks of up to this many figures score every pair in the magnitude window (at most about 2 M pairs). */
export const EXACT_LIMIT = 512;
/** In a larger block, how many places ahead in each sort order a figure is paired. */
export const NEIGHBOURS = 32;
/** How many of a figure's context words (the rarest first) key a sort order of their own. */
export const KEY_WORDS = 4;
/** In one sort order, a figure meets at most this many figures of any one other source. */
export const PER_SOURCE = 4;
/** Places (or runs of one source) a figure's scan of one sort order looks at, at most. */
const SCAN_LIMIT = 8 * NEIGHBOURS;
/** Sort orders one figure takes part in: magnitude, concept, counted noun and its key words. */
export const KEYS_PER_FIGURE = 3 + KEY_WORDS;

/** Slack on the magnitude window, so rounding never hides a pair `magnitudeOk` accepts. */
const WINDOW = MAX_RATIO * (1 + 1e-9);

/** Calls `visit(i, j)`, i < j, once for each pair of the block that is worth scoring. */
export function forCandidatePairs(
  members: readonly Figure[],
  vectors: readonly ContextVector[],
  visit: (i: number, j: number) => void,
  limit = EXACT_LIMIT,
): void {
  const magnitude = members.map((f) => Math.abs(f.canonical.value));
  if (members.length <= limit) forWindowPairs(magnitude, visit);
  else forNeighbourPairs(members, vectors, magnitude, visit);
}

/** A large block is scored by neighbours (forNeighbourPairs) rather than all pairs. */
export const isLargeBlock = (size: number, limit = EXACT_LIMIT) => size > limit;

/**
 * Every pair within the magnitude window (each side sorted by magnitude and scanned a little
 * wider than MAX_RATIO); zeros pair with zeros, a non-finite magnitude with everything.
 * `pairScore` still decides every visited pair, so the groups are those of scoring all pairs.
 */
function forWindowPairs(magnitude: readonly number[], visit: (i: number, j: number) => void): void {
  const indices = magnitude.map((_, i) => i);
  const finite = indices.filter((i) => Number.isFinite(magnitude[i]!)).sort((x, y) => magnitude[x]! - magnitude[y]! || x - y);
  const wild = indices.filter((i) => !Number.isFinite(magnitude[i]!));
  const ordered = (i: number, j: number) => (i < j ? visit(i, j) : visit(j, i));
  for (let x = 0; x < finite.length; x++) {
    const mx = magnitude[finite[x]!]!;
    for (let y = x + 1; y < finite.length; y++) {
      const my = magnitude[finite[y]!]!;
      if (mx === 0 ? my !== 0 : my > mx * WINDOW) break;
      ordered(finite[x]!, finite[y]!);
    }
  }
  for (let x = 0; x < wild.length; x++) {
    for (const j of finite) ordered(wild[x]!, j);
    for (let y = x + 1; y < wild.length; y++) ordered(wild[x]!, wild[y]!);
  }
}

/** The positions of a vector's KEY_WORDS heaviest (rarest) words, heaviest first, ties by first occurrence. */
function keyWords(vector: ContextVector): number[] {
  const order = Array.from(vector.ids, (_, k) => k).sort((x, y) => vector.weights[y]! - vector.weights[x]! || x - y);
  return order.slice(0, KEY_WORDS).map((k) => vector.ids[k]!);
}

/**
 * Each figure against the next NEIGHBOURS figures of other sources (PER_SOURCE of each at most)
 * in every sort order it belongs to (key, then magnitude, then position), within the magnitude
 * window; each pair once.
 * A non-finite magnitude sorts last.
 */
function forNeighbourPairs(
  members: readonly Figure[],
  vectors: readonly ContextVector[],
  magnitude: readonly number[],
  visit: (i: number, j: number) => void,
): void {
  const m = members.length;
  const keyIds = new Map<string, number>();
  const keyId = (key: string) => {
    let id = keyIds.get(key);
    if (id === undefined) keyIds.set(key, (id = keyIds.size));
    return id;
  };
  const entryKey: number[] = [];
  const entryFigure: number[] = [];
  const add = (key: string, i: number) => {
    entryKey.push(keyId(key));
    entryFigure.push(i);
  };
  members.forEach((f, i) => {
    add('', i);
    if (f.concept) add(`c\u0000${f.concept}`, i);
    if (f.head) add(`h\u0000${f.head}`, i);
    for (const word of keyWords(vectors[i]!)) add(`w\u0000${word}`, i);
  });
  const size = (i: number) => (Number.isFinite(magnitude[i]!) ? magnitude[i]! : Infinity);
  const order = entryKey.map((_, e) => e).sort((x, y) => entryKey[x]! - entryKey[y]! || size(entryFigure[x]!) - size(entryFigure[y]!) || entryFigure[x]! - entryFigure[y]!);
  // A figure never pairs with one of its own source, and with at most PER_SOURCE of any other in
  // one sort order: a run of one source is stepped over at once, so a block that one long source
  // fills still finds the other sources' figures.
  const sourceIds = new Map<string, number>();
  const sourceOf = Int32Array.from(members, (f) => {
    let id = sourceIds.get(f.source);
    if (id === undefined) sourceIds.set(f.source, (id = sourceIds.size));
    return id;
  });
  const runEnd = new Int32Array(order.length);
  for (let p = order.length - 1; p >= 0; p--) {
    const q = p + 1;
    const same = q < order.length && entryKey[order[q]!] === entryKey[order[p]!] && sourceOf[entryFigure[order[q]!]!] === sourceOf[entryFigure[order[p]!]!];
    runEnd[p] = same ? runEnd[q]! : q;
  }
  // pairs as numbers i * m + j (exact below 2^53), sorted, so each is visited once and in order
  const pairs = new Float64Array(order.length * NEIGHBOURS);
  let n = 0;
  const met = new Int32Array(NEIGHBOURS); // the sources paired so far with the current figure
  for (let p = 0; p < order.length; p++) {
    const key = entryKey[order[p]!]!;
    const i = entryFigure[order[p]!]!;
    const mi = size(i);
    let found = 0;
    for (let q = p + 1, steps = 0; q < order.length && found < NEIGHBOURS && steps < SCAN_LIMIT; steps++) {
      if (entryKey[order[q]!]! !== key) break;
      const j = entryFigure[order[q]!]!;
      const mj = size(j);
      if (Number.isFinite(mi) && (mi === 0 ? mj !== 0 : mj > mi * WINDOW)) break;
      let times = 0;
      for (let k = 0; k < found; k++) if (met[k] === sourceOf[j]) times++;
      if (sourceOf[j] === sourceOf[i] || times >= PER_SOURCE) {
        q = runEnd[q]!;
        continue;
      }
      met[found++] = sourceOf[j]!;
      pairs[n++] = i < j ? i * m + j : j * m + i;
      q++;
    }
  }
  const sorted = pairs.subarray(0, n).sort();
  for (let k = 0; k < n; k++) {
    if (k > 0 && sorted[k] === sorted[k - 1]) continue;
    visit(Math.floor(sorted[k]! / m), sorted[k]! % m);
  }
}
