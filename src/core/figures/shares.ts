// Shares and multipliers as news writes them: fractions in words ("a third of", "one in four"),
// slashed fractions of a unit ("1/2 pound") and multipliers ("sixfold"). Scans of numberScan.ts.
import type { Term } from '../text/nlp';
import { termIndexAt, type NumberToken } from './numberToken';
import { measureUnit } from './units';

const FRACTIONS: Record<string, number> = {
  half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fourth: 1 / 4, fourths: 1 / 4,
  fifth: 1 / 5, fifths: 1 / 5, eighth: 1 / 8, eighths: 1 / 8, tenth: 1 / 10, tenths: 1 / 10,
};
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const countWord = (w: string) => COUNT_WORDS[w.toLowerCase()] ?? (/^\d{1,3}(?:,\d{3})*$/.test(w) ? Number(w.replace(/,/g, '')) : undefined);

/**
 * Shares written as fractions of something: "a third of the vote", "two-thirds of members", "half
 * of", "half the seats", "one in four adults", "one out of three voters", "1 in 1,000 cases". A
 * half that names a part of a period or a match ("the second half of the year") is no share.
 */
export function scanFractions(from: number, sentence: string, terms: readonly Term[]): NumberToken[] {
  const tokens: NumberToken[] = [];
  const push = (start: number, end: number, share: number) => {
    tokens.push({ start, end, value: Math.round(share * 1000) / 10, precision: 5, firstTerm: termIndexAt(terms, start), lastTerm: termIndexAt(terms, end - 1), fraction: true, spelled: true });
  };
  for (const m of sentence.matchAll(/\b(?:(an?|one|two|three|four)[\s-])?(half|thirds?|quarters?|fourths?|fifths?|eighths?|tenths?)\s+(?:of\b|(?=(?:the|its|their|his|her|our|all)\s))/gi)) {
    const count = m[1] ? COUNT_WORDS[m[1].toLowerCase()]! : 1;
    const part = FRACTIONS[m[2]!.toLowerCase()]!;
    if (!m[1] && m[2]!.toLowerCase() !== 'half') continue;
    // "half the" takes no count before it; "the second half of the match" is a part of a period
    if (!m[1] && /\b(first|second|last|final|other|latter|former|back|front|top|bottom|opening|closing)[\s-]$/i.test(sentence.slice(Math.max(0, m.index! - 9), m.index!))) continue;
    const start = from + m.index!;
    push(start, start + m[0].replace(/\s+(of)?$/i, '').length, count * part);
  }
  for (const m of sentence.matchAll(/\b(one|two|three|four|five|six|seven|eight|nine|1|2|3|4|5|6|7|8|9)\s+(?:in|out\s+of)\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?:,\d{3})*)\b(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|games?|matches|races|starts)\b)/gi)) {
    const [count, whole] = [countWord(m[1]!)!, countWord(m[2]!)];
    if (!whole || count >= whole) continue;
    const start = from + m.index!;
    push(start, start + m[0].length, count / whole);
  }
  return tokens;
}

/**
 * "1/2 pound", "3/4 mile", "1⁄4 cup": a fraction written with a slash before a unit of measure is
 * that part of the unit (read with the unit after it); other slashed numbers ("24/7", "9/11") stay masked.
 */
export function scanUnitFractions(from: number, sentence: string, terms: readonly Term[]): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of sentence.matchAll(/(?<![\d/⁄.,])(\d{1,2})\s?[/⁄]\s?(\d{1,3})(?![\d/⁄])(?=[\s-]+([A-Za-z]+))/g)) {
    const [n, d] = [Number(m[1]), Number(m[2])];
    if (!(n > 0 && n < d) || !(measureUnit(m[3]!) || /^pounds?$/i.test(m[3]!))) continue;
    const start = from + m.index!;
    const end = start + m[0].length;
    tokens.push({ start, end, value: n / d, precision: 1 / d, firstTerm: termIndexAt(terms, start), lastTerm: termIndexAt(terms, end - 1), spelled: false });
  }
  return tokens;
}

const FOLD_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, hundred: 100, thousand: 1000 };

/** "sixfold", "a threefold rise", "10-fold": a multiplier, compared only with multipliers. */
export function scanFolds(from: number, sentence: string, terms: readonly Term[]): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of sentence.matchAll(/\b(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)-?fold\b/gi)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    tokens.push({ start, end, value: FOLD_WORDS[m[1]!.toLowerCase()]!, precision: 1, firstTerm: termIndexAt(terms, start), lastTerm: termIndexAt(terms, end - 1), gluedUnit: 'fold', gluedUnitEnd: end, spelled: true });
  }
  return tokens;
}
