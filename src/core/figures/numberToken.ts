// One number as the scanner finds it in a sentence (numberScan.ts), and the term it starts in:
// shared by the scanner and the scans of shares and multipliers (shares.ts).
import type { Term } from '../text/nlp';
import type { ClockReading } from './timeOfDay';

export interface NumberToken {
  /** Offsets into the source text. `end` includes a glued or following scale word. */
  start: number;
  end: number;
  value: number;
  precision: number;
  /** Index of the first and last term the number covers. */
  firstTerm: number;
  lastTerm: number;
  /** A unit glued to the digits ("%", "km", "m"), lower-cased, already past `end`. */
  gluedUnit?: string;
  gluedUnitEnd?: number;
  /** "80th anniversary": an ordinal that states a number of years. */
  anniversary?: boolean;
  /** The scale written with the digits ("bn", "million"), so a range's first number can share it. */
  scale?: number;
  /** "a third of", "two-thirds of": a share, with `value` in percent. */
  fraction?: boolean;
  spelled: boolean;
  /** A time of day: `value` is minutes after midnight in the stated zone. */
  clock?: ClockReading;
  /** "hundreds of", "tens of thousands of": a vague quantity, the interval it allows. */
  vague?: [number, number];
  /** "the ninth", "second-largest": a rank, with `end` past a superlative written with it. */
  ordinal?: boolean;
  /** "Article 49.3": a provision's number, a name rather than an amount (the word, normalised). */
  identifier?: string;
  /** Where the identifier's word starts. */
  identifierStart?: number;
}

/** Index of the term that contains `offset` (or the last term). */
export function termIndexAt(terms: readonly Term[], offset: number): number {
  for (let i = 0; i < terms.length; i++) if (terms[i]!.end > offset) return i;
  return terms.length - 1;
}
