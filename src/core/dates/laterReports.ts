// A report written well after the day it was taken to be from. Reports name the days of their own
// week by weekday ("on Saturday") and the days further back by their date ("on March 19") or
// month ("in March") — the news agencies' style rule (a weekday within seven days, the date
// beyond). So a report that names its own inferred reference day by date or month while it names
// other days by weekday contradicts that reference: it was written at least a week later, and
// its text does not say how much later. Its weekdays and relative days are then left unplaced
// rather than put in the wrong week; its dates, months and years are read as before.
import type { DateExpression } from './expressions';
import { isoDay, resolveExpression, type Reference } from './resolve';
import type { SourceDates } from './sourceDates';

/** The least number of days after a day named by its date that the report naming it was written. */
export const DATE_NAMED_AFTER = 7;

/** A day or month named without its weekday, in the past tense. */
const namedByDate = (e: DateExpression): boolean =>
  e.tense === 'past' && !e.range && ((e.kind === 'monthDay' && e.weekday === undefined) || (e.kind === 'date' && e.weekday === undefined) || (e.kind === 'month' && !e.shift));

/** A bare weekday of the report's own week ("on Saturday"; not "last Saturday", not ahead). */
const bareWeekday = (e: DateExpression): boolean => e.kind === 'weekday' && !e.shift && e.tense !== 'future' && !e.range;

/**
 * When the report contradicts its inferred reference `ref` (see above): the first day it can have
 * been written, and how that was found. Undefined when nothing contradicts it, and when the
 * reference is borne out: the report names that day with its weekday somewhere ("Thursday,
 * March 23"), or another source tells one of its weekdays' happenings on the day the weekday
 * falls on from `ref` (`corroborated`: its own week confirmed, however it names its own day).
 */
export function writtenLater(
  input: SourceDates,
  ref: Reference,
  corroborated: (e: DateExpression, day: number) => boolean,
): { day: number; how: string } | undefined {
  if (!ref.inferred || ref.notBefore) return undefined;
  const weekdays = input.expressions.filter(bareWeekday);
  const weekday = weekdays[0];
  if (!weekday) return undefined;
  const onRef = (e: DateExpression) => {
    const r = resolveExpression(e, ref);
    return !!r && r.precision === 'day' && r.from === ref.day;
  };
  if (input.expressions.some((e) => (e.weekday !== undefined && e.kind === 'monthDay' && onRef(e)) || (bareWeekday(e) && onRef(e)))) return undefined;
  if (weekdays.some((e) => {
    const r = resolveExpression(e, ref);
    return !!r && corroborated(e, r.from);
  })) return undefined;
  for (const e of input.expressions) {
    if (!namedByDate(e)) continue;
    const r = resolveExpression(e, ref);
    if (!r || r.yearUnknown || r.from > ref.day || r.to < ref.day) continue;
    const day = ref.day + DATE_NAMED_AFTER;
    const named = e.kind === 'month' ? `its month alone ("${e.text}")` : `its date ("${e.text}")`;
    return {
      day,
      how:
        `not before ${isoDay(day)}: it names ${isoDay(ref.day)} by ${named} and other days by weekday ("${weekday.text}"), ` +
        `as reports do for days more than a week back; when exactly it was written it does not say, so its weekdays and relative days are not placed`,
    };
  }
  return undefined;
}
