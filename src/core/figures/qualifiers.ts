// Reads the words around a number that say how exact it is ("about", "more than", "up to",
// "between ... and ..."), and turns a stated value into the interval the statement allows.
import type { Qualifier } from '../types';

export interface QualifierMatch {
  qualifier: Qualifier;
  /** Offset where the qualifier's words begin (the figure's span starts there). */
  start: number;
  /** Finer reading used for the interval: "nearly" is below the value, "just over" above it. */
  shade?: 'below' | 'above';
  /** The bound includes its value: "at least 30", "up to 30", "as many as 30" (not "more than 30"). */
  inclusive?: boolean;
}

/** Bounds that include their value: "at least 30" allows 30, as "up to 30" and "as many as 30" do; "as few as 30" is the low end of what is expected. */
const INCLUSIVE_LOW = 'at least|no fewer than|no less than|not less than|a minimum of|minimum of|as few as|as little as|as low as';
const INCLUSIVE_HIGH = 'up to|at most|no more than|not more than|as many as|a maximum of|maximum of|as much as|as high as|as large as';

// Each pattern is matched against the text just before the number (lower-cased, ending at it).
const BEFORE: [RegExp, Qualifier, QualifierMatch['shade']?, true?][] = [
  // "between about 95 and 101": the range's words start at "between"
  [/\b(between\s+(?:about|around|roughly|approximately|some|an estimated))\s*$/, 'range'],
  [/\b(an average of|on average|averaging|average of|an annual average of)\s*$/, 'average'],
  [/\b(just over|just above|slightly more than|a little over|just more than|shortly after|just after|soon after)\s*$/, 'approximate', 'above'],
  [/\b(just under|just below|slightly less than|a little under|almost|nearly|close to|approaching|not quite|nears|neared|nearing|shortly before|just before|soon before)\s*$/, 'approximate', 'below'],
  [/\b(about|around|roughly|approximately|approx\.?|some|circa|c\.|an estimated|estimated|reportedly|more or less|(?:somewhere )?in the (?:region|neighbou?rhood|vicinity) of|(?:on|in|of) the order of|somewhere around|upward of)\s*$/, 'approximate'],
  [/~\s*$/, 'approximate'],
  [new RegExp(`\\b(${INCLUSIVE_LOW})\\s*$`), 'lowerBound', undefined, true],
  [new RegExp(`\\b(${INCLUSIVE_HIGH})\\s*$`), 'upperBound', undefined, true],
  [/\b(more than|over|upwards of|in excess of|exceeding|above|greater than|higher than|larger than|beyond|north of|topping|tops|topped|surpassing|surpassed|surpasses|exceeds|exceeded|over and above)\s*$/, 'lowerBound'],
  [/\b(less than|under|fewer than|below|shy of|south of|lower than|smaller than)\s*$/, 'upperBound'],
  // "sub-300 sq m office space", "sub-7 nanometre chips"
  [/\bsub-$/, 'upperBound'],
  [/\b(between)\s*$/, 'range'],
];

/** The qualifier written before a number that starts at `numberStart` (currency symbol included). */
export function qualifierBefore(text: string, numberStart: number, sentenceStart: number): QualifierMatch | undefined {
  const from = Math.max(sentenceStart, numberStart - 40);
  const before = text.slice(from, numberStart).toLowerCase();
  for (const [re, qualifier, shade, inclusive] of BEFORE) {
    const m = re.exec(before);
    if (m) {
      const start = from + m.index + (m[0].length - m[0].trimStart().length);
      return { qualifier, start, shade, ...(inclusive ? { inclusive } : {}) };
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
export function qualifierAfter(text: string, numberEnd: number): { qualifier: Qualifier; end: number; shade?: 'below' | 'above'; inclusive?: boolean } | undefined {
  const after = text.slice(numberEnd, numberEnd + 16).toLowerCase();
  let m = /^(-plus|\+)/.exec(after);
  if (m) return { qualifier: 'lowerBound', end: numberEnd + m[0].length };
  // "12 or more" allows 12
  m = /^\s+or (more|above|over)\b/.exec(after);
  if (m) return { qualifier: 'lowerBound', end: numberEnd + m[0].length, inclusive: true };
  m = /^\s+or (fewer|less|under)\b/.exec(after);
  if (m) return { qualifier: 'upperBound', end: numberEnd + m[0].length, inclusive: true };
  m = /^\s+or (so|thereabouts)\b/.exec(after);
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
export function literalInterval(value: number, qualifier: Qualifier, shade?: 'below' | 'above', rangeHigh?: number, inclusive = false): [number, number] {
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
      return [inclusive ? value : nudge(value, 1), Infinity];
    case 'upperBound':
      return [value >= 0 ? 0 : -Infinity, inclusive ? value : nudge(value, -1)];
    case 'range':
      return [value, rangeHigh ?? value];
  }
}

const INCLUSIVE_WORDING = new RegExp(`^(?:${INCLUSIVE_LOW}|${INCLUSIVE_HIGH})\\b|\\bor (?:more|above|over|fewer|less|under)\\b`, 'i');

/** Whether a bound's words include its value ("at least 30", "as many as 30", "12 or more"), read from the figure's text. */
export function isInclusiveBound(figureText: string): boolean {
  return INCLUSIVE_WORDING.test(figureText);
}

/**
 * "14% raises over three years", "$3bn over five years", "Over three years, the firm ...": "over"
 * before a duration is most often the span something is spread across, not a lower bound. It is
 * a bound after words of lasting or age ("served over seven years", "for over a decade", "over
 * 20 years old", "over two decades ago") and where the duration is the clause's subject ("Over
 * four years have passed").
 */
export function overIsSpan(text: string, overStart: number, durationEnd: number, sentenceStart: number): boolean {
  if (!/^over\b/i.test(text.slice(overStart, overStart + 5))) return false;
  const before = text.slice(Math.max(sentenceStart, overStart - 30), overStart);
  const after = text.slice(durationEnd, durationEnd + 30);
  if (/^\s+(old|ago|of age|older|younger)\b/i.test(after) || /\b(ago|old)\s*$/i.test(text.slice(overStart, durationEnd))) return false;
  if (LASTING.test(before)) return false;
  // sentence-initial: a span when a comma closes it ("Over six months, ..."), else the subject
  if (before.trim() === '' || /[.!?:;"“]\s*$/.test(before)) return /^\s*,/.test(after);
  return true;
}

const LASTING = /\b(for|lasted|lasting|lasts|last|took|take|takes|taking|spent|spend|spends|spending|served|serve|serves|serving|lived|live|living|waited|wait|waiting|been|stayed|stay|ran|run|runs|running|worked|aged|age|ages|sentenced|jailed|imprisoned|experience|careers?|tenure|is|are|was|were)\s+$/i;
