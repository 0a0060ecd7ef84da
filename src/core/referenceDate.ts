// The date each source's relative expressions hang on. Plain-text reports rarely carry their
// publication date, so unless a `Date:` line or the referenceDate option gives it, it is inferred
// from the set: the source's own full dates, a happening another source dates explicitly ("today"
// here, "March 30" there), and the latest year the sources tell in the past tense.
import type { DateExpression } from './dates';
import { matchDates } from './dateGrammar';
import { dayOf, isoDay, parseIsoDay, resolveExpression, weekdayOfDay, ymd, type Reference, type Resolved } from './dateResolve';
import type { Source } from './types';
import { labelerFor } from './labels';

export interface SourceDates {
  source: Source;
  expressions: readonly DateExpression[];
}

export interface ReferenceInfo {
  date: string;
  inferred: boolean;
  how: string;
}

/** How alike two sorted, duplicate-free word lists are: shared words and the overlap coefficient. */
export function similarity(a: readonly string[], b: readonly string[]): { shared: number; score: number } {
  // both lists are sorted and unique (DateExpression.words): a merge walk, no allocation
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! === b[j]!) shared++, i++, j++;
    else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const min = Math.min(a.length, b.length);
  return { shared, score: min === 0 ? 0 : shared / min };
}

/** Two sentences that tell the same happening share several content words. */
export const sameHappening = (a: readonly string[], b: readonly string[]): number => {
  const s = similarity(a, b);
  return s.shared >= 3 && s.score >= 0.3 ? s.score : 0;
};

const DATELINE = /^\s*(?:date|dated|published|updated|posted)\s*:\s*(.+?)\s*$/i;

/** A `Date: 2025-03-30` (or "Published: March 30, 2025") line among the first lines of the text. */
export function datelineOf(text: string): number | undefined {
  const lines = text.split(/\r?\n/).filter((l) => l.trim()).slice(0, 5);
  for (const line of lines) {
    const m = DATELINE.exec(line);
    if (!m) continue;
    const iso = parseIsoDay(m[1]!.slice(0, 10));
    if (iso !== undefined) return iso;
    const full = matchDates(m[1]!).find((d) => d.kind === 'date');
    if (full) return dayOf(full.year!, full.month!, full.day!);
  }
  return undefined;
}


