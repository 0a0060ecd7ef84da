// A change and which way it went, a margin and a threshold: each is another fact than the level it
// is read beside. Wordings of our own; each table also shows the alignment the mark allows or forbids.
import { describe, expect, it } from 'vitest';
import { changeMarkOf, forecastYearOf, standardOf } from '../../../../src/core/align/marks';
import { groupsOf, identityOf, inOneGroup } from './readIdentities';

const together = (texts: string[], a: string, b: string) => inOneGroup(groupsOf(texts), a, b);

describe('a change noun or a sign makes a figure the amount of a change, with its direction', () => {
  it.each<[string, string, 'up' | 'down' | 'change' | undefined]>([
    ['The party suffered the loss of ', ' seats in the north.', 'down'],
    ['The union won an increase of ', ' per cent over four years.', 'up'],
    ['They recorded a swing of +', ' seats.', 'up'],
    ['It was a change of ', ' points.', 'change'],
    ['The deal includes a ', '% pay raise over the contract.', 'up'],
    ['Shares showed a ', '% drop in early trading.', 'down'],
    ['Sales made a massive ', '% leap from a year earlier.', 'up'],
    ['The club reported ', ' percent wage cuts for its staff.', 'down'],
    ['The coalition won ', ' seats in all.', undefined],
    ['Turnout was ', '% of the increase.', undefined],
    ['The fund lost a share of ', '%.', undefined],
  ])('%s… %s → %s', (before, after, expected) => {
    expect(changeMarkOf(before, after)).toBe(expected);
  });

  it('a rise and a fall are two facts, however alike their words', () => {
    const texts = ['Support for the party rose by 16 points in the region.', 'Support for the party fell by 20 points in the region.'];
    expect(identityOf(texts[0]!, '16 points').direction).toBe('up');
    expect(identityOf(texts[1]!, '20 points').direction).toBe('down');
    expect(together(texts, 's0:16 points', 's1:20 points')).toBe(false);
  });

  it('a loss of seats is not a tally of seats; two losses stated alike are one fact', () => {
    expect(together(['The party won 238 seats in the vote.', 'The party saw the loss of 87 seats in the vote.'], 's0:238', 's1:87')).toBe(false);
    expect(together(['The party saw the loss of 87 seats in the vote.', 'The party suffered a loss of 85 seats in the vote.'], 's0:87', 's1:85')).toBe(true);
  });
});

describe('a margin or a threshold is not the count it is measured against', () => {
  it.each<[string, string, 'margin' | 'threshold' | undefined]>([
    ['The party won with a landslide majority of ', ' seats.', 'margin'],
    ['She holds a lead of about ', ' points.', 'margin'],
    ['They won a ', '-seat majority.', 'margin'],
    ['She finished ', ' votes ahead of her rival.', 'margin'],
    ['He won around ', ' votes more than Smith.', 'margin'],
    ['The march drew ', ' people, more than expected.', undefined],
    ['It passed the majority mark of ', ' seats.', 'threshold'],
    ['The fund missed its target of ', ' million.', 'threshold'],
    ['A party needs ', ' seats needed to govern.', 'threshold'],
    ['The coalition won ', ' seats in the vote.', undefined],
    ['The team had ', ' players on the field.', undefined],
  ])('%s… %s → %s', (before, after, expected) => {
    expect(standardOf(before, after)).toBe(expected);
  });

  it('the seats won are not the majority they give, nor the mark needed to govern', () => {
    const won = 'The Greens won 238 seats in the election.';
    expect(together([won, 'The Greens won the election with a majority of 64 seats.'], 's0:238', 's1:64')).toBe(false);
    expect(together([won, 'The Greens passed the majority mark of 201 seats required to govern.'], 's0:238', 's1:201')).toBe(false);
    expect(together([won, 'The Greens won a total of 238 seats.'], 's0:238', 's1:238')).toBe(true);
  });
});

