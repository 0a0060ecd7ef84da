// DateExpressions of every source -> resolved DateMentions and one merged timeline: mentions of
// the same happening (overlapping dates, similar words) become one event; the same happening put
// on different dates by different sources becomes one event with a date conflict and diagnostics.
//
// Caching, for re-analysis after an edit to one source (the analyzer hands over the same
// expressions and sentences arrays for an unchanged source), in a TimelineStage (one per
// analyzer): the reference dates are memoised (a ReferenceDates, referenceDate.ts); each source's
// resolved dates (its mentions, and Dated records for the loops below) are kept per expressions
// array (WeakMap) with the reference, sentences and text they were resolved with; the clustering
// of the last set is kept (a MentionClusterer, timelineCluster.ts), so an edit that only moves
// spans reuses it. Events, ids and diagnostics are always rebuilt: they carry the spans. Nothing
// kept is handed out: every call returns new objects. Inputs are taken as immutable data (the
// analyzer's are): an expression or sentence changed in place after a call is not noticed, a new
// array or object is.
import { labelerFor } from '../text/labels';
import type { DateExpression } from './expressions';
import { isoDay, resolveExpression, type Reference, type Resolved } from './resolve';
import { ReferenceDates, type ReferenceInfo } from './referenceDate';
import type { DateOptions } from './yearOfDay';
import { MentionClusterer, type ClusterLimits } from './timelineCluster';
import { datedOf, PRECISION_RANK, type Cluster, type Dated, type Placed } from './mentionColumns';
import { dateClaims } from './dateClaims';
import { whenOf, withTimeConflicts } from './timeConflicts';
import { resolveInQuote } from './quotedSpeech';
import { isDatelineOnly } from './dateline';
import type { Claim, DateMention, DiagnosticModel, Sentence, Source, TimelineEvent } from '../types';

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
  /** Each event as a date claim (two or more sources) or a single-source one (dateClaims.ts). */
  claims: Claim[];
  singleSource: Claim[];
}

export interface TimelineStage {
  resolve(inputs: readonly TimelineInput[], options?: DateOptions): TimelineResult;
}

/** What a TimelineStage keeps between calls. */
interface Kept {
  references: ReferenceDates;
  clusterer: MentionClusterer;
  /** Keyed by the expressions array; a hit also needs the same expressions in it, reference and text. */
  resolutions: WeakMap<readonly DateExpression[], SourceResolution>;
}

/**
 * One analyzer's timeline stage, keeping reference dates, resolved sources and clustering between
 * calls. `limits`: the sizes up to which clustering tries every pair (tests lower them).
 */
export function createTimelineStage(limits?: ClusterLimits): TimelineStage {
  const kept: Kept = { references: new ReferenceDates(), clusterer: new MentionClusterer(limits), resolutions: new WeakMap() };
  return { resolve: (inputs, options = {}) => resolveWith(kept, inputs, options) };
}

/** One-shot: a stage of its own, so nothing is kept from or for other calls. */
export function resolveTimeline(inputs: readonly TimelineInput[], options: DateOptions = {}): TimelineResult {
  return createTimelineStage().resolve(inputs, options);
}

function resolveWith(kept: Kept, inputs: readonly TimelineInput[], options: DateOptions): TimelineResult {
  const { refs, info } = kept.references.infer(inputs, options);
  const mentions: DateMention[] = [];
  const placed: Placed[] = [];
  inputs.forEach((input, sourceIndex) => {
    const { dated, mentions: told } = resolvedSource(kept.resolutions, input, refs.get(input.source.id));
    dated.forEach((d, k) => {
      // a new mention (and span) for the caller
      const m = told[k]!;
      mentions.push({ ...m, span: { ...m.span } });
      if (d) placed.push({ d, sourceIndex });
    });
  });

  const sourceRank = collationRanks(placed.map((p) => p.d.source));
  const clusters = withTimeConflicts(foldDatelines(kept.clusterer.cluster(placed, sourceRank)));
  const sourceLabel = labelerFor(inputs.map((i) => i.source));
  const events = clusters.map((c) => toEvent(c, sourceLabel, sourceRank));
  assignIds(events);
  const diagnostics = conflictDiagnostics(events, clusters, sourceLabel);
  const order = events.map((ev, i) => ({ ev, c: clusters[i]! }));
  order.sort((a, b) => a.c.members[0]!.d.from - b.c.members[0]!.d.from || a.c.members[0]!.d.to - b.c.members[0]!.d.to || a.ev.id.localeCompare(b.ev.id));
  const claims = dateClaims(order.map((o) => o.ev), order.map((o) => o.c), sourceLabel);
  return { mentions, referenceDates: info, timeline: order.map((o) => o.ev), diagnostics, ...claims };
}

