// A conflict that the sources' own words explain is a discrepancy: market quotes, counts that fall
// as well as rise, and counts of "people" that do not say who. Wordings of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze';

/** The verdict of the claim holding a figure whose text includes `figure`. */
function verdictOf(texts: string[], figure: string): string | undefined {
  const a = analyze(texts.map((text, i) => ({ id: `s${i}`, uri: `s${i}.txt`, text })));
  return a.claims.find((c) => c.figures.some((f) => f.text.includes(figure)))?.verdict;
}

describe('market quotes move through the day', () => {
  it.each<[string[], string]>([
    [['Date: 2031-02-03\nShares of Northwind surged 31% to $88 after the offer.', 'Date: 2031-02-03\nNorthwind shares jumped 35% to $91.20 on the news.'], '$88'],
    [['Date: 2031-02-03\nShares of Northwind surged 31% to $88 after the offer.', 'Date: 2031-02-03\nNorthwind shares jumped 35% to $91.20 on the news.'], '31%'],
    [['Date: 2031-02-03\nThe buyer’s stock was down 2.1% at midday.', 'Date: 2031-02-03\nThe buyer’s stock fell 3.4% after the deal was announced.'], '2.1%'],
  ])('quote %#', (texts, figure) => {
    expect(verdictOf(texts, figure)).toBe('discrepancy');
  });

  it('a share of the vote or of a market that rose is no quote, and still conflicts', () => {
    const texts = ['Date: 2031-02-03\nThe party’s share of the vote rose to 34%.', 'Date: 2031-02-03\nThe party’s share of the vote rose to 39%.'];
    expect(verdictOf(texts, '34%')).toBe('conflict');
  });

  it('the price offered per share is no quote, and still conflicts', () => {
    const texts = ['Date: 2031-02-03\nThe buyer will pay $96 per share in cash.', 'Date: 2031-02-03\nThe buyer agreed to pay $86 per share in cash.'];
    expect(verdictOf(texts, '$96')).toBe('conflict');
  });

  it('a close is one price of one day: two closes that differ conflict', () => {
    const texts = ['Date: 2031-02-03\nNorthwind shares closed at $12.40 on Friday.', 'Date: 2031-02-03\nNorthwind shares closed at $14.10 on Friday.'];
    expect(verdictOf(texts, '$12.40')).toBe('conflict');
  });

  it('a quote never joins the price offered', () => {
    const texts = ['Date: 2031-02-03\nThe buyer will pay $96 per share in cash.', 'Date: 2031-02-03\nThe buyer’s stock jumped to $93 per share in cash trading.'];
    const a = analyze(texts.map((text, i) => ({ id: `s${i}`, uri: `s${i}.txt`, text })));
    expect(a.claims.some((c) => c.figures.some((f) => f.text.includes('$96')) && c.figures.some((f) => f.text.includes('$93')))).toBe(false);
    expect(a.singleSource.length).toBe(2);
  });
});

describe('counts that fall as well as rise, reported at different times', () => {
  it.each<[string[], string]>([
    [['Date: 2031-08-03\nMore than 180 people are missing after the quake.', 'Date: 2031-08-07\nRescuers said 114 people were still missing after the quake.'], '114'],
    [['Date: 2031-06-27\nThe university hospital said it had admitted nine patients from the crash.', 'Date: 2031-06-27\nThe university hospital was caring for 16 patients from the crash as of 9 p.m.'], '16 patients'],
  ])('moving count %#', (texts, figure) => {
    expect(verdictOf(texts, figure)).toBe('discrepancy');
  });

  it('a toll that falls with no correction stated still conflicts', () => {
    const texts = ['Date: 2031-08-03\nThe quake killed 180 people, officials said.', 'Date: 2031-08-07\nThe quake killed 114 people, officials said.'];
    expect(verdictOf(texts, '114')).toBe('conflict');
  });
});

