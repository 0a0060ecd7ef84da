// What marks a figure's fact beyond its measure, read from its sentence: forecasts, a year after
// the figure, a subset of a group, the point a distance is measured from. Wordings of our own;
// each table also shows the alignment the mark allows or forbids.
import { describe, expect, it } from 'vitest';
import { significantDigits } from '../../../../src/core/align/score';
import { basisOf, dimensionOf, isForecast, periodOf, referencePointOf } from '../../../../src/core/align/marks';
import { groupsOf, identityOf, inOneGroup } from './readIdentities';

const together = (texts: string[], a: string, b: string) => inOneGroup(groupsOf(texts), a, b);

describe('a forecast or a poll is not what happened', () => {
  it.each<[string, boolean]>([
    ['Polls from two firms predicted the No side would win with ', true],
    ['An exit poll gave the governing party ', true],
    ['The toll is expected to rise to ', true],
    ['According to the latest polls, the mayor has ', true],
    ['Analysts had expected quarterly revenue of ', true],
    ['Analysts had forecast revenue of $5bn, but the company reported ', false],
    ['After the polls closed, turnout was put at ', false],
    ['The quake killed ', false],
    ['Earnings per share of $1.05 beat estimates of ', true],
    ['The company expects annual cost savings of ', false],
    ['The mayor warned the toll could reach ', true],
    ['It can reach 18,000 to ', true],
    ['Rescuers reached ', false],
  ])('%s → %s', (before, forecast) => {
    expect(isForecast(before)).toBe(forecast);
  });

  it('a poll gives shares: what people polled oppose is no forecast', () => {
    expect(identityOf('Polls show most people oppose the plan to raise the pension age to 67.', '67').anchor).toBeUndefined();
    expect(identityOf('Polls show 61% of people oppose the plan.', '61%').anchor).toBe('forecast');
  });

  it("a poll's share never aligns with the result's", () => {
    const texts = [
      'Date: 2031-05-02\nThe No side won the referendum with 54% of the vote.',
      'Date: 2031-05-02\nPolls had predicted the No side would win with 51% of the vote.',
      'Date: 2031-05-02\nFinal results gave the No side 54% of the vote.',
    ];
    expect(identityOf(texts[1]!, '51%').anchor).toBe('forecast');
    expect(together(texts, 's0:54%', 's2:54%')).toBe(true);
    expect(together(texts, 's0:54%', 's1:51%')).toBe(false);
  });
});

describe('a year right after the figure is its time ("killed 1,400 in 1974")', () => {
  it.each<[string, string, string | undefined]>([
    ['Date: 2031-03-04\nA stronger quake in the region killed more than 1,400 in 1974.', '1,400', '1974'],
    ['Date: 2031-03-04\nThe river flooded 3,000 homes during 2019, officials recalled.', '3,000 homes', '2019'],
    ['Date: 2031-03-04\nThe quake killed 120 people on Tuesday.', '120 people', undefined],
    // the next figure's year is not this one's
    ['Date: 2031-03-04\nThe storm killed 40 people, and 12 in 2019.', '40 people', undefined],
  ])('%s', (text, figure, anchor) => {
    expect(identityOf(text, figure).anchor).toBe(anchor);
  });

  it('an old toll recalled after the figure never aligns with today’s', () => {
    const texts = [
      'Date: 2031-03-04\nThe earthquake killed more than 300 people on Sunday.',
      'Date: 2031-03-04\nOfficials said 350 people died. A quake in the same region killed more than 1,400 in 1974.',
    ];
    expect(together(texts, '300', '1,400')).toBe(false);
  });
});

describe('a subset of a group is not the group’s count', () => {
  it.each<[string, string, boolean]>([
    ['Two of those killed were on the bus.', 'Two', true],
    ['Three of the passengers were children.', 'Three', true],
    ['Four of the victims were tourists.', 'Four', true],
    ['Five people were killed.', 'Five', false],
  ])('%s', (text, figure, subset) => {
    expect(!!identityOf(text, figure).subset).toBe(subset);
  });

  it('"two of those killed" never aligns with "three people died"', () => {
    const texts = ['Date: 2031-06-01\nThe crash killed three people. Two of those killed were on the train.', 'Date: 2031-06-01\nAt least three people died when the train hit the truck.'];
    expect(together(texts, 's0:three people', 'three people died')).toBe(true);
    expect(together(texts, 's0:Two', 'three people died')).toBe(false);
  });
});

