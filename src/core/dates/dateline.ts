// The date an article carries at its top, in the shapes real reports use: a labelled line
// ("Date: 2025-03-30", "Published 12:34 PM EDT, Mon March 4, 2025", "Updated: 14 Feb 2022, 09:05 AM
// IST", "Last Modified: 2019-05-02 17:20:05"), a byline with a date ("By A. Writer | 4 March 2025"),
// a wire dateline ("KOCHI, Jul 14:", "JOHANNESBURG, August 7 (Xinhua) --", "June 13 (Reuters) -") or a line that is only a
// date ("March 9, 2016" above "NAIROBI, Kenya (AP) _"). A dateline may leave out the year: the
// caller infers it from the set.

export interface Dateline {
  year?: number;
  month: number;
  day: number;
  /** How it was found, for the reader: 'the "Published" line at the top'. */
  how: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// full names and three-letter abbreviations, with or without a full stop ("Sept." too)
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`);
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`);
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?![,.]?\\d)`);
const DAY_MONTH = new RegExp(`\\b${DAY}\\s+${MONTH}\\b`);
const ISO = /\b(1[89]\d\d|20\d\d)[-/](0[1-9]|1[0-2])[-/](0[1-9]|[12]\d|3[01])\b/;

export const LABELLED = /^\s*(date|dated|published|updated|posted|last modified|last updated|first published|modified)\b(?:\s+on)?\s*(:?)\s*(.+)$/i;
const BYLINE = /^\s*by\s+[^|]{2,80}\|\s*(.+)$/i;
// "KOCHI, Jul 14:", "NAIROBI, Kenya, Aug 7 (AP) --", "JOHANNESBURG, August 7 (Xinhua) --"
const PLACE = new RegExp(`^\\s*[A-Z][A-Z.'’ -]{1,40},(?:\\s*[A-Z][A-Za-z.' ]{1,30},)?\\s+${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?\\s*(?:\\([^)]{1,30}\\))?\\s*(?::|--|—|–|_|-)`);
// "June 13 (Reuters) -": a wire's date and name with no place; the agency in brackets is needed
const AGENCY = new RegExp(`^\\s*${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?\\s*\\([A-Z][^)]{1,30}\\)\\s*(?::|--|—|–|_|-)`);
const wireDateline = (line: string): RegExpExecArray | null => PLACE.exec(line) ?? AGENCY.exec(line);
// a weekday and a time of day around a date on a line of its own
const LINE_NOISE = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?|\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\b[ap]\.?m\.?\b|\b(?:[A-Z]{2,4}T|GMT|UTC|IST)\b|[,|·•\s-]+/gi;

/** A month's number (1-12) from its name or abbreviation ("Sept.", "august"); 0 when it is none. */
export const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** A date (with or without a year) in `text`, taking the one with a year first. */
export function readDate(text: string): { year?: number; month: number; day: number; index: number; length: number } | undefined {
  const found: { year?: number; month: number; day: number; index: number; length: number }[] = [];
  let m = ISO.exec(text);
  if (m) found.push({ year: +m[1]!, month: +m[2]!, day: +m[3]!, index: m.index, length: m[0].length });
  if ((m = MONTH_DAY_YEAR.exec(text))) found.push({ month: monthOf(m[1]!), day: +m[2]!, year: +m[3]!, index: m.index, length: m[0].length });
  if ((m = DAY_MONTH_YEAR.exec(text))) found.push({ day: +m[1]!, month: monthOf(m[2]!), year: +m[3]!, index: m.index, length: m[0].length });
  if (found.length === 0) {
    if ((m = MONTH_DAY.exec(text))) found.push({ month: monthOf(m[1]!), day: +m[2]!, index: m.index, length: m[0].length });
    if ((m = DAY_MONTH.exec(text))) found.push({ day: +m[1]!, month: monthOf(m[2]!), index: m.index, length: m[0].length });
  }
  const valid = found.filter((f) => f.month >= 1 && f.day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][f.month - 1]!);
  return valid.sort((a, b) => a.index - b.index)[0];
}

/** The date the first lines of `text` carry, and how it was found. */
export function datelineOf(text: string): Dateline | undefined {
  for (const line of topLines(text)) {
    const found = lineDate(line);
    if (found) return found;
  }
  return undefined;
}

/**
 * The first six non-blank lines of `text` (each cut at 300 characters), read one by one rather
 * than by splitting the whole text: where a date line or a partial one stands.
 */
export function* topLines(text: string): Generator<string> {
  for (let pos = 0, lines = 0; lines < 6 && pos <= text.length; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, Math.min(end, pos + 300)).replace(/\r$/, '');
    pos = nl < 0 ? text.length + 1 : nl + 1;
    if (!line.trim()) continue;
    lines++;
    yield line;
  }
}

function lineDate(line: string): Dateline | undefined {
  let m = LABELLED.exec(line);
  if (m) {
    // the date must open what follows the label ("Published reports say ..." is prose)
    const d = readDate(m[3]!);
    if (d && opens(m[3]!, d)) return dateline(d, `the "${m[1]}${m[2]}" line at the top of the file`);
  }
  if ((m = BYLINE.exec(line))) {
    const d = readDate(m[1]!);
    if (d && opens(m[1]!, d)) return dateline(d, 'the date after the byline');
  }
  if ((m = wireDateline(line))) {
    const d = readDate(m[0]);
    if (d) return dateline(d, `the dateline "${m[0].trim()}"`);
  }
  const d = readDate(line);
  if (d && d.year !== undefined && line.length <= 80) {
    // a line that is only a date (with its weekday or time of day)
    const rest = (line.slice(0, d.index) + line.slice(d.index + d.length)).replace(LINE_NOISE, '');
    if (rest === '') return dateline(d, `the date line "${line.trim()}" at the top`);
  }
  return undefined;
}

/** Only a weekday or a time of day before the date ("12:34 PM EDT, Mon March 4, 2025"), not prose. */
const opens = (text: string, d: { index: number }): boolean => text.slice(0, d.index).replace(LINE_NOISE, '') === '';

const dateline = (d: { year?: number; month: number; day: number }, how: string): Dateline => ({ ...(d.year !== undefined ? { year: d.year } : {}), month: d.month, day: d.day, how });

/** A sentence that is only a wire dateline ("HAVANA, August 7 (Xinhua) --"), telling no happening. */
export function isDatelineOnly(sentence: string): boolean {
  const m = wireDateline(sentence);
  return !!m && sentence.slice(m[0].length).trim().length === 0;
}

/**
 * The length of a wire dateline that opens a sentence telling more ("LODRIN, Oct 7 (EPN) - The
 * toll rose ..."), 0 when there is none or the sentence is only the dateline. Its date is the
 * report's (datelineOf), not the happening the sentence tells.
 */
export function gluedDatelineLength(sentence: string): number {
  const m = wireDateline(sentence);
  return m && sentence.slice(m[0].length).trim().length > 0 ? m[0].length : 0;
}

/** What the memo compares of a dateline. */
export const datelineKey = (d: Dateline | undefined): string | undefined => (d ? `${d.year ?? ''}-${d.month}-${d.day}|${d.how}` : undefined);
