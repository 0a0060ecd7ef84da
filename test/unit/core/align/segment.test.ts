// A segment's measure against the company's: wordings of our own (software, retail, media, cars).
import { describe, expect, it } from 'vitest';
import { groupsOf, identityOf, inOneGroup } from './readIdentities';
import { segmentOf } from '../../../../src/core/align/segment';

describe('the segment a measure is about', () => {
  it.each([
    ['Data center revenue reached ', '', true, 'data center'],
    ['Gaming revenue was ', '', true, 'gaming'],
    ['while advertising sales fell to ', '', false, 'advertising'],
    ['Its cloud revenue came in at ', '', true, 'cloud'],
    ['The unit generated ', ' in subscription revenue last quarter', true, 'subscription'],
    ['The company posted revenue of ', '', true, undefined],
    ['Northwind reported record revenue of ', '', true, undefined],
    ['Total revenue was ', '', true, undefined],
    ['quarterly sales rose to ', '', false, undefined],
    ["Northwind's revenue rose to ", '', true, undefined],
    ['net income was ', '', false, undefined],
    ['a big jump in revenue to ', '', false, undefined],
    ['The company made ', ' in sales', true, undefined],
    ['Northwind, which had revenue of ', '', true, undefined],
    ['It has sales of ', '', true, undefined],
  ])('%s … %s → %s', (before, after, atStart, segment) => {
    expect(segmentOf(before, after, atStart)).toBe(segment);
  });

  it('a company named at the start of a sentence is no segment', () => {
    const text = 'Analysts watch Northwind closely. Northwind revenue rose to $4.2 billion.';
    expect(identityOf(text, '$4.2 billion').segment).toBeUndefined();
  });
});

describe('segments in alignment', () => {
  const company = 'Northwind posted revenue of $12.4 billion for the quarter.';
  it("keeps a segment's amount apart from the company's", () => {
    const groups = groupsOf([company, 'Cloud revenue reached $9.8 billion for the quarter.']);
    expect(inOneGroup(groups, 's0:$12.4 billion', 's1:$9.8 billion')).toBe(false);
  });
  it('keeps a segment\'s growth apart from the company\'s', () => {
    const groups = groupsOf(['Northwind said quarterly revenue rose 24% from a year earlier.', 'Northwind said automotive revenue rose 21% from a year earlier.']);
    expect(inOneGroup(groups, 's0:24%', 's1:21%')).toBe(false);
  });
  it("aligns the same segment's amounts (a conflict to show)", () => {
    const groups = groupsOf(['Cloud revenue reached $9.8 billion for the quarter.', 'Its cloud revenue came in at $9.6 billion for the quarter.']);
    expect(inOneGroup(groups, 's0:$9.8 billion', 's1:$9.6 billion')).toBe(true);
  });
  it("aligns the company's amounts whatever words of size or period stand before the noun", () => {
    const groups = groupsOf([company, 'Total quarterly revenue rose to $12.1 billion for the quarter.']);
    expect(inOneGroup(groups, 's0:$12.4 billion', 's1:$12.1 billion')).toBe(true);
  });
});