interface SourceResolution {
  expressions: readonly DateExpression[];
  ref: Reference | undefined;
  sentences: readonly Sentence[];
  text: string;
  /** Per expression: what the timeline reads of it when it resolved, and its mention. */
  dated: (Dated | undefined)[];
  mentions: DateMention[];
}

/** The source's expressions resolved against its reference; kept in `resolutions` while the source is unchanged. */
function resolvedSource(resolutions: Kept['resolutions'], input: TimelineInput, ref: Reference | undefined): SourceResolution {
  const hit = resolutions.get(input.expressions);
  if (
    hit &&
    hit.ref?.day === ref?.day &&
    hit.ref?.inferred === ref?.inferred &&
    hit.ref?.notBefore === ref?.notBefore &&
    hit.sentences === input.sentences &&
    hit.text === input.source.text &&
    hit.expressions.length === input.expressions.length &&
    hit.expressions.every((e, k) => e === input.expressions[k])
  ) {
    return hit;
  }
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
  // "tonight" in quoted speech whose sentence dates the speech (quotedSpeech.ts)
  for (const e of input.expressions) {
    if (e.kind !== 'relativeDay') continue;
    const s = input.sentences.find((x) => x.index === e.sentence);
    const r = resolveInQuote(e, s && { text: input.source.text.slice(s.start, s.end), start: s.start }, input.expressions, resolved, ref);
    if (r) resolved.set(e, r);
  }
  const entry: SourceResolution = { expressions: [...input.expressions], ref: ref && { ...ref }, sentences: input.sentences, text: input.source.text, dated: [], mentions: [] };
  for (const e of input.expressions) {
    const r = resolved.get(e);
    // kept with the span it reads (copied for each caller)
    const mention = { source: e.source, span: e.span, text: e.text, sentence: e.sentence } as DateMention;
    if (r) mention.date = r.date;
    if (r?.endDate) mention.endDate = r.endDate;
    if (r?.time) mention.time = r.time;
    if (r?.dateTime) mention.dateTime = r.dateTime;
    if (r?.yearUnknown) mention.yearUnknown = true;
    mention.precision = r?.precision ?? 'year';
    mention.inferred = r?.inferred ?? false;
    mention.resolution =
      r?.resolution ??
      (ref?.notBefore && e.kind !== 'vague'
        ? `not placed on the calendar: the report was written on ${isoDay(ref.day)} or later and does not say when`
        : ref || e.kind === 'vague'
          ? 'not placed on the calendar: no date to hang it on'
          : 'no reference date to resolve it against');
    entry.mentions.push(mention);
    // a comparison's baseline, or a moment told again on another clock, is read and placed, but is
    // no happening of the timeline (baselines.ts, otherClock.ts)
    if (!r || e.baseline || e.otherClock) {
      entry.dated.push(undefined);
      continue;
    }
    const sentence = input.sentences.find((s) => s.index === e.sentence);
    entry.dated.push(datedOf(e, r, sentence ? input.source.text.slice(sentence.start, sentence.end) : ''));
  }
  resolutions.set(input.expressions, entry);
  return entry;
}

/**
 * A mention whose sentence tells nothing but the date ("HAVANA, August 7 (Xinhua) --") dates the
 * report's own news: it joins the event its source tells on that day (the largest one), instead
 * of standing alone as an event with no happening.
 */