describe("a clause's subject has what it wins or holds, however far", () => {
  it.each<[string, string, string]>([
    ['Meanwhile, the Greens hit their best result in decades, winning just 57 seats.', '57 seats', 'greens'],
    ['The Liberals recorded their highest tally in a century, with 33 seats.', '33 seats', 'liberals'],
    ['In contrast, the Greens suffered a sharp drop in vote share, resulting in the loss of 87 seats.', '87 seats', 'greens'],
  ])('%s', (text, figure, holder) => {
    expect(identityOf(text, figure).holder).toBe(holder);
  });

  it('who holds a figure tells it apart; a place another source names is where, not whose', () => {
    const greens = 'Meanwhile, the Greens hit their best result in decades, winning just 57 seats.';
    expect(together([greens, 'The Liberals won 57 seats.'], 's0:57', 's1:57')).toBe(false);
    expect(together([greens, 'The Greens won 57 seats.'], 's0:57', 's1:57')).toBe(true);
    expect(together([greens, 'In the end 57 seats went to candidates in Kent.'], 's0:57', 's1:57')).toBe(true);
  });

  it('what the subject does to others is not its own: "the alliance decided to invite the three countries"', () => {
    expect(identityOf('The alliance decided at its last summit to invite the three countries to talks.', 'three countries').holder).toBeUndefined();
    expect(identityOf('Acme Corp signed the papers, marking its entry into the 50-year-old Western group.', '50-year-old').holder).toBeUndefined();
    expect(identityOf('Acme: challenger Nordco wins the first round with 41% of the vote.', '41%').holder).toBeUndefined();
  });

  it('"recorded their highest tally" is what a party achieved, not who counted', () => {
    expect(identityOf('The Liberals recorded their highest tally in a century, with 33 seats.', '33 seats').attribution).toBeUndefined();
    expect(identityOf('The USGS recorded 71 aftershocks.', '71 aftershocks').attribution).toBe('usgs');
  });
});

describe("a company's outlook for a period to come is a forecast, not a result", () => {
  it.each<[string, string, string | undefined]>([
    ['The chip maker gave its outlook for the next quarter, saying revenue would be about $12 billion.', '$12 billion', 'forecast'],
    ['The group expects about $12 billion in revenue next quarter.', '$12 billion', 'forecast'],
    ['The group reported revenue of $10 billion for the quarter.', '$10 billion', undefined],
  ])('%s', (text, figure, anchor) => {
    expect(identityOf(text, figure).anchor).toBe(anchor);
  });
});

describe('what a figure surpasses is an earlier fact, never the one that surpasses it', () => {
  it.each<[string, string, string | undefined]>([
    ['It is the largest fine ever imposed, exceeding a $1.2 billion penalty handed to a bank in 2014.', '$1.2 billion', 'earlier'],
    ['The fine would surpass its toughest punishment to date, a $900 million fine on a carmaker.', '$900 million', 'earlier'],
    ['The award broke the previous national record for a libel case of $40 million.', '$40 million', 'earlier'],
    ['The regulator fined the bank $2 billion on Tuesday.', '$2 billion', undefined],
    ['Sales exceeded $2 billion for the first time.', '$2 billion', undefined],
  ])('%s', (text, figure, anchor) => {
    expect(identityOf(text, figure).anchor).toBe(anchor);
  });

  it('the record beaten does not conflict with the new one', () => {
    expect(together(['Regulators fined the bank $2.5 billion, exceeding a $1.2 billion penalty handed to a rival.', 'Regulators fined the bank $2.5 billion on Tuesday.'], 's0:$1.2 billion', 's1:$2.5 billion')).toBe(false);
  });
});

describe('the year a forecast is for', () => {
  it.each<[string, string, number | undefined, string | undefined]>([
    ['officials expect the rate to fall to ', ' by the end of 2032.', 2030, '2032'],
    ['officials expect cuts this year, down to ', ', and more next year.', 2030, '2030'],
    ['and another cut next year to ', '.', 2030, '2031'],
    ['and another cut next year to ', '.', undefined, '+1'],
    ['officials expect the rate to fall to ', '.', 2030, undefined],
  ])('%s… %s (%s) → %s', (before, after, year, expected) => {
    expect(forecastYearOf(before, after, year)).toBe(expected);
  });

  it('forecasts for two different years never share a claim', () => {
    const texts = ['Date: 2030-09-18\nOfficials forecast the rate at 3.8% by the end of 2031.', 'Date: 2030-09-18\nOfficials forecast the rate at 3.1% by the end of 2032.'];
    expect(together(texts, 's0:3.8%', 's1:3.1%')).toBe(false);
  });
});
