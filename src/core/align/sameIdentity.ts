// Whether two figures' identities (identity.ts) let them be one fact: the same subjects or
// holder, event, estimator, kind of measure (a change and its direction, a margin, a threshold, a
// segment), period and day. Kept apart from the reading of identities, which is per figure.
import type { FigureIdentity } from '../figureIdentity';
import type { Figure } from '../types';
import { conceptById } from '../figures/lexicon';
import { SIDES } from './identity';
import { comparableDays } from './occasion';

/** A total over several this far above a count that names none is a total and a part, not one fact told twice. */
const TOTAL_OVER_PART = 1.5;

/** x's holder, if any, is y's holder or y's clause subject (a place y names is where, not whose). */
function sameHolder(x: FigureIdentity, y: FigureIdentity): boolean {
  if (!x.holder) return true;
  if (y.holder) return sameName(x.holder, y.holder);
  if (!y.subjects.length || y.subjectPrep !== '') return true;
  return y.subjects.some((s) => sameName(x.holder!, s));
}


/**
 * Whether two figures' identities let them be the same fact: the same subjects (or one names
 * none), a total never against a part, the same estimator when both name one, the same event.
 */
export function sameIdentity(a: Figure, b: Figure): boolean {
  // injured police are not the injured (nor injured protesters)
  if ((a.role ?? '') !== (b.role ?? '')) return false;
  const x = a.identity;
  const y = b.identity;
  if (!x || !y) return true;
  if ((x.anchor ?? '') !== (y.anchor ?? '')) return false;
  // another day's event ("On Sunday, a train carrying 85 people") is not this one's: for counts of
  // things, not results whose day is most often the report's ("results showed on Monday"); a count
  // that moves is one series whatever day each value is given on (and one value told twice makes no conflict)
  const concept = conceptById(a.concept);
  if (a.unit.kind === 'count' && x.day && y.day && x.day !== y.day && comparableDays(x.day, y.day) && !concept?.cumulative && !concept?.fluctuates && a.canonical.value !== b.canonical.value) return false;
  // the state's count against the organisers' count (police and organisers, ministry and union)
  if (x.attribution && y.attribution && x.attribution !== y.attribution && SIDES.has(x.attribution) && SIDES.has(y.attribution)) return false;
  // two named estimators' values ("the Survey put it at 6.1; the Center measured 6.5") are two measures
  if (x.estimator && y.estimator && !sameEstimator(x.estimator, y.estimator) && a.canonical.value !== b.canonical.value) return false;
  if (x.modifiers.join(' ') !== y.modifiers.join(' ')) return false;
  // 900 jobs cut is not a workforce of 12,000
  if (!!x.change !== !!y.change) return false;
  if (x.direction && y.direction && x.direction !== y.direction) return false;
  // a majority of 174 is not a party's 412 seats, nor is the 326 needed to win
  if ((x.standard ?? '') !== (y.standard ?? '')) return false;
  if (!!x.other !== !!y.other) return false;
  // bodies identified are not the dead
  if ((x.stage ?? '') !== (y.stage ?? '')) return false;
  // homes destroyed are not homes damaged, nor those damaged or destroyed
  if (x.harm && y.harm && x.harm !== y.harm) return false;
  // forecasts for different years (a year stated or one relative to the report, compared alike)
  if (x.forYear && y.forYear && x.forYear.startsWith('+') === y.forYear.startsWith('+') && x.forYear !== y.forYear) return false;
  // an age is a person's: two ages are one fact only when both name the same person ("a 33-year-old
  // flight attendant" and "a 25-year-old flight attendant" are two survivors)
  // (the same age told twice may be one person's: it cannot make a false conflict)
  if (a.unit.kind === 'age' && !(x.subjects.length && y.subjects.length) && a.canonical.value !== b.canonical.value) return false;
  // "two of those killed" is a part of the dead, never their number
  if (!!x.subset !== !!y.subset) return false;
  // a market price is not the price offered per share
  if (!!x.quote !== !!y.quote) return false;
  if ((x.basis ?? '') !== (y.basis ?? '') && x.basis && y.basis) return false;
  if ((x.period ?? '') !== (y.period ?? '') && x.period && y.period) return false;
  // a segment's revenue against the company's or another segment's (the same value told with and without it may be one fact)
  if ((x.segment ?? '') !== (y.segment ?? '') && a.canonical.value !== b.canonical.value) return false;
  // "31 died in Elm County alone" is a part, never a count that names no place (a part with a
  // subject is marked so in its words: a part read from the source's totals names none)
  // (the same value may still be one fact told with and without its place: "800,000 in Paris alone", "800,000 participants")
  if (x.part !== y.part && (x.part ? x : y).subjects.length > 0 && (x.part ? y : x).subjects.length === 0 && a.canonical.value !== b.canonical.value) return false;
  // changes measured from different points ("from its 2007 peak", "than on Friday")
  if (x.baseline?.length && y.baseline?.length && !x.baseline.some((w) => y.baseline!.includes(w))) return false;
  // a total over several ("the two banks", "in Chile and Peru") is not one of them
  if (x.joint !== y.joint && (x.joint ? y : x).subjects.length > 0) return false;
  // nor a count that names none and is well below it: a part ("the two banks employ 120,000"
  // against "50,480 employees"), where a total restated is close ("both bombings, 259" and "258")
  // (a toll grows as reports come in, so for counts that accumulate the gap may be time)
  const grows = concept?.cumulative === true;
  if (x.joint !== y.joint && !grows && Math.abs((x.joint ? a : b).canonical.value) > TOTAL_OVER_PART * Math.abs((x.joint ? b : a).canonical.value)) return false;
  if ((x.dated ?? '') !== (y.dated ?? '')) return false;
  // who has the figure: "the Greens ..., winning 57 seats" is not the Liberals' 33 (a place named is where, not whose)
  if (!sameHolder(x, y) || !sameHolder(y, x)) return false;
  if (x.subjects.length && y.subjects.length) {
    if (x.joint !== y.joint) return false;
    if (!x.subjects.some((s) => y.subjects.some((t) => sameName(s, t)))) return false;
  }
  // the whole ("across the country") or a total over several against a part the source marks as
  // one ("in Paris alone", or a count beside the source's own total)
  if ((x.whole || x.joint) !== (y.whole || y.joint) && ((x.whole || x.joint) ? y.part : x.part)) return false;
  return true;
}

/** "gettysburg" and "battle of gettysburg" name the same thing: one's words run inside the other's. */
function sameName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return ` ${long} `.includes(` ${short} `);
}

/** "u.s. geological survey" and "us geological service", "sheriff jo lee" and "county sheriff jo lee": one estimator written two ways (two words in common, or one name inside the other). */
function sameEstimator(a: string, b: string): boolean {
  const words = (x: string) => x.replaceAll('.', '').split(/\s+/).filter(Boolean);
  const [x, y] = [words(a), words(b)];
  if (sameName(x.join(' '), y.join(' '))) return true;
  const common = x.filter((w) => y.includes(w)).length;
  return common >= 2 && common * 3 >= 2 * Math.min(x.length, y.length);
}
