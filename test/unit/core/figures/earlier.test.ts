// The level before a change (issue 13, branch figs4): "rose to Y from X", "up from X", "X a year
// earlier". The level reached and the earlier level are two figures; the earlier one is marked
// `earlier` (and its identity's anchor is 'earlier'), so it is compared with other reports'
// earlier levels, never with the level now. Every row is a wording of our own.
import { describe, expect, it } from 'vitest';
import { analyze, readFigures } from '../../../../src/core';

const read = (text: string) => readFigures(text).map((f) => [f.text, f.value, f.unit.kind === 'count' ? f.head : f.unit.name, f.earlier ?? false]);

describe('the level before a change is a figure of its own, marked earlier', () => {
  it.each<[string, [string, number, string, boolean][]]>([
    // written backwards: the level reached, then where it started
    ['Profit rose to $4.5 billion from $3.9 billion.', [['$4.5 billion', 4.5e9, 'USD', false], ['$3.9 billion', 3.9e9, 'USD', true]]],
    ['The jobless rate climbed to 5.2% from 4.8%.', [['5.2%', 5.2, '%', false], ['4.8%', 4.8, '%', true]]],
    ['The toll rose to 57 from 41 on Monday.', [['57', 57, 'toll', false], ['41', 41, 'toll', true]]],
    // "up from", "down from": with no unit of its own, the unit of the amount it is compared with
    ['Sales were 5,200 units, up from 4,800.', [['5,200 units', 5200, 'unit', false], ['4,800', 4800, 'unit', true]]],
    ['Turnover reached 310 million euros, up from 280 million.', [['310 million euros', 3.1e8, 'EUR', false], ['280 million', 2.8e8, 'EUR', true]]],
    ['The team won 12 games, down from 15.', [['12 games', 12, 'game', false], ['15', 15, 'game', true]]],
    // placed in time after it
    ['The loss was $5.2 billion a year earlier.', [['$5.2 billion', 5.2e9, 'USD', true]]],
    ['Output was 12 million tonnes, compared with 10 million a year ago.', [['12 million tonnes', 1.2e7, 't', false], ['10 million', 1e7, 't', true]]],
    ['Exports were 300 tonnes in the same period last year.', [['300 tonnes', 300, 't', true]]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // a change written forwards stays one figure that remembers where it started
    ['Membership fell from 300 to 250.', [['from 300 to 250', 250, 'membership', false]]],
    // a rate stays a rate, and "from" a place or a source is no earlier level
    ['Rent is 900 euros a month.', [['900 euros a month', 900, 'EUR', false]]],
    ['Aid of $2 million came from 40 donors.', [['$2 million', 2e6, 'USD', false], ['40 donors', 40, 'donor', false]]],
  ] as [string, [string, number, string, boolean][]][])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('earlier levels are compared with earlier levels', () => {
  it('two reports of a rise agree on the level reached and conflict on where it started', () => {
    const analysis = analyze([
      { id: 'a', uri: 'a.txt', text: 'Profit rose to $4.5 billion from $3.9 billion, the company said.' },
      { id: 'b', uri: 'b.txt', text: 'The company said profit was $4.5 billion, up from $3.7 billion a year earlier.' },
    ]);
    const byValue = analysis.claims.map((c) => [c.verdict, c.figures.map((f) => f.value).sort()]);
    expect(byValue).toContainEqual(['agree', [4.5e9, 4.5e9]]);
    expect(byValue).toContainEqual(['conflict', [3.7e9, 3.9e9]]);
  });
});
