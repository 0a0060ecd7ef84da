// Numbers with no noun after them, read where the sentence's structure makes them a value of
// their clause (issue 13, branch figs3). Every row is a wording of our own (no corpus sentence).
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../../src/core';

describe('a bare number that is an argument of its clause', () => {
  /** [span text, value, head] */
  it.each<[string, [string, number, string][]]>([
    // the subject of the verb after it
    ['Officials expect that between 4,500 and 5,200 will apply this year.', [['between 4,500 and 5,200', 4850, '']]],
    ['Roughly 2,300 arrived by boat, the agency said.', [['Roughly 2,300', 2300, '']]],
    // the complement of a copula that ends the clause
    ['Each buyer faces a cap, which is 25,000.', [['25,000', 25000, '']]],
    ['The estimate for next year is 3.75, the bank said.', [['3.75', 3.75, 'estimate']]],
    // the level a verb of markets ends, trades or stands at: the subject's level
    ['The peso continued to trade at 18.42 against the dollar.', [['18.42', 18.42, 'peso']]],
    ['The benchmark will finish the year at 7,450, a poll shows.', [['7,450', 7450, '']]],
  ])('%s', (text, want) => {
    expect(readFigures(text).map((f) => [f.text, f.value, f.head])).toEqual(want);
  });

  it.each([
    // a number that is no argument stays unread: after a preposition, before a noun-less clause
    'He scored twice in the last 3 that followed.',
    'She wore number 23 for the club.',
    'They were seated at 14 and left early.',
    // spelled numbers are left to the count rules ("Two were killed" is read by its cue)
    'Two arrived late.',
  ])('%s', (text) => {
    expect(readFigures(text)).toEqual([]);
  });
});

describe('what a number counts, in more noun groups', () => {
  /** [span text, value, head] */
  it.each<[string, [string, number, string][]]>([
    // a comparison before the noun, an ordinal hyphened to a noun
    ['They need three more seats to govern.', [['three more seats', 3, 'seat']]],
    ['The side lost 11 first-team regulars.', [['11 first-team regulars', 11, 'regular']]],
    // a part of a whole a possessive name or a capitalised noun group names
    ['Three of Acme’s suppliers went bust.', [['Three of Acme’s suppliers', 3, 'supplier']]],
    ['It has sold 12m of its Nova phones.', [['12m of its Nova phones', 12e6, 'phone']]],
    // a scale of a larger scale
    ['About 3 hundred thousand fans came.', [['About 3 hundred thousand fans', 300000, 'fan']]],
    // a count continued after "compared with", during another period
    ['Some 320 bikes were stolen this spring, compared with 210 during the same months last year.', [['Some 320 bikes', 320, 'bike'], ['210', 210, 'bike']]],
    // a four-digit number before a unit of measure is no year; before a duration it may be one
    ['Engines now pass the 1200 hp mark.', [['1200 hp', 1200, '']]],
  ])('%s', (text, want) => {
    expect(readFigures(text).map((f) => [f.text, f.value, f.head])).toEqual(want);
  });

  it('a year before a duration word stays a year', () => {
    expect(readFigures('Profit in the 2019 second quarter rose.')).toEqual([]);
  });
});

describe('a part of an amount or a measure', () => {
  it.each<[string, [string, number, string][]]>([
    ['It has raised 300 million of the 2 billion rupees it needs.', [['300 million', 3e8, 'INR'], ['2 billion rupees', 2e9, 'INR']]],
    ['About 40 of the 120 km were paved.', [['About 40', 40, 'km'], ['120 km', 120, 'km']]],
    // a count's part counts what its whole counts, as before; a share of a percentage is no amount
    ['They won 68 of the 151 seats.', [['68 of the 151 seats', 68, 'count'], ['151 seats', 151, 'count']]],
    ['Three of the 12 percent came from abroad.', [['12 percent', 12, '%']]],
  ])('%s', (text, want) => {
    expect(readFigures(text).map((f) => [f.text, f.value, f.unit.name])).toEqual(want);
  });
});

describe('a bare value in a clause parallel to a figure', () => {
  it.each<[string, [string, number, string][]]>([
    ['The dearest seat costs $900, while the cheapest is 45.', [['$900', 900, 'USD'], ['45', 45, 'USD']]],
    ['The old model weighs 5 kg, but the newest is 3.9.', [['5 kg', 5, 'kg'], ['3.9', 3.9, 'kg']]],
    // a level of something named keeps its own measure; a count is no amount
    ['Gold rose to $1,900, while the index closed at 4,500.', [['$1,900', 1900, 'USD'], ['4,500', 4500, 'count']]],
  ])('%s', (text, want) => {
    expect(readFigures(text).map((f) => [f.text, f.value, f.unit.name])).toEqual(want);
  });

  it('converts the carried amount as the figure it parallels', () => {
    const [, cheap] = readFigures('The dearest seat costs €900, while the cheapest is 45.');
    expect(cheap!.unit.name).toBe('EUR');
    expect(cheap!.canonical.unit).toBe('USD');
    expect(cheap!.canonical.value).toBeCloseTo(45 / 0.92, 6);
  });
});

describe('a four-digit quantity that is no year', () => {
  it.each<[string, [string, number][]]>([
    ['About 1500 come from abroad.', [['About 1500', 1500]]],
    ['Some 2000 were hurt.', [['Some 2000', 2000]]],
  ])('%s', (text, want) => {
    expect(readFigures(text).map((f) => [f.text, f.value])).toEqual(want);
  });

  it.each(['Around 1990 the firm moved.', 'It was founded in about 1850.', 'About 2010, sales rose.'])('%s stays a year', (text) => {
    expect(readFigures(text)).toEqual([]);
  });
});
