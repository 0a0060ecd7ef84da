// Finds the numbers in one sentence that can be quantities: digits in any separator convention
// with glued scales ("4.2bn"), spelled-out numbers ("two", "fifty-three thousand"), "Nth
// anniversary", ranks, vague quantities and fractions. What only looks like a number (years, days
// of dates, phone numbers, names, provisions) is decided in numberExclusions.ts; model names
// ("SM-6", "A320"), times and scores are dropped here, where the digits are read.
import type { Term } from '../text/nlp';
import { wordNumberValue } from '../text/nlp';
import {
  followsName,
  isDayInDateRange,
  isDayOfMonth,
  isOneCount,
  isYear,
  LEGAL_REFERENCE,
  maskedRanges,
  precedesName,
  PROVISION_WORDS,
  rankEnd,
} from './numberExclusions';
import { scanTimesOfDay } from './timeOfDay';
import { termIndexAt, type NumberToken } from './numberToken';
import { scanFolds, scanFractions, scanUnitFractions } from './shares';
import { currencyBefore, currencyWord } from './currencies';
import { magnitudeLetterBefore, measureUnit, temperatureUnit } from './units';
import { parseNumeral, scaleOf, type SeparatorConvention } from './numerals';

export type { NumberToken };

const TIME_AFTER = /^\s*(:\d\d|a\.?m\b|p\.?m\b|(gmt|utc|bst|cet|est|edt|pst|pdt|hrs|h)\b)/i;
const GLUED_SUFFIX = /^(sq ?m|sq ?ft|sq ?km|m2|km2|m²|km²|″|′|%|pc|pp|ppt|bps|bn|mn|mln|mil|tn|k|m|b|km\/hr?|kmh|km|kms|kg|kgs|mg|ml|mi|mph|kph|cm|mm|ft|lb|lbs|g|l|t|ha|mw|gw|kw|kwh|mwh|gwh|w|hp|bhp|gb|mb|tb|mbps|gbps|hz|khz|mhz|ghz|rpm|mpg|psi|mah|v|mins?|hrs?|secs?|p|°[cf]?|deg(?: ?[CF])?)(?![A-Za-z0-9])/i;
const ORDINAL_SUFFIX = /^(st|nd|rd|th)\b/i;


