// The year of a day and month that no source dates in full: the bounds the set's stated dates
// put on it, the year its dates name most, a weekday told with it and, when no source states a
// year at all, the reader's today (reports tell of the past). Split from referenceDate.ts, which
// decides each source's reference date with these.
import type { DateExpression } from './expressions';
import { dayOf, isoDay, parseIsoDay, weekdayOfDay, ymd } from './resolve';
import type { SourceDates } from './sourceDates';
import type { Happenings } from './happenings';

/** `today`: the reader's date (ISO), the latest a year inferred for a set that states none can put a day; the run's date by default. */
export type DateOptions = { referenceDate?: string; today?: string };

export type LowerBound = { day: number; text: string; source: string };
/** What bounds the reference dates when no source is dated: past-tense and future-tense stated dates, the set's year. */
export type Bounds = { lower?: LowerBound; upper?: LowerBound; setYear?: number; byWeekday?: boolean; today: number; current?: CurrentYear };

/** The reports' own year, from "this year" in one source and the year another states for the same happening. */
export type CurrentYear = { year: number; text: string; source: string; relative: string; relativeSource: string };

/** The reader's day: reports tell of the past, so a year no source states is at latest this one's. */
export function todayOf(options: DateOptions): number {
  const given = options.today ? parseIsoDay(options.today) : undefined;
  return given ?? Math.floor(Date.now() / 86_400_000);
}

/**
 * The year the set's dates in full name most often (the later on a tie). A bare year, or a date
 * told in the past tense, is too often a happening the reports recall ("its peak in 2007").
 */
export function setYearOf(inputs: readonly SourceDates[]): number | undefined {
  const counts = new Map<number, number>();
  for (const { expressions } of inputs) {
    for (const e of expressions) if ((e.kind === 'date' || e.kind === 'monthYear') && e.tense !== 'past') counts.set(e.year!, (counts.get(e.year!) ?? 0) + 1);
  }
  let best: [number, number] | undefined;
  for (const [year, n] of counts) if (!best || n > best[1] || (n === best[1] && year > best[0])) best = [year, n];
  return best?.[0];
}

/**
 * The year in which a day and month fall on the weekday given with them (or, `weekday`, that
 * another source gives the same happening): the latest not after the earliest future-tense date of
 * the set, else the first not before its latest past-tense date, else the nearest to the set's
 * year, else, when no source states a year, the latest not after today (reports tell of the past).
 */
export function yearByWeekday(e: DateExpression, bounds: Bounds, label: (id: string) => string, weekday = e.weekday): { day: number; how: string } | undefined {
  const { lower, upper, setYear, today } = bounds;
  const center = upper ? ymd(upper.day).y : lower ? ymd(lower.day).y : (setYear ?? ymd(today).y);
  const byToday = !upper && !lower && setYear === undefined;
  const matching: number[] = [];
  for (let y = center - 28; y <= center + 28; y++) {
    const day = dayOf(y, e.month!, e.day!);
    if (ymd(day).m !== e.month || weekdayOfDay(day) !== weekday) continue;
    if ((upper && day > upper.day) || (lower && day < lower.day) || (byToday && day > today)) continue;
    matching.push(day);
  }
  if (matching.length === 0) return undefined;
  const day =
    upper || byToday ? matching[matching.length - 1]! : lower ? matching[0]! : matching.reduce((a, b) => (Math.abs(ymd(b).y - center) < Math.abs(ymd(a).y - center) ? b : a));
  const why = upper
    ? `the latest such year not after "${upper.text}" (${label(upper.source)}, future tense)`
    : lower
      ? `the first such year after "${lower.text}" (${label(lower.source)})`
      : byToday
        ? `the latest such year not after today, ${isoDay(today)} (no source states a year; reports tell of the past)`
        : `the such year nearest to ${center}, the year the set's dates name most`;
  return { day, how: `"${e.text}" = ${isoDay(day)}: inferred from weekday and date, the day and month fall on that weekday in ${ymd(day).y}, ${why}` };
}


/** A day and month with nothing else to go on: the latest not after the set's earliest future date, else in the set's year. */
export function inSetYear(e: DateExpression, bounds: Bounds, label: (id: string) => string): { day: number; how: string } {
  const { upper, setYear } = bounds;
  if (upper) {
    let y = ymd(upper.day).y;
    if (dayOf(y, e.month!, e.day!) > upper.day) y--;
    const day = dayOf(y, e.month!, e.day!);
    return { day, how: `"${e.text}" = ${isoDay(day)}: the latest not after "${upper.text}" (${label(upper.source)}, future tense)` };
  }
  const day = dayOf(setYear!, e.month!, e.day!);
  return { day, how: `"${e.text}" = ${isoDay(day)}: in ${setYear}, the year the set's dates name most` };
}


/**
 * The year the reports are written in, when the set says it through one happening: "expected to
 * close this calendar year" (or "by the end of the year") in one source, "expected to close by the
 * end of 2016" in another. Only a happening told ahead or now counts (a year told in the past is
 * often one the reports recall); the year most such pairs give, none when two years tie.
 */
export function currentYearOf(inputs: readonly SourceDates[], happenings: Happenings): CurrentYear | undefined {
  const votes = new Map<number, { n: number; first: CurrentYear }>();
  for (const input of inputs) {
    for (const e of input.expressions) {
      if (e.kind !== 'relativePeriod' || e.unit !== 'year' || e.offset !== 0 || e.tense === 'past' || e.part) continue;
      const { ids } = happenings.of(e.words);
      for (const id of ids) {
        const x = happenings.expression(id);
        if (happenings.input(id) === input || x.tense === 'past' || x.range === 'start' || (x.kind !== 'year' && x.kind !== 'date' && x.kind !== 'monthYear')) continue;
        const vote = votes.get(x.year!);
        if (vote) vote.n++;
        else votes.set(x.year!, { n: 1, first: { year: x.year!, text: x.text, source: happenings.input(id).source.id, relative: e.text, relativeSource: input.source.id } });
      }
    }
  }
  const ranked = [...votes.values()].sort((a, b) => b.n - a.n);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1]!.n === ranked[0]!.n)) return undefined;
  return ranked[0]!.first;
}

/** A day and month in the reports' own year (`bounds.current`), when that is not before the set's latest past date. */
export function inCurrentYear(e: DateExpression, bounds: Bounds, label: (id: string) => string): { day: number; how: string } | undefined {
  const c = bounds.current;
  if (!c) return undefined;
  const day = dayOf(c.year, e.month!, e.day!);
  if (ymd(day).m !== e.month || (bounds.lower && day < bounds.lower.day)) return undefined;
  return {
    day,
    how: `"${e.text}" = ${isoDay(day)}: in ${c.year}, the reports' own year: "${c.relative}" (${label(c.relativeSource)}) is "${c.text}" (${label(c.source)}) for the same happening`,
  };
}
