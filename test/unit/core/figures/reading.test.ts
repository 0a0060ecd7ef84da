// How a careful reader reads figures in news, one table per class of wording. Every row is a
// wording of our own (no corpus sentence): what is counted when no noun follows the number,
// spelled numbers after determiners, changes, money in its common forms, ranks, times of day,
// identifiers. Each row: the sentence and the figures expected in it.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../src/core/figures/extract';
import { segment } from '../../../../src/core/text/segment';
import type { Figure } from '../../../../src/core/types';

function figuresOf(text: string): Figure[] {
  return extractFigures({ id: 't', uri: 't', text }, segment(text).sentences);
}

/** [span text, value, unit name, concept or head (optional)] */
type Want = [string, number, string, string?];

function check(text: string, want: Want[]): void {
  const got = figuresOf(text);
  expect(got.map((f) => [f.text, f.value, f.unit.name])).toEqual(want.map((w) => w.slice(0, 3)));
  want.forEach((w, i) => {
    if (w[3] !== undefined) expect(got[i]!.concept).toBe(w[3]);
  });
}

describe('numbers with no noun after them: what is counted comes from the subject and the predicate', () => {
  it.each<[string, Want[]]>([
    ['Officials said 41 were killed in the attack.', [['41', 41, 'count', 'deaths']]],
    ['The toll now stands at 57, the ministry said.', [['57', 57, 'count', 'deaths']]],
    ['The final death toll is 63.', [['63', 63, 'count', 'deaths']]],
    ['At least 30, including two children, were killed in the village.', [['At least 30', 30, 'count', 'deaths'], ['two children', 2, 'count', 'deaths']]],
    ['The death toll in the northern province has risen to 15, officials said.', [['15', 15, 'count', 'deaths']]],
    // The earlier value said in passing is left unread until claims can tell it from the current one.
    ['The death toll in the flooded valley, initially 8, has risen to 11.', [['11', 11, 'count', 'deaths']]],
    ['The toll in Ruritania rose to 33 on Monday.', [['33', 33, 'count', 'deaths']]],
    ['The company hired 900 workers, including 300 in Lisbon.', [['900 workers', 900, 'count', 'employees'], ['300', 300, 'count', 'employees']]],
    ['The firm has 20,000 staff, compared with more than 15,000 at its rival.', [['20,000 staff', 20000, 'count', 'employees'], ['more than 15,000', 15000, 'count', 'employees']]],
    ['The storm destroyed 1,200 homes and 4,000 more were damaged.', [['1,200 homes', 1200, 'count', 'dwellings'], ['4,000', 4000, 'count', 'dwellings']]],
    ['The new members bring the total to 31.', [['31', 31, 'count', 'total']]],
  ])('%s', (text, want) => check(text, want));

  it.each([
    'He scored 3 in the final.',
  ])('leaves a number alone when nothing names what it counts: %s', (text) => {
    expect(figuresOf(text).filter((f) => f.unit.kind === 'count')).toEqual([]);
  });
});