/** Scans one sentence. `text` is the whole source; `from`/`to` bound the sentence. */
export function scanNumbers(
  text: string,
  from: number,
  to: number,
  terms: readonly Term[],
  convention: SeparatorConvention,
): NumberToken[] {
  const sentence = text.slice(from, to);
  const masked = maskedRanges(sentence).map(([a, b]) => [a + from, b + from] as const);
  const tokens: NumberToken[] = [];
  // "3 450", "12 000": thousands grouped by plain spaces, as many texts write them.
  const digitRe = /(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d]|[.,]\d)|\d(?:[\d,.\u00a0\u202f\u2009]*\d)?/g;
  let m: RegExpExecArray | null;
  while ((m = digitRe.exec(sentence))) {
    const start = from + m.index;
    let raw = m[0];
    // A trailing group like "2022.5" is fine, but separators followed by spaces are punctuation.
    const end0 = start + raw.length;
    if (masked.some(([a, b]) => start >= a && end0 <= b)) continue;
    const before = text[start - 1] ?? ' ';
    // Model names glue digits to letters ("A320", "SM-6", "COVID-19"); a lower-case word before a
    // hyphen is prose ("a magnitude-6.2 quake").
    const hyphenWord = before === '-' ? /([A-Za-z]+)-$/.exec(text.slice(Math.max(0, start - 20), start))?.[1] : undefined;
    const currency = currencyBefore(text, start);
    if ((/[A-Za-z_]/.test(before) && !currency && magnitudeLetterBefore(text, start, start + raw.length) === undefined) || before === '#' || (hyphenWord && hyphenWord !== 'sub' && (/[A-Z0-9]/.test(hyphenWord) || hyphenWord.length <= 3))) continue;
    const after = text.slice(end0, Math.min(to, end0 + 12));
    if (ORDINAL_SUFFIX.test(after)) {
      const ordinalEnd = end0 + ORDINAL_SUFFIX.exec(after)![0].length;
      const nextWord = /^\s+([A-Za-z]+)/.exec(text.slice(ordinalEnd, ordinalEnd + 20));
      const ti = termIndexAt(terms, start);
      if (nextWord && /^anniversar(y|ies)$/i.test(nextWord[1]!)) {
        tokens.push({ start, end: ordinalEnd, value: Number(raw), precision: 1, firstTerm: ti, lastTerm: ti, anniversary: true, spelled: false });
      } else if (/^\d+$/.test(raw) && !isDayOfMonth(terms, ti, ti)) {
        const rank = rankEnd(text, start, ordinalEnd, to);
        if (rank !== undefined) tokens.push({ start, end: rank, value: Number(raw), precision: 1, firstTerm: ti, lastTerm: termIndexAt(terms, rank - 1), ordinal: true, spelled: false });
      }
      continue;
    }
    // "1990s", "5G", "3D": letters glued to the digits that are no unit.
    if (/^[A-Za-z]/.test(after) && !GLUED_SUFFIX.test(after)) continue;
    // "5G", "4G": a generation of a technology (grams are written "5g").
    if (/^G(?![A-Za-z0-9])/.test(after)) continue;
    if (TIME_AFTER.test(after)) continue;
    if (/^-\d/.test(after) && Number(raw.replace(/\D/g, '')) >= Number(/^-(\d+)/.exec(after)![1])) {
      // "3-1" is a score, not a range; ranges go low to high.
      digitRe.lastIndex += /^-\d+/.exec(after)![0].length;
      continue;
    }
    // "000" in "3 000 personnes" is the tail of a space-grouped number, never a figure of its own.
    const leadingDot = before === '.' && /^\d+$/.test(raw) && (start - 1 === from || /[\s("“:]/.test(text[start - 2] ?? ' '));
    if (/^0\d/.test(raw) && !/^0[.,]/.test(raw) && !leadingDot) continue;
    const parsed = parseNumeral(raw, convention);
    if (!parsed) continue;
    // "-1.3%", "minus-5 yards", "minus 387 degrees": a sign, not a hyphen (never after a digit,
    // so "3-1" and "5-10" keep theirs).
    const negative = (before === '-' && (start - 1 === from || /[\s(:]/.test(text[start - 2] ?? ' '))) || hyphenWord?.toLowerCase() === 'minus' || /\bminus\s$/i.test(text.slice(Math.max(from, start - 6), start));
    if (negative) parsed.value = -parsed.value;
    // ".500 record", ".001 per cent": a decimal written without its leading zero
    if (leadingDot) {
      parsed.value = Number(`0.${raw}`);
      parsed.precision = 10 ** -raw.length;
    }
    const firstTerm = termIndexAt(terms, start);
    let lastTerm = termIndexAt(terms, end0 - 1);
    let value = parsed.value;
    let precision = parsed.precision;
    let end = end0;
    let gluedUnit: string | undefined;
    let gluedUnitEnd: number | undefined;
    let tokenScale: number | undefined;
    const glued = GLUED_SUFFIX.exec(after);
    if (glued) {
      const suffix = glued[0].toLowerCase();
      // "m" is a million with money, written "M", or before a plural noun or "of" ("1.2m tonnes",
      // "35m of its devices"); else metres ("the 100m final", "5m deep").
      const million = suffix === 'm' && (currency || glued[0] === 'M' || /^m\s+(?:of\b|[a-z]{2,}s\b)/.test(after));
      const scale = /^(bn|mn|mln|mil|tn|k|b)$/.test(suffix) || million ? scaleOf(suffix) : undefined;
      if (scale) {
        value *= scale;
        precision *= scale;
        end = end0 + glued[0].length;
        tokenScale = scale;
      } else {
        // "2.14degF", "1.19deg C": a degree sign written out by an ASCII transliteration
        gluedUnit = suffix.startsWith('deg') ? `°${suffix.slice(3).trim()}` : suffix.replace(/^sq ?/, 'sq-').replace('²', '2');
        gluedUnitEnd = end0 + glued[0].length;
      }
    }
    // "the 1000 hp barrier", "2500 kilometres": a unit of measure (no duration: "2019 second quarter") makes it no year
    const measureAfter = /^\s+([A-Za-z][A-Za-z/]*)/.exec(after)?.[1];
    const measured = measureAfter && measureAfter.length > 1 ? measureUnit(measureAfter) : /^\s+p\b(?!\.m)/.test(after) ? PENCE : undefined;
    // "an average of 1500", "About 1000 come from Asia": a quantity's qualifier before, and a verb
    // after or "an average of", make it no year ("around 1990 the firm ..." stays one)
    const qualified = /\b(?:an average of|average of|about|around|roughly|approximately|some|nearly|almost|more than|fewer than|less than|at least)\s+$/i.exec(text.slice(Math.max(from, start - 16), start));
    const counting = qualified && (/average/i.test(qualified[0]) || (terms[lastTerm + 1]?.tags.has('Verb') && !terms[lastTerm + 1]!.tags.has('Noun')));
    if (isYear(raw, terms, lastTerm, text.slice(end0, Math.min(to, end0 + 40))) && !gluedUnit && end === end0 && !/[$€£¥₹]/.test(before) && !(measured && measured.kind !== 'duration') && !counting) continue;
    // a day of the month is a whole number up to 31 ("on 9 May, 49.52 Hz" reads 49.52)
    if (/^\d{1,2}$/.test(raw) && Number(raw) <= 31 && (isDayOfMonth(terms, firstTerm, lastTerm) || isDayInDateRange(text, start, end0, from))) continue;
    // "day 12 of the trial", "on day 3, ...": a position in a sequence, read as the rank "12th day"
    const position = /^\d+$/.test(raw) && !glued ? positionBefore(text, from, start, end0, to) : undefined;
    if (position !== undefined) {
      tokens.push({ start: position, end: end0, value: parsed.value, precision: 1, firstTerm: termIndexAt(terms, position), lastTerm, ordinal: true, spelled: false });
      continue;
    }
    const provision = LEGAL_REFERENCE.exec(text.slice(Math.max(from, start - 12), start));
    if (provision) {
      const word = provision[1]!.toLowerCase().replace(/\.$/, '');
      tokens.push({ start, end: end0, value: parsed.value, precision: parsed.precision, firstTerm, lastTerm, identifier: `${PROVISION_WORDS[word] ?? word} ${raw}`, identifierStart: start - provision[0].length, spelled: false });
      continue;
    }
    // "NATO 50 years ago", "Boeing 20 percent": a unit after the number makes it an amount, name or not.
    const nextWord = /^\s+([A-Za-z][A-Za-z/]*)/.exec(after)?.[1];
    // "Israel's 9 billion shekels": the unit may follow a scale word
    const pastScale = nextWord && scaleOf(nextWord) ? /^\s+[A-Za-z]+\s+([A-Za-z]+)/.exec(text.slice(end0, Math.min(to, end0 + 40)))?.[1] : undefined;
    const unitFollows = /^\s+(percent|per cent|pct)\b/i.test(after) || [nextWord, pastScale].some((w) => w && w.length > 1 && (measureUnit(w) || temperatureUnit(w) || currencyWord(w)));
    if ((followsName(terms, firstTerm) || precedesName(terms, lastTerm)) && !gluedUnit && end === end0 && !currency && !unitFollows) continue;
    // A spelled scale after the digits: "1.4 billion", "3 million", and in a compound adjective
    // "a 1.2-billion-euro fine" (one amount, not a range from 1.2 to a billion).
    const scaleWord = /^(?:\s+|-(?=[a-z]+-?))([A-Za-z]+)\b/.exec(text.slice(end, Math.min(to, end + 14)));
    if (scaleWord && !gluedUnit && end === end0) {
      const scale = scaleOf(scaleWord[1]!);
      if (scale && scaleWord[1]!.length > 1 && !/^(m|b|k)$/i.test(scaleWord[1]!)) {
        tokenScale = scale;
        value *= scale;
        precision *= scale;
        end += scaleWord[0].length;
        // "4 hundred million", "2 hundred thousand": a scale of a larger scale
        const larger = scale < 1e6 ? /^\s+(thousand|million|billion|trillion)\b/i.exec(text.slice(end, Math.min(to, end + 12))) : null;
        if (larger && scaleOf(larger[1]!)! > scale) {
          const times = scaleOf(larger[1]!)!;
          tokenScale = scale * times;
          value *= times;
          precision *= times;
          end += larger[0].length;
        }
        lastTerm = termIndexAt(terms, end - 1);
      }
    }
    tokens.push({ start: leadingDot ? start - 1 : start, end, value, precision, firstTerm, lastTerm, gluedUnit, gluedUnitEnd, scale: tokenScale, spelled: false });
  }
  tokens.push(...scanSpelledNumbers(text, terms, tokens));
  tokens.push(...scanOrdinalWords(text, terms, to));
  tokens.push(...scanVague(from, sentence, terms));
  // "a decade ago", "less than a decade after", "half a century": the article is the number.
  for (const m of sentence.matchAll(/\b(half a|an?|one)\s+(?=(decade|century)\b)/gi)) {
    const start = from + m.index!;
    const end = start + m[1]!.length;
    tokens.push({ start, end, value: /^half/i.test(m[1]!) ? 0.5 : 1, precision: 1, firstTerm: termIndexAt(terms, start), lastTerm: termIndexAt(terms, end - 1), spelled: true });
  }
  // "up half a point", "half a mile": a half of one unit
  for (const m of sentence.matchAll(/\bhalf an?\s+(?=([A-Za-z]+))/gi)) {
    if (!/^(point|percentage)$/i.test(m[1]!) && !(m[1]!.length > 1 && measureUnit(m[1]!))) continue;
    const start = from + m.index!;
    const end = start + m[0].trimEnd().length;
    if (tokens.some((t) => t.start === start)) continue; // "half a century", read above
    tokens.push({ start, end, value: 0.5, precision: 1, firstTerm: termIndexAt(terms, start), lastTerm: termIndexAt(terms, end - 1), spelled: true });
  }
  for (const t of scanTimesOfDay(text, from, to)) {
    tokens.push({ start: t.start, end: t.end, value: t.minutes, precision: 1, firstTerm: termIndexAt(terms, t.start), lastTerm: termIndexAt(terms, t.end - 1), clock: { offset: t.offset, ...(t.zone ? { zone: t.zone } : {}) }, spelled: false });
  }
  // "Nov. 2 through 5 in 400 towns": a day of a range of days begins no "5 in 400"
  const dayAt = (f: NumberToken) => { const d = /^\d{1,2}\b/.exec(text.slice(f.start, f.end)); return Boolean(d) && isDayInDateRange(text, f.start, f.start + d![0].length, from); };
  const fractions = [...scanFractions(from, sentence, terms), ...scanUnitFractions(from, sentence, terms)].filter((f) => !dayAt(f));
  tokens.push(...scanFolds(from, sentence, terms));
  // the numbers of "one in four" are the fraction's, not figures of their own
  const inFraction = (t: NumberToken) => fractions.some((f) => t.start >= f.start && t.end <= f.end);
  return [...tokens.filter((t) => !inFraction(t)), ...fractions].sort((a, b) => a.start - b.start);
}

/** "day 12 of the trial", "in week 3,": where the word of a period before a number starts, when the number is its position. */
function positionBefore(text: string, from: number, start: number, end: number, to: number): number | undefined {
  const word = /(?<![A-Za-z])(day|week|month|round|stage|lap|leg)\s$/i.exec(text.slice(Math.max(from, start - 7), start));
  if (!word || !/^(\s+(of|and|when|as|in|on|at|since|after|before)\b|\s*([,.;:)]|$))/i.test(text.slice(end, Math.min(to, end + 8)))) return undefined;
  return start - word[0].length;
}

const mul = (n: number | undefined, k: number) => (n === undefined ? undefined : n * k);

const SPELLED_HEAD = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|one)$/i;

/** Spelled-out numbers, grouped across hyphens and "and" ("one hundred and five", "forty-one"). */
function scanSpelledNumbers(text: string, terms: readonly Term[], digits: readonly NumberToken[]): NumberToken[] {
  const tokens: NumberToken[] = [];
  const covered = (i: number) => digits.some((d) => i >= d.firstTerm && i <= d.lastTerm);
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (covered(i) || /\d/.test(t.text)) continue;
    if (isTwin(terms, i)) {
      tokens.push({ start: t.start, end: t.end, value: 2, precision: 1, firstTerm: i, lastTerm: i, spelled: true });
      continue;
    }
    if (!SPELLED_HEAD.test(t.text) || t.tags.has('Ordinal')) continue;
    let j = i;
    while (j + 1 < terms.length && !covered(j + 1) && /^[ -]?$/.test(terms[j]!.post.trim() === '' ? '' : terms[j]!.post) &&
      (SPELLED_HEAD.test(terms[j + 1]!.text) || (terms[j + 1]!.text.toLowerCase() === 'and' && terms[j + 2] && SPELLED_HEAD.test(terms[j + 2]!.text) && /hundred|thousand|million/i.test(terms[j]!.text)))) j++;
    const phrase = text.slice(t.start, terms[j]!.end);
    const lower = phrase.toLowerCase();
    const prevWord = terms[i - 1]?.text.toLowerCase() ?? '';
    const nextWord = terms[j + 1]?.text.toLowerCase() ?? '';
    // "one to two years": the low end of a range
    const rangeStart = nextWord === 'to' && /^(\d|two|three|four|five|six|seven|eight|nine|ten)/i.test(terms[j + 2]?.text ?? '');
    if (lower === 'one' && !/^(percent|per|million|billion|thousand|hundred)$/.test(nextWord) && !rangeStart && !isOneCount(terms, i, j)) { i = j; continue; }
    // "two-thirds of": the fraction is read whole (scanFractions), not its count.
    if (/^(half|halves|thirds?|quarters?|fifths?|tenths?)$/.test(nextWord) && /-\s*$/.test(terms[j]!.post)) { i = j; continue; }
    // "all three", "the three of us": references to people present, not stated quantities. "The
    // three countries", "two of them" are kept: a reader compares them across reports.
    if (prevWord === 'all' || (nextWord === 'of' && /^(us|you)$/.test(terms[j + 2]?.text.toLowerCase() ?? ''))) { i = j; continue; }
    if (followsName(terms, i)) { i = j; continue; }
    // "two dozen", "three dozen eggs": a dozen is a multiplier, as "hundred" is
    const dozens = /^(.+?)[\s-]+dozen$/.exec(lower);
    const value = lower === 'dozen' ? 12 : dozens ? mul(wordNumberValue(dozens[1]!), 12) : wordNumberValue(phrase);
    if (value === undefined || value <= 0) { i = j; continue; }
    // "more than a million people", "a dozen": the article is part of the number.
    const article = /^(a|an)$/.test(prevWord) && /^(hundred|thousand|million|billion|dozen)$/.test(lower) && terms[i - 1]!.post.trim() === '';
    const scale = j > i ? scaleOf(terms[j]!.text) : undefined;
    tokens.push({ start: article ? terms[i - 1]!.start : t.start, end: terms[j]!.end, value, precision: 1, firstTerm: article ? i - 1 : i, lastTerm: j, scale, spelled: true });
    i = j;
  }
  return tokens;
}

