// A list written on one line, "- Green Party: 12 seats - Liberal Party: 40 seats": each item's label
// is what its figure is about, so the items are told apart and align with the same party's count
// elsewhere. Wordings of our own.
import { describe, expect, it } from 'vitest';
import { groupsOf, identityOf, inOneGroup } from './readIdentities';

describe('list item labels as subjects', () => {
  it.each<[string, string, string[]]>([
    ['Results so far: - Green Party: 12 seats - Liberal Party: 40 seats - Others: 9 seats', '12 seats', ['green party']],
    ['Results so far: - Green Party: 12 seats - Liberal Party: 40 seats - Others: 9 seats', '40 seats', ['liberal party']],
    ['Greens: 12 seats; Liberals: 40 seats.', '40 seats', ['liberals']],
    ['Final tally - Farmers Union (FU): 6 seats', '6 seats', ['farmers union']],
  ])('%s: %s', (text, figure, subjects) => {
    expect(identityOf(text, figure).subjects).toEqual(subjects);
  });

  it('a label that is no name gives no subject ("Total: 52 seats")', () => {
    expect(identityOf('Total: 52 seats', '52 seats').subjects).toEqual([]);
  });

  it("an item still aligns with the same party's count in another source, not with another party's", () => {
    const groups = groupsOf(['Results so far: - Green Party: 12 seats - Liberal Party: 40 seats', 'The Liberal Party has won 41 seats so far.']);
    expect(inOneGroup(groups, 's0:40 seats', 's1:41 seats')).toBe(true);
    expect(inOneGroup(groups, 's0:12 seats', 's1:41 seats')).toBe(false);
  });
});
