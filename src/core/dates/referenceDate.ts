// The date each source's relative expressions hang on. Plain-text reports rarely carry their
// publication date, so unless a `Date:` line or the referenceDate option gives it, it is inferred
// from the set: the source's own full dates, a happening another source dates explicitly ("today"
// here, "March 30" there), and the latest year the sources tell in the past tense.
//
// Caching, in a ReferenceDates (one per analyzer): the whole inference is memoised on what it
// reads, the last set only (referenceDateMemo.ts decides when that set is the same), and each
// expression of an already-dated source is resolved once. The computation finds "the same
// happening" through an index of the sentences' words (happenings.ts) instead of comparing every
// expression with every other.
import type { DateExpression } from './expressions';
import { dayOf, isoDay, parseIsoDay, resolveExpression, weekdayOfDay, ymd, type Reference, type Resolved } from './resolve';
import { labelerFor } from '../text/labels';
import { Happenings } from './happenings';
import { keyOf, LastSetMemo } from './referenceDateMemo';
import { datelineKey, datelineOf, type Dateline } from './dateline';
import { clampInto, lastDayOf, partialDatelineOf, updatedAfter, type PartialDateline } from './datelineBounds';
import { writtenLater } from './laterReports';
import { currentYearOf, inCurrentYear, inSetYear, setYearOf, todayOf, yearByWeekday, type Bounds, type DateOptions, type LowerBound } from './yearOfDay';

import type { SourceDates } from './sourceDates';

export interface ReferenceInfo {
  date: string;
  inferred: boolean;
  how: string;
  /** Written on `date` or later; the text does not say when (laterReports.ts). */
  notBefore?: true;
}

// ---------------------------------------------------------------------------
// Memo of the last set

type Inferred = { refs: Map<string, Reference>; info: Record<string, ReferenceInfo> };

/** One decision: this source's reference date, and how it was found. */
type Decision = [id: string, day: number, inferred: boolean, how: string, notBefore?: true];

/** An expression resolved against a reference, from a cache where the caller keeps one. */
type ResolveOnce = (e: DateExpression, ref: Reference) => Resolved | undefined;

/** Reference-date inference with what it keeps between calls; one per analyzer. */
export class ReferenceDates {
  private readonly memo = new LastSetMemo<Decision[]>();
  // a source's reference never changes once set, so each of its expressions is resolved once
  private readonly resolved = new WeakMap<DateExpression, { ref: Reference; r: Resolved | undefined }>();

  infer(inputs: readonly SourceDates[], options: DateOptions): Inferred {
    const datelines = inputs.map((i) => datelineOf(i.source.text));
    // a `Date:` line with only a month or a year, where there is no full one
    const partials = datelines.map((d, i) => (d ? undefined : partialDatelineOf(inputs[i]!.source.text)));
    const key = keyOf(inputs, options, datelines.map((d, i) => datelineKey(d) ?? partials[i]?.text));
    const decisions = this.memo.get(key, () => infer(inputs, options, datelines, partials, this.resolvedOnce));
    // the decisions replayed: new objects for every caller, the memo cannot be changed from outside
    const refs = new Map<string, Reference>();
    const info: Record<string, ReferenceInfo> = {};
    for (const [id, day, inferred, how, notBefore] of decisions) {
      refs.set(id, { day, inferred, ...(notBefore ? { notBefore } : {}) });
      info[id] = { date: isoDay(day), inferred, how, ...(notBefore ? { notBefore } : {}) };
    }
    return { refs, info };
  }

  private readonly resolvedOnce: ResolveOnce = (e, ref) => {
    const hit = this.resolved.get(e);
    if (hit && hit.ref.day === ref.day && hit.ref.inferred === ref.inferred && hit.ref.notBefore === ref.notBefore) return hit.r;
    const r = resolveExpression(e, ref);
    this.resolved.set(e, { ref, r });
    return r;
  };
}

// ---------------------------------------------------------------------------
// Inference

