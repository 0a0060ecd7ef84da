// Reads the words around a number that say how exact it is ("about", "more than", "up to",
// "between ... and ..."), and turns a stated value into the interval the statement allows.
import type { Qualifier } from '../types';

export interface QualifierMatch {
  qualifier: Qualifier;
  /** Offset where the qualifier's words begin (the figure's span starts there). */
  start: number;
  /** Finer reading used for the interval: "nearly" is below the value, "just over" above it. */
  shade?: 'below' | 'above';
}

// Each pattern is matched against the text just before the number (lower-cased, ending at it).
const BEFORE: [RegExp, Qualifier, QualifierMatch['shade']?][] = [
  // "between about 95 and 101": the range's words start at "between"
  [/\b(between\s+(?:about|around|roughly|approximately|some|an estimated))\s*$/, 'range'],
  [/\b(an average of|on average|averaging|average of|an annual average of)\s*$/, 'average'],
  [/\b(just over|just above|slightly more than|a little over|just more than|shortly after|just after|soon after)\s*$/, 'approximate', 'above'],
  [/\b(just under|just below|slightly less than|a little under|almost|nearly|close to|approaching|not quite|nears|neared|nearing|shortly before|just before|soon before)\s*$/, 'approximate', 'below'],
  [/\b(about|around|roughly|approximately|approx\.?|some|circa|c\.|an estimated|estimated|reportedly|more or less|in the region of|on the order of|upward of)\s*$/, 'approximate'],
  [/~\s*$/, 'approximate'],
  [/\b(more than|over|at least|upwards of|in excess of|exceeding|above|no fewer than|no less than|a minimum of|greater than|higher than|larger than|beyond|north of|topping|tops|topped|surpassing|surpassed|surpasses|exceeds|exceeded|over and above)\s*$/, 'lowerBound'],
  [/\b(less than|under|up to|at most|fewer than|below|no more than|as many as|a maximum of|maximum of|as much as|as high as|shy of|south of|lower than|smaller than)\s*$/, 'upperBound'],
  // "sub-300 sq m office space", "sub-7 nanometre chips"
  [/\bsub-$/, 'upperBound'],
  [/\b(between)\s*$/, 'range'],
];

/** The qualifier written before a number that starts at `numberStart` (currency symbol included). */
export function qualifierBefore(text: string, numberStart: number, sentenceStart: number): QualifierMatch | undefined {
  const from = Math.max(sentenceStart, numberStart - 40);
  const before = text.slice(from, numberStart).toLowerCase();
  for (const [re, qualifier, shade] of BEFORE) {
    const m = re.exec(before);
    if (m) {
      const start = from + m.index + (m[0].length - m[0].trimStart().length);
      return { qualifier, start, shade };
    }
  }
  return undefined;
}

/**
 * A time of day after "after", "before", "until" or "by" ("after 9 a.m.", "by 5pm"): a bound of
 * the time, where a count after "after" ("after 10 days") is a value like any other.
 */
export function clockBoundBefore(text: string, numberStart: number, sentenceStart: number): QualifierMatch | undefined {
  const from = Math.max(sentenceStart, numberStart - 12);
  const m = /\b(after|before|until|till|by)\s+$/i.exec(text.slice(from, numberStart));
  if (!m) return undefined;
  return { qualifier: m[1]!.toLowerCase() === 'after' ? 'lowerBound' : 'upperBound', start: from + m.index };
}

/** "50,000-plus", "50,000+", "12 or more", "40 or so" — written after the number. */
export function qualifierAfter(text: string, numberEnd: number): { qualifier: Qualifier; end: number; shade?: 'below' | 'above' } | undefined {
  const after = text.slice(numberEnd, numberEnd + 16).toLowerCase();
  let m = /^(-plus|\+)/.exec(after);
  if (m) return { qualifier: 'lowerBound', end: numberEnd + m[0].length };
  m = /^\s+or (more|above|over)\b/.exec(after);
  if (m) return { qualifier: 'lowerBound', end: numberEnd + m[0].length };
  m = /^\s+or (fewer|less|under)\b/.exec(after);
  if (m) return { qualifier: 'upperBound', end: numberEnd + m[0].length };
  m = /^\s+or so\b/.exec(after);
  if (m) return { qualifier: 'approximate', end: numberEnd + m[0].length };
  return undefined;
}

/** Relative half-width of "about X": wide enough for honest rounding, narrow enough to tell 50,000 from 53,000. */
export const APPROXIMATE_TOLERANCE = 0.05;
/** An average over periods varies around its value more than a single approximate figure. */
export const AVERAGE_TOLERANCE = 0.1;

/** The smallest step above/below a value, so "more than 50,000" excludes exactly 50,000. */
function nudge(value: number, direction: 1 | -1): number {
  // Well above the 1e-9 slack that interval overlap allows for floating-point error.
  return value + direction * Math.max(Math.abs(value) * 1e-6, 1e-6);
}

/** The interval of values that make the statement true as written. */
export function literalInterval(value: number, qualifier: Qualifier, shade?: 'below' | 'above', rangeHigh?: number): [number, number] {
  switch (qualifier) {
    case 'exact':
      return [value, value];
    case 'approximate':
      if (shade === 'below') return [value * (1 - APPROXIMATE_TOLERANCE), value];
      if (shade === 'above') return [nudge(value, 1), value * (1 + APPROXIMATE_TOLERANCE)];
      return [value * (1 - APPROXIMATE_TOLERANCE), value * (1 + APPROXIMATE_TOLERANCE)];
    case 'average':
      return [value * (1 - AVERAGE_TOLERANCE), value * (1 + AVERAGE_TOLERANCE)];
    case 'lowerBound':
      return [nudge(value, 1), Infinity];
    case 'upperBound':
      return [value >= 0 ? 0 : -Infinity, nudge(value, -1)];
    case 'range':
      return [value, rangeHigh ?? value];
  }
}
