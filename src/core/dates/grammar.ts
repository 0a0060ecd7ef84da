// The temporal expressions news text uses, as regular expressions over one sentence's text.
// Hand-written because neither date library reads news dates well enough (see
// scripts/compare-date-libs.mjs): both miss "through", anniversaries and past-tense weekdays, and
// both read rates ("a year") or "the first day" as dates. Regex indices are UTF-16 offsets, so the
// spans are exact without rebuilding them from words.
// This file holds the calendar-date patterns and the rule order; times of day and their zones
// ("2:15 p.m. EDT", "(0735 GMT)") are read by ./clockTimes.ts.

import { CITY_ZONES, TIME_RE, ZONE_RE, timeAfterDay, timeBeforeDay, timeOf, type TimeOfDay } from './clockTimes';

export type DateKind =
  | 'date' // March 30, 2025 / 2025-03-30
  | 'monthDay' // March 30 (year from the reference)
  | 'monthYear' // July 2024
  | 'month' // in July
  | 'year' // in 1960, the 1979 mandate
  | 'decade' // the 1990s
  | 'period' // the first quarter of 2026, early 2024, the second half of the year
  | 'weekday' // on Saturday, last Tuesday
  | 'relativeDay' // today, yesterday
  | 'relativePeriod' // last week, earlier this month, next year
  | 'offset' // 80 years ago, five years earlier
  | 'dayOfMonth' // "on the 31st": a day of the month an earlier date of the sentence names
  | 'anniversary' // 80th anniversary
  | 'recent' // recently, in recent weeks
  | 'vague'; // in his first term, in the past, soon

export type TimeUnit = 'day' | 'week' | 'weekend' | 'month' | 'year' | 'decade';

/** What the grammar read; every field is optional and depends on `kind`. */
export interface DateParts {
  kind: DateKind;
  year?: number;
  /** 1-12 */
  month?: number;
  day?: number;
  /** 0 = Sunday ... 6 = Saturday */
  weekday?: number;
  /** "last/next/this Saturday" */
  shift?: 'last' | 'next' | 'this';
  /** Months covered by a period of a year ("first quarter" = [1, 3]). */
  months?: [number, number];
  unit?: TimeUnit;
  /** Relative offset in `unit`s: yesterday -1 day, last week -1, "five years earlier" -5. */
  offset?: number;
  /** "ago" hangs on the reference date; "earlier/later" on another date of the same sentence. */
  anchor?: 'reference' | 'sentence';
  /** "through March 2027" ends a range; "since 2020" starts one. */
  range?: 'end' | 'start';
  /** "earlier this month" is the part of the month before the reference; "later this year" after it. */
  part?: 'earlier' | 'later';
  /** A time of day told with the day ("2:15 p.m. Tuesday", "10:35 a.m. (0735 GMT) Friday"). */
  time?: TimeOfDay;
}

export interface GrammarMatch extends DateParts {
  /** Offsets into the matched text. */
  start: number;
  end: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'one hundred': 100,
};
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  fifteenth: 15, twentieth: 20, 'twenty-fifth': 25, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, 'seventy-fifth': 75, eightieth: 80, ninetieth: 90, hundredth: 100, centennial: 100,
};

// Month names are matched case-sensitively (capitalised) so that "march" and "may" the verbs are
// not dates; "May" alone additionally needs a day or a year next to it.
const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const MONTH_FREE_RE = '(?:January|February|March|April|June|July|August|September|October|November|December)';
const WEEKDAY_RE = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const YEAR_RE = '(?:1[5-9]\\d\\d|20\\d\\d)';
const DAY_RE = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
const NUM_RE = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const ORD_RE = `(?:\\d{1,3}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')})`;
// A number that is part of a bigger figure or an amount is never a year or a day.
const NOT_AFTER = '(?<![\\d$£€¥.,/-])';
const NOT_BEFORE = '(?![\\d%/]|[.,]\\d|-(?:year|mile|km|day)|\\s*(?:percent|per cent|%))';