describe('"people" says too little to be sure', () => {
  it('people at a station, counted with nothing said of who they are, are not a conflict', () => {
    const texts = ['Date: 2031-06-27\nMore than 200 people were at the station when the train arrived.', 'Date: 2031-06-27\nSome 85 people were at the station when the train arrived.'];
    expect(verdictOf(texts, '85 people')).toBe('discrepancy');
  });

  it('named deaths still conflict', () => {
    const texts = ['Date: 2031-06-27\nThe derailment killed four people.', 'Date: 2031-06-27\nThe derailment killed seven people.'];
    expect(verdictOf(texts, 'seven')).toBe('conflict');
  });
});

describe('two shares that make 100% are the two sides of one result', () => {
  it('a yes share and a no share read into one claim are no conflict', () => {
    const texts = ['Date: 2031-05-02\nThe final count gave 51.8% of the vote.', 'Date: 2031-05-02\nThe final count gave 48.2% of the vote.', 'Date: 2031-05-02\nThe final count gave 52% of the vote.'];
    expect(verdictOf(texts, '48.2%')).toBe('discrepancy');
  });

  it('two shares that do not make 100% still conflict', () => {
    const texts = ['Date: 2031-05-02\nThe final count gave 51.8% of the vote.', 'Date: 2031-05-02\nThe final count gave 44.2% of the vote.'];
    expect(verdictOf(texts, '44.2%')).toBe('conflict');
  });
});

describe('one names where it counts, the other does not: a part and a whole', () => {
  it('a hospital’s patients against all hospitals’ patients', () => {
    const texts = ['Date: 2031-06-27\nHospitals in the region received more than 40 patients from the crash.', 'Date: 2031-06-27\nSt Anne’s Hospital received 28 patients from the crash.'];
    expect(verdictOf(texts, '28 patients')).toBe('discrepancy');
  });

  it('a count that names its place above one that names none is no part of it', () => {
    const texts = ['Date: 2031-06-27\nThe flood killed 40 people in Tarnow.', 'Date: 2031-06-27\nThe flood killed 28 people, officials said.'];
    expect(verdictOf(texts, '28 people')).toBe('conflict');
  });

  it('an amount a named party pays is no part of an amount that names none: still a conflict', () => {
    const texts = ['Date: 2031-06-27\nUnder the pact, Norland pays about $1.4 billion a year for the base.', 'Date: 2031-06-27\nUnder the pact, the base costs about $2.1 billion a year.'];
    expect(verdictOf(texts, '$1.4 billion')).toBe('conflict');
  });

  it('a time of day has no parts: one that names its place and one that does not still conflict', () => {
    const texts = ['Date: 2031-06-27\nThe train derailed at 10:35 a.m. in Harlow.', 'Date: 2031-06-27\nThe train derailed at 11:50 a.m., officials said.'];
    expect(verdictOf(texts, '10:35')).toBe('conflict');
  });

  it('two counts that both name the same place still conflict', () => {
    const texts = ['Date: 2031-06-27\nThe flood killed 40 people in Tarnow.', 'Date: 2031-06-27\nThe flood killed 28 people in Tarnow.'];
    expect(verdictOf(texts, '28 people')).toBe('conflict');
  });
});

describe('work that advances day by day: a fire contained, votes counted, power restored', () => {
  it.each<[string[], string, string]>([
    [['Date: 2031-08-12\nThe hill fire was 62% contained, the county said.', 'Date: 2031-08-12\nThe hill fire was 35 percent contained as of Thursday, the county said.'], '62%', 'discrepancy'],
    [['Date: 2031-08-10\nPower was restored to 60% of homes in the city.', 'Date: 2031-08-12\nPower was restored to 90% of homes in the city.'], '60%', 'discrepancy'],
    // the same day and two shares: a contradiction
    [['Date: 2031-08-12\nThe hill fire was 62% contained, the county said.', 'Date: 2031-08-12\nThe hill fire was 35% contained, the county said.'], '62%', 'conflict'],
    // no work that advances: a share stated on two days is one fact
    [['Date: 2031-08-10\nThe hill fire destroyed 60% of the town, the county said.', 'Date: 2031-08-12\nThe hill fire destroyed 90% of the town, the county said.'], '60%', 'conflict'],
  ])('%#: %s', (texts, figure, verdict) => {
    expect(verdictOf(texts, figure)).toBe(verdict);
  });
});
