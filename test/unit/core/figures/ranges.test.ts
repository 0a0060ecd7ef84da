// Ranges and changes between two numbers written in the ways news writes them (issue 13, branch
// figs3). Every row is a wording of our own (no corpus sentence).
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../../src/core';

describe('two numbers read as one figure', () => {
  /** [span text, low or start, high or value reached, unit name] */
  it.each<[string, [string, number, number, string][]]>([
    // currency letters that are no symbol, written before each end
    ['Flats are priced from RM150,000 to RM420,000 each.', [['from RM150,000 to RM420,000', 150000, 420000, 'MYR']]],
    ['Fees range from CHF3 to CHF5.', [['CHF3 to CHF5', 3, 5, 'CHF']]],
    ['The bill came to Rs 5 to Rs 7 crore.', [['Rs 5 to Rs 7 crore', 5e7, 7e7, 'INR']]],
    // four-digit numbers that count things, not years
    ['The firm is going from 3000 to 4000 staff members.', [['from 3000 to 4000 staff members', 3000, 4000, 'count']]],
    ['Most teens need 2200 - 2800 calories.', [['2200 - 2800 calories', 2200, 2800, 'kcal']]],
    // a spelled "one" as the low end
    ['Repairs take one to two weeks.', [['one to two weeks', 1, 2, 'week']]],
    ['Results come in one to 3 days.', [['one to 3 days', 1, 3, 'day']]],
  ])('%s', (text, want) => {
    expect(readFigures(text).map((f) => [f.text, f.from ?? f.low, f.value === f.high || f.from !== undefined ? f.value : f.high, f.unit.name])).toEqual(want);
  });

  it.each([
    // years stay years, and "one" alone stays no figure
    'From 1990 to 2000 the town grew.',
    'Rents were frozen from 2019 to 2021.',
    'It was one to remember.',
  ])('%s', (text) => {
    expect(readFigures(text)).toEqual([]);
  });
});

describe('bounds written as comparisons', () => {
  it.each<[string, string, string]>([
    ['Panels rated lower than 9 ksi failed.', 'lower than 9 ksi', 'upperBound'],
    ['Cores run higher than 4 GHz.', 'higher than 4 GHz', 'lowerBound'],
  ])('%s', (text, span, qualifier) => {
    expect(readFigures(text).map((f) => [f.text, f.qualifier])).toEqual([[span, qualifier]]);
  });
});
