// DateExpressions of every source -> resolved DateMentions and one merged timeline: mentions of
// the same happening (overlapping dates, similar words) become one event; the same happening put
// on different dates by different sources becomes one event with a date conflict and diagnostics.
//
// Caching, for re-analysis after an edit to one source (the analyzer hands over the same
// expressions and sentences arrays for an unchanged source): the reference dates are memoised in
// referenceDate.ts; each source's resolved dates are kept per expressions array (WeakMap) with
// the reference and text they were resolved with; the clustering of the last set is kept with
// what it read of each mention (date interval, precision, source, sentence index, kind, words),
// in sorted order, so an edit that only moves spans reuses it. Events, ids and diagnostics are
// always rebuilt: they carry the spans.
import { labelerFor } from './labels';
import type { DateExpression } from './dates';
import { resolveExpression, type Reference, type Resolved } from './dateResolve';
import { inferReferenceDates, similarity, type ReferenceInfo } from './referenceDate';
import type { DateMention, DatePrecision, DiagnosticModel, Sentence, Source, TimelineEvent } from './types';

export type { ReferenceInfo } from './referenceDate';

export interface TimelineInput {
  source: Source;
  expressions: DateExpression[];
  sentences: Sentence[];
}

export interface TimelineResult {
  mentions: DateMention[];
  referenceDates: Record<string, ReferenceInfo>;
  timeline: TimelineEvent[];
  diagnostics: DiagnosticModel[];
}

interface Placed {
  e: DateExpression;
  r: Resolved;
  sourceIndex: number;
  sentenceText: string;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3, decade: 4 };

export function resolveTimeline(inputs: readonly TimelineInput[], options: { referenceDate?: string } = {}): TimelineResult {
  const { refs, info } = inferReferenceDates(inputs, options);
  const mentions: DateMention[] = [];
  const placed: Placed[] = [];
  inputs.forEach((input, sourceIndex) => {
    const ref = refs.get(input.source.id);
    const { resolved, sentenceTexts } = resolvedSource(input, ref);
    input.expressions.forEach((e, k) => {
      const r = resolved[k];
      mentions.push({
        source: e.source,
        span: { ...e.span },
        text: e.text,
        sentence: e.sentence,
        ...(r ? { date: r.date } : {}),
        ...(r?.endDate ? { endDate: r.endDate } : {}),
        precision: r?.precision ?? 'year',
        inferred: r?.inferred ?? false,
        resolution: r?.resolution ?? (ref || e.kind === 'vague' ? 'not placed on the calendar: no date to hang it on' : 'no reference date to resolve it against'),
      });
      if (r) placed.push({ e, r, sourceIndex, sentenceText: sentenceTexts[k]! });
    });
  });

  const sourceRank = collationRanks(placed.map((p) => p.e.source));
  const clusters = cluster(placed, sourceRank);
  const sourceLabel = labelerFor(inputs.map((i) => i.source));
  const events = clusters.map((c) => toEvent(c, sourceLabel, sourceRank));
  assignIds(events);
  const diagnostics = conflictDiagnostics(events, clusters, sourceLabel);
  const order = events.map((ev, i) => ({ ev, c: clusters[i]! }));
  order.sort((a, b) => a.c.members[0]!.r.from - b.c.members[0]!.r.from || a.c.members[0]!.r.to - b.c.members[0]!.r.to || a.ev.id.localeCompare(b.ev.id));
  return { mentions, referenceDates: info, timeline: order.map((o) => o.ev), diagnostics };
}

interface SourceResolution {
  expressions: readonly DateExpression[];
  ref: Reference | undefined;
  sentences: readonly Sentence[];
  text: string;
  /** Per expression: its resolved date, and the text of its sentence. */
  resolved: (Resolved | undefined)[];
  sentenceTexts: string[];
}

// keyed by the expressions array; a hit also needs the same expressions in it, reference and text
const resolutions = new WeakMap<readonly DateExpression[], SourceResolution>();