interface Rule {
  re: RegExp;
  read(m: RegExpExecArray): DateParts | undefined;
}

const monthOf = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;
const weekdayOf = (name: string): number => WEEKDAYS.indexOf(name.toLowerCase());
const num = (s: string): number => (/^\d/.test(s) ? parseInt(s, 10) : (NUMBER_WORDS[s.toLowerCase()] ?? NaN));
const ordinal = (s: string): number => (/^\d/.test(s) ? parseInt(s, 10) : (ORDINAL_WORDS[s.toLowerCase()] ?? NaN));
const validDay = (month: number, day: number): boolean => day >= 1 && day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
const weekdayPart = (name: string | undefined): { weekday?: number } => (name ? { weekday: weekdayOf(name) } : {});
const unitOf = (s: string): TimeUnit => s.toLowerCase().replace(/s$/, '') as TimeUnit;

// Order matters: longer readings first; a later rule never overlaps an earlier match.
const RULES: Rule[] = [
  {
    // a time of day before a weekday or a month-day: "10:35 a.m. (0735 GMT) Friday", "5 p.m. EST Nov. 9"
    re: new RegExp(`\\b${TIME_RE}${ZONE_RE},?\\s+(?:on\\s+)?(?:(${WEEKDAY_RE})(?!,?\\s+(?:${MONTH_RE}\\s+\\d|\\d{1,2}\\s+${MONTH_RE}))|(${MONTH_RE})\\s+(${DAY_RE})(?!,?\\s+\\d))\\b(?!s\\b)${NOT_BEFORE}(?:\\s*\\((${Object.keys(CITY_ZONES).join('|')})\\s+time\\))?`, 'gi'),
    read: (m) => {
      let time = timeOf(m, 1);
      if (!time) return undefined;
      if (m[11] && time.utcOffset === undefined) time = { ...time, utcOffset: CITY_ZONES[m[11]]! };
      if (m[8]) return { kind: 'weekday', weekday: weekdayOf(m[8]), time };
      if (!/^[A-Z]/.test(m[9]!)) return undefined;
      return { kind: 'monthDay', month: monthOf(m[9]!), day: parseInt(m[10]!, 10), time };
    },
  },
  {
    // a weekday before its time of day: "Tuesday at 2:15 p.m.", "Friday, 9 a.m. EDT"
    re: new RegExp(`\\b(${WEEKDAY_RE}),?\\s+(?:at\\s+|around\\s+)?${TIME_RE}${ZONE_RE}`, 'g'),
    read: (m) => {
      const time = timeOf(m, 2);
      return time ? { kind: 'weekday', weekday: weekdayOf(m[1]!), time } : undefined;
    },
  },
  {
    // ISO date
    re: new RegExp(`${NOT_AFTER}\\b(${YEAR_RE})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])\\b`, 'g'),
    read: (m) => ({ kind: 'date', year: +m[1]!, month: +m[2]!, day: +m[3]! }),
  },
  {
    // (Sunday,) March 30(th)(,) 2025
    re: new RegExp(`\\b(?:${WEEKDAY_RE},?\\s+)?(${MONTH_RE})\\s+(${DAY_RE}),?\\s+(${YEAR_RE})\\b${NOT_BEFORE}`, 'g'),
    read: (m) => ({ kind: 'date', month: monthOf(m[1]!), day: parseInt(m[2]!, 10), year: +m[3]! }),
  },
  {
    // 30 March 2025
    re: new RegExp(`${NOT_AFTER}\\b(${DAY_RE})\\s+(${MONTH_RE})\\s+(${YEAR_RE})\\b${NOT_BEFORE}`, 'g'),
    read: (m) => ({ kind: 'date', day: parseInt(m[1]!, 10), month: monthOf(m[2]!), year: +m[3]! }),
  },
  {
    // (Sunday,) March 30 — not "March 30,000"; the weekday, when given, fixes the year
    re: new RegExp(`\\b(?:(${WEEKDAY_RE}),?\\s+)?(${MONTH_RE})\\s+(${DAY_RE})\\b${NOT_BEFORE}`, 'g'),
    read: (m) => ({ kind: 'monthDay', month: monthOf(m[2]!), day: parseInt(m[3]!, 10), ...weekdayPart(m[1]) }),
  },
  {
    // (Tuesday,) 30 March
    re: new RegExp(`(?:\\b(${WEEKDAY_RE}),?\\s+(?:the\\s+)?)?${NOT_AFTER}\\b(${DAY_RE})\\s+(?:of\\s+)?(${MONTH_RE})\\b`, 'g'),
    read: (m) => ({ kind: 'monthDay', day: parseInt(m[2]!, 10), month: monthOf(m[3]!), ...weekdayPart(m[1]) }),
  },
  {
    // the first quarter of 2026, the second half of 2024, Q1 2026
    re: new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+(quarter|half)\\s+of\\s+(${YEAR_RE})\\b|\\b(?:Q([1-4])|H([12]))\\s+(${YEAR_RE})\\b`, 'gi'),
    read: (m) => {
      const year = +(m[3] ?? m[6])!;
      if (m[4] || m[5]) return m[4] ? quarter(+m[4], year) : half(+m[5]!, year);
      const which = ({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 } as Record<string, number>)[m[1]!.toLowerCase()]!;
      return m[2]!.toLowerCase() === 'quarter' ? quarter(which, year) : half(Math.min(which, 2), year);
    },
  },
  {
    // early 2024, mid-2025, late July 2024
    re: new RegExp(`\\b(early|mid|late)[-\\s]+(?:(${MONTH_RE})\\s+)?(${YEAR_RE})\\b${NOT_BEFORE}`, 'gi'),
    read: (m) => {
      const part = m[1]!.toLowerCase();
      if (m[2]) return { kind: 'monthYear', month: monthOf(m[2]), year: +m[3]! };
      const months: [number, number] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
      return { kind: 'period', year: +m[3]!, months };
    },
  },
  {
    // July 2024, July of 2024
    re: new RegExp(`\\b(${MONTH_RE})\\s+(?:of\\s+)?(${YEAR_RE})\\b${NOT_BEFORE}`, 'g'),
    read: (m) => ({ kind: 'monthYear', month: monthOf(m[1]!), year: +m[2]! }),
  },
  {
    // the 1990s
    re: new RegExp(`${NOT_AFTER}\\b(1[5-9]\\d0|20\\d0)['’]?s\\b`, 'g'),
    read: (m) => ({ kind: 'decade', year: +m[1]! }),
  },
  {
    // 80 years ago, five years earlier, two weeks later, a decade before (a bare "before X" has an unknown anchor)
    re: new RegExp(`\\b(${NUM_RE})\\s+(days?|weeks?|months?|years?|decades?)\\s+(ago|earlier|later|before|after|prior|previously)\\b(?!\\s+(?:the|a|an|his|her|their|its|this|that)\\b)`, 'gi'),
    read: (m) => {
      const n = num(m[1]!);
      if (!Number.isFinite(n)) return undefined;
      const dir = /^(later|after)$/i.test(m[3]!) ? 1 : -1;
      return { kind: 'offset', unit: unitOf(m[2]!), offset: dir * n, anchor: /^ago$/i.test(m[3]!) ? 'reference' : 'sentence' };
    },
  },
  {
    // 80th anniversary, the eightieth anniversary, centennial
    re: new RegExp(`\\b(${ORD_RE})\\s+anniversary\\b`, 'gi'),
    read: (m) => {
      const n = ordinal(m[1]!);
      return Number.isFinite(n) ? { kind: 'anniversary', unit: 'year', offset: -n, anchor: 'reference' } : undefined;
    },
  },
  {
    // earlier this month, later this year, last week, next month, this weekend, the previous week
    re: /\b(?:(earlier|later)\s+)?(this|last|next|past|previous|coming)\s+(week|weekend|month|year)\b/gi,
    read: (m) => {
      const which = m[2]!.toLowerCase();
      const offset = which === 'this' ? 0 : which === 'next' || which === 'coming' ? 1 : -1;
      // "earlier this year" still names the year; "the past year" is a trailing window, left vague
      if (which === 'past' && m[3]!.toLowerCase() === 'year') return { kind: 'vague' };
      const part = m[1] ? (m[1].toLowerCase() as 'earlier' | 'later') : undefined;
      return { kind: 'relativePeriod', unit: unitOf(m[3]!), offset, ...(part ? { part } : {}) };
    },
  },
  {
    // (last/next/this) Saturday — plural weekdays ("on Mondays") are a frequency
    re: new RegExp(`\\b(?:(last|next|this|on)\\s+)?(${WEEKDAY_RE})\\b(?!s\\b)`, 'g'),
    read: (m) => {
      const shift = m[1]?.toLowerCase();
      return { kind: 'weekday', weekday: weekdayOf(m[2]!), shift: shift === 'on' ? undefined : (shift as DateParts['shift']) };
    },
  },
  {
    // "on January 19 ..., on the 31st –": a bare ordinal day after a preposition, before punctuation
    re: /\b(?:on|by|until|since|from|through)\s+the\s+(3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?=\s*(?:[,;.:)–—-]|$))/g,
    read: (m) => ({ kind: 'dayOfMonth', day: +m[1]!, anchor: 'sentence' }),
  },
  {
    re: /\b(today|tonight|this (?:morning|afternoon|evening)|yesterday|last night|tomorrow)\b/gi,
    read: (m) => {
      const w = m[1]!.toLowerCase();
      return { kind: 'relativeDay', unit: 'day', offset: w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0 };
    },
  },
  {
    // in July — a month with no day or year; "May" alone is too often the verb
    re: new RegExp(`\\b(?:(?:in|since|until|by|through|during|early|late|mid|last|next|this)[-\\s]+)(${MONTH_FREE_RE}|May)\\b(?!\\s*\\d)`, 'g'),
    read: (m) => ({ kind: 'month', month: monthOf(m[1]!) }),
  },
  {
    // in 1960, since 2020, by 2030, the 1979 mandate (a year before a singular noun, not "2000 troops")
    re: new RegExp(
      `(?:\\b(in|since|by|from|until|through|during|before|after|of|year|the|a|its|his|her|their|for|fiscal|both|and|or|to)\\s+)?${NOT_AFTER}\\b(${YEAR_RE})\\b${NOT_BEFORE}(?=(?:\\s+([A-Za-z]+))?)`,
      'gi',
    ),
    read: (m) => {
      const lead = m[1]?.toLowerCase();
      const next = m[3];
      // "in 1990 and 1991", "from 1995 to 2000": a second year only after a first one
      if ((lead === 'and' || lead === 'or' || lead === 'to') && !/\b(?:1[5-9]\d\d|20\d\d)\s*$/.test(m.input.slice(0, m.index))) return undefined;
      // "for 1989" is a year, "for 1500 people" a count
      if (lead === 'for' && next && STOP_AFTER_YEAR.has(next.toLowerCase())) return undefined;
      const determiner = lead === 'the' || lead === 'a' || lead === 'its' || lead === 'his' || lead === 'her' || lead === 'their';
      // a bare number is a year only before a singular noun ("1979 mandate", "2022 election")
      if ((!lead || determiner) && (!next || !/^[a-z]/.test(next) || STOP_AFTER_YEAR.has(next.toLowerCase()))) return undefined;
      // "in 2000 troops arrived": a count before a plural noun
      if (next && /^[a-z]{3,}s$/.test(next) && !/(?:ss|us|is|was|has|as)$/.test(next)) return undefined;
      return { kind: 'year', year: +m[2]! };
    },
  },
  {
    re: /\b(recently|in recent (?:days|weeks|months)|in the past (?:few )?(?:days|weeks))\b/gi,
    read: () => ({ kind: 'recent' }),
  },
  {
    re: /\b(?:in|during)\s+(?:his|her|their|its|the)\s+(?:first|second|third|previous|last|final)\s+(?:term|tenure|mandate|year in office)\b|\bin the past\b|\bin the (?:coming|next) (?:days|weeks|months|years)\b/gi,
    read: () => ({ kind: 'vague' }),
  },
];