describe('the point a distance is measured from', () => {
  it.each<[string, string[]]>([
    [' southwest of Millbrook in the hill district.', ['millbrook']],
    [' southwest of the county seat of Harlow, near the river.', ['harlow']],
    [' north of the city of Millbrook, the county seat.', ['millbrook']],
    [' from the coast', ['coast']],
    [' high', []],
  ])('%s → %j', (after, words) => {
    expect(referencePointOf(after)).toEqual(words);
  });

  it('distances from different points never align; from the same point they do', () => {
    const texts = [
      'The epicentre was about 18 miles southwest of Millbrook, the survey said.',
      'The epicentre was 23 km southwest of the county seat of Harlow, officials said.',
      'The epicentre was 14 miles southwest of the city of Millbrook, officials said.',
    ];
    expect(together(texts, '18 miles', '23 km')).toBe(false);
    expect(together(texts, '18 miles', '14 miles')).toBe(true);
  });
});

describe('only an amount, a count or a share is forecast', () => {
  it('an anniversary in a sentence about what is expected is no forecast', () => {
    expect(identityOf('The two are expected to join in May, marking the league’s 40th anniversary.', '40th').anchor).toBeUndefined();
  });
});

describe('a distance that is a dimension ("a depth of 12 km", "6 miles deep")', () => {
  it.each<[string, string, string | undefined]>([
    ['The quake struck at a depth of ', '', 'depth'],
    ['at a depth of about ', '', 'depth'],
    ['The wall is ', ' high and 2 m wide', 'height'],
    ['a queue ', ' long formed at the border', 'length'],
    ['The epicentre was ', ' southwest of the town', undefined],
  ])('%s|%s → %s', (before, after, dimension) => {
    expect(dimensionOf(before, after)).toBe(dimension);
  });

  it('a depth never aligns with a distance from a place', () => {
    const texts = [
      'The quake struck at a depth of 12 km, its epicentre 23 km southwest of Harlow.',
      'The epicentre was 14 miles southwest of Harlow, and the quake was 10 km deep.',
    ];
    expect(together(texts, '12 km', '14 miles')).toBe(false);
    expect(together(texts, '12 km', '10 km')).toBe(true);
    expect(together(texts, '23 km', '14 miles')).toBe(true);
  });
});

describe('the side a share of a vote is for ("voted to leave", "voted for Ortiz")', () => {
  it.each<[string, string, string[]]>([
    ['Final results show 55% voted to stay; 45% voted to go.', '45%', ['go']],
    ['In the runoff, 39% voted for Ortiz.', '39%', ['ortiz']],
    ['Turnout was 72%.', '72%', []],
  ])('%s → %s for %j', (text, figure, subjects) => {
    expect(identityOf(text, figure).subjects).toEqual(subjects);
  });

  it('the two sides of one result never share a claim', () => {
    const texts = [
      'Date: 2031-05-02\nFinal results show 55% voted to approve; 45% voted to reject.',
      'Date: 2031-05-02\nIn the end 55% voted to approve the plan and 45% voted to reject it.',
    ];
    expect(together(texts, 's0:55%', 's1:55%')).toBe(true);
    expect(together(texts, 's0:55%', 's1:45%')).toBe(false);
    expect(together(texts, 's0:45%', 's1:45%')).toBe(true);
  });
});

describe('an exact, distinctive value stated alike is one fact, however its sentences read', () => {
  it.each<[number, number]>([
    [16141241, 8],
    [4877, 4],
    [5000, 1],
    [51.9, 3],
    [0.076, 2],
    [3.25e9, 3],
  ])('%d has %d significant digits', (value, digits) => {
    expect(significantDigits(value)).toBe(digits);
  });

  it('an exact count stated with different subjects aligns; a round one does not by its value alone', () => {
    const texts = [
      'Date: 2031-05-02\nThere were 14,204,311 votes to approve the plan in Lyon.',
      'Date: 2031-05-02\nThere were 14,204,311 votes to approve the plan in Nice.',
      'Date: 2031-05-02\nThere were 14,000,000 votes to approve the plan in Lyon.',
      'Date: 2031-05-02\nThere were 14,000,000 votes to approve the plan in Nice.',
    ];
    expect(together(texts.slice(0, 2), 's0:14,204,311', 's1:14,204,311')).toBe(true);
    expect(together(texts.slice(2), 's0:14,000,000', 's1:14,000,000')).toBe(false);
  });

  it('an exact value of an earlier year stays apart from today’s', () => {
    const texts = ['Date: 2031-05-02\nIn 2019, the fund had 4,877 members.', 'Date: 2031-05-02\nThe fund now has 4,877 members.'];
    expect(together(texts, 's0:4,877', 's1:4,877')).toBe(false);
  });
});

