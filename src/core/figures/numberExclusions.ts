// Decides what only looks like a quantity, for the scanner in numberScan.ts: phone numbers,
// dates, times and versions masked out of a sentence; years and days of dates; numbers that are
// part of a name ("World War Two", "Boeing 737", "10 Downing Street") or of a provision
// ("Article 49.3", an identifier); "one" as a pronoun; ordinals that are names, dates or periods
// rather than ranks.
import type { Term } from '../text/nlp';

const MONTHS = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])\d{3}[\s.-]\d{3,4}\b/g;

/** Marks phone numbers and similar digit runs so their parts are not read as figures. */
export function maskedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(PHONE)) ranges.push([m.index!, m.index! + m[0].length]);
  // ISO dates, times and clock readings, version numbers, scores and fractions like 24/7 or 9/11.
  for (const m of text.matchAll(/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}(:\d{2})?\b|\b\d+(\.\d+){2,}\b(?![.,]?\d)|\b\d+\/\d+\b|\b\d{1,2}:\d{1,2}\b|\d(?:\.\d+)?\s?[×x]\s?10[−-]?\d+/g)) {
    if (/^\d{1,3}(\.\d{3}){2,}$/.test(m[0])) continue; // "1.250.000" is a number, not a version
    ranges.push([m.index!, m.index! + m[0].length]);
  }
  return ranges;
}

/**
 * A number directly after a capitalised word that is not the sentence's first word reads as part
 * of a name ("World War Two", "Boeing 737", "Chapter 11"), unless the word is a month, a currency
 * or a qualifier.
 */
export function followsName(terms: readonly Term[], index: number): boolean {
  const prev = terms[index - 1];
  if (!prev || index - 1 === 0 || prev.post.trim() !== '') return false;
  if (!/^([A-Z][A-Za-z]*(?:[&.][A-Za-z]+)*|[a-z]+[A-Z][A-Za-z]*)$/.test(prev.text) || MONTHS.test(prev.text)) return false;
  if (/^(US|USD|EUR|GBP|JPY|Over|More|About|Some|Nearly|Around|Only|Just|Almost|Roughly)$/.test(prev.text)) return false;
  return prev.tags.has('ProperNoun') || prev.tags.has('Noun');
}

/**
 * "one person was killed", "one proposal": "one" before a noun states a count; as a pronoun
 * ("one of the", "no one", "the one", "one another") or in set phrases ("one day", "one time",
 * "at one point") it does not.
 */
export function isOneCount(terms: readonly Term[], i: number, j: number): boolean {
  const prev = terms[i - 1]?.normal ?? '';
  const next = terms[j + 1];
  if (!next || /[,;:.!?]/.test(terms[j]!.post) || /^(no|the|this|that|which|every|any|each|at|some|other)$/.test(prev)) return false;
  if (/^(of|another|day|time|thing|way|point|side|hand|more|less|or|and|to|in|on|after|by|is|was|who|that|which)$/.test(next.normal)) return false;
  return next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('ProperNoun') && !next.tags.has('Date') && !introducesOne(terms, j);
}

/**
 * "One drawback is the cost", "One main reason was that ...": "one" + a noun group + a copula that
 * introduces what the noun is (a determiner, "that", a wh-word) picks an item out of several;
 * it counts nothing ("One person was killed" does: a participle follows the copula).
 */
function introducesOne(terms: readonly Term[], j: number): boolean {
  for (let k = j + 1; k < terms.length && k <= j + 6; k++) {
    const t = terms[k]!;
    // "One flaw of the new plan was the ...": the noun's complement
    if (/^(of|the)$/.test(t.normal) && k > j + 1) continue;
    if (t.tags.has('Copula')) return /^(the|a|an|that|how|what|why|when|where|whether|its|their|his|her|our|this|these)$/i.test(terms[k + 1]?.text ?? '');
    if (!(t.tags.has('Noun') || t.tags.has('Adjective')) || t.tags.has('Pronoun') || /[,;:.]/.test(t.post)) return false;
  }
  return false;
}

