// Rates hyphenated into a modifier (issue 13, branch figs4): "a 52,000 barrel-a-day refinery",
// "a 70-mile-an-hour gust". Every row is a wording of our own (no corpus sentence).
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../../src/core';

describe('a rate written as a hyphenated modifier', () => {
  it.each<[string, string, string, string | undefined]>([
    ['The port has one 90,000 barrel-a-day terminal.', '90,000 barrel-a-day', 'bbl', 'day'],
    ['A 200,000-tonne-a-year smelter closed.', '200,000-tonne-a-year', 't', 'year'],
    ['Winds hit a 65-mile-an-hour peak.', '65-mile-an-hour', 'mph', undefined],
    ['A 30-kilometre-an-hour limit applies.', '30-kilometre-an-hour', 'km/h', undefined],
    // a distance before "a day later" is no rate
    ['She ran a 12-mile course a day later.', '12-mile course', 'mi', undefined],
  ])('%s', (text, span, unit, per) => {
    expect(readFigures(text).map((f) => [f.text, f.unit.name, f.per])).toEqual([[span, unit, per]]);
  });
});
