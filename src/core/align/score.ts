// How likely two figures from different sources state the same measure. Two figures can be the
// same claim only if their kinds match, what they count maps to the same concept, their
// magnitudes are within a factor of ten, and (for a rate) they are per the same period; among
// those, the sentence's content words (weighted by rarity) and the value's closeness score them.
import type { Figure } from '../types';
import { conceptById, isGenericConcept } from '../figures/lexicon';
import type { ContextVector, ContextWeights } from './contextWeights';
import { sameIdentity } from './sameIdentity';

/** Minimum pair score to link two figures. */
export const LINK_THRESHOLD = 0.42;
/** A merged group's average pair score must stay above this, so chains of weak links do not form. */
export const GROUP_THRESHOLD = 0.36;
/** Figures more than this factor apart are never the same measure. */
export const MAX_RATIO = 10;

export type AlignedGroup = Figure[];

function sameKind(a: Figure, b: Figure): boolean {
  if (a.unit.kind !== b.unit.kind) return false;
  if (a.unit.kind === 'other' || a.unit.kind === 'temperature') return a.unit.name === b.unit.name;
  if (a.unit.kind === 'money' && a.canonical.unit !== b.canonical.unit) return false; // unknown currency
  if (a.unit.kind === 'duration' && (a.per === 'ago') !== (b.per === 'ago')) return false;
  return true;
}

/**
 * Figures of a measure that does not grow are within a small factor when they state one fact
 * (a budget of 9 or 5 billion, 1,200 or 1,400 staff); a toll grows as reports come in
 * (40, then 192), so counts that accumulate may differ by up to MAX_RATIO.
 */
export const STEADY_RATIO = 2.5;

function magnitudeOk(a: Figure, b: Figure): boolean {
  const x = Math.abs(a.canonical.value);
  const y = Math.abs(b.canonical.value);
  if (x === 0 || y === 0) return x === y;
  const ratio = Math.max(x, y) / Math.min(x, y);
  return ratio <= (a.concept && a.concept === b.concept && conceptById(a.concept)?.cumulative ? MAX_RATIO : STEADY_RATIO);
}

/** A handful of a thing the lexicon does not know ("five Iraqis", "two homes") is the same fact only if the sentences say so. */
const FEW = 12;
const FEW_CONTEXT = 0.3;
function fewUnknownThings(a: Figure, b: Figure): boolean {
  return a.unit.kind === 'count' && Math.max(a.canonical.value, b.canonical.value) <= FEW && !conceptById(a.concept) && !conceptById(b.concept);
}

/**
 * How much what the two figures count or measure says they are the same. For counts the noun is
 * decisive (troops are not ships); for amounts, shares and measures it is a hint only, since
 * "the deal, worth $4.2bn" and "valuing the maker at $4.2 billion" name the same amount.
 */
function conceptScore(a: Figure, b: Figure): number {
  const count = a.unit.kind === 'count';
  if (a.concept && b.concept) {
    if (a.concept !== b.concept) return count ? 0 : 0.25;
    return isGenericConcept(a.concept) ? 0.6 : 1;
  }
  if (!a.concept && !b.concept) return 0.5;
  return count ? 0 : 0.35;
}

function closeness(a: Figure, b: Figure): number {
  const x = Math.abs(a.canonical.value);
  const y = Math.abs(b.canonical.value);
  if (x === y) return 1;
  return Math.min(x, y) / Math.max(x, y);
}

/** How likely two figures from different sources state the same measure, 0..1; 0 when impossible. */
export function pairScore(a: Figure, b: Figure, weights: ContextWeights): number {
  return scoreWithVectors(a, b, weights, weights.vectorOf(a.context), weights.vectorOf(b.context));
}

export function scoreWithVectors(a: Figure, b: Figure, weights: ContextWeights, va: ContextVector, vb: ContextVector): number {
  if (a.source === b.source || !sameKind(a, b)) return 0;
  // "16,141,241 votes to remain" and "Remain: 16,141,241": a value this exact is stated alike only by one fact
  if (distinctivelyEqual(a, b)) return DISTINCTIVE_SCORE;
  if (!magnitudeOk(a, b) || !sameIdentity(a, b)) return 0;
  const concept = conceptScore(a, b);
  if (concept === 0) return 0;
  if ((a.per ?? '') !== (b.per ?? '') && a.unit.kind !== 'money') return 0;
  const perPenalty = (a.per ?? '') !== (b.per ?? '') ? 0.1 : 0;
  const context = weights.vectorSimilarity(va, vb);
  // ... unless the two say the same number of the same thing ("12 original members", "an original 12 members"):
  // equal values cannot make a false conflict
  const sameStatement = a.canonical.value === b.canonical.value && !!a.head && a.head === b.head;
  if (context < FEW_CONTEXT && fewUnknownThings(a, b) && !sameStatement) return 0;
  const counted = a.head && a.head === b.head ? 0.1 : 0;
  const score = Math.min(1, 0.45 * concept + 0.45 * Math.sqrt(context) + 0.1 * closeness(a, b) + counted - perPenalty);
  // "hundreds of thousands" says only an order of magnitude: it pairs last, after any stated number that can pair
  return a.vague || b.vague ? Math.min(score, VAGUE_CEILING) : score;
}

/** A vague quantity's pairs score at most this: just above the link threshold, below any good stated pair. */
const VAGUE_CEILING = LINK_THRESHOLD + 0.04;

/** Two sources stating one exact value this distinctive score as if their sentences matched. */
const DISTINCTIVE_SCORE = 0.9;
/** Significant digits from which an exact value is distinctive ("4,877", "16,141,241"; not "5,000", "243" or "51.9%"). */
const DISTINCTIVE_DIGITS = 4;
/** Kinds whose equal exact values state one fact (a date or a clock time equal by chance is common). */
const DISTINCTIVE_KINDS = new Set(['count', 'money', 'percent', 'distance', 'mass', 'area', 'volume', 'speed', 'energy']);

/** The same exact, distinctive value of the same kind, about the same time (neither an earlier event nor a forecast). */
function distinctivelyEqual(a: Figure, b: Figure): boolean {
  if (a.canonical.value !== b.canonical.value || a.value !== b.value || !DISTINCTIVE_KINDS.has(a.unit.kind)) return false;
  if ((a.identity?.anchor ?? '') !== (b.identity?.anchor ?? '') || (a.per ?? '') !== (b.per ?? '')) return false;
  return significantDigits(a.value) >= DISTINCTIVE_DIGITS;
}

/** 16141241 → 8, 4877 → 4, 5000 → 1, 51.9 → 3, 0.076 → 2. */
export function significantDigits(value: number): number {
  const digits = Math.abs(value).toPrecision(15).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}
