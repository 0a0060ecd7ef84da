// Claim -> Verdict. Each figure allows two intervals of true values:
//  - the reading a reader expects: "about X" ±5%, "more than X" up to a quarter above X,
//    "less than X" down to a fifth below, exact values as stated or as rounded (41% for 41.2%);
//  - the loosest honest reading: bounds open-ended, rounded values widened by half a unit of their
//    last significant place, round numbers also up to a whole unit above (a cut-off 24 million
//    may be 24.6 million; 27 dead is not a rounded 12).
// Values converted between units or currencies get extra slack, but only against a figure stated
// in another unit: €75 million and €90 million are compared as stated.
// agree: every pair overlaps in the expected reading; discrepancy: every pair overlaps in the
// loose reading; conflict: some pair cannot both be true. The outliers are the figures outside
// the largest agreeing side when it outnumbers every other side; otherwise every side.
import { reportedAt } from './reportTime';
import type { Figure, Verdict } from '../types';
import { describeValue, joinLabels } from './format';

/** How far above a lower bound ("more than X") a reader expects the true value to be. */
const LOWER_BOUND_REACH = 0.25;
/** How far below an upper bound ("less than X"). */
const UPPER_BOUND_REACH = 0.2;
/** Extra slack for values converted between currencies (rates move) and units (converted values are rounded). */
const CONVERSION_SLACK = { money: 0.1, other: 0.02 };
/** Rounding intervals that only touch do not overlap: 41% and 42% are different roundings. */
const TOUCH = 0.999;

type Interval = [number, number];

function slack(f: Figure, converting: boolean): number {
  if (!converting || !f.canonical.converted) return 0;
  return f.unit.kind === 'money' ? CONVERSION_SLACK.money : CONVERSION_SLACK.other;
}

/** Factor from the stated unit to the canonical one, for widening by the stated precision. */
function factor(f: Figure): number {
  return f.value !== 0 ? f.canonical.value / f.value : 1;
}

/**
 * One unit in the last significant place, in canonical units, when the value reads as rounded:
 * decimals (6.2, 41.2%), round numbers (50,000), scaled ones (24 million) and measured whole
 * numbers (41%, 70 miles). Whole things counted one by one (27 dead, aged 24, a five-year
 * contract) are exact.
 */
function roundingUnit(f: Figure): number {
  // "about 30%": an approximate round number is rounded to its trailing zeros, however small.
  const approxRound = f.qualifier === 'approximate' && Number.isInteger(f.value) && f.value % 10 === 0 && f.value !== 0 ? 10 ** Math.floor(Math.log10(largestPowerOfTenDividing(f.value))) : 0;
  const unit = Math.max(f.precision, approxRound) * Math.abs(factor(f));
  const wholeThings = f.unit.kind === 'count' || f.unit.kind === 'age' || f.unit.kind === 'duration';
  // "about 70 others" is a count rounded to the ten, whatever the digits' precision says
  const rounded = f.precision < 1 || f.precision >= 10 || !wholeThings || approxRound > 0;
  return rounded ? unit : 0;
}

function largestPowerOfTenDividing(n: number): number {
  let p = 1;
  while (p < 1e15 && n % (p * 10) === 0) p *= 10;
  return p;
}

/** "at least 123" allows 123 itself, "more than 123" does not; likewise "up to" and "less than". */
const INCLUSIVE_LOW = /^(?:at least|no (?:fewer|less) than|a minimum of|minimum|not less than|as (?:few|little|low) as)\b/i;
const INCLUSIVE_HIGH = /^(?:up to|at most|no more than|a maximum of|maximum|not more than|as (?:many|much|high|large) as)\b/i;

/** The stated interval, with inclusive bounds read from the wording. */
function statedInterval(f: Figure): Interval {
  const c = f.canonical;
  if (f.qualifier === 'lowerBound' && INCLUSIVE_LOW.test(f.text)) return [Math.min(c.value, c.low), c.high];
  if (f.qualifier === 'upperBound' && INCLUSIVE_HIGH.test(f.text)) return [c.low, Math.max(c.value, c.high)];
  return [c.low, c.high];
}

/**
 * "Hundreds of thousands", "scores of": a reader hears an order of magnitude, not a count that
 * "more than a million" or "260" could contradict; they agree with anything within a factor of
 * two of their interval, and differ only beyond four.
 */
const VAGUE_EXPECTED = 2;
const VAGUE_LOOSE = 4;