/** The source's expressions resolved against its reference; kept while the source is unchanged. */
function resolvedSource(input: TimelineInput, ref: Reference | undefined): SourceResolution {
  const hit = resolutions.get(input.expressions);
  if (
    hit &&
    hit.ref?.day === ref?.day &&
    hit.ref?.inferred === ref?.inferred &&
    hit.sentences === input.sentences &&
    hit.text === input.source.text &&
    hit.expressions.length === input.expressions.length &&
    hit.expressions.every((e, k) => e === input.expressions[k])
  ) {
    return hit;
  }
  const byExpression = new Map<DateExpression, Resolved>();
  // stated and reference-relative dates first: "five years earlier" hangs on one of them
  for (const e of input.expressions) {
    if (e.anchor === 'sentence') continue;
    const r = resolveExpression(e, ref);
    if (r) byExpression.set(e, r);
  }
  for (const e of input.expressions) {
    if (e.anchor !== 'sentence') continue;
    const r = resolveExpression(e, ref, anchorFor(e, input.expressions, byExpression));
    if (r) byExpression.set(e, r);
  }
  const sentenceTexts = input.expressions.map((e) => {
    const sentence = input.sentences.find((s) => s.index === e.sentence);
    return sentence ? input.source.text.slice(sentence.start, sentence.end) : '';
  });
  const entry: SourceResolution = {
    expressions: [...input.expressions],
    ref: ref && { ...ref },
    sentences: input.sentences,
    text: input.source.text,
    resolved: input.expressions.map((e) => byExpression.get(e)),
    sentenceTexts,
  };
  resolutions.set(input.expressions, entry);
  return entry;
}

/**
 * A rank per distinct string that orders as localeCompare does (equal ranks where it says 0), so
 * that sorts compare numbers instead of collating the same strings again and again.
 */
function collationRanks(values: readonly string[]): (value: string) => number {
  const distinct = [...new Set(values)].sort((a, b) => a.localeCompare(b));
  const rank = new Map<string, number>();
  distinct.forEach((v, i) => rank.set(v, i > 0 && distinct[i - 1]!.localeCompare(v) === 0 ? rank.get(distinct[i - 1]!)! : i));
  return (value) => rank.get(value)!;
}

/** The date an "N years earlier" hangs on: another date of its sentence, else the one just before. */
function anchorFor(e: DateExpression, all: readonly DateExpression[], resolved: Map<DateExpression, Resolved>): Resolved | undefined {
  const same = all.filter((x) => x !== e && x.sentence === e.sentence && resolved.has(x) && x.anchor !== 'sentence');
  const before = same.filter((x) => x.span.start < e.span.start);
  const pick = before[before.length - 1] ?? same[0];
  if (pick) return resolved.get(pick);
  const earlier = all.filter((x) => x.span.start < e.span.start && resolved.has(x) && e.sentence - x.sentence <= 1);
  return earlier.length ? resolved.get(earlier[earlier.length - 1]!) : undefined;
}

// ---------------------------------------------------------------------------
// Merging

interface Cluster {
  members: Placed[];
  conflict?: Placed[][];
}

/** Same day: the happening of that day in a news set; wider periods need more shared words. */
function mergeScore(a: Placed, b: Placed): number {
  const sameDay = a.r.precision === 'day' && b.r.precision === 'day' && a.r.from === b.r.from;
  if (sameDay) {
    // every "today" of one report is its news day
    if (a.e.source === b.e.source && a.e.kind === 'relativeDay' && b.e.kind === 'relativeDay') return 0.12;
    const { shared, score } = similarity(a.e.words, b.e.words);
    return shared >= 2 && score >= 0.12 ? score : 0;
  }
  return wordScore(a.e.words, b.e.words);
}

/** mergeScore of two mentions not on the same day. */
function wordScore(a: readonly string[], b: readonly string[]): number {
  const { shared, score } = similarity(a, b);
  return (shared >= 3 && score >= 0.25) || (shared >= 2 && score >= 0.5) ? score : 0;
}

const overlaps = (a: Resolved, b: Resolved): boolean => a.from <= b.to && b.from <= a.to;
const sameSentence = (a: Placed, b: Placed): boolean => a.e.source === b.e.source && a.e.sentence === b.e.sentence;

/**
 * Mentions of one precision join when any pair of them is the same happening (single linkage,
 * so the result does not depend on the order of the sources); a coarser group ("in 2025", "last
 * week") then joins the finer group it matches best, never bridging two finer groups.
 */
