// Parts a source breaks a whole into: wordings of our own (road, rail, storms, fact boxes).
import { describe, expect, it } from 'vitest';
import { groupsOf, identityOf, inOneGroup } from './readIdentities';
import { isBoxLine, isBreakdownItem, isListedItem, referredUnitOf } from '../../../../src/core/align/breakdown';

describe('items of a breakdown', () => {
  it.each([
    ['37 deaths in the state including ', true],
    ['37 deaths, including at least ', true],
    ['the fire killed ', false],
  ])('after "including": %s → %s', (before, item) => {
    expect(isListedItem(before)).toBe(item);
  });

  it.each([
    ['the bus hit a truck, killing ', ' aboard and a person in the truck', true],
    ['killing one in the truck and ', ' aboard', true],
    ['The deaths involved ', ' people on the train and one in the car', true],
    ['The crash killed ', ' people on the train', false],
    ['killing ', ' aboard, police said', false],
    ['The storm killed ', ' people and injured 40', false],
    ['The quake killed ', ' people in Izmir and 12 people in Manisa', false],
  ])('coordinated by place: %s … %s → %s', (before, after, item) => {
    expect(isBreakdownItem(before, after)).toBe(item);
  });

  it.each([
    ['Dead:\nVisitors: 12\nResidents: 200\n', '12', true],
    ['Dead:\nVisitors: 12\nResidents: 200\n', '200', true],
    ['Deaths: 12\nInjured: 40\n', '40', false],
    ['The toll: 12 dead.\nInjured: 40\n', '40', false],
  ])('a line of a fact box: %j at %s → %s', (text, value, line) => {
    expect(isBoxLine(text, text.indexOf(value))).toBe(line);
  });

  it('"the county\'s toll" names the county the sentence named', () => {
    expect(referredUnitOf("up from the county's earlier toll of 48", 'At least 63 died in Pine County alone, up from ', undefined)).toBe('pine county');
    expect(referredUnitOf("the county's toll rose to 63", 'the toll rose to ', 'Crews searched Birch Hollow County overnight.')).toBe('birch hollow county');
    expect(referredUnitOf('the toll rose to 63', '', 'Crews searched Pine County.')).toBeUndefined();
  });
});

describe('parts in alignment', () => {
  it('an item of a breakdown by place is not the total', () => {
    const groups = groupsOf(['A bus hit a truck on the highway, killing two people aboard and one in the truck.', 'A bus hit a truck on the highway, killing three people.']);
    expect(inOneGroup(groups, 's0:two people', 's1:three people')).toBe(false);
  });
  it('an item after "including" names its own place and stays off the whole', () => {
    const text = 'The state reported 37 deaths in Oregon including 21 in Pine County.';
    expect(identityOf(text, '21').subjects).toEqual(['pine county']);
    const groups = groupsOf([text, 'Officials said 41 people died in Oregon.']);
    expect(inOneGroup(groups, 's0:21', 's1:41')).toBe(false);
  });
  it("a line under a fact box's heading is a part", () => {
    const groups = groupsOf(['The storm killed many.\n\nDeaths:\nVisitors: 12 people\nResidents: 200 people\n', 'The storm killed many.\n\nDeaths: 215 people\n']);
    expect(inOneGroup(groups, 's0:200 people', 's1:215 people')).toBe(false);
  });
  it("the county's toll is the county's, not the state's", () => {
    const text = "At least 63 people died in Pine County, the sheriff said, up from the county's earlier toll of 48.";
    expect(identityOf(text, '48').subjects).toEqual(['pine county']);
  });
});

describe('places a count is in', () => {
  it('the place a relative "where" stands for', () => {
    expect(identityOf('The toll is highest in Birch County, where the sheriff has confirmed 24 deaths.', '24').subjects).toEqual(['birch county']);
  });
  it('"recorded in" a place names the place, not an estimator', () => {
    const id = identityOf('Twenty deaths were recorded in Birch County, up from 12.', 'Twenty');
    expect(id.subjects).toEqual(['birch county']);
    expect(id.attribution).toBeUndefined();
  });
});