export function expectedInterval(f: Figure, converting = true): Interval {
  const c = f.canonical;
  if (f.vague) return [c.low / VAGUE_EXPECTED, c.high * VAGUE_EXPECTED];
  let [low, high]: Interval = statedInterval(f);
  // "41%" is "41.2%" rounded: a rounding within 5% of the value is what a reader expects.
  const half = (roundingUnit(f) / 2) * TOUCH;
  if (f.qualifier === 'exact' && half > 0 && half <= Math.abs(c.value) * 0.05) [low, high] = [c.value - half, c.value + half];
  if (f.qualifier === 'lowerBound') high = c.value * (1 + LOWER_BOUND_REACH);
  if (f.qualifier === 'upperBound') low = c.value * (1 - UPPER_BOUND_REACH);
  const s = slack(f, converting);
  if (s > 0) {
    const half = (f.precision * Math.abs(factor(f))) / 2;
    low = Math.min(low * (1 - s), low - half);
    high = Math.max(high * (1 + s), high + half);
  }
  return [Math.min(low, high), Math.max(low, high)];
}

export function looseInterval(f: Figure, converting = true): Interval {
  if (f.vague) return [f.canonical.low / VAGUE_LOOSE, f.canonical.high * VAGUE_LOOSE];
  const unit = roundingUnit(f);
  // "More than 100" states a threshold, not a rounded measurement.
  const bound = f.qualifier === 'lowerBound' || f.qualifier === 'upperBound';
  const down = bound ? 0 : (unit / 2) * TOUCH;
  // Round numbers may be cut off rather than rounded ("24 million" for 24.6 million): up to a unit above.
  const up = bound ? 0 : f.precision > 1 ? unit * TOUCH : down;
  const s = slack(f, converting);
  const conversion = s > 0 ? (f.precision * Math.abs(factor(f))) / 2 : 0;
  // Bounds may be infinite ("more than X"); Infinity * 0 would be NaN.
  const widen = (x: number, reach: number) => (Number.isFinite(x) ? Math.max(reach, conversion) + Math.abs(x) * s : 0);
  const [statedLow, statedHigh] = statedInterval(f);
  const low = statedLow - widen(statedLow, down);
  const high = statedHigh + widen(statedHigh, up);
  return [Math.min(low, high), Math.max(low, high)];
}

function overlaps(a: Interval, b: Interval): boolean {
  return a[0] <= b[1] + 1e-9 * Math.max(1, Math.abs(b[1])) && b[0] <= a[1] + 1e-9 * Math.max(1, Math.abs(a[1]));
}

export interface Comparison {
  verdict: Verdict;
  reason: string;
  /** Ids of the figures that should carry a diagnostic. */
  outliers: string[];
  /** In a conflicting moving count, the figures that differ only by time of reporting. */
  earlier?: string[];
}

/** How far apart a set's stated values are, relative to their mean (0 when all equal). */
function spread(figures: readonly Figure[], set: readonly number[]): number {
  const values = set.map((i) => figures[i]!.canonical.value);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return mean === 0 ? 0 : (Math.max(...values) - Math.min(...values)) / Math.abs(mean);
}

/** Starts of the greedy search for the largest agreeing set in a claim of more than 16 figures, at most. */
const GREEDY_STARTS = 64;

/**
 * The largest set of figures that pairwise agree. Among equally large sets, one whose stated
 * values are clearly closer together wins ("24.6 million" and "nearly 25 million" over
 * "nearly 25 million" and "24 million"); otherwise the answer is not unique.
 */
function largestAgreeingSet(figures: readonly Figure[], agrees: (a: number, b: number) => boolean): { best: number[]; unique: boolean } {
  const n = figures.length;
  const candidates = new Map<string, number[]>();
  if (n <= 16) {
    for (let mask = 1; mask < 1 << n; mask++) {
      const set: number[] = [];
      for (let i = 0; i < n; i++) if (mask & (1 << i)) set.push(i);
      if (set.every((a, x) => set.slice(x + 1).every((b) => agrees(a, b)))) candidates.set(set.join(','), set);
    }
  } else {
    // Larger claims: greedy from each figure (the same set found from several starts counts
    // once); from GREEDY_STARTS figures spread over the claim when it has more, so a claim that
    // hundreds of sources state costs n² comparisons, not n³.
    const step = Math.max(1, n / GREEDY_STARTS);
    for (let at = 0; at < n; at += step) {
      const start = Math.floor(at);
      const set = [start];
      for (let i = 0; i < n; i++) if (i !== start && set.every((j) => agrees(i, j))) set.push(i);
      set.sort((a, b) => a - b);
      candidates.set(set.join(','), set);
    }
  }
  const size = Math.max(0, ...[...candidates.values()].map((c) => c.length));
  const largest = [...candidates.values()].filter((c) => c.length === size).sort((a, b) => spread(figures, a) - spread(figures, b));
  if (largest.length === 0) return { best: [], unique: false };
  if (largest.length === 1) return { best: largest[0]!, unique: true };
  const [first, second] = [spread(figures, largest[0]!), spread(figures, largest[1]!)];
  return { best: largest[0]!, unique: first < second * 0.67 };
}

