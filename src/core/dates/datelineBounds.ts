// What a source's own top and body tell about its reference date beyond its `Date:` line:
// - a live blog or an updated story carries the day it was first published at the top, while its
//   body reports later updates by their dates ("Update, March 4, 2021: ...", a quoted post signed
//   "- A. Name (@handle) March 4, 2021", "officials said on March 4, 2021"): its weekdays hang on
//   the latest such date, not on the first day (updatedAfter);
// - a `Date:` line may give only a month ("Date: 2024-07") or a year ("Date: 2024"): the reference
//   date stays inside it (partialDatelineOf, clampInto).
import type { DateExpression } from './expressions';
import { dayOf, isoDay } from './resolve';
import { LABELLED, monthOf, topLines } from './dateline';

/** A `Date:` line with no day: the reference date lies in [from, to]. */
export interface PartialDateline {
  from: number;
  to: number;
  /** "2024-07" or "2024", as the reader would write it. */
  text: string;
  how: string;
}

const ISO_MONTH = /^(1[89]\d\d|20\d\d)[-/](0[1-9]|1[0-2])$/;
const NAMED_MONTH = /^([a-z]{3,9})\.?,?\s+(1[89]\d\d|20\d\d)$/i;
const YEAR_ONLY = /^(1[89]\d\d|20\d\d)$/;

/** The month or year a labelled line of the first six gives when it gives no day ("Date: 2024-07"). */
export function partialDatelineOf(text: string): PartialDateline | undefined {
  for (const line of topLines(text)) {
    const m = LABELLED.exec(line);
    if (!m) continue;
    const value = m[3]!.trim();
    const how = `the "${m[1]}${m[2]}" line at the top of the file gives only`;
    let x: RegExpExecArray | null;
    if ((x = ISO_MONTH.exec(value))) return month(+x[1]!, +x[2]!, `${how} the month ${value}`);
    if ((x = NAMED_MONTH.exec(value))) {
      const at = monthOf(x[1]!);
      if (at > 0 && (x[1]!.length <= 4 || MONTH_NAME.test(x[1]!))) return month(+x[2]!, at, `${how} the month ${value}`);
    }
    if ((x = YEAR_ONLY.exec(value))) return { from: dayOf(+x[1]!, 1, 1), to: dayOf(+x[1]!, 12, 31), text: value, how: `${how} the year ${value}` };
  }
  return undefined;
}

const MONTH_NAME = /^(january|february|march|april|may|june|july|august|september|sept|october|november|december)$/i;

function month(y: number, m: number, how: string): PartialDateline {
  const next = m === 12 ? dayOf(y + 1, 1, 1) : dayOf(y, m + 1, 1);
  return { from: dayOf(y, m, 1), to: next - 1, text: `${y}-${String(m).padStart(2, '0')}`, how };
}

/** `day` moved into the part's window, and how to say so after `how`. */
export function clampInto(part: PartialDateline, day: number, how: string): { day: number; how: string } {
  if (day < part.from) return { day: part.from, how: `${part.how}; its first day, as the day inferred (${isoDay(day)}: ${how}) is before it` };
  if (day > part.to) return { day: part.to, how: `${part.how}; its last day, as the day inferred (${isoDay(day)}: ${how}) is after it` };
  return { day, how: `${part.how}; in it: ${how}` };
}

/** The reference of a source whose only date is its partial `Date:` line: the last day of it, not after today. */
export function lastDayOf(part: PartialDateline, today: number): { day: number; how: string } {
  const day = Math.max(part.from, Math.min(part.to, today));
  return { day, how: `${part.how}; its last day${day < part.to ? ' up to today' : ''}` };
}

/** How far after the first publication an update is still taken as one. */
const UPDATE_WINDOW = 31;
// a post quoted in the text, signed with its author's handle and its date ("(@handle) March 4, 2021")
const SIGNED = /\(@\w{1,30}\)\s*$/;
// an update's own label just before its date ("Update, March 4, 2021:", "Updated at 10:05 on ...")
const UPDATE_LABEL = /\b(?:update[ds]?|posted|last modified)\b[\s:,—–-]*(?:(?:at|on)\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}T|GMT|UTC)?[\s,]*(?:on\s+)?)?$/i;

/**
 * The latest day the body of a source dated `first` tells as already happened after it, when
 * within a month of it and not after today: a past-tense date stated in full, or one an update
 * label or a quoted post's signature opens. Plans and deadlines ("the contract expires on ...",
 * "the vote will be held on ...") are no updates.
 */
export function updatedAfter(text: string, expressions: readonly DateExpression[], first: number, today: number): { day: number; text: string } | undefined {
  let best: { day: number; text: string } | undefined;
  for (const e of expressions) {
    if (e.kind !== 'date' || e.range || e.baseline || e.tense === 'future') continue;
    const day = dayOf(e.year!, e.month!, e.day!);
    if (day <= first || day > first + UPDATE_WINDOW || day > today) continue;
    const before = text.slice(Math.max(0, e.span.start - 60), e.span.start);
    if (e.tense !== 'past' && !SIGNED.test(before) && !UPDATE_LABEL.test(before)) continue;
    if (!best || day > best.day) best = { day, text: e.text };
  }
  return best;
}
