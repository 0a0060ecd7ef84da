// Another day's or another occurrence's event: wordings of our own (rail, road, sea, storms).
import { describe, expect, it } from 'vitest';
import { groupsOf, identityOf, inOneGroup } from './readIdentities';
import { anotherOccasion, eventDayOf, previousValue } from '../../../../src/core/align/occasion';
import { analyze } from '../../../../src/core/index';

describe('the day a clause gives its own event', () => {
  it.each([
    ['On Sunday, a bus carrying 40 people overturned', 'sunday'],
    ['the ferry sank Tuesday with 90 people aboard', 'tuesday'],
    ['a freighter ran aground on March 3 with 21 crew', 'mar 3'],
    ['a freighter ran aground on 3 March with 21 crew', 'mar 3'],
    ['the count rose to 40 by Monday', undefined],
    ['40 people were aboard, police said Monday', undefined],
    ["Monday's storm damaged 40 homes", undefined],
    ['won 40% of the vote, official results showed on Monday', undefined],
    ['40 people were aboard', undefined],
  ])('%s → %s', (clause, day) => {
    expect(eventDayOf(clause)).toBe(day);
  });

  it('reads an opening "On Sunday," for a clause after it', () => {
    expect(identityOf('On Sunday, a bus carrying 40 people overturned near a river.', '40 people').day).toBe('sunday');
  });
});

describe('another occurrence', () => {
  it.each([
    ['In a separate accident, a van carrying 12 people hit a wall', 'another'],
    ['another earthquake killed 30 people in the region', 'another'],
    ['a similar crash last spring injured 15', 'another'],
    ['another 20 people were injured in the crash', undefined],
    ['the crash injured 20 people', undefined],
  ])('%s → %s', (clause, mark) => {
    expect(anotherOccasion(clause)).toBe(mark);
  });
});

describe('alignment across days and occurrences', () => {
  const main = 'A ferry carrying more than 200 people sank on Tuesday off the coast.';
  it("keeps another day's event apart from the main one", () => {
    const groups = groupsOf([main, 'It was the second accident in two days. On Monday, a ferry carrying 85 people ran aground off the coast.']);
    expect(inOneGroup(groups, 's0:more than 200 people', 's1:85 people')).toBe(false);
  });
  it('keeps a separate occurrence apart from the main one', () => {
    const groups = groupsOf([main, 'In a separate accident, a ferry carrying 85 people ran aground off the coast.']);
    expect(inOneGroup(groups, 's0:more than 200 people', 's1:85 people')).toBe(false);
  });
  it('aligns two reports of the same other day', () => {
    const other = 'On Monday, a ferry carrying 85 people ran aground off the coast.';
    const groups = groupsOf([main, other, 'A ferry carrying 85 people ran aground off the coast on Monday, officials said.']);
    expect(inOneGroup(groups, 's1:85 people', 's2:85 people')).toBe(true);
  });
  it('still aligns two values of the main day (a conflict to show)', () => {
    const groups = groupsOf([main, 'On Tuesday, a ferry carrying 230 people sank off the coast.']);
    expect(inOneGroup(groups, 's0:more than 200 people', 's1:230 people')).toBe(true);
  });
  it('one value told with two days stays one fact (it cannot make a false conflict)', () => {
    const groups = groupsOf(['On Monday, three countries joined the pact.', 'Three countries joined the pact on Tuesday.']);
    expect(inOneGroup(groups, 's0:three countries', 's1:Three countries')).toBe(true);
  });
  it('a share given with two days is one result (its day is most often the report\'s)', () => {
    const groups = groupsOf(['She won the first round on Sunday with 41.2% of the vote.', 'She came first with 41% of the vote in the count on Monday.']);
    expect(inOneGroup(groups, 's0:41.2%', 's1:41%')).toBe(true);
  });
  it('a toll given on two days is one series, not two facts', () => {
    const groups = groupsOf(['The storm killed 12 people on Monday in the valley.', 'The storm killed 19 people on Tuesday in the valley.']);
    expect(inOneGroup(groups, 's0:12 people', 's1:19 people')).toBe(true);
  });
});

describe('a repeat tells the day of the first statement', () => {
  it("a headline's figure takes the body's day and stays apart from another day's event", () => {
    const analysis = analyze([
      { id: 's0', uri: 's0', text: 'Ferry sinks off the coast\n\nMore than 200 people were aboard.\n\nA ferry carrying more than 200 people sank on Tuesday off the coast.' },
      { id: 's1', uri: 's1', text: 'On Monday, a ferry carrying 85 people ran aground off the coast.' },
    ]);
    const mixed = analysis.claims.filter((c) => c.figures.some((f) => f.source === 's0') && c.figures.some((f) => f.source === 's1' && f.text.includes('85')));
    expect(mixed).toEqual([]);
  });
});

describe('the value a count had before', () => {
  it.each([
    ["the sheriff said, up from the county's previously announced death toll of ", 'earlier'],
    ['The toll climbed to 63, up from ', 'earlier'],
    ['prices fell to $3, down from about ', 'earlier'],
    ['The toll climbed to ', undefined],
  ])('%s → %s', (before, mark) => {
    expect(previousValue(before)).toBe(mark);
  });

  it('marks the value before as an earlier figure, the value now as none', () => {
    const text = "At least 63 people died in Pine County, up from the county's previously announced death toll of 48.";
    expect(identityOf(text, '48').anchor).toBe('earlier');
    expect(identityOf(text, '63').anchor).toBeUndefined();
});
});
