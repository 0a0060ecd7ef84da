// One block of figures that can pair (same kind, unit, period and count concept) grouped
// greedily from its best pairs, never two figures of one source in a group. A block keeps its
// pair scores and link order so that, after an edit, only the figures the edit changed are
// scored again (see createAligner in align.ts).
import type { Figure } from '../types';
import type { ContextWeights } from './contextWeights';
import { GROUP_THRESHOLD, LINK_THRESHOLD, scoreWithVectors, type AlignedGroup } from './score';
import { forCandidatePairs, isLargeBlock } from './candidates';

export interface BlockResult {
  members: readonly Figure[];
  /** Groups as sorted indices into members. */
  groups: number[][];
  scores: PairScores;
  /** The linking pairs, best first (score, then i, then j). */
  links: Links;
  /** The groups as figures; the same arrays while the block is unchanged, so claims can be reused. */
  figures?: AlignedGroup[];
  /** How many pair scores the grouping computed (candidates, then merge checks of a large block). */
  pairsScored: number;
}

/**
 * Scores of the pairs (i < j) of one block that score above 0. A large block (candidates.ts)
 * scores only its candidate pairs, visited in increasing i * m + j: they are appended in that
 * order and found again by binary search (`get` gives undefined for a pair never scored).
 */
interface PairScores {
  get(i: number, j: number): number | undefined;
  set(i: number, j: number, score: number): void;
}

function pairScores(m: number, large: boolean): PairScores {
  if (large) {
    let keys = new Float64Array(1024);
    let values = new Float64Array(1024);
    let n = 0;
    return {
      get: (i, j) => {
        const key = i * m + j;
        let lo = 0;
        let hi = n - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          if (keys[mid]! === key) return values[mid]!;
          if (keys[mid]! < key) lo = mid + 1;
          else hi = mid - 1;
        }
        return undefined;
      },
      set: (i, j, score) => {
        const key = i * m + j;
        if (n > 0 && key <= keys[n - 1]!) throw new Error('pair scores of a large block must be set in increasing order');
        if (n === keys.length) {
          const grown = (from: Float64Array) => {
            const to = new Float64Array(from.length * 2);
            to.set(from);
            return to;
          };
          keys = grown(keys);
          values = grown(values);
        }
        keys[n] = key;
        values[n++] = score;
      },
    };
  }
  // row-major upper triangle without the diagonal
  const dense = new Float64Array((m * (m - 1)) / 2);
  const slot = (i: number, j: number) => i * m - (i * (i + 1)) / 2 + (j - i - 1);
  return { get: (i, j) => dense[slot(i, j)]!, set: (i, j, score) => void (dense[slot(i, j)] = score) };
}

interface Links {
  i: Int32Array;
  j: Int32Array;
  score: Float64Array;
}

/** The order pairs are tried in: best score first, then by position, so the result is stable. */
const linkBefore = (s1: number, i1: number, j1: number, s2: number, i2: number, j2: number) => s1 > s2 || (s1 === s2 && (i1 < i2 || (i1 === i2 && j1 < j2)));

function sortedLinks(i: number[], j: number[], score: number[]): Links {
  const byRank = i.map((_, k) => k).sort((p, q) => score[q]! - score[p]! || i[p]! - i[q]! || j[p]! - j[q]!);
  return { i: Int32Array.from(byRank, (k) => i[k]!), j: Int32Array.from(byRank, (k) => j[k]!), score: Float64Array.from(byRank, (k) => score[k]!) };
}

/** Two sorted link lists as one. */
function mergeLinks(a: Links, b: Links): Links {
  const n = a.i.length + b.i.length;
  const out: Links = { i: new Int32Array(n), j: new Int32Array(n), score: new Float64Array(n) };
  let x = 0;
  let y = 0;
  for (let k = 0; k < n; k++) {
    const takeA = y >= b.i.length || (x < a.i.length && linkBefore(a.score[x]!, a.i[x]!, a.j[x]!, b.score[y]!, b.i[y]!, b.j[y]!));
    const [from, at] = takeA ? [a, x++] : [b, y++];
    out.i[k] = from.i[at]!;
    out.j[k] = from.j[at]!;
    out.score[k] = from.score[at]!;
  }
  return out;
}

/** Everything `scoreWithVectors` reads of a figure: two figures with the same key score alike against any other. */
function scoringKey(f: Figure): string {
  return JSON.stringify([f.source, f.unit.kind, f.unit.name, f.canonical.unit, String(f.canonical.value), f.per ?? '', f.concept, f.head, f.context, f.identity ?? null]);
}

/** The figure's context holds a word whose weight changed. */
export const reweighed = (f: Figure, changedWords: ReadonlySet<string>) => changedWords.size > 0 && f.context.some((w) => changedWords.has(w));