const WEEKDAYS = /^(mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/**
 * A number followed by a capitalised singular word is part of a name or an address ("11 Pro",
 * "787 Dreamliner", "10 Downing Street"), unless the word begins a noun group that is counted
 * ("5 Paris hotels") or is a people ("12 Americans", plural anyway).
 */
export function precedesName(terms: readonly Term[], last: number): boolean {
  const next = terms[last + 1];
  if (!next || terms[last]!.post.trim() !== '') return false;
  // "9 E 71st St", "22 W Main St": a compass letter then a street is an address.
  if (/^[NSEW]\.?$/.test(next.text) && /^([A-Z]|\d+(st|nd|rd|th))/.test(terms[last + 2]?.text ?? '')) return true;
  if (!/^[A-Z][a-z]/.test(next.text)) return false;
  // "Dead: 192 Americans: 12": the next word labels the next number of a table-like line.
  if (/:/.test(next.post) || /:/.test(terms[last + 2]?.post ?? '') || /:\s*$/.test(terms[last - 1]?.post ?? '')) return false;
  if (next.tags.has('Plural') || next.tags.has('Demonym') || MONTHS.test(next.text) || WEEKDAYS.test(next.text) || /^[A-Z][a-z]+s$/.test(next.text)) return false;
  const after = terms[last + 2];
  if (next.tags.has('Adjective') || (after && /^[a-z]/.test(after.text) && after.tags.has('Noun'))) return false;
  // "460 Kia and Hyundai vehicles", "63,000 Model 3 sedans": names qualifying the counted noun.
  for (let k = last + 2; k < terms.length && k <= last + 5; k++) {
    const t = terms[k]!;
    if (/[,.;:()]/.test(terms[k - 1]!.post)) break;
    if (/^[a-z]/.test(t.text) && t.tags.has('Plural') && t.tags.has('Noun')) return false;
    if (!(t.tags.has('ProperNoun') || /^[A-Z0-9]/.test(t.text) || /^(and|or|&)$/.test(t.text))) break;
  }
  return true;
}

/**
 * "The club's form in 2019 ranks below average": a subject, "in 2019", then the word the tagger
 * took for a plural noun is the clause's verb (no verb before the year, none right after the
 * word), so the number is a year. "The fires in 2000 homes were put out" keeps its count.
 */
function verbReadAsPlural(terms: readonly Term[], yearTerm: number, n: number): boolean {
  if (n < 1900 || n > 2100 || !/^(in|since|during|until|by)$/i.test(terms[yearTerm - 1]?.text ?? '')) return false;
  const subject = terms[yearTerm - 2];
  if (!subject || !subject.tags.has('Noun') || !/^[a-z]+s$/.test(terms[yearTerm + 1]!.text) || terms[yearTerm + 2]?.tags.has('Verb')) return false;
  let k = yearTerm - 2;
  while (k >= 0 && !/[,;:]/.test(terms[k]!.post)) k--;
  return !terms.slice(k + 1, yearTerm).some((t) => t.tags.has('Verb'));
}

export function isYear(raw: string, terms: readonly Term[], lastTerm: number, textAfter: string): boolean {
  if (!/^\d{4}$/.test(raw)) return false;
  const n = Number(raw);
  if (n < 1000 || n > 2199) return false;
  // "1500 troops" counts something; "1979 mandate", "in 2022", "2027." are years.
  const next = terms[lastTerm + 1];
  if (next && next.tags.has('Plural') && !/^\s*[,.;:)]/.test(textAfter) && !verbReadAsPlural(terms, lastTerm, n)) return false;
  // "from 1000 to 2000 hires", "2000 - 2500 calories": the first end of a range of counted things
  const range = /^\s*(?:-|–|—|to)\s*\d{4}\s+([A-Za-z]+s)\b/.exec(textAfter);
  if (range && !/^(seasons|levels|editions|models|elections|games|olympics|years|series)$/i.test(range[1]!)) return false;
  return true;
}

export function isDayOfMonth(terms: readonly Term[], first: number, last: number): boolean {
  const prev = terms[first - 1];
  const next = terms[last + 1];
  return Boolean((prev && MONTHS.test(prev.text)) || (next && MONTHS.test(next.text)) || (next?.text.toLowerCase() === 'of' && terms[last + 2] && MONTHS.test(terms[last + 2]!.text)));
}

const MONTH_WORD = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DAY_JOINER = '\\s*(?:-|–|—|to|through|till|until|and|or)\\s*';
/** "March 3 to 4", "Oct. 14-15": the end of a range of days whose month is written before the first. */
const RANGE_END_AFTER_MONTH = new RegExp(`\\b${MONTH_WORD}\\s+${DAY}${DAY_JOINER}$`, 'i');
/** "8 to 9 August", "8-9 Aug": the start of a range of days whose month is written after the second. */
const RANGE_START_BEFORE_MONTH = new RegExp(`^(?:st|nd|rd|th)?${DAY_JOINER}${DAY}\\s+(?:of\\s+)?${MONTH_WORD}(?![a-z])`, 'i');

/**
 * A day of the month inside a range of days, where the month is written once ("from March 3 to 4
 * killed 12": 4 is a day, not a count; "on 3-4 May").
 */
export function isDayInDateRange(text: string, start: number, end: number, sentenceStart: number): boolean {
  if (!/^\d{1,2}$/.test(text.slice(start, end)) || Number(text.slice(start, end)) > 31) return false;
  return RANGE_END_AFTER_MONTH.test(text.slice(Math.max(sentenceStart, start - 24), start)) || RANGE_START_BEFORE_MONTH.test(text.slice(end, end + 28));
}

/** Nouns after an ordinal that make it a date, a period or a name of a law, not a rank. */
const NOT_RANKED = /^(century|centuries|quarter|half|amendment|anniversary|party|person|hand|floor|grade|generation|birthday|of)$/i;

/**
 * Where a rank ends when the ordinal ending at `end` (starting at `start`) is one a reader
 * compares: with a superlative ("second-largest", "third biggest": past the superlative), or
 * after "the" ("was the ninth", "the ninth day of strikes"), and not a name ("Fifth Avenue",
 * "the 82nd Airborne": a capitalised word follows), a date ("the 20th century") or a period
 * ("the fourth quarter"). Undefined when it is none of these.
 */
export function rankEnd(text: string, start: number, end: number, to: number): number | undefined {
  const after = text.slice(end, Math.min(to, end + 30));
  const superlative = /^[\s-]((?:most\s+)?[a-z]+est|largest|biggest|most\s+[a-z]+)\b/.exec(after);
  if (superlative && !/^(rest|test|interest|west|guest|best-?seller)$/.test(superlative[1]!)) return end + superlative[0].length;
  const next = /^[\s-]+([A-Za-z]+)/.exec(after);
  if (next && (/^[A-Z]/.test(next[1]!) || NOT_RANKED.test(next[1]!))) return undefined;
  if (next && /^-/.test(after)) return undefined; // "third-party", "fifth-generation": compound adjectives
  if (!/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) return undefined;
  return end;
}

/** Words naming a provision of a text ("Article 49.3", "Section 230"): its number is a name. */
// "Section" is left out: it numbers seats and parts of things as often as laws ("Section 427 Row 21").
export const LEGAL_REFERENCE = /\b(Article|Art\.|Clause|Paragraph|Para\.|Resolution)\s$/;
export const PROVISION_WORDS: Record<string, string> = { art: 'article', para: 'paragraph' };
