// Calendar arithmetic: one DateExpression + a reference date -> a resolved interval with its
// precision and a sentence saying how. Days are counted as UTC epoch days so that no time zone
// or daylight-saving shift can move a date.
import type { DateExpression } from './expressions';
import type { TimeOfDay } from './clockTimes';
import type { DatePrecision } from '../types';

export interface Reference {
  /** Epoch day (days since 1970-01-01). */
  day: number;
  inferred: boolean;
  /** The report was written on `day` or later, its text does not say when (laterReports.ts). */
  notBefore?: true;
}

export interface Resolved {
  date: string;
  endDate?: string;
  precision: DatePrecision;
  /** Inclusive epoch-day interval the expression allows, for overlap tests. */
  from: number;
  to: number;
  inferred: boolean;
  resolution: string;
  /** The time of day told with it: "05:15 UTC", or "14:15 local time" when no zone is told. */
  time?: string;
  /** The day and time of day as the text tells them, on its own clock: ISO "1998-08-07T10:35". */
  dateTime?: string;
  /** A day and month whose year nothing in the set tells: `date` is "--MM-DD" (see YEARLESS_YEAR). */
  yearUnknown?: true;
}

const DAY_MS = 86_400_000;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const dayOf = (y: number, m: number, d: number): number => Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
export const weekdayOfDay = (day: number): number => (((day + 4) % 7) + 7) % 7;
export function ymd(day: number): { y: number; m: number; d: number } {
  const t = new Date(day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * A day and month with no year anywhere in the set ("on March 19" in reports that state no year)
 * is kept, on a calendar of its own: this placeholder year, a leap year (February 29 exists) far
 * from any report's, so that such days never overlap a dated interval (no clustering with, nor
 * date conflict against, a dated mention) and sort after every dated event. Written "--MM-DD",
 * ISO 8601's form of a date without its year.
 */
export const YEARLESS_YEAR = 9996;
const YEARLESS_FROM = Math.round(Date.UTC(YEARLESS_YEAR, 0, 1) / DAY_MS);
/** Whether an epoch day is on the year-less calendar (a day and month whose year is unknown). */
export const isYearlessDay = (day: number): boolean => day >= YEARLESS_FROM;

export const isoDay = (day: number): string => {
  const { y, m, d } = ymd(day);
  // a December 31 anchor's "on the 2nd" is on the year-less calendar's next year: still year-less
  return isYearlessDay(day) ? `--${pad(m)}-${pad(d)}` : `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
};
const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
const monthEnd = (y: number, m: number): number => dayOf(y, m + 1, 1) - 1;

/** Parses `YYYY-MM-DD` to an epoch day; undefined when malformed. */
export function parseIsoDay(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return undefined;
  const day = dayOf(+m[1]!, +m[2]!, +m[3]!);
  return isoDay(day) === iso.trim() ? day : undefined;
}

const dayResult = (day: number, inferred: boolean, resolution: string): Resolved => ({
  date: isoDay(day),
  precision: 'day',
  from: day,
  to: day,
  inferred,
  resolution,
  ...(isYearlessDay(day) ? { yearUnknown: true as const } : {}),
});
const monthResult = (y: number, m: number, inferred: boolean, resolution: string, mEnd = m): Resolved => ({
  date: isoMonth(y, m),
  ...(mEnd !== m ? { endDate: isoMonth(y, mEnd) } : {}),
  precision: 'month',
  from: dayOf(y, m, 1),
  to: monthEnd(y, mEnd),
  inferred,
  resolution,
});
const yearResult = (y: number, inferred: boolean, resolution: string): Resolved => ({ date: pad(y, 4), precision: 'year', from: dayOf(y, 1, 1), to: dayOf(y, 12, 31), inferred, resolution });
const rangeResult = (from: number, to: number, precision: DatePrecision, inferred: boolean, resolution: string): Resolved => ({
  date: isoDay(from),
  endDate: isoDay(to),
  precision,
  from,
  to,
  inferred,
  resolution,
});

/**
 * A past-tense weekday or date is taken up to one day after the reference: a report is often
 * written the day after its news day (time zones, print), so "On Monday, China responded" in a
 * story about a Sunday meeting is the next day, while "On Saturday" is the day before.
 */
const PAST_SLACK = 1;
const HALF_YEAR = 182;
const TEN_MONTHS = 300;

/**
 * Resolves one expression. `anchor` is the resolved date an "N years earlier" hangs on (another
 * date of the same sentence). Returns undefined when the expression cannot be placed.
 */
export function resolveExpression(e: DateExpression, ref: Reference | undefined, anchor?: Resolved): Resolved | undefined {
  const found = resolveCore(e, ref, anchor);
  const r = found && e.time && found.precision === 'day' ? { ...found, ...timeOfDayOn(e.time, found) } : found;
  if (!r || !e.range) return r;
  const which = e.range === 'end' ? 'end' : 'start';
  return { ...r, resolution: `${which} of a range ("${e.text}"): ${r.resolution}` };
}

function resolveCore(e: DateExpression, ref: Reference | undefined, anchor?: Resolved): Resolved | undefined {
  const refText = ref ? `the reference date ${isoDay(ref.day)}${ref.inferred ? ' (inferred)' : ''}` : '';
  const refYear = ref ? ymd(ref.day).y : undefined;
  switch (e.kind) {
    case 'date':
      return dayResult(dayOf(e.year!, e.month!, e.day!), false, 'stated in full');
    case 'monthYear':
      return monthResult(e.year!, e.month!, false, 'stated month and year');
    case 'year':
      return yearResult(e.year!, false, 'stated year');
    case 'decade':
      return { date: pad(e.year!, 4), endDate: pad(e.year! + 9, 4), precision: 'decade', from: dayOf(e.year!, 1, 1), to: dayOf(e.year! + 9, 12, 31), inferred: false, resolution: 'stated decade' };
    case 'period':
      return monthResult(e.year!, e.months![0], false, `months ${e.months![0]}-${e.months![1]} of ${e.year}`, e.months![1]);
    case 'vague':
      return undefined;
    case 'dayOfMonth':
      return dayOfMonth(e, anchor);
  }
  if (!ref) {
    // no year anywhere in the set: the day and month are kept, the year marked unknown
    if (e.kind !== 'monthDay') return undefined;
    return dayResult(dayOf(YEARLESS_YEAR, e.month!, e.day!), false, `${MONTH_NAMES[e.month! - 1]} ${e.day}, year unknown: no source of the set tells a year to read it in`);
  }
  if (ref.notBefore && needsExactReference(e)) return undefined;
  const refDay = ref.day;
  const { y: ry, m: rm } = ymd(refDay);
  switch (e.kind) {
    case 'monthDay': {
      // the most recent such day (past/present), or the next one (future)
      let y = ry;
      if (e.tense === 'future') {
        if (dayOf(y, e.month!, e.day!) < refDay) y++;
      } else if (dayOf(y, e.month!, e.day!) > refDay + PAST_SLACK) y--;
      // not told in the past: a day and month without a year is within half a year of its report
      // ("a ceremony on March 12" in a February story is next month's)
      // (even in the past tense, a year-less day ten months back is more likely one a few weeks ahead)
      const back = refDay - dayOf(y, e.month!, e.day!);
      const ahead = e.tense !== 'future' && (e.tense === 'present' ? back > HALF_YEAR : back > TEN_MONTHS);
      if (ahead) y++;
      const dir = e.tense === 'future' ? 'next' : ahead ? 'nearest' : 'most recent';
      return dayResult(dayOf(y, e.month!, e.day!), true, `${dir} ${MONTH_NAMES[e.month! - 1]} ${e.day} relative to ${refText}`);
    }
    case 'month': {
      // past: the most recent such month (a January story's "in December" is last year's);
      // future: the next one; present: this calendar year's
      // "last February": the latest before the reference's month; "next June": the first after it
      if (e.shift === 'last') return monthResult(e.month! < rm ? ry : ry - 1, e.month!, true, `last ${MONTH_NAMES[e.month! - 1]}: the latest before the month of ${refText}`);
      if (e.shift === 'next') return monthResult(e.month! > rm ? ry : ry + 1, e.month!, true, `next ${MONTH_NAMES[e.month! - 1]}: the first after the month of ${refText}`);
      if (e.shift === 'this') return monthResult(ry, e.month!, true, `this ${MONTH_NAMES[e.month! - 1]}: in the year of ${refText}`);
      let y = ry;
      if (e.tense === 'past' && e.month! > rm) y--;
      if (e.tense === 'future' && e.month! < rm) y++;
      // present tense: the nearest such month (an "April summit" in a December story is next April's)
      if (e.tense === 'present' && rm - e.month! > 6) y++;
      if (e.tense === 'present' && e.month! - rm > 6) y--;
      return monthResult(y, e.month!, true, `${MONTH_NAMES[e.month! - 1]} ${y}: ${e.tense} tense, relative to ${refText}`);
    }
    case 'weekday':
      return resolveWeekday(e, refDay, refText);
    case 'relativeDay': {
      const word = e.offset === 0 ? 'the reference date' : e.offset! < 0 ? 'the day before' : 'the day after';
      return dayResult(refDay + e.offset!, true, `${word} ${e.offset === 0 ? '' : refText}`.trim() + (e.offset === 0 ? ` ${isoDay(refDay)}` : ''));
    }
    case 'relativePeriod': {
      const r = resolvePeriod(e, refDay, refText);
      // "earlier this month" cannot be after the reference, "later this year" not before it
      if (r && e.part === 'earlier' && e.offset === 0) return { ...r, to: Math.min(r.to, refDay), resolution: `${r.resolution}, before that date` };
      if (r && e.part === 'later' && e.offset === 0) return { ...r, from: Math.max(r.from, refDay), resolution: `${r.resolution}, after that date` };
      return r;
    }
    case 'recent':
      return rangeResult(refDay - 30, refDay, 'month', true, `within the month before ${refText}`);
    case 'anniversary': {
      const n = -e.offset!;
      if (e.role === 'commemoration') return yearResult(refYear!, true, `the ${e.text} falls in the year of ${refText}`);
      return yearResult(refYear! - n, true, `${e.text}: ${n} years before ${refYear} (${refText})`);
    }
    case 'offset':
      return resolveOffset(e, ref, refText, anchor);
  }
  return undefined;
}

/**
 * Expressions a reference known only from below cannot place: the day or week they fall in
 * depends on the exact day ("on Saturday", "yesterday", "last week", "two days ago").
 */
export function needsExactReference(e: DateExpression): boolean {
  switch (e.kind) {
    case 'weekday':
    case 'relativeDay':
    case 'recent':
      return true;
    case 'relativePeriod':
      return e.unit !== 'year';
    case 'offset':
      return e.anchor !== 'sentence' && e.unit !== 'year' && e.unit !== 'decade';
    default:
      return false;
  }
}

/** A day with its time of day: the time for the reader (UTC when a zone is told) and the stated local date-time. */
function timeOfDayOn(t: TimeOfDay, found: Resolved): Pick<Resolved, 'time' | 'dateTime'> {
  const time = timeText(t, found.from);
  return found.yearUnknown ? { time } : { time, dateTime: `${found.date}T${pad(t.hour)}:${pad(t.minute)}` };
}

/** "2:15 p.m. Tuesday (Tokyo time)" -> "05:15 UTC"; a UTC time on another day says which. */
function timeText(t: TimeOfDay, day: number): string {
  const hm = (h: number, m: number) => `${pad(h)}:${pad(m)}`;
  if (t.utc) return `${hm(t.utc.hour, t.utc.minute)} UTC`;
  if (t.utcOffset === undefined) return `${hm(t.hour, t.minute)} local time`;
  const minutes = t.hour * 60 + t.minute - t.utcOffset;
  const shift = Math.floor(minutes / 1440);
  const m = minutes - shift * 1440;
  return `${hm(Math.floor(m / 60), m % 60)} UTC${shift === 0 ? '' : ` on ${isoDay(day + shift)}`}`;
}

/** "on January 19 ..., on the 31st": the anchor's month, or the next one when the day is already past. */
function dayOfMonth(e: DateExpression, anchor: Resolved | undefined): Resolved | undefined {
  if (!anchor || (anchor.precision !== 'day' && anchor.precision !== 'month')) return undefined;
  const { y, m, d } = ymd(anchor.from);
  const next = anchor.precision === 'day' && e.day! < d;
  const [yy, mm] = next ? (m === 12 ? [y + 1, 1] : [y, m + 1]) : [y, m];
  const day = dayOf(yy, mm, e.day!);
  if (ymd(day).m !== mm) return undefined;
  const month = isYearlessDay(day) ? `${MONTH_NAMES[mm - 1]}, year unknown` : `${MONTH_NAMES[mm - 1]} ${yy}`;
  return dayResult(day, anchor.inferred, `the ${e.text.replace(/^the\s+/i, '')} of ${month}, the month of ${anchor.date} before it`);
}

function resolveWeekday(e: DateExpression, refDay: number, refText: string): Resolved {
  const w = e.weekday!;
  const name = WEEKDAY_NAMES[w];
  const before = (limit: number) => limit - ((weekdayOfDay(limit) - w + 7) % 7); // latest w <= limit
  const after = (limit: number) => limit + ((w - weekdayOfDay(limit) + 7) % 7); // first w >= limit
  let day: number;
  let how: string;
  if (e.shift === 'last') (day = before(refDay - 1)), (how = `last ${name}: the ${name} before ${refText}`);
  else if (e.shift === 'next') (day = after(refDay + 1)), (how = `next ${name}: the ${name} after ${refText}`);
  else if (e.shift === 'this') {
    const monday = refDay - ((weekdayOfDay(refDay) + 6) % 7);
    day = monday + ((w + 6) % 7);
    how = `this ${name}: in the week of ${refText}`;
  } else if (e.tense === 'past') {
    day = before(refDay + PAST_SLACK);
    how = day > refDay ? `${name} after ${refText} (a past-tense report written the next day)` : `${name} ${day === refDay ? 'on' : 'before'} ${refText} (past tense)`;
  } else if (e.tense === 'future') (day = after(refDay + 1)), (how = `${name} after ${refText} (future tense)`);
  else {
    const b = before(refDay);
    const a = after(refDay);
    day = refDay - b <= a - refDay ? b : a;
    how = `${name} nearest to ${refText} (present tense)`;
  }
  return dayResult(day, true, how);
}

function resolvePeriod(e: DateExpression, refDay: number, refText: string): Resolved | undefined {
  const { y, m } = ymd(refDay);
  const off = e.offset!;
  switch (e.unit) {
    case 'week': {
      const monday = refDay - ((weekdayOfDay(refDay) + 6) % 7);
      // a story dated on a weekend calls the working week just ended "last week"
      const weekend = weekdayOfDay(refDay) === 0 || weekdayOfDay(refDay) === 6;
      if (off === -1 && weekend) return rangeResult(monday, monday + 4, 'week', true, `the working week (Monday-Friday) just before ${refText}, a weekend day`);
      const start = monday + 7 * off;
      return rangeResult(start, start + 6, 'week', true, `the Monday-Sunday week ${off < 0 ? 'before' : off > 0 ? 'after' : 'of'} ${refText}`);
    }
    case 'weekend': {
      const saturday = refDay - ((weekdayOfDay(refDay) + 1) % 7); // latest Saturday <= ref
      const start = off === 0 ? saturday : off < 0 ? (saturday + 1 === refDay || saturday === refDay ? saturday - 7 : saturday) : saturday + 7;
      return rangeResult(start, start + 1, 'day', true, `the weekend ${off < 0 ? 'before' : off > 0 ? 'after' : 'of'} ${refText}`);
    }
    case 'month': {
      const total = y * 12 + (m - 1) + off;
      const yy = Math.floor(total / 12);
      const mm = (total % 12) + 1;
      return monthResult(yy, mm, true, `${off === 0 ? 'the month' : off < 0 ? 'the month before the month' : 'the month after the month'} of ${refText}`);
    }
    case 'year':
      return yearResult(y + off, true, `${off === 0 ? 'the year' : off < 0 ? 'the year before the year' : 'the year after the year'} of ${refText}`);
  }
  return undefined;
}

function resolveOffset(e: DateExpression, ref: Reference, refText: string, anchor?: Resolved): Resolved | undefined {
  const n = e.offset!;
  const unit = e.unit!;
  let base: number;
  let baseText: string;
  let basePrecision: DatePrecision = 'day';
  if (e.anchor === 'sentence' && !anchor) {
    // "a year earlier" with no date told before it: earlier than the report
    base = ref.day;
    baseText = `${refText} (no date before it to count from)`;
  } else if (e.anchor === 'sentence' && anchor) {
    base = anchor.from;
    baseText = anchor.date;
    basePrecision = anchor.precision;
  } else {
    base = ref.day;
    baseText = refText;
  }
  const { y, m } = ymd(base);
  const how = `${Math.abs(n)} ${unit}${Math.abs(n) === 1 ? '' : 's'} ${n < 0 ? 'before' : 'after'} ${baseText}`;
  const coarse = basePrecision === 'year' || basePrecision === 'decade';
  switch (unit) {
    case 'year':
      return yearResult(y + n, true, how);
    case 'decade':
      return yearResult(y + 10 * n, true, how);
    case 'month': {
      if (coarse) return yearResult(y + Math.trunc(n / 12), true, how);
      const total = y * 12 + (m - 1) + n;
      return monthResult(Math.floor(total / 12), (total % 12) + 1, true, how);
    }
    case 'week':
      if (coarse) return yearResult(y, true, how);
      return rangeResult(base + 7 * n - 3, base + 7 * n + 3, 'week', true, how);
    case 'day':
      if (coarse) return yearResult(y, true, how);
      return dayResult(base + n, true, how);
  }
  return undefined;
}
