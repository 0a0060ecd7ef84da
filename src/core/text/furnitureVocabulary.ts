// Words the page-furniture rules share: verbs that mark a line as a sentence, month and weekday
// names, and a way to test a family of anchored rules in one pass.

export const VERBS = new Set(
  ('is are was were be been being am has have had do does did will would can could should may might must ' +
    'said says say told tells added adds wrote writes stated states announced reported reports called ' +
    'made make makes went goes go came comes took takes gave gives got gets became become showed shows ' +
    'reads explained noted warned insisted asked replied answered declared urged tweeted follows following')
    .split(' '),
);

export const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
export const WEEKDAYS = 'mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday';

/**
 * One regex for a family of rules anchored at the line start: one test per line instead of one
 * per rule, with the anchor hoisted so the engine never retries at later positions.
 */
export function anyOf(rules: RegExp[]): RegExp {
  return new RegExp(`^(?:${rules.map((r) => `(?:${r.source.replace(/^\^/, '')})`).join('|')})`, 'i');
}