/**
 * Where each member was in the previous grouping of this block, if every kept member kept its
 * relative order (indices are positions in set order, and ties between pairs are broken by them).
 */
function previousPositions(members: readonly Figure[], previous: BlockResult, changedWords: ReadonlySet<string>): Int32Array | undefined {
  const at = new Map(previous.members.map((f, k) => [f, k]));
  const old = Int32Array.from(members, (f) => at.get(f) ?? -1);
  // An edited source is extracted again: its figures are new objects, most of them scoring as
  // before (only their offsets moved). Match them to the figures they replace by what scoring reads.
  const current = new Set(members);
  const gone = new Map<string, number[]>();
  previous.members.forEach((f, k) => {
    if (current.has(f)) return;
    const key = scoringKey(f);
    const list = gone.get(key);
    if (list) list.push(k);
    else gone.set(key, [k]);
  });
  if (gone.size > 0) old.forEach((k, i) => k < 0 && (old[i] = gone.get(scoringKey(members[i]!))?.shift() ?? -1));
  // a figure with a reweighed word is scored again, like a new one
  if (changedWords.size > 0) old.forEach((k, i) => k >= 0 && reweighed(members[i]!, changedWords) && (old[i] = -1));
  let last = -1;
  for (const k of old) {
    if (k < 0) continue;
    if (k < last) return undefined;
    last = k;
  }
  return old;
}

/**
 * Scores the block's pairs, reusing `previous` scores of pairs whose members and word weights
 * are unchanged, so an edit to one source scores only its figures (and figures whose words it
 * reweighed) against the block.
 */
function scoreBlock(
  members: readonly Figure[],
  weights: ContextWeights,
  previous: BlockResult | undefined,
  changedWords: ReadonlySet<string>,
): { scores: PairScores; links: Links; same: boolean; scored: number } {
  const m = members.length;
  const vectors = members.map((f) => weights.vectorOf(f.context));
  const large = isLargeBlock(m);
  // a large block is scored afresh (its candidates depend on all members); so is one that was large
  const old = previous && !large && !isLargeBlock(previous.members.length) ? previousPositions(members, previous, changedWords) : undefined;
  // the same positions: the previous store is updated in place (the previous result is dropped)
  const inPlace = old !== undefined && m === previous!.members.length && old.every((k, i) => k < 0 || k === i);
  const scores = inPlace ? previous!.scores : pairScores(m, large);
  const linkI: number[] = [];
  const linkJ: number[] = [];
  const linkScore: number[] = [];
  let scored = 0;
  const score = (i: number, j: number) => {
    const s = scoreWithVectors(members[i]!, members[j]!, weights, vectors[i]!, vectors[j]!);
    scored++;
    if (s <= 0) return;
    scores.set(i, j, s);
    if (s >= LINK_THRESHOLD) linkI.push(i), linkJ.push(j), linkScore.push(s);
  };
  if (!old) {
    forCandidatePairs(members, vectors, score);
    return { scores, links: sortedLinks(linkI, linkJ, linkScore), same: false, scored };
  }
  if (inPlace && old.every((k) => k >= 0)) return { scores, links: previous!.links, same: true, scored };
  // kept pairs: the previous scores and links, renumbered
  const newIndex = new Int32Array(previous!.members.length).fill(-1);
  old.forEach((k, i) => k >= 0 && (newIndex[k] = i));
  if (inPlace) {
    // forget the rescored members' pairs, keep the rest where they are
    for (let i = 0; i < m; i++) {
      if (old[i]! >= 0) continue;
      for (let j = 0; j < m; j++) if (j !== i) scores.set(Math.min(i, j), Math.max(i, j), 0);
    }
  } else {
    for (let i = 0; i < m; i++) {
      if (old[i]! < 0) continue;
      for (let j = i + 1; j < m; j++) {
        if (old[j]! < 0) continue;
        const s = previous!.scores.get(old[i]!, old[j]!)!;
        if (s > 0) scores.set(i, j, s);
      }
    }
  }
  const kept: Links = { i: new Int32Array(previous!.links.i.length), j: new Int32Array(previous!.links.i.length), score: new Float64Array(previous!.links.i.length) };
  let n = 0;
  for (let k = 0; k < previous!.links.i.length; k++) {
    const i = newIndex[previous!.links.i[k]!]!;
    const j = newIndex[previous!.links.j[k]!]!;
    if (i < 0 || j < 0) continue;
    kept.i[n] = i;
    kept.j[n] = j;
    kept.score[n++] = previous!.links.score[k]!;
  }
  // new members against every other member (pairScore rules out what the window would skip)
  for (let i = 0; i < m; i++) {
    if (old[i]! >= 0) continue;
    for (let j = 0; j < m; j++) if (j !== i && (old[j]! >= 0 || j > i)) (i < j ? score(i, j) : score(j, i));
  }
  const trimmed: Links = { i: kept.i.subarray(0, n), j: kept.j.subarray(0, n), score: kept.score.subarray(0, n) };
  return { scores, links: mergeLinks(trimmed, sortedLinks(linkI, linkJ, linkScore)), same: false, scored };
}

