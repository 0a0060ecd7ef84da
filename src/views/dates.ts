// How every view writes the date of an event: ISO with its precision, a range shortened to the
// parts the end does not share with the start. The summary's "when" and the Timeline tree's rows.
import type { TimelineEvent } from '../core';

/** "2025-03-29", "2024-07", "1960", "1990s", "2025-03-24 – 28", "2025-03-30 – 04-02". */
export function eventDateText(event: Pick<TimelineEvent, 'date' | 'endDate' | 'precision'>): string {
  const { date, endDate, precision } = event;
  if (precision === 'decade') return `${date.slice(0, 3)}0s`;
  if (!endDate || endDate === date) return date;
  const a = date.split('-');
  const b = endDate.split('-');
  // drop the leading parts the end shares with the start: 2025-03-24 – 28, 2025-03-30 – 04-02
  let shared = 0;
  while (shared < Math.min(a.length, b.length) - 1 && a[shared] === b[shared]) shared++;
  return `${date} – ${b.slice(shared).join('-')}`;
}