function cluster(placed: Placed[], sourceRank: (source: string) => number): Cluster[] {
  const sorted = [...placed].sort(
    (a, b) =>
      PRECISION_RANK[a.r.precision] - PRECISION_RANK[b.r.precision] ||
      a.r.to - a.r.from - (b.r.to - b.r.from) ||
      sourceRank(a.e.source) - sourceRank(b.e.source) ||
      a.e.span.start - b.e.span.start ||
      (a.e.role ?? '').localeCompare(b.e.role ?? ''),
  );
  if (lastClustering && clustersAlike(lastClustering.sorted, sorted)) {
    // the same clustering: the shapes of the last one, with this call's mentions in them
    const at = (i: number) => sorted[i]!;
    return lastClustering.shapes.map((s) => ({ members: s.members.map(at), ...(s.conflict ? { conflict: s.conflict.map((g) => g.map(at)) } : {}) }));
  }
  const clusters = clusterSorted(sorted);
  const index = new Map(sorted.map((p, i) => [p, i]));
  const at = (p: Placed) => index.get(p)!;
  lastClustering = { sorted, shapes: clusters.map((c) => ({ members: c.members.map(at), ...(c.conflict ? { conflict: c.conflict.map((g) => g.map(at)) } : {}) })) };
  return clusters;
}

/** The clusters of the last set, as places in its sorted mentions. */
let lastClustering: { sorted: Placed[]; shapes: { members: number[]; conflict?: number[][] }[] } | undefined;

/** Two sorted lists of mentions that clusterSorted cannot tell apart: all it reads is the same. */
function clustersAlike(a: readonly Placed[], b: readonly Placed[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.r.precision !== y.r.precision || x.r.from !== y.r.from || x.r.to !== y.r.to) return false;
    if (x.e.source !== y.e.source || x.e.sentence !== y.e.sentence || x.e.kind !== y.e.kind) return false;
    if (x.e.words !== y.e.words && (x.e.words.length !== y.e.words.length || x.e.words.some((w, k) => w !== y.e.words[k]))) return false;
  }
  return true;
}