function foldDatelines(clusters: Cluster[]): Cluster[] {
  const bare = (c: Cluster) => c.members.every((m) => m.d.precision === 'day' && (m.d.words.length === 0 || isDatelineOnly(m.d.sentenceText)));
  const out = clusters.filter((c) => !bare(c) || c.conflict);
  for (const c of clusters) {
    if (!bare(c) || c.conflict) continue;
    const { source, from } = c.members[0]!.d;
    let host: Cluster | undefined;
    for (const o of out) {
      if (o.members.some((m) => m.d.source === source && m.d.precision === 'day' && m.d.from === from) && (!host || o.members.length > host.members.length)) host = o;
    }
    if (host && c.members.every((m) => m.d.source === source && m.d.from === from)) host.members.push(...c.members);
    else out.push(c);
  }
  return out;
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
// Events

function toEvent(c: Cluster, sourceLabel: (id: string) => string, sourceRank: (source: string) => number): TimelineEvent {
  const lead = c.members[0]!;
  // a label from a stated date, then from the most precise one, preferring one that needed no cut:
  // the first labelled mention in that order (ties: the first member, as a stable sort keeps it)
  const labelOrder = (a: Placed, b: Placed) =>
    Number(a.d.inferred) - Number(b.d.inferred) ||
    PRECISION_RANK[a.d.precision] - PRECISION_RANK[b.d.precision] ||
    Number(a.d.label.endsWith('…')) - Number(b.d.label.endsWith('…')) ||
    sourceRank(a.d.source) - sourceRank(b.d.source) ||
    a.d.start - b.d.start;
  let labelled: Placed | undefined;
  for (const m of c.members) if (m.d.label && (!labelled || labelOrder(m, labelled) < 0)) labelled = m;
  const mentions = [...c.members]
    .sort((a, b) => a.sourceIndex - b.sourceIndex || a.d.start - b.d.start)
    .map(({ d }) => ({ source: d.source, start: d.start, end: d.end, text: d.text, sentence: d.sentenceText, date: d.date, inferred: d.inferred, resolution: d.resolution, ...(d.time ? { time: d.time } : {}) }));
  const event: TimelineEvent = {
    id: '',
    date: lead.d.date,
    ...(lead.d.endDate ? { endDate: lead.d.endDate } : {}),
    precision: lead.d.precision,
    label: labelled?.d.label ?? lead.d.text,
    inferred: c.members.every((m) => m.d.inferred),
    ...(lead.d.yearUnknown ? { yearUnknown: true as const } : {}),
    mentions,
  };
  if (c.conflict) {
    // a conflict on the time of day names the day and time each side gives
    const when = (d: Dated) => (c.conflictOn === 'time' ? whenOf(d) : d.date);
    const dates = c.conflict.flatMap((group) => [...new Set(group.map((m) => m.d.source))].map((source) => ({ source, date: when(group[0]!.d) })));
    const parts = c.conflict.map((group) => `${[...new Set(group.map((m) => sourceLabel(m.d.source)))].join(', ')} ${group.length === 1 ? 'says' : 'say'} ${when(group[0]!.d)}`);
    event.dateConflict = {
      reason: `${c.conflictOn === 'time' ? 'Sources time this differently' : 'Sources date this differently'}: ${parts.join('; ')}`,
      dates,
      ...(c.conflictOn === 'time' ? { on: 'time' as const } : {}),
    };
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
    const sizes = groups.map((g) => new Set(g.map((m) => m.d.source)).size);
    const max = Math.max(...sizes);
    const majority = sizes.filter((s) => s === max).length === 1 ? sizes.indexOf(max) : -1;
    const reason = ev.dateConflict!.reason.replace(/^Sources (?:date|time) this differently: /, '');
    const when = (d: Dated) => (clusters[i]!.conflictOn === 'time' ? whenOf(d) : d.date);
    // every mention is related to each diagnostic of the other groups: its message written once
    const told = new Map<Placed, string>();
    const tell = (o: Placed) => {
      let message = told.get(o);
      if (message === undefined) told.set(o, (message = `${sourceLabel(o.d.source)}: "${o.d.text}" = ${when(o.d)}`));
      return message;
    };
    groups.forEach((group, gi) => {
      if (gi === majority) return;
      const others = groups.filter((_, k) => k !== gi).flat();
      for (const m of group) {
        out.push({
          source: m.d.source,
          start: m.d.start,
          end: m.d.end,
          code: 'date-conflict',
          message: `"${m.d.text}" puts "${ev.label}" ${clusters[i]!.conflictOn === 'time' ? 'at' : 'on'} ${when(m.d)}; ${reason}`,
          claim: ev.id,
          related: others.map((o) => ({ source: o.d.source, start: o.d.start, end: o.d.end, message: tell(o) })),
        });
      }
    });
  });
  return out;
}