describe('spelled numbers after determiners and in noun phrases', () => {
  it.each<[string, Want[]]>([
    ['Ministers of the three countries met in the capital.', [['three countries', 3, 'count', 'countries']]],
    ['The two northern and southern provinces voted.', [['two northern and southern provinces', 2, 'count', 'province']]],
    ['Investigators studied the two bomb blasts for weeks.', [['two bomb blasts', 2, 'count', 'attacks']]],
    ['The twin car bombings shocked the city.', [['twin car bombings', 2, 'count', 'attacks']]],
    ['The alliance admitted four of its former adversaries.', [['four of its former adversaries', 4, 'count', 'adversary']]],
  ])('%s', (text, want) => check(text, want));

  it.each([
    'Her twin brother visited the Twin Towers memorial.',
    'All three agreed to meet again.',
  ])('no quantity: %s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('changes kept apart from values, and ranges', () => {
  /** [span text, value, from, change, qualifier] */
  it.each<[string, [string, number, number | undefined, string | undefined, string][]]>([
    ['The plan lifts the pension age from 60 to 63.', [['from 60 to 63', 63, 60, 'up', 'exact']]],
    ['Turnout fell from 71% to 64% this year.', [['from 71% to 64%', 64, 71, 'down', 'exact']]],
    ['Fares rose from $2 to $2.50 a ride.', [['from $2 to $2.50', 2.5, 2, 'up', 'exact']]],
    ['Fees range from $200 to $4 million.', [['$200 to $4 million', 2000100, undefined, undefined, 'range']]],
    ['Officials expect 8-10 carriages on each train.', [['8-10 carriages', 9, undefined, undefined, 'range']]],
    ['Growth is seen at between 2% and 3% next year.', [['between 2% and 3%', 2.5, undefined, undefined, 'range']]],
    ['Sales are expected to reach $89 to $93 billion.', [['$89 to $93 billion', 91e9, undefined, undefined, 'range']]],
    ['Its shares rose 6% on Monday.', [['6%', 6, undefined, 'up', 'exact']]],
    ['The index was down 40 points at the close.', [['40 points', 40, undefined, 'down', 'exact']]],
    ['The index fell 0.5% to 7,210 points.', [['0.5%', 0.5, undefined, 'down', 'exact'], ['7,210 points', 7210, undefined, 'down', 'exact']]],
    ['The company employs 5,000 people.', [['5,000 people', 5000, undefined, undefined, 'exact']]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.from, f.change, f.qualifier])).toEqual(want);
  });

  it('scores stay out: "won 3-1" is no range', () => {
    expect(figuresOf('The home side won 3-1 on Sunday.')).toEqual([]);
  });
});

describe('money in every common form', () => {
  it.each<[string, Want[]]>([
    ['The bank was sold for CHF3 billion.', [['CHF3 billion', 3e9, 'CHF']]],
    ['The state will spend Rs 450 crore on roads.', [['Rs 450 crore', 4.5e9, 'INR']]],
    ['Each family got Rs. 5,000 in aid.', [['Rs. 5,000', 5000, 'INR']]],
    ['The agency offered a reward of up to dlrs 2 million.', [['up to dlrs 2 million', 2e6, 'USD']]],
    ['Exports reached US dlrs 40 billion last year.', [['US dlrs 40 billion', 4e10, 'USD']]],
    ['The embassy offered a reward of up to 2 million U.S. dollars.', [['up to 2 million U.S. dollars', 2e6, 'USD']]],
    ['Albright offered up to dlrs 2 million for information leading to an arrest.', [['up to dlrs 2 million', 2e6, 'USD', '']]],
    ['Exports reached 3.2 billion Indian rupees.', [['3.2 billion Indian rupees', 3.2e9, 'INR']]],
    ['The tower cost HK $5 million.', [['HK $5 million', 5e6, 'HKD']]],
    ['The tower cost HK$5 million.', [['HK$5 million', 5e6, 'HKD']]],
    ['Debt stood at $US113 trillion.', [['$US113 trillion', 113e12, 'USD']]],
    ['The grant was A$3 million.', [['A$3 million', 3e6, 'AUD']]],
    ['The fine was 500 million dlrs.', [['500 million dlrs', 5e8, 'USD']]],
    ['The ticket costs 300 € at the door.', [['300 €', 300, 'EUR']]],
    ['Revenue was USD10m and EUR 50m.', [['USD10m', 1e7, 'USD'], ['EUR 50m', 5e7, 'EUR']]],
    ['The aid totalled 40 million Egyptian pounds.', [['40 million Egyptian pounds', 4e7, 'EGP']]],
    ['The deal is worth $2.7bn.', [['$2.7bn', 2.7e9, 'USD']]],
    ['He paid £1.2m for the house.', [['£1.2m', 1.2e6, 'GBP']]],
    ['It arranged a 100 billion-franc loan.', [['100 billion-franc loan', 1e11, 'CHF']]],
    ['Oil was at $58 per barrel.', [['$58 per barrel', 58, 'USD']]],
    ['Sales rose 5pc in March.', [['5pc', 5, '%']]],
    ['About 2.5 lakh people attended.', [['About 2.5 lakh people attended', 250000, 'count', 'crowd']]],
  ])('%s', (text, want) => check(text, want));
});