function clusterSorted(sorted: Placed[]): Cluster[] {
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // sweep by start date so that only overlapping pairs are compared (linear-ish on big sets)
  const byStart = sorted.map((_, i) => i).sort((x, y) => PRECISION_RANK[sorted[x]!.r.precision] - PRECISION_RANK[sorted[y]!.r.precision] || sorted[x]!.r.from - sorted[y]!.r.from);
  for (let k = 0; k < byStart.length; k++) {
    const a = sorted[byStart[k]!]!;
    for (let l = k + 1; l < byStart.length; l++) {
      const b = sorted[byStart[l]!]!;
      if (b.r.precision !== a.r.precision || b.r.from > a.r.to) break;
      const [x, y] = [find(byStart[k]!), find(byStart[l]!)];
      // already one group: this pair cannot change the groups (they are the connected components)
      if (x === y || sameSentence(a, b) || mergeScore(a, b) === 0) continue;
      // the root is the member that sorts first, so a group's lead does not depend on pair order
      parent[Math.max(x, y)] = Math.min(x, y);
    }
  }
  const groups = new Map<number, Placed[]>();
  sorted.forEach((p, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(p);
    else groups.set(root, [p]);
  });
  const clusters: Cluster[] = [];
  // each cluster's distinct word lists (the mentions of a sentence share one): the best match
  // below is the same over distinct lists as over all pairs of mentions
  const listsOf = new Map<Cluster, Set<readonly string[]>>();
  for (const members of groups.values()) {
    // groups come finer first: attach this one to the best finer cluster it overlaps and matches
    let best: Cluster | undefined;
    let bestScore = 0;
    const sentences = new Map<string, Set<number>>();
    for (const p of members) sentences.set(p.e.source, (sentences.get(p.e.source) ?? new Set()).add(p.e.sentence));
    const lists = new Set(members.map((p) => p.e.words));
    for (const c of clusters) {
      const core = c.members[0]!.r;
      if (PRECISION_RANK[core.precision] >= PRECISION_RANK[members[0]!.r.precision]) continue;
      if (!members.every((m) => overlaps(m.r, core))) continue;
      if (c.members.some((m) => sentences.get(m.e.source)?.has(m.e.sentence))) continue;
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
  return mergeConflicts(clusters);
}

/**
 * Events that no source tells twice, on disjoint dates, with strongly similar words, are one
 * happening the sources date differently: merged, the majority date kept, the conflict recorded.
 */
const clusterWords = new WeakMap<Cluster, string[]>();
function wordsOf(c: Cluster): string[] {
  let words = clusterWords.get(c);
  if (!words) clusterWords.set(c, (words = [...new Set(c.members.flatMap((m) => m.e.words))].sort()));
  return words;
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

const clusterSources = new WeakMap<Cluster, Set<string>>();
function sourcesOf(c: Cluster): Set<string> {
  let sources = clusterSources.get(c);
  if (!sources) clusterSources.set(c, (sources = new Set(c.members.map((m) => m.e.source))));
  return sources;
}

function mergeConflicts(clusters: Cluster[]): Cluster[] {
  const strong = new StrongPairs(clusters);
  const out = [...clusters];
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const a = out[i]!;
      const b = out[j]!;
      const sa = sourcesOf(a);
      if ([...sourcesOf(b)].some((s) => sa.has(s))) continue;
      const ra = a.members[0]!.r;
      const rb = b.members[0]!.r;
      if (!(ra.to < rb.from || rb.to < ra.from)) continue;
      if (ra.precision === 'decade' || rb.precision === 'decade') continue;
      if (similarity(wordsOf(a), wordsOf(b)).shared < 4) continue;
      if (!strong.between(a, b)) continue;
      // the side more sources tell (then the more precise one) gives the event its date
      const [keep, other] = sourcesOf(b).size > sa.size ? [b, a] : [a, b];
      const merged: Cluster = { members: [...keep.members, ...other.members], conflict: [...(keep.conflict ?? [keep.members]), ...(other.conflict ?? [other.members])] };
      // what the merged cluster's words and sources are, from the two sides' (both are known)
      clusterWords.set(merged, unionSorted(wordsOf(keep), wordsOf(other)));
      clusterSources.set(merged, new Set([...sourcesOf(keep), ...sourcesOf(other)]));
      out[i] = merged;
      out.splice(j, 1);
      j = i;
    }
  }
  return out;
}

/**
 * Whether some mention of one cluster and some of another share four words and half of the
 * shorter list. Asked of big clusters many times, so instead of comparing every pair of mentions:
 * the distinct word lists get ids (the mentions of a sentence share one list), each list's
 * strongly alike lists are found once through an index from words to lists, and a pair of
 * clusters is a lookup of one's lists among the other's neighbours.
 */
class StrongPairs {
  private readonly lists: (readonly string[])[] = [];
  private readonly byArray = new Map<readonly string[], number>();
  private readonly byContent = new Map<string, number>();
  private readonly ofCluster = new WeakMap<Cluster, number[]>();
  private readonly neighbours: (number[] | undefined)[] = [];
  private index: Map<string, number[]> | undefined;
  private counts = new Int32Array(0);
  private marks = new Uint8Array(0);

  constructor(clusters: readonly Cluster[]) {
    // every list there is, before the index is built (merged clusters only regroup mentions)
    for (const c of clusters) for (const m of c.members) this.idOf(m.e.words);
  }

  between(a: Cluster, b: Cluster): boolean {
    let [la, lb] = [this.listsOf(a), this.listsOf(b)];
    if (la.length > lb.length) [la, lb] = [lb, la];
    const index = this.indexed();
    const marks = this.marks;
    for (const id of lb) marks[id] = 1;
    let found = false;
    for (let k = 0; k < la.length && !found; k++) for (const n of this.neighboursOf(la[k]!, index)) if (marks[n]) found = true;
    for (const id of lb) marks[id] = 0;
    return found;
  }

  private idOf(words: readonly string[]): number {
    let id = this.byArray.get(words);
    if (id === undefined) {
      const key = JSON.stringify(words);
      id = this.byContent.get(key);
      if (id === undefined) this.byContent.set(key, (id = this.lists.push(words) - 1));
      this.byArray.set(words, id);
    }
    return id;
  }

  private listsOf(c: Cluster): number[] {
    let ids = this.ofCluster.get(c);
    if (!ids) this.ofCluster.set(c, (ids = [...new Set(c.members.map((m) => this.idOf(m.e.words)))]));
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
      const s = isSortedSet(words) && isSortedSet(other) ? { shared, score: shared / Math.min(words.length, other.length) } : similarity(words, other);
      if (s.shared >= 4 && s.score >= 0.5) out.push(n);
    }
    return (this.neighbours[id] = out);
  }

  private indexed(): Map<string, number[]> {
    if (this.index) return this.index;
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

const sortedSets = new WeakMap<readonly string[], boolean>();
function isSortedSet(words: readonly string[]): boolean {
  let sorted = sortedSets.get(words);
  if (sorted === undefined) sortedSets.set(words, (sorted = words.every((w, i) => i === 0 || words[i - 1]! < w)));
  return sorted;
}

// ---------------------------------------------------------------------------
// Events


function toEvent(c: Cluster, sourceLabel: (id: string) => string, sourceRank: (source: string) => number): TimelineEvent {
  const lead = c.members[0]!;
  // a label from a stated date, then from the most precise one, preferring one that needed no cut
  const byLabel = [...c.members].sort(
    (a, b) =>
      Number(a.r.inferred) - Number(b.r.inferred) ||
      PRECISION_RANK[a.r.precision] - PRECISION_RANK[b.r.precision] ||
      Number(a.e.label.endsWith('…')) - Number(b.e.label.endsWith('…')) ||
      sourceRank(a.e.source) - sourceRank(b.e.source) ||
      a.e.span.start - b.e.span.start,
  );
  const mentions = [...c.members]
    .sort((a, b) => a.sourceIndex - b.sourceIndex || a.e.span.start - b.e.span.start)
    .map((m) => ({ source: m.e.source, start: m.e.span.start, end: m.e.span.end, text: m.e.text, sentence: m.sentenceText, date: m.r.date, inferred: m.r.inferred, resolution: m.r.resolution }));
  const event: TimelineEvent = {
    id: '',
    date: lead.r.date,
    ...(lead.r.endDate ? { endDate: lead.r.endDate } : {}),
    precision: lead.r.precision,
    label: byLabel.find((m) => m.e.label)?.e.label ?? lead.e.text,
    inferred: c.members.every((m) => m.r.inferred),
    mentions,
  };
  if (c.conflict) {
    const dates = c.conflict.flatMap((group) => [...new Set(group.map((m) => m.e.source))].map((source) => ({ source, date: group[0]!.r.date })));
    const parts = c.conflict.map((group) => `${[...new Set(group.map((m) => sourceLabel(m.e.source)))].join(', ')} ${group.length === 1 ? 'says' : 'say'} ${group[0]!.r.date}`);
    event.dateConflict = { reason: `Sources date this differently: ${parts.join('; ')}`, dates };
  }
  return event;
}

/** Ids from the date and the label's first words, so they survive re-analysis of unchanged text. */
function assignIds(events: TimelineEvent[]): void {
  const seen = new Map<string, number>();
  for (const ev of events) {
    const words = ev.label.toLowerCase().normalize('NFKD').replace(/[^a-z0-9\s]/g, ' ').split(/\s+/).filter((w) => w.length > 2).slice(0, 4);
    const base = `${ev.date}${ev.endDate ? '_' + ev.endDate : ''}-${words.join('-') || 'event'}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    ev.id = n === 0 ? base : `${base}-${n + 1}`;
  }
}

function conflictDiagnostics(events: readonly TimelineEvent[], clusters: readonly Cluster[], sourceLabel: (id: string) => string): DiagnosticModel[] {
  const out: DiagnosticModel[] = [];
  events.forEach((ev, i) => {
    const groups = clusters[i]!.conflict;
    if (!groups) return;
    const sizes = groups.map((g) => new Set(g.map((m) => m.e.source)).size);
    const max = Math.max(...sizes);
    const majority = sizes.filter((s) => s === max).length === 1 ? sizes.indexOf(max) : -1;
    groups.forEach((group, gi) => {
      if (gi === majority) return;
      const others = groups.filter((_, k) => k !== gi).flat();
      for (const m of group) {
        out.push({
          source: m.e.source,
          start: m.e.span.start,
          end: m.e.span.end,
          severity: 'warning',
          code: 'date-conflict',
          message: `"${m.e.text}" puts "${ev.label}" on ${m.r.date}; ${ev.dateConflict!.reason.replace(/^Sources date this differently: /, '')}`,
          claim: ev.id,
          related: others.map((o) => ({ source: o.e.source, start: o.e.span.start, end: o.e.span.end, message: `${sourceLabel(o.e.source)}: "${o.e.text}" = ${o.r.date}` })),
        });
      }
    });
  });
  return out;
}
