// How every view writes the date of an event: ISO with its precision, a range shortened to the
// parts the end does not share with the start. The summary's "when" and the Timeline tree's rows.
import type { TimelineEvent } from '../core';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whether an event's date is a day and month with no year (ISO 8601's "--MM-DD"). */
export const isYearless = (date: string): boolean => date.startsWith('--');

/** The year an event is grouped under ('' for a year-less date), and its month ("03"), if it has one. */
export function yearAndMonth(event: Pick<TimelineEvent, 'date' | 'precision'>): { year: string; month?: string } {
  if (isYearless(event.date)) return { year: '', month: event.date.slice(2, 4) };
  const coarse = event.precision === 'year' || event.precision === 'decade';
  return { year: event.date.slice(0, 4), ...(coarse ? {} : { month: event.date.slice(5, 7) }) };
}

/** "2025-03-29", "2024-07", "1960", "1990s", "2025-03-24 – 28", "2025-03-30 – 04-02", "March 19, year unknown". */
export function eventDateText(event: Pick<TimelineEvent, 'date' | 'endDate' | 'precision'>): string {
  const { date, endDate, precision } = event;
  if (isYearless(date)) return `${yearlessText(date)}${endDate && endDate !== date && isYearless(endDate) ? ` – ${yearlessText(endDate)}` : ''}, year unknown`;
  if (precision === 'decade') return `${date.slice(0, 3)}0s`;
  if (!endDate || endDate === date) return date;
  const a = date.split('-');
  const b = endDate.split('-');
  // drop the leading parts the end shares with the start: 2025-03-24 – 28, 2025-03-30 – 04-02
  let shared = 0;
  while (shared < Math.min(a.length, b.length) - 1 && a[shared] === b[shared]) shared++;
  return `${date} – ${b.slice(shared).join('-')}`;
}

/** "--03-19" -> "March 19". */
function yearlessText(date: string): string {
  const month = MONTHS[Number(date.slice(2, 4)) - 1] ?? date.slice(2, 4);
  return `${month} ${Number(date.slice(5, 7))}`;
}
