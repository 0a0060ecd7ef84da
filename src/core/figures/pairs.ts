// Two numbers read as one figure: "between 10 and 12", "10 to 12", "5% to 10%", "$89 to $93
// billion" (a range), "from 62 to 64" (a change), "rose to 5.2% from 4.9%" (a change written
// backwards), and where a number starts with its currency ("$800,000" at "$").
import type { NumberToken } from './numberScan';
import { fromToReading } from './change';
import { currencyBefore } from './currencies';

/** Two numbers read as one figure: a span of values ("10 to 12") or a change ("from 62 to 64"). */
export interface Pair {
  second: NumberToken;
  reading: 'range' | 'change' | 'reversed';
  /** The first number's value, with the scale the second one carries ("$89 to $93 billion"). */
  firstValue: number;
}

const SYMBOL = '[$€£¥₹]';

export function pairWith(text: string, sentenceStart: number, token: NumberToken, next: NumberToken | undefined): Pair | undefined {
  if (!next) return undefined;
  // "RM120,000 to RM300,000", "Rs 5 to Rs 7 crore": the second's currency letters are its own, as a symbol is
  const nextCurrency = currencyBefore(text, next.start);
  const nextStart = nextCurrency && !/[$€£¥₹]/.test(text.slice(nextCurrency.start, next.start)) ? nextCurrency.start : next.start;
  const between = text.slice(token.gluedUnitEnd ?? token.end, Math.max(nextStart, token.gluedUnitEnd ?? token.end));
  const start = firstStart(text, token);
  // "5% to 10%", "1 per cent to 1.5 per cent": the unit written twice, once after each number.
  const unitBetween = /^\s*((?:%|per ?cent|percent|[A-Za-z]+)(?:\s+[A-Za-z]+)?)?\s*(-|–|—|to|and)\s*(?:[A-Z]{0,3}\s?[$€£¥₹]|\$[A-Z]{1,2})?\s*$/.exec(between);
  const reading = fromToReading(text, sentenceStart, start);
  const firstValue = !token.scale && next.scale && token.value * next.scale <= next.value * 1.0001 ? token.value * next.scale : token.value;
  // "rose to 5.2% from 4.9%", "narrowed to 138,285 lots from 212,577": the level reached, then where it started.
  if (/\bto\s+(?:[A-Z]{0,3}\s?[$€£¥₹])?$/i.test(text.slice(Math.max(sentenceStart, start - 8), start)) && /^\s*(?:%|[A-Za-z]+(?:\s[A-Za-z]+)?)?\s+from\s*(?:[A-Z]{0,3}\s?[$€£¥₹])?\s*$/.test(between) && !/\b(to|and|by|at|in|on)\b/i.test(between.replace(/from\s*\S*$/, ''))) {
    return { second: next, reading: 'reversed', firstValue: next.value };
  }
  // "grew by $43.6 billion to $419.2 billion": an amount of change, then the level; no range.
  // But "dropped by 1 to 1.5 degrees": a bare first number shares the unit after the second.
  if (/\bby\s*$/i.test(text.slice(Math.max(sentenceStart, start - 4), start))) {
    const bare = !token.gluedUnit && start === token.start && /^\s+to\s+$/.test(between) && token.value < next.value && !/^\s*(%|per\s?cent|percent)/i.test(text.slice(token.end, token.end + 9));
    return bare ? { second: next, reading: 'range', firstValue } : undefined;
  }
  if (reading === 'change' && /^[^\d,;()]{0,24}\bto\s*(?:[A-Z]{0,3}\s?[$€£¥₹])?\s*$/.test(between) && !/\b(at|on|in|from|by)\b/i.test(between)) {
    return { second: next, reading: 'change', firstValue };
  }
  if (!unitBetween || (token.gluedUnit && token.gluedUnit !== next.gluedUnit)) return undefined;
  if (firstValue >= next.value) return undefined;
  const unit = unitBetween[1];
  // A unit between the numbers must be written after the second one too ("5% to 10%").
  if (unit && !text.slice(next.gluedUnitEnd ?? next.end, (next.gluedUnitEnd ?? next.end) + unit.length + 1).trim().startsWith(unit.trim())) return undefined;
  const joiner = unitBetween[2]!.toLowerCase();
  const beforeFirst = text.slice(Math.max(sentenceStart, start - 24), start);
  // "between about 95 and 101": a qualifier inside the range qualifies it, the range stays one
  if (joiner === 'and') return /\bbetween\s+(?:(?:about|around|roughly|approximately|some|an estimated)\s+)?$/i.test(beforeFirst) ? { second: next, reading: 'range', firstValue } : undefined;
  if (reading === 'change') return undefined;
  return { second: next, reading: 'range', firstValue };
}

/** What may stand between the ends of a change besides its unit (or the noun it counts): when or where each end was. */
const PLACED = /^(?:\s+[a-z]+){0,2}?\s+(?:at|in|on|during|around|by|as of|last|this|early|late)\b[^,;:()]{0,48}?\bto\s*$/i;

/**
 * "from $36,040 at 10.45pm last night to $34,935", "from 4,000 on Friday to 6,500 on Sunday": a
 * change (or, after "range", a span) whose ends each say when or where, so words (and times of day) stand between them. The
 * second end is the first later token after "to" with only times of day before it; `unitEnd`
 * gives where a token's own unit ends, `sameUnit` whether two tokens are read in one unit.
 */
export function pairAcross(
  text: string,
  sentenceStart: number,
  tokens: readonly NumberToken[],
  k: number,
  unitEnd: (t: NumberToken) => number,
  sameUnit: (a: NumberToken, b: NumberToken) => boolean,
): { pair: Pair; index: number } | undefined {
  const token = tokens[k]!;
  if (token.clock || token.ordinal || token.identifier || token.vague || token.fraction) return undefined;
  const reading = fromToReading(text, sentenceStart, firstStart(text, token));
  if (!reading) return undefined;
  for (let m = k + 1; m < tokens.length && m <= k + 3; m++) {
    const second = tokens[m]!;
    const between = text.slice(unitEnd(token), firstStart(text, second));
    if (PLACED.test(between) && !/\b(?:from|to)\b/i.test(between.replace(/\bto\s*$/i, '')) && !second.clock && sameUnit(token, second)) {
      // "prices range from $5 in winter to $9 in summer": a span of values, low to high
      if (reading === 'range' && token.value >= second.value) return undefined;
      return { pair: { second, reading, firstValue: token.value }, index: m };
    }
    if (!second.clock) return undefined;
  }
  return undefined;
}

/** Where a number starts with its currency ("$800,000" starts at "$", "RM79" at "R"). */
export function firstStart(text: string, token: NumberToken): number {
  // "RM120,000", "Rs 450", "CHF3": currency letters that are no symbol
  const letters = currencyBefore(text, token.start);
  if (letters && !/[$€£¥₹]/.test(text.slice(letters.start, token.start))) return letters.start;
  const m = new RegExp(`\\$(?:US|NZ|HK|A|C)\\s?$|(?:[A-Z]{1,3}\\s?)?${SYMBOL}\\s?$|(?:US|HK|[ACS])\\$\\s?$`).exec(text.slice(Math.max(0, token.start - 5), token.start));
  return m ? token.start - m[0].length : token.start;
}
