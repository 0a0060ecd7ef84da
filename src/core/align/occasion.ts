// Which occasion a figure's clause is about when it may not be the report's main one: the day the
// clause gives its own event ("On Sunday, a train carrying 85 people crashed"), or another
// occurrence it names ("in a separate accident", "another quake"). Read per figure from its clause.
import { MONTHS, WEEKDAYS } from './names';

/** A weekday or a day of a month, with "on" before it or not ("on Sunday", "derailed Monday", "on June 26", "26 June"). */
const DAY = new RegExp(`\\b(?:(${WEEKDAYS})\\b(?!\\s*['’]s)|(${MONTHS})\\.?\\s+(\\d{1,2})\\b(?!\\s*,?\\s*\\d{3})|(\\d{1,2})\\s+(${MONTHS})\\b)`, 'gi');

/** What a day after these words gives is a bound or a report's day, not the day the clause's event happened. */
const NOT_THE_EVENT_DAY = new RegExp(
  `\\b(?:by|until|till|as of|as at|since|through|before|after|last|next|this|early|late|every|each|from|(?:said|says|told|announced|reported|confirmed|added|stated|tweeted|wrote|showed|show|shows|released|published|issued|posted)(?:\\s+(?:on|late|early))?)\\s+(?:on\\s+)?$`,
  'i',
);

/**
 * The day the clause places its own event on, lower-cased: a weekday ("sunday") or a month's day
 * ("jun 26"). Undefined when the clause names none, or only a bound ("by Monday"), a report's day
 * ("said Monday") or a day's own noun ("Monday's vote").
 */
export function eventDayOf(clause: string): string | undefined {
  for (const m of clause.matchAll(DAY)) {
    if (NOT_THE_EVENT_DAY.test(clause.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    if (m[1]) return m[1].toLowerCase();
    const month = (m[2] ?? m[5])!.toLowerCase().slice(0, 3);
    return `${month} ${Number(m[3] ?? m[4])}`;
  }
  return undefined;
}

/** Whether two days the clauses give are both weekdays or both days of a month (only then do they compare). */
export function comparableDays(a: string, b: string): boolean {
  return /\d/.test(a) === /\d/.test(b);
}

const EVENT_NOUNS = 'accident|incident|crash|collision|derailment|blast|bombing|attack|explosion|quake|earthquake|tremor|flood|fire|wildfire|storm|hurricane|typhoon|cyclone|landslide|eruption|shooting|riot|outbreak|spill|shipwreck|sinking';
/** "in a separate accident", "another quake", "a similar crash last month": an occurrence other than the report's own. */
const ANOTHER = new RegExp(`\\b(?:another|a separate|separate|a similar|an unrelated|a different|an earlier|a previous|a prior)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${EVENT_NOUNS})s?\\b`, 'iu');

/** 'another' when the clause says its event is another occurrence than the report's own. */
export function anotherOccasion(clause: string): 'another' | undefined {
  return ANOTHER.test(clause) ? 'another' : undefined;
}

/** "up from 42", "up from the county's previously announced toll of 42", "down from 1,300": the value before the one reported. */
const PREVIOUS_VALUE =
  /\b(?:up|down|rising|falling|rose|fell|climbing|dropping|increased|decreased)\s+from\s+(?:(?:the|a|an|its|their)\s+[^,;.\d]{0,60}?\b(?:of|at)\s+)?(?:(?:about|some|around|nearly|more than|at least)\s+)?$|\bpreviously\s+(?:announced|reported|stated|given)\s+[^,;.\d]{0,40}?\b(?:of|at)\s+$/i;

/** 'earlier' when the words before a figure make it the value a count had before ("up from 42"). */
export function previousValue(before: string): 'earlier' | undefined {
  return PREVIOUS_VALUE.test(before) ? 'earlier' : undefined;
}
