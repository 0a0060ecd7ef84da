// What only looks like a count, and figures written in compact forms, each row a wording of our
// own: the end of a range of days ("May 3 to 4"), an amount hyphened into an adjective ("a
// 2.4-billion-euro fine"), a year before a word the tagger misreads or before a region's name, a
// position in a sequence ("day 12 of the trial"), "One reason is ...", list items separated by
// dashes, "half a point" and the magnitude "M7.1".
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../src/core/figures/extract';
import { segment } from '../../../../src/core/text/segment';
import type { Figure } from '../../../../src/core/types';

function figuresOf(text: string): Figure[] {
  return extractFigures({ id: 't', uri: 't', text }, segment(text).sentences);
}

/** [span text, value, unit name, qualifier, head] */
type Want = [string, number, string, string, string];

function check(text: string, want: Want[]): void {
  expect(figuresOf(text).map((f) => [f.text, f.value, f.unit.name, f.qualifier, f.head])).toEqual(want);
}

describe('a day in a range of days is no count', () => {
  it.each<[string, Want[]]>([
    ['The gales from early March 3 to 4 killed 12 sailors.', [['12 sailors', 12, 'count', 'exact', 'sailor']]],
    ['Floods on Oct. 14-15 left 40 families homeless.', [['40 families homeless', 40, 'count', 'exact', 'family']]],
    ['Between 6 and 7 June, 300 flights were cancelled.', [['300 flights', 300, 'count', 'exact', 'flight']]],
    ['Polls open Nov. 2 through 5 in 400 towns.', [['400 towns', 400, 'count', 'exact', 'town']]],
    // a range of things is still read
    ['Crews towed 8 to 9 trucks away in May.', [['8 to 9 trucks', 8.5, 'count', 'range', 'truck']]],
  ])('%s', (text, want) => check(text, want));
});

describe('an amount hyphened into an adjective is one amount, not a range', () => {
  it.each<[string, Want[]]>([
    ['The court upheld a 2.4-billion-euro penalty.', [['2.4-billion-euro penalty', 2.4e9, 'EUR', 'exact', 'penalty']]],
    ['The museum won a 3.5-million-dollar grant.', [['3.5-million-dollar grant', 3.5e6, 'USD', 'exact', 'grant']]],
    // "A $5" starts with an article, not the Australian "A$"
    ['A $7-million fund was set up.', [['$7-million fund', 7e6, 'USD', 'exact', 'fund']]],
    ['A $7 million fund was set up.', [['$7 million fund', 7e6, 'USD', 'exact', 'fund']]],
    ['Canberra paid A$7 million.', [['A$7 million', 7e6, 'AUD', 'exact', '']]],
  ])('%s', (text, want) => check(text, want));
});

describe('no quantity: years and the determiner "one"', () => {
  it.each([
    "The team's record in 2021 ranks among its worst.",
    "The club's form in 2019 ranks below average compared with past seasons.",
    'One flaw of the new plan was the cost.',
    'Who won the 2019 UK general election?',
    'One drawback is the new toll.',
    'One main reason was that prices fell.',
    'One big question is how the city will pay.',
  ])('%s', (text) => {
    expect(figuresOf(text).map((f) => f.text)).toEqual([]);
  });

  it.each<[string, Want[]]>([
    ['One person was killed in the blast.', [['One person', 1, 'count', 'exact', 'person']]],
    ['Power was cut in 2000 homes overnight.', [['2000 homes', 2000, 'count', 'exact', 'home']]],
    ['The fires in 2000 homes were put out.', [['2000 homes', 2000, 'count', 'exact', 'home']]],
    ['The convoy left at 2015 GMT.', [['2015 GMT', 1215, 'time UTC', 'exact', '']]],
  ])('still a quantity: %s', (text, want) => check(text, want));
});

describe('a position in a sequence reads as a rank', () => {
  it.each<[string, Want[]]>([
    ['The verdict came on day 12 of the trial.', [['day 12', 12, 'rank', 'exact', 'day']]],
    ['In week 3, the league added 20 teams.', [['week 3', 3, 'rank', 'exact', 'week'], ['20 teams', 20, 'count', 'exact', 'team']]],
    ['It came on the 12th day of the trial.', [['12th day', 12, 'rank', 'exact', 'day']]],
    // a count of things after the word is no position
    ['On that day 40 people fled.', [['40 people fled', 40, 'count', 'exact', 'person']]],
  ])('%s', (text, want) => check(text, want));
});

describe('a bare number framed by "in terms of" counts the frame', () => {
  it.each<[string, Want[]]>([
    ['It was the worst result in terms of seats, with the greens on 14.', [['14', 14, 'count', 'exact', 'seat']]],
    ['In terms of medals, the hosts finished with 38.', [['38', 38, 'count', 'exact', 'medal']]],
    ['Polls in terms of seats suggest the greens could win as few as 14.', [['as few as 14', 14, 'count', 'lowerBound', 'seat']]],
    // no frame, no count
    ['It was the worst result, with the greens on 14.', []],
  ])('%s', (text, want) => check(text, want));
});

describe('list items, halves of a unit and magnitudes', () => {
  it.each<[string, Want[]]>([
    ['- Greens: 12 seats - Liberals: 40 seats - Others: 9 seats', [['12 seats', 12, 'count', 'exact', 'seat'], ['40 seats', 40, 'count', 'exact', 'seat'], ['9 seats', 9, 'count', 'exact', 'seat']]],
    ['Turnout rose half a point.', [['half a point', 0.5, 'count', 'exact', 'point']]],
    ['The trail is half a mile long.', [['half a mile', 0.5, 'mi', 'exact', 'trail']]],
    ['An M7.1 earthquake shook the coast.', [['M7.1', 7.1, 'magnitude', 'exact', '']]],
    ['The M6 motorway was closed.', []],
  ])('%s', (text, want) => check(text, want));
});
