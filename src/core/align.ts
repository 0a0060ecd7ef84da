// Figure[] of all sources -> groups that state the same measure. Two figures can be the same
// claim only if their kinds match, what they count maps to the same concept, their magnitudes
// are within a factor of ten, and (for a rate) they are per the same period; among those, the
// sentence's content words (weighted by rarity) and the value's closeness rank the candidates.
// Groups are built greedily from the best pairs, never with two figures from one source.
import type { Figure } from './types';
import { isGenericConcept } from './lexicon';
import { ContextWeights, frequencyStep, sentenceFrequencies, weightScale, type ContextVector, type SentenceFrequencies } from './contextWeights';

export { ContextWeights } from './contextWeights';

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

function closeness(a: Figure, b: Figure): number {
  const x = Math.abs(a.canonical.value);
  const y = Math.abs(b.canonical.value);
  if (x === y) return 1;
  return Math.min(x, y) / Math.max(x, y);
}

/** How likely two figures from different sources state the same measure, 0..1; 0 when impossible. */
export function pairScore(a: Figure, b: Figure, weights: ContextWeights): number {
  return scoreWithVectors(a, b, weights, weights.vectorOf(a.context), weights.vectorOf(b.context));
}

function scoreWithVectors(a: Figure, b: Figure, weights: ContextWeights, va: ContextVector, vb: ContextVector): number {
  if (a.source === b.source || !sameKind(a, b) || !magnitudeOk(a, b)) return 0;
  const concept = conceptScore(a, b);
  if (concept === 0) return 0;
  if ((a.per ?? '') !== (b.per ?? '') && a.unit.kind !== 'money') return 0;
  const perPenalty = (a.per ?? '') !== (b.per ?? '') ? 0.1 : 0;
  const context = weights.vectorSimilarity(va, vb);
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


/** One source's figures, in the order the source states them. */
export interface SourceFigures {
  id: string;
  figures: readonly Figure[];
}

export interface Aligner {
  /**
   * Groups the figures of the set (sources in set order). Keeps what it computed: a block of
   * alignable figures whose members and word weights are unchanged since the last call is not
   * grouped again, so re-aligning after an edit to one source regroups only its blocks.
   */
  align(sources: readonly SourceFigures[]): AlignedGroup[];
}

/**
 * Groups figures that state the same measure. Returns multi-source groups and leaves every other
 * figure in a group of its own, in a stable order (by source order, then offset).
 */
export function alignFigures(figures: readonly Figure[], sourceOrder: readonly string[]): AlignedGroup[] {
  const bySource = new Map<string, Figure[]>(sourceOrder.map((id) => [id, []]));
  for (const f of figures) bySource.get(f.source)?.push(f);
  return createAligner().align([...bySource].map(([id, list]) => ({ id, figures: list })));
}

interface BlockResult {
  members: readonly Figure[];
  /** Groups as sorted indices into members. */
  groups: number[][];
  scores: PairScores;
  /** The linking pairs, best first (score, then i, then j). */
  links: Links;
  /** The groups as figures; the same arrays while the block is unchanged, so claims can be reused. */
  figures?: AlignedGroup[];
}

export function createAligner(): Aligner {
  // per source: its figures (by identity) and their sentence frequencies
  const frequencies = new Map<string, { figures: readonly Figure[]; counts: SentenceFrequencies }>();
  const df = new Map<string, number>();
  let total = 0;
  let weights: ContextWeights | undefined;
  let blocks = new Map<string, BlockResult>();

  return {
    align(sources) {
      // Word weights: the set's frequencies, updated by the sources that changed. The words
      // whose frequency step moved (and the scale) decide which scores must be recomputed.
      const before = new Map<string, number>();
      const bump = (counts: SentenceFrequencies, sign: 1 | -1) => {
        for (const [w, n] of counts.df) {
          const v = (df.get(w) ?? 0) + sign * n;
          if (!before.has(w)) before.set(w, df.get(w) ?? 0);
          if (v === 0) df.delete(w);
          else df.set(w, v);
        }
      };
      const present = new Set(sources.map((s) => s.id));
      for (const [id, entry] of frequencies) {
        if (present.has(id)) continue;
        bump(entry.counts, -1);
        frequencies.delete(id);
      }
      let sentences = 0;
      for (const source of sources) {
        let entry = frequencies.get(source.id);
        if (entry?.figures !== source.figures) {
          if (entry) bump(entry.counts, -1);
          entry = { figures: source.figures, counts: sentenceFrequencies(source.figures) };
          bump(entry.counts, 1);
          frequencies.set(source.id, entry);
        }
        sentences += entry.counts.sentences;
      }
      const changedWords = new Set([...before].filter(([w, was]) => frequencyStep(df.get(w) ?? 0) !== frequencyStep(was)).map(([w]) => w));
      const nextTotal = weightScale(sentences);
      const allChanged = nextTotal !== total || !weights;
      total = nextTotal;
      // The weights and context vectors carry over while the scale holds, minus what an edit reweighed.
      if (allChanged) weights = new ContextWeights(df, total);
      else if (changedWords.size > 0) weights!.forget(changedWords, sources.flatMap((source) => source.figures.map((f) => f.context)));
      const w = weights!;

      // Blocks of figures that can pair at all, each in set order (source order, then offset).
      const blockOf = new Map<string, Figure[]>();
      const rank = new Map<Figure, number>();
      for (const source of sources) {
        for (const { figure, key } of keyedInOrder(source.figures)) {
          rank.set(figure, rank.size);
          let members = blockOf.get(key);
          if (!members) blockOf.set(key, (members = []));
          members.push(figure);
        }
      }

      const nextBlocks = new Map<string, BlockResult>();
      // each group at its first figure's place in set order: the output order without a sort
      const byFirst: AlignedGroup[] = new Array(rank.size);
      for (const [key, members] of blockOf) {
        const cached = blocks.get(key);
        // Cached scores hold for pairs of unchanged figures whose words kept their weight; a new
        // scale reweighs every word.
        const reusable = cached && !allChanged ? cached : undefined;
        const unchanged =
          reusable &&
          reusable.members.length === members.length &&
          reusable.members.every((f, k) => f === members[k]) &&
          !members.some((f) => reweighed(f, changedWords));
        const result = unchanged ? reusable : groupBlock(members, w, reusable, changedWords);
        nextBlocks.set(key, result);
        result.figures ??= result.groups.map((group) => group.map((k) => members[k]!));
        for (const group of result.figures) byFirst[rank.get(group[0]!)!] = group;
      }
      blocks = nextBlocks;
      return byFirst.filter((g) => g !== undefined);
    },
  };
}

/** A source's figures in offset order with their block keys, once per figures array. */
const keyedCache = new WeakMap<readonly Figure[], { figure: Figure; key: string }[]>();
function keyedInOrder(figures: readonly Figure[]): { figure: Figure; key: string }[] {
  let keyed = keyedCache.get(figures);
  if (!keyed) {
    keyed = [...figures].sort((a, b) => a.span.start - b.span.start).map((figure) => ({ figure, key: blockKey(figure) }));
    keyedCache.set(figures, keyed);
  }
  return keyed;
}

/**
 * Figures can pair only if `pairScore` can score them above 0: the kinds match and the
 * per-period agrees (`sameKind` and the `per` test are equalities, so they make a key); counts
 * only with the same concept, none counting as one (`conceptScore` gives 0 otherwise). Blocks
 * are independent, so each is grouped alone. If `conceptScore` ever scores counts of different
 * concepts, drop the concept from the key.
 */
function blockKey(f: Figure): string {
  const kind = f.unit.kind;
  return [
    kind,
    kind === 'other' || kind === 'temperature' ? f.unit.name : '',
    kind === 'money' ? f.canonical.unit : (f.per ?? ''),
    kind === 'count' ? f.concept || '' : '',
  ].join('\u0000');
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
  return JSON.stringify([f.source, f.unit.kind, f.unit.name, f.canonical.unit, String(f.canonical.value), f.per ?? '', f.concept, f.head, f.context]);
}

/** The figure's context holds a word whose weight changed. */
const reweighed = (f: Figure, changedWords: ReadonlySet<string>) => changedWords.size > 0 && f.context.some((w) => changedWords.has(w));

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
function groupBlock(members: readonly Figure[], weights: ContextWeights, previous?: BlockResult, changedWords: ReadonlySet<string> = new Set()): BlockResult {
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
    for (const x of a) for (const y of b) sum += scoreOf(x, y);
    if (sum / (a.length * b.length) < GROUP_THRESHOLD) {
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
