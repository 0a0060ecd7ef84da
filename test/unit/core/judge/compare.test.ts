// Verdicts as a table: each row states a claim's values the way articles write them and the
// verdict a careful reader gives, with the outliers that should carry the diagnostic.
import { describe, expect, it } from 'vitest';
import { compareFigures, describeValues } from '../../../../src/core/judge/compare';
import { extractFigures } from '../../../../src/core/figures/extract';
import { segment } from '../../../../src/core/text/segment';
import type { Figure } from '../../../../src/core/types';

/** One figure per sentence, source ids s0, s1, ... */
function figures(...sentences: string[]): Figure[] {
  return sentences.map((text, i) => {
    const found = extractFigures({ id: `s${i}`, uri: `s${i}`, text }, segment(text).sentences);
    if (found.length !== 1) throw new Error(`expected one figure in "${text}", got ${found.length}`);
    return found[0]!;
  });
}

const rows: { says: string[]; verdict: string; outliers: number[] }[] = [
  // The seeds' troop counts: a flat 50,000 could be a rounded 53,000, but is the odd one out.
  { says: ['About 53,000 troops.', '50,000 troops.', 'More than 50,000 troops.', 'Over 50,000 troops.', 'About 53,000 troops.'], verdict: 'discrepancy', outliers: [1] },
  { says: ['About 53,000 troops.', 'More than 50,000 troops.'], verdict: 'agree', outliers: [] },
  // A second flat 50,000 does not make "more than 50,000" agree with it.
  { says: ['About 53,000 troops.', '50,000 troops.', 'More than 50,000 troops.', 'Over 50,000 troops.', 'About 53,000 troops.', '50,000 troops.'], verdict: 'discrepancy', outliers: [1, 5] },
  { says: ['12 people were killed.', '15 people were killed.'], verdict: 'conflict', outliers: [0, 1] },
  { says: ['12 people were killed.', '12 people were killed.', '15 people were killed.'], verdict: 'conflict', outliers: [2] },
  { says: ['More than 100 people were hurt.', 'Fewer than 80 people were hurt.'], verdict: 'conflict', outliers: [0, 1] },
  // A plurality that outnumbers every other side stands; an even split flags both sides.
  { says: ['The party won 49 seats.', 'The party won 49 seats.', 'The party won 47 seats.', 'The party won 8 seats.'], verdict: 'conflict', outliers: [2, 3] },
  { says: ['The party won 49 seats.', 'The party won 49 seats.', 'The party won 47 seats.', 'The party won 47 seats.'], verdict: 'conflict', outliers: [0, 1, 2, 3] },
  // Two agreeing pairs share a figure: the pair whose values are clearly closer stands.
  { says: ['There are 24.6 million registered voters.', 'There are nearly 25 million registered voters.', 'There are 24 million registered voters.'], verdict: 'discrepancy', outliers: [2] },
  { says: ['Turnout was 41%.', 'Turnout was 41.2%.'], verdict: 'agree', outliers: [] },
  { says: ['There are 24 million voters.', 'There are 24.6 million voters.', 'There are 24.6 million voters.'], verdict: 'discrepancy', outliers: [0] },
  { says: ['It measured 6.2 on the magnitude scale, magnitude 6.2.', 'A magnitude 6.4 quake.'], verdict: 'conflict', outliers: [0, 1] },
  { says: ['Revenue was $1.1 billion.', 'Revenue was $1.8 billion.'], verdict: 'conflict', outliers: [0, 1] },
  { says: ['About $1.4 billion a year.', 'An average of 211 billion yen each year.'], verdict: 'agree', outliers: [] },
  { says: ['At a depth of 10 kilometres.', 'At a depth of about six miles.'], verdict: 'agree', outliers: [] },
  { says: ['About 3,000 people are in shelters.', '2,950 people are in shelters.'], verdict: 'agree', outliers: [] },
  { says: ['A premium of 27%.', 'A premium of about 30%.'], verdict: 'discrepancy', outliers: [0, 1] },
  // Same currency or unit: compared as stated, without conversion slack.
  { says: ['The club paid a fee of 75 million euros.', 'The club paid a fee of 90 million euros.'], verdict: 'conflict', outliers: [0, 1] },
  { says: ['The fire burned 300 hectares.', 'The fire burned 320 hectares.'], verdict: 'discrepancy', outliers: [0, 1] },
  // Whole ages and durations are exact; neighbouring roundings do not touch.
  { says: ['Erik Lindqvist, aged 24, signed.', 'Erik Lindqvist, aged 25, signed.'], verdict: 'conflict', outliers: [0, 1] },
  { says: ['Turnout was 41%.', 'Turnout was 42%.'], verdict: 'conflict', outliers: [0, 1] },
  // A cut-off round number reaches up, not down: 3,500 and 5,000 evacuees cannot both be right.
  { says: ['About 3,500 people were evacuated.', 'About 5,000 people were evacuated.'], verdict: 'conflict', outliers: [0, 1] },
  { says: ['The company sold 10 million units.', 'The company sold 12 million units.'], verdict: 'conflict', outliers: [0, 1] },
  // A vague quantity is an order of magnitude: it agrees with a count near it and differs only far off.
  { says: ['Hundreds of thousands of people marched.', 'More than a million people marched.'], verdict: 'agree', outliers: [] },
  { says: ['Scores of people were hurt.', '260 people were hurt.'], verdict: 'agree', outliers: [] },
  { says: ['Dozens of people were hurt.', '400 people were hurt.'], verdict: 'discrepancy', outliers: [0, 1] },
  { says: ['Hundreds of people were evacuated.', '9,000 people were evacuated.'], verdict: 'conflict', outliers: [0, 1] },
];

