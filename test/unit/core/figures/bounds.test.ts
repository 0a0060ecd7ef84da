// Bounds and multipliers written in words (issue 13, branch figs4): "more than two dozen",
// "nears 100", "tops 100", "shortly after 9 a.m.", "between about 95 and 101", and "a year
// earlier", which places an amount in time rather than making it a rate. Every row is a wording of
// our own (no corpus sentence).
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../../src/core';

const read = (text: string) => readFigures(text).map((f) => ({ text: f.text, value: f.value, qualifier: f.qualifier, low: f.low, high: f.high, per: f.per }));

describe('a dozen as a multiplier', () => {
  it.each<[string, string, number, string]>([
    ['The club signed more than two dozen players.', 'more than two dozen players', 24, 'lowerBound'],
    ['About three dozen homes were damaged.', 'About three dozen homes', 36, 'approximate'],
    ['Four dozen eggs were sold.', 'Four dozen eggs', 48, 'exact'],
    ['A dozen flights were cancelled.', 'A dozen flights', 12, 'exact'],
  ])('%s', (text, span, value, qualifier) => {
    expect(read(text)).toMatchObject([{ text: span, value, qualifier }]);
  });
});

describe('verbs of approach and of passing as bounds', () => {
  it.each<[string, string, string, number, number]>([
    ['The tally nears 100 votes.', 'nears 100 votes', 'approximate', 95, 100],
    ['Attendance was nearing 4,000 fans by noon.', 'nearing 4,000 fans', 'approximate', 3800, 4000],
    ['Sales topped 2 million units.', 'topped 2 million units', 'lowerBound', 2e6, Infinity],
    ['The fund tops 500 investors.', 'tops 500 investors', 'lowerBound', 500, Infinity],
    ['Losses surpassed $40 million.', 'surpassed $40 million', 'lowerBound', 4e7, Infinity],
  ])('%s', (text, span, qualifier, low, high) => {
    const [f] = read(text);
    expect(f).toMatchObject({ text: span, qualifier });
    // within the nudge that makes a bound strict
    expect(Math.abs(f!.low - low)).toBeLessThanOrEqual(low * 1e-5);
    expect(f!.high === high || Math.abs(f!.high - high) <= high * 1e-5).toBe(true);
  });
});

describe('a time of day bounded by "after", "before", "by"', () => {
  it.each<[string, string, string, 'above' | 'below' | 'lower' | 'upper']>([
    ['The alarm sounded shortly after 9 a.m. local time.', 'shortly after 9 a.m. local time', 'approximate', 'above'],
    ['Crews arrived just before 6pm.', 'just before 6pm', 'approximate', 'below'],
    ['Nobody left after 11 p.m. that night.', 'after 11 p.m.', 'lowerBound', 'lower'],
    ['The road reopened by 4pm.', 'by 4pm', 'upperBound', 'upper'],
  ])('%s', (text, span, qualifier, side) => {
    const [f] = readFigures(text);
    expect([f?.text, f?.qualifier]).toEqual([span, qualifier]);
    if (side === 'above' || side === 'lower') expect(f!.low).toBeGreaterThan(f!.value);
    else if (side === 'below') expect([f!.low < f!.value, f!.high <= f!.value]).toEqual([true, true]);
    else expect(f!.high).toBeLessThan(f!.value);
  });

  it('a count after "after" stays a value', () => {
    expect(read('Talks ended after 3 days of meetings.')).toMatchObject([{ text: '3 days', qualifier: 'exact' }]);
  });
});

describe('a range with a qualifier inside', () => {
  it.each<[string, string, number, number]>([
    ['Readings were between about 95 and 101 degrees.', 'between about 95 and 101 degrees', 95, 101],
    ['Fees run between roughly $40 and $60.', 'between roughly $40 and $60', 40, 60],
  ])('%s', (text, span, low, high) => {
    expect(read(text)).toMatchObject([{ text: span, qualifier: 'range', low, high }]);
  });
});

describe('"a year earlier" places an amount in time; "a year" alone is a rate', () => {
  it.each<[string, string, string | undefined]>([
    ['The loss was $5.2 billion a year earlier.', '$5.2 billion', undefined],
    ['Rent stood at 900 euros a month ago.', '900 euros', undefined],
    ['Rent is 900 euros a month.', '900 euros a month', 'month'],
    ['The plant costs $3 million a year to run.', '$3 million a year', 'year'],
  ])('%s', (text, span, per) => {
    expect(read(text)).toMatchObject([{ text: span, per }]);
  });
});