/** What a comparison may know about the sources besides their figures. */
export interface CompareContext {
  labelOf(source: string): string;
  /** The date a source reports as of (its reference date), when known. */
  reportedOn?(source: string): string | undefined;
  /** Whether the measure grows as reports come in (death tolls, injuries, evacuees). */
  cumulative?: boolean;
}

/**
 * A moving count in the order it was reported: "40 (XIE0031, 1998-08-07) → more than 75 (APW0808,
 * 1998-08-08, as dawn broke Saturday) → 192 (APW0810, 1998-08-10)".
 */
export function describeSeries(figures: readonly Figure[], dates: readonly string[], labelOf: (source: string) => string): string {
  return figures
    .map((f, i) => ({ f, date: dates[i]!, label: labelOf(f.source) }))
    .sort((x, y) => x.date.localeCompare(y.date) || x.label.localeCompare(y.label))
    .map(({ f, date, label }) => `${describeValue(f)} (${[label, date, f.identity?.asOf, f.identity?.revised ? 'revised' : undefined].filter(Boolean).join(', ')})`)
    .join(' → ');
}

/**
 * Tolls rise as reports come in: when every difference is an earlier report stating less than a
 * later one, the sources differ by time of reporting, not in fact; a later report that is lower
 * and says the figure was revised is a revision. A later lower value with no correction stated
 * stays a conflict, its reason giving the series. Returns undefined when the figures are not a
 * moving count with known report dates.
 */
function byTimeOfReporting(figures: readonly Figure[], expected: readonly Interval[], loose: readonly Interval[], ctx: CompareContext, verdict: Verdict): Comparison | undefined {
  if (!ctx.cumulative || !ctx.reportedOn) return undefined;
  const dates = figures.map((f) => reportedAt(f, ctx.reportedOn));
  if (dates.some((d) => !d) || new Set(dates).size < 2) return undefined;
  const known = dates as string[];
  const series = describeSeries(figures, known, ctx.labelOf);
  const revisions: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    for (let j = 0; j < figures.length; j++) {
      if (i === j) continue;
      const [a, b] = [known[i]!, known[j]!];
      // time of reporting explains what rounding and qualifiers leave (the loose reading: "about 70" after 74)
      if (a === b && !overlaps(loose[i]!, loose[j]!)) return undefined;
      if (a < b && loose[i]![0] > loose[j]![1]) {
        // an earlier report said more: a revision if the later one says so, else a conflict
        if (!figures[j]!.identity?.revised) {
          if (verdict !== 'conflict') return undefined;
          const conflict = conflictOf(figures, loose, ctx);
          const latest = known.reduce((m, d) => (d > m ? d : m));
          const current = figures.map((_, k) => k).filter((k) => known[k] === latest);
          // the rest of the series rose as reports came in: a discrepancy, not the conflict
          const earlier = figures.filter((g, k) => !conflict.outliers.includes(g.id) && known[k] !== latest && !current.every((c) => overlaps(expected[k]!, expected[c]!)));
          return { ...conflict, reason: `${series} — a later report is lower with no correction stated`, earlier: earlier.map((g) => g.id) };
        }
        revisions.push(figures[j]!);
      }
    }
  }
  if (verdict !== 'conflict' && revisions.length === 0) return undefined;
  const latest = known.reduce((m, d) => (d > m ? d : m));
  const latestIdx = figures.map((_, i) => i).filter((i) => known[i] === latest);
  const outliers = figures.filter((_, i) => known[i] !== latest && !latestIdx.every((j) => overlaps(expected[i]!, expected[j]!)));
  const why = revisions.length ? `revised down in ${joinLabels([...new Set(revisions.map((f) => ctx.labelOf(f.source)))])}` : 'the count rose as reports came in';
  return { verdict: 'discrepancy', reason: `${series} — ${why}`, outliers: outliers.map((f) => f.id) };
}

/** Both sides of each contradiction in a moving count: an earlier report and the later, lower one. */
function conflictOf(figures: readonly Figure[], loose: readonly Interval[], ctx: CompareContext): Comparison {
  const dates = figures.map((f) => reportedAt(f, ctx.reportedOn)!);
  const sides = new Set<number>();
  figures.forEach((_, j) => figures.forEach((_, i) => dates[i]! < dates[j]! && loose[i]![0] > loose[j]![1] && !figures[j]!.identity?.revised && (sides.add(i), sides.add(j))));
  return { verdict: 'conflict', reason: '', outliers: figures.filter((_, k) => sides.has(k)).map((f) => f.id) };
}