describe('verdicts', () => {
  it.each(rows)('$says → $verdict', ({ says, verdict, outliers }) => {
    const figs = figures(...says);
    const result = compareFigures(figs, (id) => id);
    expect(result.verdict).toBe(verdict);
    expect(result.outliers).toEqual(outliers.map((i) => figs[i]!.id));
  });

  it('words the reason with the outlier first and sources grouped by value', () => {
    const figs = figures('About 53,000 troops.', '50,000 troops.', 'About 53,000 troops.');
    expect(compareFigures(figs, (id) => id).reason).toBe('s1 says 50,000; s0 and s2 say about 53,000');
  });

  it('calls a toll that rose between reports a discrepancy of time, not a conflict', () => {
    const figs = figures('21 people were killed.', '27 people were killed.', '27 people were killed.');
    const dates: Record<string, string> = { s0: '2025-10-07', s1: '2025-10-08', s2: '2025-10-08' };
    const timed = compareFigures(figs, { labelOf: (id) => id, reportedOn: (id) => dates[id], cumulative: true });
    expect(timed.verdict).toBe('discrepancy');
    expect(timed.outliers).toEqual([figs[0]!.id]);
    // Without dates, or when the earlier report says more, it stays a conflict.
    expect(compareFigures(figs, { labelOf: (id) => id, cumulative: true }).verdict).toBe('conflict');
    const falling: Record<string, string> = { s0: '2025-10-09', s1: '2025-10-08', s2: '2025-10-08' };
    expect(compareFigures(figs, { labelOf: (id) => id, reportedOn: (id) => falling[id], cumulative: true }).verdict).toBe('conflict');
  });
});

describe('a claim that hundreds of sources state', () => {
  it('finds its outliers in seconds: 1,200 figures (a greedy search from every figure took 25 s)', () => {
    const figures = Array.from({ length: 1200 }, (_, i) => bigClaimFigure(i, i % 100 === 7 ? 35_000 : 50_000));
    const started = performance.now();
    const result = compareFigures(figures, (source) => source);
    expect(result.verdict).toBe('conflict');
    expect(result.outliers).toEqual(figures.filter((_, i) => i % 100 === 7).map((f) => f.id));
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

function bigClaimFigure(i: number, value: number): Figure {
  const text = `${value.toLocaleString('en-US')} troops`;
  return {
    id: `s${i}#0`, source: `s${i}`, span: { start: 0, end: text.length }, valueSpan: { start: 0, end: 6 }, text, sentence: 0,
    value, low: value, high: value, precision: 1000, unit: { kind: 'count', name: 'count' }, qualifier: 'exact',
    canonical: { value, low: value, high: value, unit: 'count', converted: false }, counted: 'troops', head: 'troop', concept: 'military-personnel', context: [],
  };
}

describe('the reason of a claim that hundreds of sources state', () => {
  it('names at most a dozen values and a dozen sources per value, and counts the rest', () => {
    // 300 sources: 280 say 50,000, the other 20 say 20 different values
    const figures = Array.from({ length: 300 }, (_, i) => bigClaimFigure(i, i < 280 ? 50_000 : 40_000 + (i - 280) * 100));
    const reason = describeValues(figures, (source) => source);
    expect(reason.length).toBeLessThan(1000);
    expect(reason).toContain('s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10 and 269 others say 50,000');
    // 11 single values shown beside the 50,000 group, 9 more counted
    expect(reason).toMatch(/; 9 more sources say 9 other values$/);
  });

  it('describes a dozen sources in full', () => {
    const figures = Array.from({ length: 12 }, (_, i) => bigClaimFigure(i, 50_000));
    expect(describeValues(figures, (source) => source)).toBe('s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10 and s11 all say 50,000');
  });
});
