// What Crosscheck means to read: NewsQuant also tags numbers that are names or words rather than
// amounts a reader would compare across reports. Each class below is a general rule on the gold
// quantity (its value, unit and how its numeral is written in the sentence), never a list of
// sentences; the eval reports every class with its count, and the figures without them.

export interface GoldQuantity {
  value: string;
  unit: string;
  normalized_unit: string;
  change: string;
}

export interface ExclusionClass {
  id: string;
  /** What the class is, for the report. */
  what: string;
  test(q: GoldQuantity, sentence: string): boolean;
}

/** An integer gold value as written in digits ("13000", "13000.0"), else undefined. */
function integerDigits(value: string): string | undefined {
  return /^(\d+)(?:\.0+)?$/.exec(value.trim())?.[1];
}

/** Where the integer `digits` is written in `sentence` as a numeral of its own (thousands separators allowed). */
function numeralsOf(digits: string, sentence: string): { start: number; end: number }[] {
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, '[,.\\u202f]?');
  const re = new RegExp(`(?<![\\d.,])${grouped}(?![\\d]|[.,]\\d)`, 'g');
  return [...sentence.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** True when the integer value is written in the sentence, and every time as `shape` says. */
function onlyWritten(q: GoldQuantity, sentence: string, shape: (before: string, after: string) => boolean): boolean {
  const digits = integerDigits(q.value);
  if (!digits) return false;
  const found = numeralsOf(digits, sentence);
  return found.length > 0 && found.every((n) => shape(sentence.slice(0, n.start), sentence.slice(n.end)));
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const IDENTIFIER_WORDS = /(?:\bno\.|#|\b(?:number|flight|train|route|bus|line|model|section|row|seat|room|gate|platform|channel|case|bill|chapter|article|page|version|code|id))\s*$/i;

export const EXCLUSIONS: readonly ExclusionClass[] = [
  {
    id: 'one-word',
    what: "the word 'one' as a pronoun or determiner ('one of the best …', 'one solution')",
    test: (q, s) => integerDigits(q.value) === '1' && /\bone\b/i.test(s) && numeralsOf('1', s).length === 0,
  },
  {
    id: 'letter-name',
    what: "a numeral joined to one capital letter, a name ('5G', '3D')",
    test: (q, s) => onlyWritten(q, s, (_, after) => /^[A-Z](?![\p{L}\d])/u.test(after)),
  },
  {
    id: 'score',
    what: "a score or result written N-M with no unit ('won 3-1')",
    test: (q, s) => {
      const m = /^(\d+)(?:\.0+)?\s*-\s*(\d+)(?:\.0+)?$/.exec(q.value.trim());
      return !!m && q.normalized_unit === '-' && new RegExp(`(?<![\\d.])${m[1]}-${m[2]}(?![\\d.])`).test(s);
    },
  },
  {
    id: 'year-name',
    what: "a year naming a thing ('the 1988 film', 'its 2019 list')",
    test: (q, s) =>
      /^(1[5-9]|20)\d\d$/.test(integerDigits(q.value) ?? '') &&
      onlyWritten(q, s, (before, after) => /\b(the|a|an|its|his|her|their|this|that)\s+$/i.test(before) && /^\s+\p{L}/u.test(after)),
  },
  {
    id: 'ordinal',
    what: "an ordinal ('the 22nd amendment', 'the first')",
    test: (q, s) => {
      if (onlyWritten(q, s, (_, after) => /^(st|nd|rd|th)\b/i.test(after))) return true;
      const digits = integerDigits(q.value);
      const word = digits && numeralsOf(digits, s).length === 0 ? ORDINAL_WORDS[Number(digits) - 1] : undefined;
      return !!word && new RegExp(`\\b${word}\\b`, 'i').test(s) && !/\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(s);
    },
  },
  {
    id: 'identifier',
    what: "an identifier ('Flight 3407', 'No. 5', 'route 66')",
    test: (q, s) => onlyWritten(q, s, (before) => IDENTIFIER_WORDS.test(before)),
  },
];

/** The first exclusion class a gold quantity falls in, or undefined when Crosscheck means to read it. */
export function exclusionOf(q: GoldQuantity, sentence: string): ExclusionClass | undefined {
  return EXCLUSIONS.find((c) => c.test(q, sentence));
}
