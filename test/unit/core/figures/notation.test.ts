// Notations news prints that are no plain number-and-word (issue 13, branch figs3): the
// abbreviations of sports statistics, and the symbols an ASCII transliteration writes out. Every
// row is a wording of our own (no corpus sentence).
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../../src/core';

/** [span text, value, unit name] of each figure read. */
const read = (text: string) => readFigures(text).map((f) => [f.text, f.value, f.unit.name]);

describe('sports statistics after the number', () => {
  it.each<[string, [string, number, string][]]>([
    ['The guard averaged 21.4 ppg and 6.1 apg last season.', [['21.4 ppg', 21.4, 'ppg'], ['6.1 apg', 6.1, 'apg']]],
    ['Starters: F Dana Cole (11.2 PPG, 8.8 RPG), C Lou Ames (2.3 BPG).', [['11.2 PPG', 11.2, 'ppg'], ['8.8 RPG', 8.8, 'rpg'], ['2.3 BPG', 2.3, 'bpg']]],
    ['The left-hander has a 2.85 ERA and 3.1 WAR this year.', [['2.85 ERA', 2.85, 'ERA'], ['3.1 WAR', 3.1, 'WAR']]],
    ['The visitors created 0.9 xG from 14 shots.', [['0.9 xG', 0.9, 'xG'], ['14 shots', 14, 'count']]],
    // the same letters in lower case are words, and a count of their noun stays a count
    ['Three war veterans and 2 era-defining films.', [['Three war veterans', 3, 'count'], ['2 era-defining films', 2, 'count']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('symbols an ASCII transliteration writes out', () => {
  it.each<[string, [string, number, string][]]>([
    // £ as "PS", glued to an amount
    ['The club paid PS4.5bn, or PS310 a share.', [['PS4.5bn', 4.5e9, 'GBP'], ['PS310 a share', 310, 'GBP']]],
    ['A signing-on fee of PS850,000 and a PS3m bonus.', [['PS850,000', 850000, 'GBP'], ['PS3m bonus', 3e6, 'GBP']]],
    // a console's name is no amount
    ['Sales of the PS5 and PS4 rose; the old PS2 sells for PS45.', [['PS45', 45, 'GBP']]],
    // ¥ as "Y=", glued, also in a sentence with few English words
    ['Profit reached Y=12 billion.', [['Y=12 billion', 12e9, 'JPY']]],
    ['The shares closed at Y=4,120, up Y=35.', [['Y=4,120', 4120, 'JPY'], ['Y=35', 35, 'JPY']]],
    // ° as "deg", glued or spaced, with or without the scale
    ['It was 5.4degF (3deg C) warmer than usual.', [['5.4degF', 5.4, '°F'], ['3deg C', 3, '°C']]],
    ['The ramp rises at a 30 deg angle.', [['30 deg', 30, '°']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('shares written as fractions', () => {
  /** [span text, value in percent, what it is a share of] */
  it.each<[string, [string, number, string][]]>([
    ['One in four adults now works from home.', [['One in four adults', 25, 'adult']]],
    ['Two out of three readers skip the ads.', [['Two out of three readers', 66.7, 'reader']]],
    ['About 1 in 1,000 patients react badly.', [['About 1 in 1,000 patients', 0.1, 'patient']]],
    ['One in every five households owns a dog.', [['One in every five households', 20, 'household']]],
    ['A fourth of the harvest was lost.', [['A fourth', 25, 'harvest']]],
    ['Half the apartments are empty.', [['Half', 50, 'apartment']]],
    ['Nearly half of all drivers speed.', [['Nearly half', 50, 'driver']]],
    ['An eighth of its budget goes on rent.', [['An eighth', 12.5, 'budget']]],
    // what no noun follows is a share of nothing named
    ['A third of those asked said no.', [['A third', 33.3, '']]],
    ['Almost two-thirds of the combined total was spent.', [['Almost two-thirds', 66.7, '']]],
  ])('%s', (text, want) => {
    expect(readFigures(text).map((f) => [f.text, f.value, f.head])).toEqual(want);
  });

  it.each([
    // a half of a period or a match is no share; "in" before a duration is no fraction
    'He scored twice in the second half of the match.',
    'Sales fell in the first half of the year.',
    'She won two in three years.',
  ])('%s', (text) => {
    expect(readFigures(text).filter((f) => f.unit.name === '%')).toEqual([]);
  });
});

describe('units written in the forms of their trade', () => {
  it.each<[string, [string, number, string][]]>([
    // torque, imperial and metric
    ['The engine makes 300 lb-ft and 410 Nm.', [['300 lb-ft', 300, 'lb-ft'], ['410 Nm', 410, 'N·m']]],
    ['Torque rises to 275 pound-feet.', [['275 pound-feet', 275, 'lb-ft']]],
    // a temperature scale named without "degrees", after a name-like capital
    ['Overnight it fell to minus 40 Fahrenheit.', [['40 Fahrenheit', -40, '°F']]],
    ['The lake stays at 4 Celsius all year.', [['4 Celsius', 4, '°C']]],
    // areas glued to the number, and inches and feet as primes
    ['A 120sq m flat and a 45m2 studio.', [['120sq m', 120, 'm²'], ['45m2', 45, 'm²']]],
    ['The 27″ monitor stands on a 6′ desk.', [['27″', 27, 'in'], ['6′ desk', 6, 'ft']]],
    // ages in months, weeks and days
    ['Her 18-month-old son and a six-week-old puppy.', [['18-month-old', 18, 'month'], ['six-week-old', 6, 'week']]],
    ['Adults need about 2,000 calories a day.', [['about 2,000 calories a day', 2000, 'kcal']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('a month-old child is younger than a year-old one', () => {
    const [months, years] = readFigures('An 18-month-old and a 2-year-old.');
    expect(months!.canonical.value).toBeCloseTo(1.5, 6);
    expect(years!.canonical.value).toBe(2);
  });
});

describe('multipliers, pence apart, slashed fractions of a unit', () => {
  it.each<[string, [string, number, string][]]>([
    ['Exports grew more than fourfold in a decade.', [['more than fourfold', 4, '×'], ['a decade', 1, 'decade']]],
    ['A threefold rise, then a 20-fold one.', [['threefold', 3, '×'], ['20-fold', 20, '×']]],
    // pence written apart from the number; a four-digit price in pence is no year
    ['Acme closed down 12 p at 1250 p.', [['12 p', 12, 'GBp'], ['1250 p', 1250, 'GBp']]],
    // a slashed fraction before a unit is that part of the unit; a pound of something weighs
    ['Stir in 1/2 pound of butter, then walk 3/4 mile.', [['1/2 pound', 0.5, 'lb'], ['3/4 mile', 0.75, 'mi']]],
    // a scale word between a name and a currency: the amount is no part of the name
    ['It hit Norway 4 billion kroner in lost sales.', [['4 billion kroner', 4e9, 'NOK']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each(['Open 24/7 since 9/11.', 'See p. 12 at 3 p.m. sharp.'])('%s', (text) => {
    expect(readFigures(text).filter((f) => f.unit.kind !== 'other')).toEqual([]);
  });
});

describe('a decimal after a month is no day of it', () => {
  it('reads the value a dated list gives each day', () => {
    expect(read('The grid ran at 49.61 Hz on 3 April, 49.58 Hz on 12 May.').map(([text]) => text)).toEqual(['49.61 Hz', '49.58 Hz']);
  });
  it('a whole number after a month stays its day', () => {
    expect(read('It opened on 3 June 1,200 seats short.').map(([text]) => text)).toEqual(['1,200 seats']);
  });
});