/** In a large block, two groups whose members make more pairs than this are judged on a sample of them. */
export const MERGE_SAMPLE = 64;

/** Greedy grouping of one block: best pairs first, one figure per source, average link kept high. */
export function groupBlock(members: readonly Figure[], weights: ContextWeights, previous?: BlockResult, changedWords: ReadonlySet<string> = new Set()): BlockResult {
  const m = members.length;
  const { scores, links, same, scored } = scoreBlock(members, weights, previous, changedWords);
  let pairsScored = scored;
  // every pair scores as before, in the same places: so do the groups
  if (same) return { members, groups: previous!.groups, scores, links, pairsScored };
  const large = isLargeBlock(m);
  const vectors = large ? members.map((f) => weights.vectorOf(f.context)) : [];
  // a large block scored only its candidates: any other pair is scored when a merge asks for it
  const scoreOf = (x: number, y: number) => {
    const [i, j] = x < y ? [x, y] : [y, x];
    const s = scores.get(i, j);
    if (s !== undefined || !large) return s ?? 0;
    pairsScored++;
    return scoreWithVectors(members[i]!, members[j]!, weights, vectors[i]!, vectors[j]!);
  };
  const groupOf = Int32Array.from({ length: m }, (_, i) => i);
  const groupMembers = new Map<number, number[]>(members.map((_, i) => [i, [i]]));
  // each group's sources, kept as groups merge (a group never holds two figures of one source)
  const sourcesOf = new Map<number, Set<string>>(members.map((f, i) => [i, new Set([f.source])]));
  const version = new Int32Array(m);
  const tooFar = new Map<number, number>();
  for (let k = 0; k < links.i.length; k++) {
    const gi = groupOf[links.i[k]!]!;
    const gj = groupOf[links.j[k]!]!;
    if (gi === gj) continue;
    const sourcesA = sourcesOf.get(gi)!;
    const sourcesB = sourcesOf.get(gj)!;
    if (overlaps(sourcesA, sourcesB)) continue;
    // Two groups too far apart stay so until one of them grows: many links between the same
    // two groups would otherwise re-average them every time.
    const state = version[gi]! * (m + 1) + version[gj]!;
    if (tooFar.get(gi * m + gj) === state) continue;
    const a = groupMembers.get(gi)!;
    const b = groupMembers.get(gj)!;
    // a pair that cannot be one fact (another subject, estimator or event; scored 0) keeps the groups apart
    const average = large && a.length * b.length > MERGE_SAMPLE ? sampledAverage(a, b, scoreOf) : fullAverage(a, b, scoreOf);
    if (average < GROUP_THRESHOLD) {
      tooFar.set(gi * m + gj, state);
      continue;
    }
    version[gi]++;
    for (const x of b) a.push(x);
    groupMembers.delete(gj);
    for (const source of sourcesB) sourcesA.add(source);
    sourcesOf.delete(gj);
    for (const x of b) groupOf[x] = gi;
  }
  const groups = [...groupMembers.values()].map((g) => g.sort((x, y) => x - y));
  // a large block is scored afresh after any change (scoreBlock): its scores and links are not kept
  if (large) return { members, groups, scores: pairScores(0, true), links: { i: new Int32Array(0), j: new Int32Array(0), score: new Float64Array(0) }, pairsScored };
  return { members, groups, scores, links, pairsScored };
}

/** The average score of all pairs across two groups; -1 when one of them is impossible (0). */
function fullAverage(a: readonly number[], b: readonly number[], scoreOf: (x: number, y: number) => number): number {
  let sum = 0;
  for (const x of a) {
    for (const y of b) {
      const s = scoreOf(x, y);
      if (s <= 0) return -1;
      sum += s;
    }
  }
  return sum / (a.length * b.length);
}

/**
 * The same over MERGE_SAMPLE pairs spread evenly over all pairs across the groups, so merging
 * into a group of thousands costs a bounded number of scores.
 */
function sampledAverage(a: readonly number[], b: readonly number[], scoreOf: (x: number, y: number) => number): number {
  const total = a.length * b.length;
  const step = total / MERGE_SAMPLE;
  let sum = 0;
  for (let t = 0; t < MERGE_SAMPLE; t++) {
    const at = Math.floor(t * step + step / 2);
    const s = scoreOf(a[Math.floor(at / b.length)]!, b[at % b.length]!);
    if (s <= 0) return -1;
    sum += s;
  }
  return sum / MERGE_SAMPLE;
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}
