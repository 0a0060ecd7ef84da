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