describe('ordinals a reader compares (ranks), and ordinals that are names or dates', () => {
  it.each<[string, Want[]]>([
    ['This protest was the ninth since the winter.', [['ninth', 9, 'rank', 'protest']]],
    ['Unions called the seventh national strike.', [['seventh national strike', 7, 'rank', 'strike']]],
    ['Strikes entered the ninth day.', [['ninth day', 9, 'rank', 'day']]],
    ['It is the second largest insurer in the country.', [['second largest insurer', 2, 'rank', 'insurer']]],
    ['It became the third-biggest carmaker.', [['third-biggest carmaker', 3, 'rank', 'carmaker']]],
    ['She won her 10th title.', []],
    ['She won the 10th title of her career.', [['10th title', 10, 'rank', 'title']]],
  ])('%s', (text, want) => check(text, want));

  it.each([
    'He lives on Fifth Avenue and served in the 82nd Airborne.',
    'It was the 20th century and the fourth quarter.',
    'This is his first official visit and the second stop of the trip.',
    'The Second World War ended on the 2nd of September.',
    'The 22nd amendment was a third-party issue.',
  ])('no rank: %s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('identifiers are names, never amounts', () => {
  it('reads a provision by its number, as exact, named so only the same provision lines up with it', () => {
    const [a, b] = figuresOf('It passed under Article 49.3, later called Art. 49.3 by critics.');
    expect([a!.text, a!.unit.kind, a!.unit.name, a!.qualifier]).toEqual(['Article 49.3', 'other', 'article 49.3', 'exact']);
    expect([b!.text, b!.unit.name]).toEqual(['Art. 49.3', 'article 49.3']);
  });

  it.each([
    'Passengers boarded train 12951 at the station.',
    'Flight 3407 crashed near the airport.',
    'Take Route 66 or call 555-0143.',
    'The home side won 3-1 on Sunday.',
    'The iPhone 11 Pro and Boeing 787 Dreamliner were shown.',
  ])('no figure: %s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('table-like lines: a number is counted by its label', () => {
  it('reads "Label: number" runs on one line', () => {
    const got = figuresOf('NORTH: Total Dead: 31 Children: 4 Injured: 1,210 Hospitalized: 87').map((f) => [f.text, f.value, f.concept]);
    expect(got).toEqual([['31', 31, 'deaths'], ['4', 4, 'children'], ['1,210', 1210, 'injuries'], ['87', 87, 'hospitalized']]);
  });
});

describe('number formats, vague quantities, signs and units', () => {
  it.each<[string, [string, number, number, number, string][]]>([
    ['Dozens of people were hurt.', [['Dozens of people', 66, 12, 120, 'count']]],
    ['Hundreds of homes were flooded.', [['Hundreds of homes', 550, 100, 1000, 'count']]],
    ['Tens of thousands of workers marched.', [['Tens of thousands of workers', 55000, 1e4, 1e5, 'count']]],
    ['The repairs will cost tens of millions of dollars.', [['tens of millions of dollars', 5.5e7, 1e7, 1e8, 'USD']]],
    ['More than a million people voted.', [['More than a million people', 1e6, 1e6 + 1, Infinity, 'count']]],
    ['She hired a dozen lawyers.', [['a dozen lawyers', 12, 12, 12, 'count']]],
    ['Turnout rose to 3 450 voters.', [['3 450 voters', 3450, 3450, 3450, 'count']]],
    ['The index closed -1.3% lower.', [['1.3%', -1.3, -1.3, -1.3, '%']]],
    ['The air cooled to minus 40 degrees Celsius.', [['40 degrees Celsius', -40, -40, -40, '°C']]],
    ['The phone has 256GB of storage and a 2.4GHz chip.', [['256GB', 256, 256, 256, 'GB'], ['2.4GHz', 2.4, 2.4, 2.4, 'GHz']]],
    ['The car makes 640 bhp.', [['640 bhp', 640, 640, 640, 'hp']]],
    ['He averaged 7.3 points a game.', [['7.3 points a game', 7.3, 7.3, 7.3, 'count']]],
    ['The ramp rises at 12.5 degrees.', [['12.5 degrees', 12.5, 12.5, 12.5, '°']]],
    ['Take one 500mg tablet with 250ml of water.', [['500mg', 500, 500, 500, 'mg'], ['250ml', 250, 250, 250, 'mL']]],
    ['The magnitude was 5.9, officials said.', [['magnitude was 5.9', 5.9, 5.9, 5.9, 'magnitude']]],
    ['The 5G network launched.', []],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.low, f.high, f.unit.name])).toEqual(want);
  });

  it('reads "3 450" as one number where the text groups thousands with spaces', () => {
    const got = figuresOf('Some 3 450 troops and 12 000 police were deployed.').map((f) => f.value);
    expect(got).toEqual([3450, 12000]);
  });
});

