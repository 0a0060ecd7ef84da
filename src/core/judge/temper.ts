// A conflict that the sources' own words explain is a discrepancy, not a contradiction: a reader
// who sees one warning that is not a real conflict stops trusting the rest. Each rule here names
// a reason the values may differ while every source is right, and says so in the claim's reason.
import { conceptById, isGenericConcept } from '../figures/lexicon';
import type { Figure } from '../types';
import type { Comparison } from './compare';
import { reportedAt } from './reportTime';

export interface TemperContext {
  /** The date a source reports as of (its reference date), when known. */
  reportedOn?(source: string): string | undefined;
}

/** The comparison, a conflict turned into a discrepancy when the figures' words explain it. */
export function temperConflict(figures: readonly Figure[], comparison: Comparison, ctx: TemperContext): Comparison {
  if (comparison.verdict !== 'conflict') return comparison;
  const why = explained(figures, ctx);
  if (!why) return comparison;
  return { ...comparison, verdict: 'discrepancy', reason: comparison.reason ? `${comparison.reason} — ${why}` : why };
}

function explained(figures: readonly Figure[], ctx: TemperContext): string | undefined {
  // "surged 47% to near $193" and "jumped 48% to $194.28": quotes of one market at other moments
  if (figures.some((f) => f.identity?.quote)) return 'market prices move through the day, and quotes taken at different moments differ';
  // the missing are found, patients go home, evacuees return: such a count falls as well as rises
  const concept = conceptById(figures[0]!.concept);
  if (concept?.fluctuates) {
    if (reportedApart(figures, ctx)) return `counts of the ${concept.label} rise and fall as reports come in, and these were reported at different times`;
  }
  // "35% contained as of Thursday", "62% contained" on Saturday: work that advances day by day (never a share that falls)
  if (figures.every((f) => f.unit.kind === 'percent' && f.context.some((w) => PROGRESS.has(w.replace(/^[~@]+/, '')))) && reportedApart(figures, ctx) && risesWithTime(figures, ctx)) {
    return 'the share rises as the work goes on (containing a fire, restoring power), and these were reported at different times';
  }
  // "Leave 52%, Remain 48%" read into one claim: two shares that make 100% are the two sides of one result
  if (twoSides(figures)) return 'the values make up 100% together: these look like the two sides of one result, not one figure';
  // "Boone Hospital Center received 28 patients" against "hospitals received more than 40": one names
  // where it counts and the other does not, so one may count a part of the other's whole
  const part = partAndWhole(figures);
  if (part) return part;
  // "200 people were aboard" and "a train carrying 85 people": "people" says too little to be sure
  if (figures.every((f) => f.unit.kind === 'count') && figures.some((f) => isGenericConcept(f.concept))) return 'the sources count "people" without saying alike who they are: check that they count the same people';
  return undefined;
}

/** Stems of work whose share only grows until it is done: a fire contained, power restored, people vaccinated (not "counted": a vote share moves both ways as ballots come in). */
const PROGRESS = new Set(['contain', 'restor', 'vaccinat', 'complet']);

/** Whether each later day's share is at least every earlier day's (a share that falls is no progress). */
function risesWithTime(figures: readonly Figure[], ctx: TemperContext): boolean {
  const dated = figures.map((f) => ({ day: reportedAt(f, ctx.reportedOn) ?? '', value: f.canonical.value }));
  return dated.every((x) => dated.every((y) => !(x.day < y.day) || x.value <= y.value));
}

/** Whether the figures were true on different days (their own "as of" days or their reports'), or say different "as of" times. */
function reportedApart(figures: readonly Figure[], ctx: TemperContext): boolean {
  const days = new Set(figures.map((f) => reportedAt(f, ctx.reportedOn) ?? ''));
  if (days.has('')) return false;
  return days.size > 1 || new Set(figures.map((f) => f.identity?.asOf ?? '')).size > 1;
}

/** How far from 100% two sides' shares may add up (each is rounded). */
const SIDES_SLACK = 1.5;

/** Percentages that fall into two groups whose shares add up to 100% ("52%", "51.9%" and "48%", "48.1%"). */
function twoSides(figures: readonly Figure[]): boolean {
  if (!figures.every((f) => f.unit.kind === 'percent')) return false;
  const values = figures.map((f) => f.canonical.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (Math.abs(low + high - 100) > SIDES_SLACK || high - low <= SIDES_SLACK) return false;
  return values.every((v) => v - low <= SIDES_SLACK || high - v <= SIDES_SLACK);
}

/** When the counts that name a subject are all below those that name none: why they may differ. */
function partAndWhole(figures: readonly Figure[]): string | undefined {
  // only a count: a distance or a time of day has no parts, and an amount's place is most often
  // who pays ("Japan pays about $1.4 billion a year"), not a part of a total
  if (!figures.every((f) => f.unit.kind === 'count')) return undefined;
  const named = figures.filter((f) => f.identity?.subjectLabel);
  if (named.length === 0 || named.length === figures.length) return undefined;
  // a part is less than its whole: only when every figure that names a place or party is below every one that does not
  const unnamed = figures.filter((f) => !f.identity?.subjectLabel);
  const highestNamed = Math.max(...named.map((f) => f.canonical.value));
  if (!unnamed.every((f) => f.canonical.value > highestNamed)) return undefined;
  const labels = [...new Set(named.map((f) => f.identity!.subjectLabel!))];
  return `${labels.join(' and ')} ${labels.length === 1 ? 'is' : 'are'} named by some sources and no place or party by the others: one may count only a part of what the other counts`;
}
