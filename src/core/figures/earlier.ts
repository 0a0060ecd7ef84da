// The value a quantity had before the change a sentence reports: "rose to $4.1 billion from $3.9
// billion", "5,200 units, up from 4,800", "$5.2 billion a year earlier", "compared with 10 million
// a year ago". A reader compares it with other reports' earlier values, never with the level now,
// so such a figure is marked `earlier` (and its identity's anchor is 'earlier').
import type { Figure } from '../types';

/** Words right before a number that make it the level a change started from. */
const FROM_BEFORE = /\b(?:up|down|higher|lower|rising|falling|climbing|dropping|increasing|decreasing|growing|declining|rose|fell|grew|increased|decreased|jumped|dropped|climbed|declined|slipped|gained|lost)\s+from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?(?:[A-Z]{0,3}\s?[$€£¥₹])?$/i;

/** Words right after an amount that place it earlier in time ("a year earlier", "a month ago", "in the same period last year"). */
const EARLIER_AFTER = /^,?\s+(?:(?:a|one|the|some)\s+(?:year|month|quarter|week|day|decade)\s+(?:earlier|ago|before|previously)|(?:a\s+)?year[- ](?:earlier|ago)|(?:in|during|over|for)\s+the\s+(?:same\s+(?:period|quarter|month|week|time)|(?:previous|prior|preceding)\s+(?:year|quarter|month|week|period))|the\s+(?:previous|prior|preceding)\s+(?:year|quarter|month|week))\b/i;

/** Whether the number starting at `start` (its currency included) is an earlier level by the words before it. */
export function earlierByWordsBefore(text: string, sentenceStart: number, start: number): boolean {
  return FROM_BEFORE.test(text.slice(Math.max(sentenceStart, start - 40), start));
}

/** Whether the words after a figure's span place it earlier in time. */
export function earlierByWordsAfter(text: string, end: number, sentenceEnd: number): boolean {
  return EARLIER_AFTER.test(text.slice(end, Math.min(sentenceEnd, end + 50)));
}

/** A figure read with no unit or noun of its own: it needs the unit of the amount it is compared with. */
export function needsUnit(figure: Figure | undefined): boolean {
  return !figure || (figure.unit.kind === 'count' && !figure.head);
}
