// One block of figures that can pair (same kind, unit, period and count concept) grouped
// greedily from its best pairs, never two figures of one source in a group. A block keeps its
// pair scores and link order so that, after an edit, only the figures the edit changed are
// scored again (see createAligner in align.ts).
import type { Figure } from '../types';
import type { ContextWeights } from './contextWeights';
import { GROUP_THRESHOLD, LINK_THRESHOLD, MAX_RATIO, scoreWithVectors, type AlignedGroup } from './score';

export interface BlockResult {
  members: readonly Figure[];
  /** Groups as sorted indices into members. */
  groups: number[][];
  scores: PairScores;
  /** The linking pairs, best first (score, then i, then j). */
  links: Links;
  /** The groups as figures; the same arrays while the block is unchanged, so claims can be reused. */
  figures?: AlignedGroup[];
}

/** Blocks larger than this keep pair scores in a Map instead of a triangular array (memory). */
const DENSE_LIMIT = 2048;

/** Scores of the pairs (i < j) of one block that score above 0. */
interface PairScores {
  get(i: number, j: number): number;
  set(i: number, j: number, score: number): void;
}

function pairScores(m: number): PairScores {
  if (m > DENSE_LIMIT) {
    const sparse = new Map<number, number>();
    return { get: (i, j) => sparse.get(i * m + j) ?? 0, set: (i, j, score) => void sparse.set(i * m + j, score) };
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
): { scores: PairScores; links: Links; same: boolean } {
  const m = members.length;
  const vectors = members.map((f) => weights.vectorOf(f.context));
  const old = previous && previous.members.length <= DENSE_LIMIT ? previousPositions(members, previous, changedWords) : undefined;
  // the same positions: the previous store is updated in place (the previous result is dropped)
  const inPlace = old !== undefined && m === previous!.members.length && old.every((k, i) => k < 0 || k === i);
  const scores = inPlace ? previous!.scores : pairScores(m);
  const linkI: number[] = [];
  const linkJ: number[] = [];
  const linkScore: number[] = [];
  const score = (i: number, j: number) => {
    const s = scoreWithVectors(members[i]!, members[j]!, weights, vectors[i]!, vectors[j]!);
    if (s <= 0) return;
    scores.set(i, j, s);
    if (s >= LINK_THRESHOLD) linkI.push(i), linkJ.push(j), linkScore.push(s);
  };
  if (!old) {
    forCandidatePairs(members, score);
    return { scores, links: sortedLinks(linkI, linkJ, linkScore), same: false };
  }
  if (inPlace && old.every((k) => k >= 0)) return { scores, links: previous!.links, same: true };
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
        const s = previous!.scores.get(old[i]!, old[j]!);
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
  return { scores, links: mergeLinks(trimmed, sortedLinks(linkI, linkJ, linkScore)), same: false };
}

/** Greedy grouping of one block: best pairs first, one figure per source, average link kept high. */
export function groupBlock(members: readonly Figure[], weights: ContextWeights, previous?: BlockResult, changedWords: ReadonlySet<string> = new Set()): BlockResult {
  const m = members.length;
  const { scores, links, same } = scoreBlock(members, weights, previous, changedWords);
  // every pair scores as before, in the same places: so do the groups
  if (same) return { members, groups: previous!.groups, scores, links };
  const scoreOf = (x: number, y: number) => (x < y ? scores.get(x, y) : scores.get(y, x));
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
    let sum = 0;
    // a pair that cannot be one fact (another subject, estimator or event; scored 0) keeps the groups apart
    let impossible = false;
    for (const x of a) {
      for (const y of b) {
        const s = scoreOf(x, y);
        if (s <= 0) impossible = true;
        sum += s;
      }
    }
    if (impossible || sum / (a.length * b.length) < GROUP_THRESHOLD) {
      tooFar.set(gi * m + gj, state);
      continue;
    }
    version[gi]++;
    groupMembers.set(gi, [...a, ...b]);
    groupMembers.delete(gj);
    for (const source of sourcesB) sourcesA.add(source);
    sourcesOf.delete(gj);
    for (const x of b) groupOf[x] = gi;
  }
  return { members, groups: [...groupMembers.values()].map((g) => g.sort((x, y) => x - y)), scores, links };
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

/** Slack on the magnitude window, so rounding never hides a pair `magnitudeOk` accepts. */
const WINDOW = MAX_RATIO * (1 + 1e-9);

/**
 * Calls `visit(i, j)`, i < j, for every pair of the block within the magnitude window (each
 * side sorted by magnitude and scanned a little wider than MAX_RATIO, so large blocks stay
 * near-linear); zeros pair with zeros, a non-finite magnitude with everything. `pairScore`
 * still decides every visited pair, so the groups are those of scoring all pairs.
 */
function forCandidatePairs(members: readonly Figure[], visit: (i: number, j: number) => void): void {
  const magnitude = members.map((f) => Math.abs(f.canonical.value));
  const indices = members.map((_, i) => i);
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
