// One moment told on two clocks: "as of 21:30 local time on August 11 (07:30 UTC on August 12)",
// "at 11:47 p.m. on Sunday (1447 GMT Monday)". The bracketed date restates the one before it in
// another time zone, so it is no second happening: it stays a mention (placed, hoverable) but is
// no event of the timeline, as a comparison's baseline is not (baselines.ts). Pure: reads the
// sentence's text and the grammar's matches.
import type { GrammarMatch } from './grammar';

// what shows the bracket is another clock: a time of day or a zone
const CLOCK = /\b\d{1,2}[:.h]?\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b|\b(?:GMT|UTC|Zulu|local time|[A-Z]{2,4}T)\b/;
// between the first date and the bracket: nothing, a comma or a zone
const GAP = /^[\s,]*(?:(?:[A-Z]{2,5}|local time)[\s,]*)?$/;

/** Whether match `i` of the sentence is a bracketed restatement of match `i - 1` on another clock. */
export function restatesOnOtherClock(sentence: string, matches: readonly GrammarMatch[], i: number): boolean {
  if (i === 0) return false;
  const prev = matches[i - 1]!;
  const m = matches[i]!;
  const open = sentence.lastIndexOf('(', m.start);
  if (open < prev.end || !GAP.test(sentence.slice(prev.end, open))) return false;
  const close = sentence.indexOf(')', m.end);
  if (close < 0 || close - open > 60 || sentence.slice(open, m.start).includes(')')) return false;
  if (!CLOCK.test(sentence.slice(open + 1, close)) && !prev.time && !m.time) return false;
  return withinADay(prev, m);
}

/** Two dates at most a day apart: a time zone moves a moment by less than a day. */
function withinADay(a: GrammarMatch, b: GrammarMatch): boolean {
  if (a.month !== undefined && a.day !== undefined && b.month !== undefined && b.day !== undefined) {
    if (a.year !== undefined && b.year !== undefined && Math.abs(a.year - b.year) > 1) return false;
    // December 31 and January 1 are a day apart too
    const gap = Math.abs(Date.UTC(2001, a.month - 1, a.day) - Date.UTC(2001, b.month - 1, b.day)) / 86_400_000;
    return gap <= 1 || gap >= 364;
  }
  if (a.weekday !== undefined && b.weekday !== undefined) return [0, 1, 6].includes((a.weekday - b.weekday + 7) % 7);
  return a.kind === b.kind && a.offset === b.offset && a.unit === b.unit;
}