const STOP_AFTER_YEAR = new Set(['and', 'or', 'to', 'of', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'than', 'as', 'is', 'was', 'were', 'are', 'people', 'percent', 'times', 'per', 'more', 'less', 'fewer', 'other', 'new']);

function quarter(q: number, year: number): DateParts {
  return { kind: 'period', year, months: [q * 3 - 2, q * 3] };
}
function half(h: number, year: number): DateParts {
  return { kind: 'period', year, months: h === 1 ? [1, 6] : [7, 12] };
}

// Range words in front of a date turn it into one end of a range; they are kept in the span
// because they change the meaning ("through March 2027" is not "March 2027").
const RANGE_BEFORE = /\b(through|until|till|to|by|since|from)\s+$/i;
const LEAD_WORD = /^(on|in|during|before|after|of|year|the|a|its|his|her|their|since|until|through|by|from|for|both|and|or|to)\s+/i;
const RANGE_WORDS = new Set(['since', 'until', 'through', 'by', 'from']);

/** Every temporal expression of `text`, non-overlapping, in text order. */
export function matchDates(text: string): GrammarMatch[] {
  const found: GrammarMatch[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      let start = m.index;
      const end = start + m[0].length;
      const parts = rule.read(m);
      if (!parts) {
        rule.re.lastIndex = m.index + 1;
        continue;
      }
      if ((parts.kind === 'monthDay' || parts.kind === 'date') && !validDay(parts.month!, parts.day!)) continue;
      // spans exclude a leading preposition or determiner but keep "last/next/this" and range words
      const lead = LEAD_WORD.exec(text.slice(start, end));
      if (lead && parts.kind !== 'vague') {
        const word = lead[1]!.toLowerCase();
        if (RANGE_WORDS.has(word)) parts.range = word === 'since' || word === 'from' ? 'start' : 'end';
        else start += lead[0].length;
      }
      if (taken(start, end)) continue;
      const range = RANGE_BEFORE.exec(text.slice(Math.max(0, start - 10), start));
      if (range && parts.kind !== 'offset' && parts.kind !== 'relativeDay' && parts.kind !== 'vague' && parts.kind !== 'recent') {
        const word = range[1]!.toLowerCase();
        if (word !== 'to' && word !== 'from' && !(word === 'by' && parts.kind === 'weekday')) {
          parts.range = word === 'since' ? 'start' : 'end';
          start -= range[0].length;
        }
      }
      found.push({ ...parts, start, end });
    }
  }
  for (const f of found) withTimeOfDay(text, f, found);
  return found.sort((a, b) => a.start - b.start);
}

const DAY_KINDS = new Set<DateKind>(['date', 'monthDay', 'weekday', 'relativeDay']);

/** A day read by a rule that tells no time, with the time of day written just before or after it, takes that time into its span. */
function withTimeOfDay(text: string, f: GrammarMatch, found: readonly GrammarMatch[]): void {
  if (f.time || !DAY_KINDS.has(f.kind) || f.range) return;
  const free = (s: number, e: number) => !found.some((g) => g !== f && s < g.end && e > g.start);
  const before = timeBeforeDay(text.slice(Math.max(0, f.start - 60), f.start));
  if (before && free(f.start - before.length, f.start)) {
    f.time = before.time;
    f.start -= before.length;
    return;
  }
  const after = timeAfterDay(text.slice(f.end, f.end + 60));
  if (after && free(f.end, f.end + after.length)) {
    f.time = after.time;
    f.end += after.length;
  }
}

/** Cheap test for sentences worth parsing: a month, weekday, relative word, 4-digit year, "ago"... */
export const DATE_CUE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|today|tonight|yesterday|tomorrow|week|weekend|month|year|years|decades?|ago|earlier|later|anniversary|centennial|recently|recent|soon|term|past|quarter|half|Q[1-4]|H[12]|\d{4}s?)\b/i;