function infer(
  inputs: readonly SourceDates[],
  options: DateOptions,
  datelines: readonly (Dateline | undefined)[],
  partials: readonly (PartialDateline | undefined)[],
  resolvedOnce: ResolveOnce,
): Decision[] {
  const decisions: Decision[] = [];
  const refs = new Map<string, Reference>();
  const label = labelerFor(inputs.map((i) => i.source));
  const set = (id: string, day: number, inferred: boolean, how: string, notBefore?: true) => {
    refs.set(id, { day, inferred, ...(notBefore ? { notBefore } : {}) });
    const at = decisions.findIndex((d) => d[0] === id);
    const decision: Decision = notBefore ? [id, day, inferred, how, notBefore] : [id, day, inferred, how];
    if (at >= 0) decisions[at] = decision;
    else decisions.push(decision);
  };

  const override = options.referenceDate ? parseIsoDay(options.referenceDate) : undefined;
  if (override !== undefined) {
    for (const { source } of inputs) set(source.id, override, false, 'set by the referenceDate option');
    return decisions;
  }
  const today = todayOf(options);
  inputs.forEach(({ source, expressions }, i) => {
    const d = datelines[i];
    if (d?.year === undefined) return;
    // a live blog's first day at the top, its later updates dated in the body (datelineBounds.ts)
    const first = dayOf(d.year, d.month, d.day);
    const update = updatedAfter(source.text, expressions, first, today);
    set(source.id, update?.day ?? first, false, update ? `${d.how} (${isoDay(first)}), moved to the latest update the text dates: "${update.text}"` : d.how);
  });

  // Nothing told in the past tense happens after its report: the latest such stated date bounds
  // the reference dates from below.
  let lowerBound: LowerBound | undefined;
  for (const { source, expressions } of inputs) {
    for (const e of expressions) {
      if (e.tense !== 'past' || e.range || !['date', 'monthYear', 'year', 'period'].includes(e.kind)) continue;
      const r = resolveExpression(e, undefined);
      if (r && (!lowerBound || r.to > lowerBound.day)) lowerBound = { day: r.to, text: e.text, source: source.id };
    }
  }

  // A future-tense stated date is after its report: the earliest such date bounds the reference
  // dates from above.
  let upperBound: LowerBound | undefined;
  for (const { source, expressions } of inputs) {
    for (const e of expressions) {
      if (e.tense !== 'future' || !['date', 'monthYear', 'year', 'period'].includes(e.kind)) continue;
      const r = resolveExpression(e, undefined);
      if (r && (!upperBound || r.from < upperBound.day)) upperBound = { day: r.from, text: e.text, source: source.id };
    }
  }
  const happenings = new Happenings(inputs);
  const current = currentYearOf(inputs, happenings);
  const bounds: Bounds = { lower: lowerBound, upper: upperBound, setYear: setYearOf(inputs), today, ...(current ? { current } : {}) };

  const consensus = () => consensusOf(refs, label);

  // Every step below decides each source from what the steps before it settled, never from a
  // source decided earlier in the same step, so the order of the sources cannot change a date.

  // 1. the source's own latest full date ("March 30" takes its year from the set: the datelines
  //    and the dates stated in full)
  const pending = inputs.filter((input) => !refs.has(input.source.id));
  const stated = new Map<string, number>();
  for (const input of pending) {
    for (const e of input.expressions) {
      if (e.tense === 'future' || e.range || e.kind !== 'date') continue;
      const day = dayOf(e.year!, e.month!, e.day!);
      if (day > (stated.get(input.source.id) ?? -Infinity)) stated.set(input.source.id, day);
    }
  }
  // with no date in full anywhere, a weekday with a day and month ("Thursday, March 23") fixes the year
  if (refs.size === 0 && stated.size === 0) {
    bounds.byWeekday = true;
    for (const input of pending) {
      for (const e of input.expressions) {
        if (e.kind !== 'monthDay' || e.weekday === undefined || e.tense === 'future' || e.range) continue;
        const placed = yearByWeekday(e, bounds, label);
        if (placed && placed.day > (stated.get(input.source.id) ?? -Infinity)) stated.set(input.source.id, placed.day);
      }
    }
  }
  const known = consensusOf(new Map([...refs, ...[...stated].map(([id, day]) => [id, { day, inferred: true }] as const)]), label);
  const placedDays: [string, { day: number; how: string }][] = [];
  pending.forEach((input) => {
    // a dateline without its year ("KOCHI, Jul 14:") dates the report, whatever the text tells
    const d = datelines[inputs.indexOf(input)];
    if (d) {
      const asExpression = { kind: 'monthDay', month: d.month, day: d.day, tense: 'past', text: d.how, words: [] as string[] } as unknown as DateExpression;
      const placed = placeMonthDay(asExpression, input, happenings, { ...bounds, byWeekday: false }, known, label);
      if (placed) placedDays.push([input.source.id, { day: placed.day, how: `${d.how}, its year inferred: ${placed.how}` }]);
    }
  });
  for (const input of pending) {
    if (datelines[inputs.indexOf(input)]) continue;
    let best: { day: number; how: string } | undefined;
    for (const e of input.expressions) {
      if (e.tense === 'future' || e.range || (e.kind !== 'date' && e.kind !== 'monthDay')) continue;
      // a day and month only mentioned, not told as a happening ("he said 23 June would be known
      // as ..."), says nothing of when the report was written while the set tells a news day
      if (e.kind === 'monthDay' && e.tense !== 'past' && known) continue;
      const placed = e.kind === 'date' ? { day: dayOf(e.year!, e.month!, e.day!), how: 'stated in full' } : placeMonthDay(e, input, happenings, bounds, known, label);
      if (placed && (!best || placed.day > best.day)) best = placed;
    }
    if (best) placedDays.push([input.source.id, best]);
  }
  for (const [id, best] of placedDays) set(id, best.day, true, best.how.startsWith('the dateline') || best.how.startsWith('the "') ? best.how : `the latest date the text states: ${best.how}`);

  // 2. "today" / "on Sunday" about a happening another source dates
  for (let pass = 0; pass < 3; pass++) {
    const settled = inputs.map((input) => refs.get(input.source.id));
    const agreed = consensus();
    const found = inputs.flatMap((input) => {
      if (refs.has(input.source.id)) return [];
      const match = matchOtherSource(input, happenings, settled, agreed, label, resolvedOnce);
      return match ? [[input.source.id, match] as const] : [];
    });
    for (const [id, match] of found) set(id, match.day, true, match.how);
    if (found.length === 0) break;
  }

  // 3. a source with no datable happening of its own belongs to the set's news day
  const c = consensus();
  if (c) {
    for (const { source } of inputs) {
      if (!refs.has(source.id)) set(source.id, c.day, true, `no happening of its own to date; the set's reference date (from ${c.from.join(', ')})`);
    }
  }

  // 4. a report that names the day it was taken to be from by its date or month, and other days by
  //    weekday, was written later (laterReports.ts); each source from its own reference alone
  const settled = new Map(refs);
  const corroborated = (self: SourceDates) => (e: DateExpression, day: number) =>
    happenings.of(e.words).ids.some((id) => {
      const ref = settled.get(happenings.input(id).source.id);
      if (happenings.input(id) === self || !ref) return false;
      const r = resolvedOnce(happenings.expression(id), ref);
      return !!r && r.precision === 'day' && r.from === day;
    });
  for (const input of inputs) {
    const ref = settled.get(input.source.id);
    const later = ref && writtenLater(input, ref, corroborated(input));
    if (later) set(input.source.id, later.day, true, later.how, true);
  }

  // 5. a `Date:` line with only a month or a year keeps the reference date inside it
  inputs.forEach(({ source }, i) => {
    const part = partials[i];
    if (!part) return;
    const at = decisions.find((d) => d[0] === source.id);
    const placed = at ? clampInto(part, at[1], at[3]) : lastDayOf(part, today);
    set(source.id, placed.day, true, placed.how, at?.[4]);
  });
  return decisions;
}

