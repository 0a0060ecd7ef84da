// A count whose noun comes after the measure of each thing it counts (issue 13, branch figs4):
// "eight million 250ml bottles", "40,000 12-ounce cans". The count counts the noun; the measure is
// a figure of its own. Every row is a wording of our own (no corpus sentence).
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../../src/core';

const read = (text: string) => readFigures(text).map((f) => [f.text, f.value, f.unit.kind === 'count' ? f.head : f.unit.name]);

describe('a count of things each described by a measure', () => {
  it.each<[string, [string, number, string][]]>([
    ['The brewery filled three million 330ml bottles.', [['three million', 3e6, 'bottle'], ['330ml', 330, 'mL']]],
    ['They shipped 40,000 12-ounce cans.', [['40,000', 40000, 'can'], ['12-ounce', 12, 'oz']]],
    ['Crews laid 500 6-metre pipes.', [['500', 500, 'pipe'], ['6-metre pipes', 6, 'm']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<[string, [string, number, string][]]>([
    // a year before a measure, or a measure with no noun after it, counts nothing
    ['In 2019 20 km of road was built.', [['20 km', 20, 'km']]],
    ['The tank holds 5 litres.', [['5 litres', 5, 'L']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
