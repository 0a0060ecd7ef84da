// The temporal expressions news text uses, as regular expressions over one sentence's text.
// Hand-written because neither date library reads news dates well enough (see
// scripts/compare-date-libs.mjs): both miss "through", anniversaries and past-tense weekdays, and
// both read rates ("a year") or "the first day" as dates. Regex indices are UTF-16 offsets, so the
// spans are exact without rebuilding them from words.
// This file holds the calendar-date patterns and the rule order; times of day and their zones
// ("2:15 p.m. EDT", "(0735 GMT)") are read by ./clockTimes.ts.

import { CITY_ZONES, TIME_RE, ZONE_RE, timeAfterDay, timeBeforeDay, timeOf, type TimeOfDay } from './clockTimes';
import { NUMBER_WORDS, MONTH_RE, MONTH_FREE_RE, WEEKDAY_RE, YEAR_RE, DAY_RE, UNITS_RE, TEENS_RE, TENS_RE, NUM_RE, ORD_RE, NOT_AFTER, NOT_BEFORE, monthOf, weekdayOf, num, ordinal, validDay, weekdayPart, unitOf, type TimeUnit } from './dateWords';

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

interface Rule {
  re: RegExp;
  read(m: RegExpExecArray): DateParts | undefined;
}

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
    // a year in words, as speech is transcribed, after a preposition or a month: "in nineteen
    // ninety-six", "January nineteen ninety-seven", "the year two thousand" (not a count: "nineteen twenty people")
    re: new RegExp(
      `(?:\\b(?:in|since|by|until|till|from|during|before|after|through)\\s+|\\b(${MONTH_FREE_RE}|May)\\s+(?:of\\s+)?)(nineteen|twenty)[-\\s]+(?:(${TEENS_RE})|(${TENS_RE})(?:[-\\s](${UNITS_RE}))?)\\b` +
        `|\\bthe\\s+year\\s+two\\s+thousand(?:\\s+(?:and\\s+)?(${UNITS_RE}|${TEENS_RE}))?\\b`,
      'gi',
    ),
    read: (m) => {
      // a count before its plural noun ("by nineteen twenty-one votes") is no year
      const next = /^\s+([a-z]+)/.exec(m.input.slice(m.index + m[0].length))?.[1];
      if (next && ((/^[a-z]{3,}s$/.test(next) && !/(?:ss|us|is|was|has|as)$/.test(next)) || /^(?:people|percent|per|times|more|less|fewer)$/.test(next))) return undefined;
      const value = (w: string | undefined) => (w ? NUMBER_WORDS[w.toLowerCase()]! : 0);
      if (!m[2]) return { kind: 'year', year: 2000 + value(m[6]) };
      const year = (m[2].toLowerCase() === 'nineteen' ? 1900 : 2000) + value(m[3]) + value(m[4]) + value(m[5]);
      if (m[1] && !/^[A-Z]/.test(m[1])) return undefined;
      return m[1] ? { kind: 'monthYear', month: monthOf(m[1]), year } : { kind: 'year', year };
    },
  },
  {
    // the year's end and the current year are the reference's: "year-end", "the end of the year", "the current fiscal year"
    re: /\b(?:year-end|year['’]s\s+end|the\s+end\s+of\s+(?:the|this)\s+year|the\s+current\s+(?:fiscal\s+|calendar\s+)?year|this\s+(?:fiscal|calendar)\s+year)\b/gi,
    read: () => ({ kind: 'relativePeriod', unit: 'year', offset: 0 }),
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
      // capitalised right after a capitalised word, it ends a title ("USA Today", "Good Morning
      // America Tonight", "Business Today"): a name, not the day
      if (/^[A-Z]/.test(m[1]!) && /\b[A-Z][\w.&'’-]*\s+$/.test(m.input.slice(Math.max(0, m.index - 40), m.index))) return undefined;
      const w = m[1]!.toLowerCase();
      return { kind: 'relativeDay', unit: 'day', offset: w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0 };
    },
  },
  {
    // in July — a month with no day or year; "May" alone is too often the verb; "last February" is
    // the latest before the reference's month, "next June" the first after it, "this September" the reference year's
    re: new RegExp(`\\b(?:(in|since|until|by|through|during|early|late|mid|last|next|this)[-\\s]+)(${MONTH_FREE_RE}|May)\\b(?!\\s*\\d)`, 'g'),
    read: (m) => {
      const lead = m[1]!.toLowerCase();
      const shift = lead === 'last' || lead === 'next' || lead === 'this' ? { shift: lead as DateParts['shift'] } : {};
      return { kind: 'month', month: monthOf(m[2]!), ...shift };
    },
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
      // "the Vision 2030 plan", "its Horizon 2020 programme": a year in a name is no happening's
      if (!lead && yearInName(m.input.slice(0, m.index))) return undefined;
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

// a capitalised word (not a month, a weekday, a time word or a season) that is not the first of its
// sentence: the year after it ends a name ("Agenda 2063", "Drive Ahead 2035")
const NAME_BEFORE_YEAR = /[^\s.!?"“'‘(:;—–-][\s"“']*\s([A-Z][A-Za-z]+|[A-Z]{2,})\s+$/;
const NOT_A_NAME = new RegExp(`^(?:${MONTH_FREE_RE}|May|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|${WEEKDAY_RE}|Around|Between|Circa|Throughout|Early|Late|Mid|Spring|Summer|Autumn|Fall|Winter|Christmas|Easter|Year|FY|AD|BC|CE)$`, 'i');
const yearInName = (before: string): boolean => {
  const m = NAME_BEFORE_YEAR.exec(before.slice(-60));
  return !!m && !NOT_A_NAME.test(m[1]!);
};

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
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|today|tonight|yesterday|tomorrow|week|weekend|month|year|years|decades?|ago|earlier|later|anniversary|centennial|recently|recent|soon|term|past|quarter|half|Q[1-4]|H[12]|nineteen|thousand|\d{4}s?)\b/i;
