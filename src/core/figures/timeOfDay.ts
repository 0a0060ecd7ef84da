// Times of day as figures a reader compares across reports: "10:35 a.m.", "2:15 p.m. Tokyo
// time", "0515 GMT", "07:40 PM IST", "4.10 PM", "noon". Read as minutes after midnight; with a
// zone whose offset is fixed, also as minutes after midnight UTC, so reports that give the time
// in different zones compare. Zones that change with daylight saving ("EST/EDT" are fine, "ET",
// "London time" are not) or that name several zones ("CST") are read as local times.

/** Offsets from UTC in minutes of zone abbreviations that name one fixed offset. */
const ZONES: Record<string, number> = {
  GMT: 0, UTC: 0, Z: 0, WET: 0, BST: 60, CET: 60, WAT: 60, WEST: 60, CEST: 120, EET: 120, CAT: 120, SAST: 120,
  EEST: 180, EAT: 180, MSK: 180, AST: 180, GST: 240, PKT: 300, IST: 330, NPT: 345, ICT: 420, WIB: 420,
  SGT: 480, HKT: 480, PHT: 480, AWST: 480, JST: 540, KST: 540, ACST: 570, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  EST: -300, EDT: -240, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, HST: -600,
};

/** Zones named by their region, whose offset changes with daylight saving or which name several zones. */
const VARIABLE_ZONES = new Set(['ET', 'CT', 'MT', 'PT', 'AT', 'CST', 'UK']);

/** "<place> time" with a fixed offset (places without daylight saving). */
const PLACE_ZONES: Record<string, number> = {
  tokyo: 540, japan: 540, seoul: 540, beijing: 480, china: 480, 'hong kong': 480, singapore: 480, manila: 480, taipei: 480,
  bangkok: 420, jakarta: 420, hanoi: 420, delhi: 330, 'new delhi': 330, india: 330, mumbai: 330, karachi: 300, dubai: 240,
  moscow: 180, riyadh: 180, nairobi: 180, baghdad: 180, istanbul: 180, johannesburg: 120, cairo: 120, lagos: 60,
  greenwich: 0, universal: 0,
};

// "p.m." keeps its last dot; "PM." leaves the full stop to the sentence.
const AMPM = String.raw`(a\.\s?m\.|p\.\s?m\.|a\.?\s?m|p\.?\s?m)(?![a-z])`;
const ZONE_WORD = String.raw`([A-Z]{1,4})\b`;
const PLACE = String.raw`((?:[A-Z][a-z]+\s){1,2})time\b`;

/** Zone written after a time: an abbreviation or "Tokyo time"; `local` when it says "local time". */
function zoneAfter(text: string, at: number, to: number): { offset?: number; name?: string; end: number } {
  const rest = text.slice(at, Math.min(to, at + 30));
  let m = new RegExp(String.raw`^\s*${ZONE_WORD}`).exec(rest);
  if (m && m[1]! in ZONES) return { offset: ZONES[m[1]!], name: m[1], end: at + m[0].length };
  // "1:42 p.m. ET": a zone whose offset moves with the season is no local time either
  if (m && VARIABLE_ZONES.has(m[1]!)) return { name: m[1], end: at + m[0].length };
  m = new RegExp(String.raw`^\s*${PLACE}`).exec(rest);
  if (m) {
    const place = m[1]!.trim().toLowerCase();
    if (place in PLACE_ZONES) return { offset: PLACE_ZONES[place], name: m[1]!.trim(), end: at + m[0].length };
    return { name: `${m[1]!.trim()} time`, end: at + m[0].length };
  }
  m = /^\s*local time\b/i.exec(rest);
  if (m) return { end: at + m[0].length };
  return { end: at };
}

const TOLD_WITH_DAY = /^\)?\s*(?:\([^()]{1,20}\))?\s*,?\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

export interface ClockReading {
  /** Offset of the stated zone from UTC, in minutes, when it is known. */
  offset?: number;
  /** A zone stated whose offset is not fixed ("ET", "London time"): such times compare only with each other. */
  zone?: string;
}

/** One time of day: where it is written (zone included) and its minutes after local midnight. */
export interface TimeOfDay extends ClockReading {
  start: number;
  end: number;
  minutes: number;
}

/** Times of day in the sentence [from, to) of `text`. */
export function scanTimesOfDay(text: string, from: number, to: number): TimeOfDay[] {
  const sentence = text.slice(from, to);
  const out: TimeOfDay[] = [];
  const push = (start: number, numberEnd: number, minutes: number, requireZone: boolean) => {
    const zone = zoneAfter(text, numberEnd, to);
    if (requireZone && zone.end === numberEnd) return;
    // "10:35 a.m. (0735 GMT) Friday": a time told with its day is a date, read by the dates stage.
    if (TOLD_WITH_DAY.test(text.slice(zone.end, Math.min(to, zone.end + 40)))) return;
    if (minutes < 0 || minutes >= 24 * 60) return;
    if (out.some((t) => start < t.end && numberEnd > t.start)) return;
    out.push({ start, end: zone.end, minutes, offset: zone.offset, ...(zone.offset === undefined && zone.name ? { zone: zone.name } : {}) });
  };
  const ampm = (h: number, mark: string | undefined) => {
    if (!mark) return h;
    const pm = /^p/i.test(mark);
    if (h < 1 || h > 12) return -100;
    return (h % 12) + (pm ? 12 : 0);
  };
  // "10:35 a.m.", "07:40 PM IST", "4.10 PM", "14:30 GMT"; "4.10" alone is a decimal.
  for (const m of sentence.matchAll(new RegExp(String.raw`(?<![\d.,:])(\d{1,2})([:.])([0-5]\d)(?![\d.,:]\d)(?:\s?${AMPM})?`, 'gi'))) {
    const start = from + m.index!;
    const h = ampm(Number(m[1]), m[4]);
    push(start, start + m[0].length, h * 60 + Number(m[3]), m[2] === '.' && !m[4]);
  }
  // "3 p.m.", "11am"
  for (const m of sentence.matchAll(new RegExp(String.raw`(?<![\d.,:])(\d{1,2})\s?${AMPM}`, 'gi'))) {
    const start = from + m.index!;
    push(start, start + m[0].length, ampm(Number(m[1]), m[2]) * 60, false);
  }
  // "0515 GMT", "2130 hrs": four digits of a 24-hour clock, only with a zone or "hrs".
  for (const m of sentence.matchAll(/(?<![\d.,])([01]\d|2[0-3])([0-5]\d)(?=\s*(?:\(?[A-Z]{1,4}\b|hrs\b|hours\b))/g)) {
    const start = from + m.index!;
    const hrs = /^\s*(hrs|hours)\b/.exec(text.slice(start + 4, start + 11));
    if (hrs) push(start, start + 4 + hrs[0].length, Number(m[1]) * 60 + Number(m[2]), false);
    // "the 2031 UK census", "2019 ET awards": a year before a region's name, not a time in a zone that has no fixed offset
    else if (/^(19|20)/.test(m[0]) && zoneAfter(text, start + 4, to).offset === undefined) continue;
    else push(start, start + 4, Number(m[1]) * 60 + Number(m[2]), true);
  }
  // "at noon", "before midnight"
  for (const m of sentence.matchAll(/\b(at|by|before|after|until|around|about|from|till|to)\s+(noon|midday|midnight)\b/gi)) {
    const start = from + m.index! + m[0].length - m[2]!.length;
    push(start, start + m[2]!.length, /midnight/i.test(m[2]!) ? 0 : 720, false);
  }
  return out;
}
