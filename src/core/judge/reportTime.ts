// When a figure was reported: its own "as of Thursday" / "by early Wednesday" / "as of Aug. 10",
// placed against its source's reference date, else that date. A Saturday report's "55 as of early
// Friday" is Friday's count, and a moving count is judged in the order its values were true.
import { MONTHS, WEEKDAYS } from '../text/furnitureVocabulary';
import type { Figure } from '../types';
import { monthOf } from '../dates/dateline';

const DAY_MS = 86_400_000;
const WEEKDAY = new RegExp(`\\b(${WEEKDAYS})\\b`, 'i');
const MONTH_DAY = new RegExp(`\\b(${MONTHS})\\.?\\s+(\\d{1,2})\\b|\\b(\\d{1,2})\\s+(${MONTHS})\\b`, 'i');
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/**
 * The day (YYYY-MM-DD) an "as of" phrase names, seen from the report's day: a weekday is the
 * latest such day on or before it (a report tells what was true, not what will be), a month and
 * day that year's (the year before when it would fall after the report). Undefined when the
 * phrase names no day ("as of noon", "by tonight": the report's own day).
 */
export function asOfDay(asOf: string, reportDay: string): string | undefined {
  const ref = Date.parse(`${reportDay}T00:00:00Z`);
  if (Number.isNaN(ref)) return undefined;
  const weekday = WEEKDAY.exec(asOf);
  if (weekday) {
    const want = WEEKDAY_INDEX[weekday[1]!.slice(0, 3).toLowerCase()]!;
    const back = (new Date(ref).getUTCDay() - want + 7) % 7;
    return iso(ref - back * DAY_MS);
  }
  const md = MONTH_DAY.exec(asOf);
  if (md) {
    const month = monthOf((md[1] ?? md[4])!) - 1;
    const day = Number(md[2] ?? md[3]);
    const year = new Date(ref).getUTCFullYear();
    const at = Date.UTC(year, month, day);
    if (new Date(at).getUTCDate() !== day) return undefined;
    if (at <= ref) return iso(at);
    const before = Date.UTC(year - 1, month, day);
    return new Date(before).getUTCDate() === day ? iso(before) : undefined;
  }
  return undefined;
}

/** The day a figure's value was reported as true: its own "as of" day, else its source's day. */
export function reportedAt(f: Figure, reportedOn: ((source: string) => string | undefined) | undefined): string | undefined {
  const day = reportedOn?.(f.source);
  if (!day || !f.identity?.asOf) return day;
  return asOfDay(f.identity.asOf, day) ?? day;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
