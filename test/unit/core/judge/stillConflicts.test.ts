// The marks that keep two figures apart must not hide a real contradiction: each rule that turns
// a conflict into two facts or a discrepancy has its "this should still conflict" wordings here
// (our own), beside the tables that show what the rule answers.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze';

/** The verdict of the claim holding a figure whose text includes `a`, and whether `b` is in it too. */
function claimOf(texts: string[], a: string, b: string): { verdict?: string; together: boolean } {
  const analysis = analyze(texts.map((text, i) => ({ id: `s${i}`, uri: `s${i}.txt`, text })));
  const claim = analysis.claims.find((c) => c.figures.some((f) => f.text.includes(a)));
  return { verdict: claim?.verdict, together: !!claim?.figures.some((f) => f.text.includes(b)) };
}

describe('still a conflict', () => {
  it.each<[string, string[], string, string]>([
    ['a containment share that falls', ['Date: 2031-05-10\nThe ridge fire was 70% contained, the county said.', 'Date: 2031-05-12\nThe ridge fire was 45% contained, the county said.'], '70%', '45%'],
    ['a vote share "with most ballots counted" on two days', ['Date: 2031-05-10\nWith most ballots counted, the mayor had 58% of the vote.', 'Date: 2031-05-11\nWith most ballots counted, the mayor had 47% of the vote.'], '58%', '47%'],
    ['a toll "as crews recovered more bodies"', ['Date: 2031-05-10\nThe death toll rose to 71 as crews recovered more bodies.', 'Date: 2031-05-10\nThe mudslide killed 77 people.'], '71', '77'],
    ['the day a number was said, not the day of the event', ['Date: 2031-05-12\nOn Monday, officials said 38 people were aboard the ferry.', 'Date: 2031-05-12\nOn Tuesday, officials said 47 people were aboard the ferry.'], '38 people', '47 people'],
    ['"beat the odds" is no record beaten', ['Date: 2031-05-10\nRescuers beat the odds on Monday, saving the 29 miners trapped underground.', 'Date: 2031-05-10\nRescuers saved 23 miners trapped underground.'], '29 miners', '23 miners'],
  ])('%s', (_, texts, a, b) => {
    expect(claimOf(texts, a, b)).toEqual({ verdict: 'conflict', together: true });
  });
});
