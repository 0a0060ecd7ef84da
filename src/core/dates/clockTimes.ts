// Times of day and their zones as the date grammar (./grammar.ts) reads them: the TimeOfDay
// shape, the zone abbreviations and fixed-offset cities, the clock-time and zone patterns, and the
// reading of their capture groups. Split from grammar.ts so the calendar-date rules stand apart
// from clock and zone handling; this file imports nothing from the grammar.

export interface TimeOfDay {
  hour: number;
  minute: number;
  /** Minutes east of UTC when the zone is told ("EDT" -240, "(0735 GMT)" read as UTC directly). */
  utcOffset?: number;
  /** The time in UTC when told beside the local one ("(0735 GMT)"). */
  utc?: { hour: number; minute: number };
}

// Times of day: "2:15 p.m.", "10 a.m.", "noon", with a zone abbreviation or "(0735 GMT)" beside it
const ZONES: Record<string, number> = {
  GMT: 0, UTC: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, IST: 330, JST: 540, KST: 540, HKT: 480, SGT: 480,
  AEST: 600, AEDT: 660, NZST: 720, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};
// "(Tokyo time)": cities whose clocks do not change with the seasons, so one offset is right all year
export const CITY_ZONES: Record<string, number> = {
  Tokyo: 540, Seoul: 540, Beijing: 480, Shanghai: 480, 'Hong Kong': 480, Taipei: 480, Singapore: 480, Manila: 480,
  Bangkok: 420, Jakarta: 420, 'New Delhi': 330, Delhi: 330, Mumbai: 330, Karachi: 300, Dhaka: 360, Dubai: 240,
  'Abu Dhabi': 240, Riyadh: 180, Moscow: 180, Nairobi: 180, Istanbul: 180, Lagos: 60, Johannesburg: 120,
};
export const TIME_RE = `(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?m\\.?|(noon|midday|midnight))`;
export const ZONE_RE = `(?:\\s*\\(?(${Object.keys(ZONES).join('|')})\\)?(?![A-Za-z]))?(?:\\s*\\((\\d{2})(\\d{2})\\s*(?:GMT|UTC)\\))?`;
export function timeOf(m: RegExpExecArray, i: number): TimeOfDay | undefined {
  let hour: number;
  let minute = 0;
  if (m[i + 3]) hour = m[i + 3]!.toLowerCase() === 'midnight' ? 0 : 12;
  else {
    hour = +m[i]!;
    minute = m[i + 1] ? +m[i + 1]! : 0;
    if (hour < 1 || hour > 12 || minute > 59) return undefined;
    const pm = m[i + 2]!.toLowerCase() === 'p';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  const zone = m[i + 4] ? ZONES[m[i + 4]!] : undefined;
  const utc = m[i + 5] ? { hour: +m[i + 5]!, minute: +m[i + 6]! } : undefined;
  if (utc && (utc.hour > 23 || utc.minute > 59)) return undefined;
  return { hour, minute, ...(zone !== undefined ? { utcOffset: zone } : {}), ...(utc ? { utc } : {}) };
}

// A time of day next to a day the grammar read by another rule: "3 p.m. on March 4, 2025",
// "10:40 a.m. local time on Friday", "4 March 2025 at 10:00", "at 14:30 on Monday". A 24-hour
// clock ("14:30") counts only after "at", so that scores and ratios are never read as times.
const LOCAL = `(?:\\s+local\\s+time)?`;
const CLOCK_24 = `at\\s+([01]?\\d|2[0-3])[:.h]([0-5]\\d)(?!\\s*[ap]\\.?m)(?![\\d:.,]\\d)`;
const TIME_BEFORE = new RegExp(`(?:\\b${TIME_RE}${ZONE_RE}${LOCAL}|\\b${CLOCK_24}${LOCAL}),?\\s+(?:on\\s+)?$`, 'i');
const TIME_AFTER = new RegExp(`^,?\\s+(?:(?:at|around|about|from|by|before|after)\\s+)?(?:${TIME_RE}${ZONE_RE}(?![A-Za-z])|${CLOCK_24})${LOCAL}`, 'i');

function clockOf(m: RegExpExecArray): TimeOfDay | undefined {
  if (m[1] || m[4]) return timeOf(m, 1);
  return m[8] !== undefined ? { hour: +m[8], minute: +m[9]! } : undefined;
}

/** The time of day told just before a day (`before` ends where the day starts): its length and reading. */
export function timeBeforeDay(before: string): { length: number; time: TimeOfDay } | undefined {
  const m = TIME_BEFORE.exec(before);
  const time = m && clockOf(m);
  return time ? { length: m![0].length, time } : undefined;
}

/** The time of day told just after a day (`after` starts where the day ends): its length and reading. */
export function timeAfterDay(after: string): { length: number; time: TimeOfDay } | undefined {
  const m = TIME_AFTER.exec(after);
  const time = m && clockOf(m);
  return time ? { length: m![0].length, time } : undefined;
}
