// Numbers as written: digit strings with separators of either convention (which one a text uses
// is judged from its unambiguous numbers), their precision, and scale words ("billion", "crore").

const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  bln: 1e9,
  trillion: 1e12,
  tn: 1e12,
  tr: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
};

/** Multiplier of a scale word ("billion" → 1e9, "bn" → 1e9), or undefined. */
export function scaleOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return SCALES[w] ?? (w.endsWith('s') && w.length > 3 ? SCALES[w.slice(0, -1)] : undefined);
}

/** Which character a text uses to group thousands, judged from its unambiguous numbers. */
export type SeparatorConvention = 'comma' | 'dot' | 'unknown';

/**
 * Looks for numbers that can only be read one way: "1.250.000" or "3,5" (dot groups, comma
 * decimals) mean the dot convention; "1,250,000" or "3.25" mean the comma convention.
 */
export function detectSeparatorConvention(text: string): SeparatorConvention {
  let dot = 0;
  let comma = 0;
  const re = /\d[\d.,]*\d/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const s = m[0];
    if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(s) || /^\d+,\d{1,2}$/.test(s)) dot++;
    else if (/^\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(s) || /^\d+\.(\d{1,2}|\d{4,})$/.test(s)) comma++;
  }
  if (dot > comma) return 'dot';
  if (comma > dot) return 'comma';
  return 'unknown';
}

export interface ParsedNumeral {
  value: number;
  /** Value of one unit in the last significant place (53,000 → 1,000; 1.4 → 0.1; 27 → 1). */
  precision: number;
}

/**
 * Parses a digit string with separators. "50.000" is fifty thousand unless the text's convention
 * says otherwise: a dot followed by exactly three zeros is never how prose writes a decimal.
 */
export function parseNumeral(raw: string, convention: SeparatorConvention = 'unknown'): ParsedNumeral | undefined {
  const s = raw.replace(/[\u00a0\u202f\u2009' ]/g, (c) => (c === ' ' ? '' : ','));
  let intPart: string;
  let frac = '';
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    [intPart, frac = ''] = s.split('.') as [string, string?];
    intPart = intPart.replace(/,/g, '');
  } else if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(s)) {
    [intPart, frac = ''] = s.split(',') as [string, string?];
    intPart = intPart.replace(/\./g, '');
  } else if (/^\d{1,3}\.\d{3}$/.test(s)) {
    const dotThousands = convention === 'dot' || (convention !== 'comma' && s.endsWith('000'));
    if (dotThousands) intPart = s.replace('.', '');
    else [intPart, frac] = s.split('.') as [string, string];
  } else if (/^\d+,\d{1,2}$/.test(s)) {
    [intPart, frac] = s.split(',') as [string, string];
  } else if (/^\d+(\.\d+)?$/.test(s)) {
    [intPart, frac = ''] = s.split('.') as [string, string?];
  } else {
    return undefined;
  }
  const value = Number(frac ? `${intPart}.${frac}` : intPart);
  if (!Number.isFinite(value)) return undefined;
  let precision: number;
  if (frac) precision = 10 ** -frac.length;
  else {
    const zeros = /0*$/.exec(intPart)![0].length;
    // Trailing zeros mark a rounded value from 100 up ("50,000", "600"); "10" or "40" is as
    // likely an exact count as a rounded one.
    precision = value < 100 ? 1 : 10 ** Math.min(zeros, intPart.length - 1);
  }
  return { value, precision };
}
