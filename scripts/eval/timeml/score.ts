// Which TimeML expressions count, and whether Crosscheck's date for one is right. Counted: DATE and
// TIME expressions whose value is a calendar value at a precision Crosscheck resolves to (decade
// YYY, year, month, ISO week YYYY-Www, day) or a clock time (YYYY-MM-DDThh:mm, told on the
// text's own clock: DateMention.dateTime). Every other expression is left out by a named class, and a date Crosscheck finds
// inside one is neither right nor wrong for these figures.
import type { DateMention } from '../../../src/core';
import type { Timex } from './parse';

export type GoldPrecision = 'decade' | 'year' | 'month' | 'week' | 'day' | 'time';

const COUNTED: [RegExp, GoldPrecision][] = [
  [/^\d{3}$/, 'decade'],
  [/^\d{4}$/, 'year'],
  [/^\d{4}-\d{2}$/, 'month'],
  [/^\d{4}-W\d{1,2}$/, 'week'],
  [/^\d{4}-\d{2}-\d{2}$/, 'day'],
  [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'time'],
];

/** The classes left out, in the order they are tested (after the counted shapes). */
export const LEFT_OUT: [string, (t: Timex) => boolean][] = [
  ['durations and sets (not a point on the calendar)', (t) => t.type !== 'DATE' && t.type !== 'TIME'],
  ['quarters, halves and seasons (1998-Q3, 1998-SU)', (t) => /^\d{4}-(Q\d|H\d|SP|SU|FA|WI)$/.test(t.value)],
  ['parts of a day (1998-08-07TMO)', (t) => /T(MO|AF|EV|NI|DT)$/.test(t.value)],
  ['weekends (1998-W32-WE)', (t) => /-WE$/.test(t.value)],
  ['reference words (PRESENT_REF, PAST_REF, FUTURE_REF)', (t) => /_REF$/.test(t.value)],
  ['values with unknown parts (XXXX-08, 1998-WXX)', (t) => /X/.test(t.value)],
  ['other values', () => true],
];

/** The precision of a counted expression's value, or the name of the class that leaves it out. */
export function classify(t: Timex): { precision: GoldPrecision } | { leftOut: string } {
  if (t.type === 'DATE' || t.type === 'TIME') {
    for (const [re, precision] of COUNTED) if (re.test(t.value)) return { precision };
  }
  return { leftOut: LEFT_OUT.find(([, test]) => test(t))![0] };
}

const RANK: Record<GoldPrecision, number> = { decade: 0, year: 1, month: 2, week: 3, day: 4, time: 5 };

/** ISO 8601 week of a YYYY-MM-DD day: "YYYY-Www". */
export function isoWeek(day: string): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The resolved date equals the gold value at the gold's precision: Crosscheck's date is at least
 * as precise as the gold's and, cut to the gold's precision, the same (a range by its start).
 */
export function valueMatches(gold: Timex, precision: GoldPrecision, mention: DateMention): boolean {
  const date = mention.date;
  if (!date) return false;
  if (precision === 'time') return mention.dateTime === gold.value;
  if (RANK[mention.precision] < RANK[precision]) return false;
  switch (precision) {
    case 'decade':
      return date.slice(0, 3) === gold.value;
    case 'year':
      return date.slice(0, 4) === gold.value;
    case 'month':
      return date.slice(0, 7) === gold.value;
    case 'week': {
      const [y, w] = gold.value.split('-W');
      return date.length >= 10 && isoWeek(date) === `${y}-W${w!.padStart(2, '0')}`;
    }
    case 'day':
      return date.slice(0, 10) === gold.value;
  }
}

export interface DocMatch {
  /** Counted gold expressions with the mention matched to each (if any) and whether its value is right. */
  gold: { timex: Timex; precision: GoldPrecision; mention?: DateMention; valueRight: boolean }[];
  /** Mentions that overlap no gold expression. */
  spurious: DateMention[];
  /** Mentions inside a left-out expression only: neither right nor wrong. */
  setAside: number;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** One-to-one, in text order: each counted gold takes an overlapping mention, one with the right value first. */
export function matchDoc(timexes: readonly Timex[], mentions: readonly DateMention[]): DocMatch {
  const free = new Set([...mentions].sort((a, b) => a.span.start - b.span.start));
  const gold: DocMatch['gold'] = [];
  const leftOut: Timex[] = [];
  for (const timex of timexes) {
    const c = classify(timex);
    if ('leftOut' in c) {
      leftOut.push(timex);
      continue;
    }
    const overlapping = [...free].filter((m) => overlap(m.span, timex));
    const mention = overlapping.find((m) => valueMatches(timex, c.precision, m)) ?? overlapping[0];
    if (mention) free.delete(mention);
    gold.push({ timex, precision: c.precision, mention, valueRight: !!mention && valueMatches(timex, c.precision, mention) });
  }
  const spurious = [...free].filter((m) => !leftOut.some((t) => overlap(m.span, t)));
  return { gold, spurious, setAside: free.size - spurious.length };
}