/** The day most sources' references share (the later one on a tie), with who says so. */
function consensusOf(refs: ReadonlyMap<string, Reference>, label: (id: string) => string): { day: number; from: string[] } | undefined {
  const counts = new Map<number, string[]>();
  for (const [id, r] of [...refs].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const from = counts.get(r.day);
    if (from) from.push(label(id));
    else counts.set(r.day, [label(id)]);
  }
  let best: { day: number; from: string[] } | undefined;
  for (const [day, from] of counts) if (!best || from.length > best.from.length || (from.length === best.from.length && day > best.day)) best = { day, from };
  return best;
}

/** The year of a "March 30": after the latest past date of the set, on the weekday other sources give it. */
function placeMonthDay(
  e: DateExpression,
  self: SourceDates,
  happenings: Happenings,
  bounds: Bounds,
  known: { day: number } | undefined,
  label: (id: string) => string,
): { day: number; how: string } | undefined {
  const lowerBound = bounds.lower;
  if (e.weekday !== undefined && (bounds.byWeekday || !known)) {
    const placed = yearByWeekday(e, bounds, label);
    if (placed) return placed;
  }
  if (known) {
    const r = resolveExpression(e, { day: known.day, inferred: true });
    return r && { day: r.from, how: `"${e.text}" = ${r.date} (${r.resolution})` };
  }
  // a weekday another source gives the same happening: the other sources in the order of their
  // ids, each one's expressions in order
  const weekdays = happenings
    .of(e.words)
    .ids.filter((id) => happenings.input(id) !== self && happenings.expression(id).kind === 'weekday' && !happenings.expression(id).shift)
    .sort((a, b) => happenings.idRank(a) - happenings.idRank(b) || a - b);
  // the year the set says it is written in, when it is not before the latest past date
  const current = inCurrentYear(e, bounds, label);
  if (current) return current;
  if (!lowerBound) {
    if (bounds.upper || bounds.setYear !== undefined) return inSetYear(e, bounds, label);
    // no year anywhere in the set: the weekday another source gives it fixes one, not after today
    for (const id of weekdays) {
      const x = happenings.expression(id);
      const placed = yearByWeekday(e, bounds, label, x.weekday);
      if (placed) return { ...placed, how: `${placed.how}; the weekday is "${x.text}" as ${label(happenings.input(id).source.id)} says` };
    }
    return undefined;
  }
  let y = ymd(lowerBound.day).y;
  if (dayOf(y, e.month!, e.day!) <= lowerBound.day) y++;
  const after = `the first after "${lowerBound.text}" (${label(lowerBound.source)})`;
  const placed = (year: number, why: string) => {
    const day = dayOf(year, e.month!, e.day!);
    return { day, how: `"${e.text}" = ${isoDay(day)}: ${why}` };
  };
  // ... picks among the next few years
  for (const id of weekdays) {
    const x = happenings.expression(id);
    for (let k = 0; k < 12; k++) {
      if (weekdayOfDay(dayOf(y + k, e.month!, e.day!)) === x.weekday) return placed(y + k, `${after}, a ${x.text} as ${label(happenings.input(id).source.id)} says`);
    }
  }
  return placed(y, after);
}