describe('times of day, converted so that two zones compare', () => {
  /** [span, minutes after local midnight, unit name, minutes after midnight UTC] */
  it.each<[string, [string, number, string, number][]]>([
    ['The blast came at 10:35 a.m. (0735 GMT), officials said.', [['10:35 a.m.', 635, 'time', 635], ['0735 GMT', 455, 'time UTC', 455]]],
    // A time told with its day is a date (the dates stage reads it).
    ['The blast came at 10:35 a.m. (0735 GMT) Friday.', []],
    ['The quake struck at 2:15 p.m. Tokyo time.', [['2:15 p.m. Tokyo time', 855, 'time UTC', 315]]],
    ['Trading halted at 07:40 PM IST.', [['07:40 PM IST', 1180, 'time UTC', 850]]],
    ['The train left at 4.10 PM.', [['4.10 PM', 970, 'time', 970]]],
    ['Talks resumed at noon.', [['noon', 720, 'time', 720]]],
    ['Polls close at 8 p.m. local time.', [['8 p.m. local time', 1200, 'time', 1200]]],
    ['Markets opened at 9:30 a.m. EDT.', [['9:30 a.m. EDT', 570, 'time UTC', 810]]],
    // a zone whose offset moves with the season compares only with times in that zone
    ['The train hit the truck at 1:42 p.m. ET, officials said.', [['1:42 p.m. ET', 822, 'time ET', 822]]],
    ['The vote closed at 10 p.m. London time.', [['10 p.m. London time', 1320, 'time London time', 1320]]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.unit.name, f.canonical.value])).toEqual(want);
  });

  it.each([
    'He paid 4.10 dollars for it.',
    'The ratio was 3:1 in the end.',
    'Revenue grew 12.30 percent.',
  ])('no time: %s', (text) => {
    expect(figuresOf(text).filter((f) => f.unit.name.startsWith('time'))).toEqual([]);
  });
});

describe('more changes and ranges', () => {
  it.each<[string, [string, number, number | undefined, string | undefined, number, number][]]>([
    // the level reached remembers where it started; where it started is a figure of its own (earlier.test.ts)
    ['Inflation rose to 5.2% from 4.9% in May.', [['5.2%', 5.2, 4.9, 'up', 5.2, 5.2], ['4.9%', 4.9, undefined, undefined, 4.9, 4.9]]],
    ['Volume narrowed to 1,200 lots from 1,500 lots.', [['1,200 lots', 1200, 1500, 'down', 1200, 1200], ['1,500 lots', 1500, undefined, undefined, 1500, 1500]]],
    ['The deficit grew by $4 billion to $41 billion.', [['$4 billion', 4e9, undefined, 'up', 4e9, 4e9], ['$41 billion', 41e9, undefined, 'up', 41e9, 41e9]]],
    ['Crowds of four to five thousand people gathered.', [['four to five thousand people', 4500, undefined, undefined, 4000, 5000]]],
    ['Nearly two-thirds of members voted.', [['Nearly two-thirds of members', 66.7, undefined, undefined, 63.365, 66.7]]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.from, f.change, f.low, f.high])).toEqual(want);
  });

  it.each([
    'Shares of the S&P 500 index and the Nasdaq 100 rose.',
    'The house at 9 E 71st St was sold.',
    'The mass is 1.99×10−30 kilograms.',
  ])('no figure from names, addresses or notation parts: %s', (text) => {
    expect(figuresOf(text).filter((f) => [500, 100, 9, 10, 30].includes(f.value))).toEqual([]);
  });
});

