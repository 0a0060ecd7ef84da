// DateExpressions of every source -> resolved DateMentions and one merged timeline: mentions of
// the same happening (overlapping dates, similar words) become one event; the same happening put
// on different dates by different sources becomes one event with a date conflict and diagnostics.
import { labelerFor } from './labels';
import type { DateExpression } from './dates';
import { resolveExpression, type Resolved } from './dateResolve';
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
    const resolved = new Map<DateExpression, Resolved>();
    // stated and reference-relative dates first: "five years earlier" hangs on one of them
    for (const e of input.expressions) {
      if (e.anchor === 'sentence') continue;
      const r = resolveExpression(e, ref);
      if (r) resolved.set(e, r);
    }
    for (const e of input.expressions) {
      if (e.anchor !== 'sentence') continue;
      const r = resolveExpression(e, ref, anchorFor(e, input.expressions, resolved));
      if (r) resolved.set(e, r);
    }
    for (const e of input.expressions) {
      const r = resolved.get(e);
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
      const sentence = input.sentences.find((s) => s.index === e.sentence);
      if (r) placed.push({ e, r, sourceIndex, sentenceText: sentence ? input.source.text.slice(sentence.start, sentence.end) : '' });
    }
  });

  const clusters = cluster(placed);
  const sourceLabel = labelerFor(inputs.map((i) => i.source));
  const events = clusters.map((c) => toEvent(c, sourceLabel));
  assignIds(events);
  const diagnostics = conflictDiagnostics(events, clusters, sourceLabel);
  const order = events.map((ev, i) => ({ ev, c: clusters[i]! }));
  order.sort((a, b) => a.c.members[0]!.r.from - b.c.members[0]!.r.from || a.c.members[0]!.r.to - b.c.members[0]!.r.to || a.ev.id.localeCompare(b.ev.id));
  return { mentions, referenceDates: info, timeline: order.map((o) => o.ev), diagnostics };
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
  const { shared, score } = similarity(a.e.words, b.e.words);
  const sameDay = a.r.precision === 'day' && b.r.precision === 'day' && a.r.from === b.r.from;
  if (sameDay) {
    // every "today" of one report is its news day
    if (a.e.source === b.e.source && a.e.kind === 'relativeDay' && b.e.kind === 'relativeDay') return 0.12;
    return shared >= 2 && score >= 0.12 ? score : 0;
  }
  return (shared >= 3 && score >= 0.25) || (shared >= 2 && score >= 0.5) ? score : 0;
}

const overlaps = (a: Resolved, b: Resolved): boolean => a.from <= b.to && b.from <= a.to;
const sameSentence = (a: Placed, b: Placed): boolean => a.e.source === b.e.source && a.e.sentence === b.e.sentence;

/**
 * Mentions of one precision join when any pair of them is the same happening (single linkage,
 * so the result does not depend on the order of the sources); a coarser group ("in 2025", "last
 * week") then joins the finer group it matches best, never bridging two finer groups.
 */
function cluster(placed: Placed[]): Cluster[] {
  const sorted = [...placed].sort(
    (a, b) =>
      PRECISION_RANK[a.r.precision] - PRECISION_RANK[b.r.precision] ||
      a.r.to - a.r.from - (b.r.to - b.r.from) ||
      a.e.source.localeCompare(b.e.source) ||
      a.e.span.start - b.e.span.start ||
      (a.e.role ?? '').localeCompare(b.e.role ?? ''),
  );
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // sweep by start date so that only overlapping pairs are compared (linear-ish on big sets)
  const byStart = sorted.map((_, i) => i).sort((x, y) => PRECISION_RANK[sorted[x]!.r.precision] - PRECISION_RANK[sorted[y]!.r.precision] || sorted[x]!.r.from - sorted[y]!.r.from);
  for (let k = 0; k < byStart.length; k++) {
    const a = sorted[byStart[k]!]!;
    for (let l = k + 1; l < byStart.length; l++) {
      const b = sorted[byStart[l]!]!;
      if (b.r.precision !== a.r.precision || b.r.from > a.r.to) break;
      if (sameSentence(a, b) || mergeScore(a, b) === 0) continue;
      const [x, y] = [find(byStart[k]!), find(byStart[l]!)];
      // the root is the member that sorts first, so a group's lead does not depend on pair order
      if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
    }
  }
  const groups = new Map<number, Placed[]>();
  sorted.forEach((p, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), p]));
  const clusters: Cluster[] = [];
  for (const members of groups.values()) {
    // groups come finer first: attach this one to the best finer cluster it overlaps and matches
    let best: Cluster | undefined;
    let bestScore = 0;
    for (const c of clusters) {
      const core = c.members[0]!.r;
      if (PRECISION_RANK[core.precision] >= PRECISION_RANK[members[0]!.r.precision]) continue;
      if (!members.every((m) => overlaps(m.r, core))) continue;
      if (c.members.some((m) => members.some((p) => sameSentence(m, p)))) continue;
      const score = Math.max(...c.members.flatMap((m) => members.map((p) => mergeScore(m, p))));
      if (score > bestScore) (best = c), (bestScore = score);
    }
    if (best) best.members.push(...members);
    else clusters.push({ members });
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

function mergeConflicts(clusters: Cluster[]): Cluster[] {
  const sourcesOf = (c: Cluster) => new Set(c.members.map((m) => m.e.source));
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
      let strong = false;
      for (const m of a.members) for (const n of b.members) {
        const s = similarity(m.e.words, n.e.words);
        if (s.shared >= 4 && s.score >= 0.5) strong = true;
      }
      if (!strong) continue;
      // the side more sources tell (then the more precise one) gives the event its date
      const [keep, other] = sourcesOf(b).size > sa.size ? [b, a] : [a, b];
      const merged: Cluster = { members: [...keep.members, ...other.members], conflict: [...(keep.conflict ?? [keep.members]), ...(other.conflict ?? [other.members])] };
      out[i] = merged;
      out.splice(j, 1);
      j = i;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Events


function toEvent(c: Cluster, sourceLabel: (id: string) => string): TimelineEvent {
  const lead = c.members[0]!;
  // a label from a stated date, then from the most precise one, preferring one that needed no cut
  const byLabel = [...c.members].sort(
    (a, b) =>
      Number(a.r.inferred) - Number(b.r.inferred) ||
      PRECISION_RANK[a.r.precision] - PRECISION_RANK[b.r.precision] ||
      Number(a.e.label.endsWith('…')) - Number(b.e.label.endsWith('…')) ||
      a.e.source.localeCompare(b.e.source) ||
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