/**
 * A "today" or weekday of this source that tells a happening an already-dated source puts on a
 * day: the best score, then the later day, then the first in the order of the source's
 * expressions and the set's (the all-pairs loop's rule). `settled` is each input's reference.
 */
function matchOtherSource(
  input: SourceDates,
  happenings: Happenings,
  settled: readonly (Reference | undefined)[],
  known: { day: number } | undefined,
  label: (id: string) => string,
  resolvedOnce: ResolveOnce,
): { day: number; how: string } | undefined {
  // the strings that say how are only written for the best match
  let best: { day: number; score: number; e: DateExpression; x: DateExpression; r: Resolved; other: SourceDates; agrees: boolean } | undefined;
  for (const e of input.expressions) {
    const isToday = e.kind === 'relativeDay' && e.offset === 0;
    if (!isToday && !(e.kind === 'weekday' && !e.shift)) continue;
    let onKnown: number | undefined | null = null; // e resolved on the set's news day, once
    // best score first: a lower score than the best so far cannot win, nor can anything after it
    const { ids, scores } = happenings.of(e.words);
    for (let k = 0; k < ids.length; k++) {
      const score = scores[k]!;
      if (best && score < best.score) break;
      const other = happenings.input(ids[k]!);
      const ref = settled[happenings.inputIndex(ids[k]!)];
      if (other === input || !ref) continue;
      const x = happenings.expression(ids[k]!);
      const r = resolvedOnce(x, ref);
      if (!r || r.precision !== 'day') continue;
      if (!isToday && weekdayOfDay(r.from) !== e.weekday) continue;
      // a weekday fixes the happening, not the report: keep the set's news day when it agrees
      if (!isToday && known && onKnown === null) onKnown = resolveExpression(e, { day: known.day, inferred: true })?.from;
      const agrees = !isToday && !!known && onKnown === r.from;
      const day = agrees ? known!.day : r.from;
      // equal evidence: the later day, so the order of the sources does not decide; equal days:
      // the first in order, as the ids of one score come in order
      if (!best || score > best.score || day > best.day) best = { day, score, e, x, r, other, agrees };
    }
  }
  if (!best) return undefined;
  const told = `"${best.e.text}" is the happening ${label(best.other.source.id)} puts on ${best.r.date} ("${best.x.text}")`;
  return { day: best.day, how: best.agrees ? `${told}; the set's reference date ${isoDay(known!.day)} agrees` : told };
}