export function compareFigures(figures: readonly Figure[], context: CompareContext | ((source: string) => string)): Comparison {
  const ctx: CompareContext = typeof context === 'function' ? { labelOf: context } : context;
  const labelOf = ctx.labelOf;
  if (figures.length < 2) return { verdict: 'agree', reason: `only ${labelOf(figures[0]?.source ?? '')} states this`, outliers: [] };
  // Conversion slack applies only between figures stated in different units or currencies.
  const converting = (i: number, j: number) => figures[i]!.unit.name !== figures[j]!.unit.name;
  // Both readings of every figure, with and without conversion slack, computed once: large claims
  // compare many pairs.
  const expected = figures.map((f) => expectedInterval(f));
  const expectedAsStated = figures.map((f) => expectedInterval(f, false));
  const loose = figures.map((f) => looseInterval(f));
  const looseAsStated = figures.map((f) => looseInterval(f, false));
  const agrees = (i: number, j: number) =>
    converting(i, j) ? overlaps(expected[i]!, expected[j]!) : overlaps(expectedAsStated[i]!, expectedAsStated[j]!);
  const looselyAgree = (i: number, j: number) =>
    converting(i, j) ? overlaps(loose[i]!, loose[j]!) : overlaps(looseAsStated[i]!, looseAsStated[j]!);
  let allExpected = true;
  let allLoose = true;
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      if (!agrees(i, j)) allExpected = false;
      if (!looselyAgree(i, j)) allLoose = false;
    }
  }
  const verdict: Verdict = allExpected ? 'agree' : allLoose ? 'discrepancy' : 'conflict';
  if (verdict !== 'agree') {
    const timed = byTimeOfReporting(figures, expected, loose, ctx, verdict);
    if (timed) return timed;
  }
  if (verdict === 'agree') return { verdict, reason: describeValues(figures, labelOf), outliers: [] };
  const { best, unique } = largestAgreeingSet(figures, agrees);
  // The agreeing side must outnumber the next largest one among the rest ("49, 49, 47, 8": the two
  // 49s stand, 47 and 8 are the odd ones); an even split flags every side.
  const inBest = new Set(best);
  const rest = figures.map((_, i) => i).filter((i) => !inBest.has(i));
  const runnerUp = rest.length ? largestAgreeingSet(rest.map((i) => figures[i]!), (a, b) => agrees(rest[a]!, rest[b]!)).best.length : 0;
  const majority = unique && best.length >= 2 && best.length > runnerUp;
  const outlierFigures = figures.filter((_, i) => !majority || !inBest.has(i));
  const reason = describeValues(figures, labelOf, majority ? outlierFigures.map((f) => labelOf(f.source)) : undefined);
  return { verdict, reason, outliers: outlierFigures.map((f) => f.id) };
}

/** "001 says 50,000; 000 and 004 say about 53,000; 002 and 003 say more than 50,000". */
export function describeValues(figures: readonly Figure[], labelOf: (source: string) => string, first?: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const f of figures) {
    const key = describeValue(f);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(labelOf(f.source));
  }
  const entries = [...groups.entries()];
  const leadsWith = (labels: string[]) => (first ?? []).some((l) => labels.includes(l));
  entries.sort((a, b) => Number(leadsWith(b[1])) - Number(leadsWith(a[1])) || a[1].length - b[1].length);
  if (entries.length === 1 && entries[0]![1].length > 1) return `${someLabels(entries[0]![1])} all say ${entries[0]![0]}`;
  // past MAX_VALUES, the values most sources state are named (in the order above), the rest counted
  const named = new Set([...entries].sort((a, b) => b[1].length - a[1].length).slice(0, MAX_VALUES));
  const shown = entries.filter((e) => named.has(e)).map(([value, labels]) => `${someLabels(labels)} ${labels.length === 1 ? 'says' : 'say'} ${value}`);
  const rest = entries.filter((e) => !named.has(e));
  if (rest.length > 0) {
    const sources = rest.reduce((n, [, labels]) => n + labels.length, 0);
    shown.push(`${sources.toLocaleString('en-US')} more ${sources === 1 ? 'source says' : 'sources say'} ${rest.length.toLocaleString('en-US')} other ${rest.length === 1 ? 'value' : 'values'}`);
  }
  return shown.join('; ');
}

/**
 * A claim's reason names at most this many values and this many sources per value: a claim that
 * hundreds of sources state would otherwise have a reason of 100 KB, repeated in every one of its
 * diagnostics. Sets of up to a dozen sources are described in full.
 */
const MAX_VALUES = 12;
const MAX_LABELS = 12;

/** "A, B and C", or "A, B, … and 1,798 others" past MAX_LABELS. */
function someLabels(labels: readonly string[]): string {
  if (labels.length <= MAX_LABELS) return joinLabels(labels);
  const more = labels.length - (MAX_LABELS - 1);
  return `${labels.slice(0, MAX_LABELS - 1).join(', ')} and ${more.toLocaleString('en-US')} others`;
}