export function inferReferenceDates(
  inputs: readonly SourceDates[],
  options: { referenceDate?: string },
): { refs: Map<string, Reference>; info: Record<string, ReferenceInfo> } {
  const refs = new Map<string, Reference>();
  const info: Record<string, ReferenceInfo> = {};
  const label = labelerFor(inputs.map((i) => i.source));
  const set = (id: string, day: number, inferred: boolean, how: string) => {
    refs.set(id, { day, inferred });
    info[id] = { date: isoDay(day), inferred, how };
  };

  const override = options.referenceDate ? parseIsoDay(options.referenceDate) : undefined;
  if (override !== undefined) {
    for (const { source } of inputs) set(source.id, override, false, 'set by the referenceDate option');
    return { refs, info };
  }
  for (const { source } of inputs) {
    const day = datelineOf(source.text);
    if (day !== undefined) set(source.id, day, false, 'the "Date:" line at the top of the file');
  }

  // Nothing told in the past tense happens after its report: the latest such stated date bounds
  // the reference dates from below.
  let lowerBound: { day: number; text: string; source: string } | undefined;
  for (const { source, expressions } of inputs) {
    for (const e of expressions) {
      if (e.tense !== 'past' || e.range || !['date', 'monthYear', 'year', 'period'].includes(e.kind)) continue;
      const r = resolveExpression(e, undefined);
      if (r && (!lowerBound || r.to > lowerBound.day)) lowerBound = { day: r.to, text: e.text, source: source.id };
    }
  }

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
  const known = consensusOf(new Map([...refs, ...[...stated].map(([id, day]) => [id, { day, inferred: true }] as const)]), label);
  const placedDays: [string, { day: number; how: string }][] = [];
  for (const input of pending) {
    let best: { day: number; how: string } | undefined;
    for (const e of input.expressions) {
      if (e.tense === 'future' || e.range || (e.kind !== 'date' && e.kind !== 'monthDay')) continue;
      const placed = e.kind === 'date' ? { day: dayOf(e.year!, e.month!, e.day!), how: 'stated in full' } : placeMonthDay(e, input, inputs, lowerBound, known);
      if (placed && (!best || placed.day > best.day)) best = placed;
    }
    if (best) placedDays.push([input.source.id, best]);
  }
  for (const [id, best] of placedDays) set(id, best.day, true, `the latest date the text states: ${best.how}`);

  // 2. "today" / "on Sunday" about a happening another source dates
  for (let pass = 0; pass < 3; pass++) {
    const settled = new Map(refs);
    const agreed = consensus();
    const found = inputs.flatMap((input) => {
      if (refs.has(input.source.id)) return [];
      const match = matchOtherSource(input, inputs, settled, agreed);
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
  return { refs, info };
}

/** The day most sources' references share (the later one on a tie), with who says so. */
function consensusOf(refs: ReadonlyMap<string, Reference>, label: (id: string) => string): { day: number; from: string[] } | undefined {
  const counts = new Map<number, string[]>();
  for (const [id, r] of [...refs].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) counts.set(r.day, [...(counts.get(r.day) ?? []), label(id)]);
  let best: { day: number; from: string[] } | undefined;
  for (const [day, from] of counts) if (!best || from.length > best.from.length || (from.length === best.from.length && day > best.day)) best = { day, from };
  return best;
}

/** The year of a "March 30": after the latest past date of the set, on the weekday other sources give it. */
function placeMonthDay(
  e: DateExpression,
  self: SourceDates,
  inputs: readonly SourceDates[],
  lowerBound: { day: number; text: string; source: string } | undefined,
  known: { day: number } | undefined,
): { day: number; how: string } | undefined {
  const label = labelerFor(inputs.map((i) => i.source));
  if (known) {
    const r = resolveExpression(e, { day: known.day, inferred: true });
    return r && { day: r.from, how: `"${e.text}" = ${r.date} (${r.resolution})` };
  }
  if (!lowerBound) return undefined;
  let y = ymd(lowerBound.day).y;
  if (dayOf(y, e.month!, e.day!) <= lowerBound.day) y++;
  const after = `the first after "${lowerBound.text}" (${label(lowerBound.source)})`;
  const placed = (year: number, why: string) => {
    const day = dayOf(year, e.month!, e.day!);
    return { day, how: `"${e.text}" = ${isoDay(day)}: ${why}` };
  };
  // a weekday another source gives the same happening picks among the next few years
  for (const other of [...inputs].sort((a, b) => (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0))) {
    if (other === self) continue;
    for (const x of other.expressions) {
      if (x.kind !== 'weekday' || x.shift || sameHappening(x.words, e.words) === 0) continue;
      for (let k = 0; k < 12; k++) {
        if (weekdayOfDay(dayOf(y + k, e.month!, e.day!)) === x.weekday) return placed(y + k, `${after}, a ${x.text} as ${label(other.source.id)} says`);
      }
    }
  }
  return placed(y, after);
}

// a source's reference never changes once set, so each of its expressions is resolved once
const resolvedCache = new WeakMap<DateExpression, { ref: Reference; r: Resolved | undefined }>();
function resolvedOnce(e: DateExpression, ref: Reference): Resolved | undefined {
  const hit = resolvedCache.get(e);
  if (hit && hit.ref.day === ref.day && hit.ref.inferred === ref.inferred) return hit.r;
  const r = resolveExpression(e, ref);
  resolvedCache.set(e, { ref, r });
  return r;
}

/** A "today" or weekday of this source that tells a happening an already-dated source puts on a day. */
function matchOtherSource(
  input: SourceDates,
  inputs: readonly SourceDates[],
  refs: Map<string, Reference>,
  known: { day: number } | undefined,
): { day: number; how: string } | undefined {
  const label = labelerFor(inputs.map((i) => i.source));
  let best: { day: number; how: string; score: number } | undefined;
  for (const e of input.expressions) {
    const isToday = e.kind === 'relativeDay' && e.offset === 0;
    if (!isToday && !(e.kind === 'weekday' && !e.shift)) continue;
    for (const other of inputs) {
      const ref = refs.get(other.source.id);
      if (other === input || !ref) continue;
      for (const x of other.expressions) {
        const score = sameHappening(e.words, x.words);
        if (score === 0 || (best && score < best.score)) continue;
        const r = resolvedOnce(x, ref);
        if (!r || r.precision !== 'day') continue;
        if (!isToday && weekdayOfDay(r.from) !== e.weekday) continue;
        const told = `"${e.text}" is the happening ${label(other.source.id)} puts on ${r.date} ("${x.text}")`;
        // a weekday fixes the happening, not the report: keep the set's news day when it agrees
        const agrees = !isToday && known && resolveExpression(e, { day: known.day, inferred: true })?.from === r.from;
        const candidate = agrees ? { day: known!.day, how: `${told}; the set's reference date ${isoDay(known!.day)} agrees`, score } : { day: r.from, how: told, score };
        // equal evidence: the later day, so the order of the sources does not decide
        if (!best || score > best.score || candidate.day > best.day) best = candidate;
      }
    }
  }
  return best && { day: best.day, how: best.how };
}