/**
 * "the twin bombings", "twin blasts": two of a kind, where the noun that follows is plural. Not a
 * name ("Twin Towers", capitalised) nor a kinship ("his twin brother", singular).
 */
function isTwin(terms: readonly Term[], i: number): boolean {
  if (terms[i]!.text !== 'twin' || /[,;:.]/.test(terms[i]!.post)) return false;
  for (let k = i + 1; k < terms.length && k <= i + 3; k++) {
    const t = terms[k]!;
    if (/^[a-z]{3,}s$/.test(t.text) && !t.tags.has('Verb')) return true;
    if (!(t.tags.has('Noun') || t.tags.has('Adjective')) || /[,;:.]/.test(t.post)) return false;
  }
  return false;
}

const ORDINAL_WORDS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
};

/** "the ninth", "the second-largest bank": ordinal words a reader compares as ranks. */
function scanOrdinalWords(text: string, terms: readonly Term[], to: number): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const value = ORDINAL_WORDS[t.text.toLowerCase().replace(/-.*$/, '')];
    if (value === undefined) continue;
    // "Second World War", "Fifth Avenue": a capitalised ordinal inside a sentence is a name.
    if (/^[A-Z]/.test(t.text) && i > 0) continue;
    if (value === 2 && !/^\s*-?\s*(?:most\s+)?[a-z]+est\b|^[\s-](largest|biggest)/.test(text.slice(t.start + 'second'.length, t.start + 40))) continue;
    const wordEnd = t.start + t.text.replace(/-.*$/, '').length;
    const end = rankEnd(text, t.start, wordEnd, to);
    if (end === undefined) continue;
    tokens.push({ start: t.start, end, value, precision: 1, firstTerm: i, lastTerm: termIndexAt(terms, end - 1), ordinal: true, spelled: true });
  }
  return tokens;
}