describe('"she added that" reports; it adds nothing', () => {
  it.each<[string, string, boolean]>([
    ['She added that there were about 240 passengers on board.', '240 passengers', false],
    ['The spokesman added, "There were 240 passengers on board."', '240 passengers', false],
    ['The company added 240 jobs last year.', '240 jobs', true],
  ])('%s', (text, figure, change) => {
    expect(!!identityOf(text, figure).change).toBe(change);
  });
});

describe('a definite count names things already known, not a count of the earlier event before it', () => {
  it.each<[string, string, string | undefined]>([
    ['Date: 2031-03-04\nThe league decided at last year’s congress to invite the four northern clubs to its cup.', 'four', undefined],
    ['Date: 2031-03-04\nThe league invited four northern clubs at last year’s congress.', 'four', 'earlier'],
    ['Date: 2031-03-04\nOfficials recalled the 40 people killed in last year’s flood.', '40 people', 'earlier'],
  ])('%s', (text, figure, anchor) => {
    expect(identityOf(text, figure).anchor).toBe(anchor);
  });
});

describe('the accounting basis of an amount', () => {
  it.each<[string, string, string | undefined]>([
    ['GAAP earnings per diluted share were ', '', 'gaap'],
    ['GAAP earnings per share were $1.08, while non-GAAP came in at ', '', 'non-gaap'],
    ['Earnings were ', ' excluding the one-off charge', 'excluding'],
    ['Adjusted profit rose to ', '', 'adjusted'],
    ['Revenue rose to ', ' in the quarter', undefined],
  ])('%s|%s → %s', (before, after, basis) => {
    expect(basisOf(before, after)).toBe(basis);
  });

  it('GAAP and non-GAAP earnings never share a claim', () => {
    const texts = [
      'Date: 2031-08-28\nGAAP earnings per share were $1.08, while non-GAAP earnings per share came in at $1.05.',
      'Date: 2031-08-28\nNon-GAAP earnings per share were $1.05 and GAAP earnings per share were $1.08.',
    ];
    expect(together(texts, 's0:$1.08', 's1:$1.05')).toBe(false);
    expect(together(texts, 's0:$1.05', 's1:$1.05')).toBe(true);
  });
});

describe('the period a change is measured over', () => {
  it.each<[string, string | undefined]>([
    ['46% sequentially', 'quarter'],
    ['5% from the previous quarter', 'quarter'],
    ['49% year on year', 'year'],
    ['12% from a year earlier', 'year'],
    ['7% in the quarter', undefined],
  ])('%s → %s', (after, period) => {
    expect(periodOf(after)).toBe(period);
  });

  it('a rise on the quarter never shares a claim with a rise on the year', () => {
    const texts = ['Date: 2031-08-28\nSegment revenue rose 46% sequentially to $7.3 billion.', 'Date: 2031-08-28\nSegment revenue rose 49% year on year to $4.3 billion.'];
    expect(together(texts, '46%', '49%')).toBe(false);
  });
});

describe('a part marked in its words ("in Tarnow alone") never aligns with a count that names no place', () => {
  it('"54 died in Tarnow alone" and "between 95 and 101 died"', () => {
    const texts = ['Date: 2031-10-03\nAt least 54 people died in Tarnow alone, officials said.', 'Date: 2031-10-03\nAt least 60 people died in the storm, officials said.'];
    expect(together(texts, '54 people', '60 people')).toBe(false);
  });

  it('the same value told with and without its place is still one fact', () => {
    const texts = ['Date: 2031-10-03\nSome 80,000 people marched in Tarnow alone, the union said.', 'Date: 2031-10-03\nSome 80,000 people marched, the union said.'];
    expect(together(texts, 's0:', 's1:')).toBe(true);
  });
});

describe('an age is a person’s', () => {
  it('two unnamed people’s different ages never share a claim; the same age told twice may', () => {
    const texts = ['Date: 2031-12-29\nA 33-year-old flight attendant was pulled from the tail.', 'Date: 2031-12-29\nThe other survivor, a 25-year-old flight attendant, was in stable condition.'];
    expect(together(texts, '33-year-old', '25-year-old')).toBe(false);
    const same = ['Date: 2031-12-29\nA 33-year-old flight attendant was pulled from the tail.', 'Date: 2031-12-29\nRescuers pulled a 33-year-old flight attendant from the tail.'];
    expect(together(same, 's0:33-year-old', 's1:33-year-old')).toBe(true);
  });
});
