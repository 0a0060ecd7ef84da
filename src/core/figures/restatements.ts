// A figure said again right after another: a change restated in another unit ("lost 190 points,
// or 0.6%") and an amount restated in brackets in another currency or unit ("3 billion francs
// ($3.2 billion)"), which is a place of the same figure. Helpers of extract.ts.
import type { Figure } from '../types';
import { isInclusiveBound, literalInterval } from './qualifiers';

/**
 * "lost 190 points, or 0.6%", "grew by 12,000 jobs, or 2.2%": the amount of a change said again
 * in another unit is a change the same way.
 */
export function restatesChange(text: string, previous: Figure | undefined, figure: Figure): Figure {
  if (figure.change || !previous?.change || previous.reached || previous.unit.kind === figure.unit.kind) return figure;
  if (!/^\s*,?\s*or\s*$/i.test(text.slice(previous.span.end, figure.span.start))) return figure;
  return { ...figure, change: previous.change };
}

/**
 * "$38 (£28.90) a share", "more than 100 km (60 miles)", "just under 296 hp (224 kW / 300 PS)",
 * "drops to 87 mph (140 km/h)": the bracketed amount restates the one before it in another
 * currency or unit, so it is stated per what that one is, with its qualifier and its change.
 */
export function restatementOf(previous: Figure, figure: Figure): Figure {
  let restated: Figure = figure;
  if (previous.per && !figure.per) restated = { ...restated, per: previous.per };
  if (previous.change) restated = { ...restated, change: previous.change, ...(previous.reached ? { reached: true as const } : {}) };
  if (figure.qualifier === 'exact' && (previous.qualifier === 'lowerBound' || previous.qualifier === 'upperBound') && figure.unit.kind !== 'temperature') {
    const [low, high] = literalInterval(figure.value, previous.qualifier, undefined, undefined, isInclusiveBound(previous.text));
    const factor = figure.value === 0 ? 1 : figure.canonical.value / figure.value;
    restated = { ...restated, qualifier: previous.qualifier, low, high, canonical: { ...figure.canonical, low: low * factor, high: high * factor } };
  }
  return restated;
}

/**
 * "$38 (£28.90)", "100 km (60 miles)", "296 hp (224 kW / 300 PS)", "CHF3 billion (€3.09 billion,
 * $3.3 billion)": a bracketed amount right after another restates it in another currency or unit.
 */
export function isBracketedConversion(text: string, previous: Figure, figure: Figure): boolean {
  if (previous.unit.kind !== figure.unit.kind || figure.unit.kind === 'count') return false;
  // "10:35 a.m. (0735 GMT)": the time in a known zone is the one other reports can be compared with.
  if (figure.unit.kind === 'other' && previous.unit.name !== figure.unit.name) return false;
  // a restatement, not another amount: within rounding and a rate's drift of each other
  const [x, y] = [Math.abs(previous.canonical.value), Math.abs(figure.canonical.value)];
  if (previous.canonical.unit === figure.canonical.unit && (x === 0 || y === 0 || Math.max(x, y) / Math.min(x, y) > 1.5)) return false;
  // the brackets close after it, or another restatement follows
  if (!/^\s*[),;/]/.test(text.slice(figure.span.end, figure.span.end + 3))) return false;
  // after an earlier restatement in the same brackets ("(€3.09 billion, $3.3 billion)", "(224 kW / 300 PS)")
  const last = previous.repeats?.[previous.repeats.length - 1];
  if (last && /^\s*[,;/]\s*$/.test(text.slice(last.span.end, figure.span.start)) && text.lastIndexOf('(', figure.span.start) > previous.span.start) return true;
  // right after the amount, its unit word ("100 km (60 miles)") or its whole phrase ("3 billion francs ($3.2 billion)")
  return /^\s*(?:[^\s\d()/]+\s*)?[(/]\s*$/.test(text.slice(previous.valueSpan.end, figure.span.start)) ||
    (previous.span.end <= figure.span.start && /^\s*\(\s*$/.test(text.slice(previous.span.end, figure.span.start)));
}


/** Units a bare value may take from the figure its clause parallels (not times, ranks or names). */
const CARRIED = new Set(['money', 'percent', 'distance', 'area', 'mass', 'volume', 'speed', 'energy']);

/**
 * "The highest forecast is 84.75 cents, while the lowest is 74.07": a bare value in a clause that
 * parallels an earlier figure of its sentence (joined by while, whereas, but, against, compared
 * with, no number between) is in that figure's unit.
 */
export function carriesUnit(text: string, previous: Figure | undefined, figure: Figure): Figure {
  // what the value counts names nothing, or only a superlative standing for the noun ("the lowest")
  const nothingNamed = !figure.head || /^[a-z]+est$/.test(figure.head);
  if (!previous || figure.unit.kind !== 'count' || !nothingNamed || figure.concept !== figure.head || !CARRIED.has(previous.unit.kind)) return figure;
  const between = text.slice(previous.span.end, figure.span.start);
  if (/\d/.test(between) || between.length > 60 || !/\b(while|whereas|but|against|versus|compared with|compared to)\b/i.test(between)) return figure;
  const factor = previous.value === 0 ? 1 : previous.canonical.value / previous.value;
  return {
    ...figure,
    unit: { ...previous.unit },
    canonical: { value: figure.value * factor, low: figure.low * factor, high: figure.high * factor, unit: previous.canonical.unit, converted: previous.canonical.converted },
    ...(previous.per ? { per: previous.per } : {}),
  };
}