const VAGUE: Record<string, [number, number]> = { dozens: [12, 120], scores: [40, 200], hundreds: [100, 1000], thousands: [1e3, 1e4], millions: [1e6, 1e7], billions: [1e9, 1e10] };

/**
 * Vague quantities as the intervals a reader allows: "dozens of" 12-120, "hundreds of" 100-1,000,
 * "tens of thousands of" 10,000-100,000, "hundreds of thousands of" 100,000-1,000,000. The span
 * includes "of", so the noun after it is what is counted.
 */
function scanVague(from: number, sentence: string, terms: readonly Term[]): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of sentence.matchAll(/\b(?:(tens|hundreds)\s+of\s+)?(dozens|scores|hundreds|thousands|millions|billions)\s+of\b/gi)) {
    const [low, high] = VAGUE[m[2]!.toLowerCase()]!;
    const factor = m[1] ? (m[1].toLowerCase() === 'tens' ? 10 : 100) : 1;
    if (m[1] && m[2]!.toLowerCase() === 'dozens') continue;
    const start = from + m.index!;
    const end = start + m[0].length;
    tokens.push({ start, end, value: low * factor, precision: low * factor, firstTerm: termIndexAt(terms, start), lastTerm: termIndexAt(terms, end - 1), vague: [low * factor, high * factor], spelled: true });
  }
  return tokens;
}

/** Pence written apart from the number ("down 68 p at 1112 p"): a unit, so the number is no year. */
const PENCE = { kind: 'money', name: 'GBp', factor: 1 } as const;