describe('elapsed times written with an article or after a name', () => {
  it.each<[string, [string, number, string, number][]]>([
    ['The reforms came less than a decade after the war.', [['less than a decade', 1, 'decade', 10]]],
    ['Just a decade ago the town was empty.', [['a decade ago', 1, 'decade', 10]]],
    ['The dynasty ruled for half a century.', [['half a century', 0.5, 'century', 50]]],
    ['The treaty created NATO 50 years ago.', [['50 years ago', 50, 'year', 50]]],
  ])('%s', (text, want) => {
    expect(figuresOf(text).map((f) => [f.text, f.value, f.unit.name, f.canonical.value])).toEqual(want);
  });
});

describe('"one" as a count, and "one" as a pronoun', () => {
  it('reads "one" before a noun', () => {
    expect(figuresOf('One person was killed and only one bridge stood.').map((f) => [f.text, f.value, f.concept])).toEqual([
      ['One person', 1, 'deaths'],
      ['one bridge', 1, 'bridge'],
    ]);
  });

  it.each(['One day, one of the men said no one knew.', 'It is one thing to promise and another to act.', 'They met at one point.'])('no count: %s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('qualifiers as intervals', () => {
  it.each<[string, string, number, number]>([
    ['About 200 homes were lost.', 'approximate', 190, 210],
    ['Nearly 200 homes were lost.', 'approximate', 190, 200],
    ['Almost 200 homes were lost.', 'approximate', 190, 200],
    ['Just under 200 homes were lost.', 'approximate', 190, 200],
    ['Some 200 homes were lost.', 'approximate', 190, 210],
    ['More than 200 homes were lost.', 'lowerBound', 200.0002, Infinity],
    ['At least 200 homes were lost.', 'lowerBound', 200, Infinity],
    ['Up to 200 homes were lost.', 'upperBound', 0, 200],
  ])('%s', (text, qualifier, low, high) => {
    const [f] = figuresOf(text);
    expect(f!.qualifier).toBe(qualifier);
    expect(f!.low).toBeCloseTo(low, 3);
    expect(f!.high === Infinity ? Infinity : Number(f!.high.toFixed(4))).toBe(high === Infinity ? Infinity : Number(high.toFixed(4)));
  });

  it('"just over 200" lies above 200', () => {
    const [f] = figuresOf('Just over 200 homes were lost.');
    expect(f!.low).toBeGreaterThan(200);
    expect(f!.high).toBeCloseTo(210, 6);
  });
});

describe('units and conversions; percentage points are not percent', () => {
  it.each<[string, [string, string, number, string][]]>([
    ['Support fell 2 percentage points.', [['2 percentage points', 'percentage points', 2, 'percentage points']]],
    ['Rates rose 25 basis points.', [['25 basis points', 'percentage points', 0.25, 'percentage points']]],
    ['The gap narrowed by 1.5pp.', [['1.5pp', 'percentage points', 1.5, 'percentage points']]],
    ['Turnout was 41 percent.', [['41 percent', '%', 41, '%']]],
    ['Gusts hit 80 km/h, or 50 mph.', [['80 km/h', 'km/h', 80, 'km/h'], ['50 mph', 'mph', 80.4672, 'km/h']]],
    ['Fire burned 30 hectares, or 74 acres.', [['30 hectares', 'ha', 300000, 'm²'], ['74 acres', 'acre', 299467.64, 'm²']]],
    ['It was 30°C, or 86°F.', [['30°C', '°C', 30, '°C'], ['86°F', '°F', 30, '°C']]],
    ['Police seized 2.3 tonnes and 40 kg and 9 lb of it.', [['2.3 tonnes', 't', 2300, 'kg'], ['40 kg', 'kg', 40, 'kg'], ['9 lb', 'lb', 4.08233133, 'kg']]],
    ['The road runs 12 miles, or 19 km.', [['12 miles', 'mi', 19312.128, 'm'], ['19 km', 'km', 19000, 'm']]],
  ])('%s', (text, want) => {
    const got = figuresOf(text).map((f) => [f.text, f.unit.name, Number(f.canonical.value.toFixed(8)), f.canonical.unit]);
    expect(got).toEqual(want);
  });
});
