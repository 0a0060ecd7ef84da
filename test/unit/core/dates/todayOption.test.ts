// The reader's date ("today") reaches the date stage through analyze (AnalysisOptions.today, the
// CLI's --today): a set that states no year takes, from a weekday with its day and month, the
// latest year not after that date.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../../src/core';

const SET = [
  { id: 'a.txt', uri: 'a.txt', text: 'The ferry sank off the northern cape on Thursday, 9 November, with 40 people on board.' },
  { id: 'b.txt', uri: 'b.txt', text: 'Divers reached the wreck of the ferry on Friday, coastguard officials said.' },
];

describe('AnalysisOptions.today', () => {
  it.each([
    ['2020-06-01', '2017-11-09'], // 9 November fell on a Thursday in 2017, then in 2023
    ['2024-01-01', '2023-11-09'],
  ])('today %s -> %s', (today, date) => {
    const analysis = createAnalyzer().analyze(SET, { today });
    expect(analysis.sources.find((s) => s.id === 'a.txt')!.referenceDate).toBe(date);
    expect(analysis.timeline.some((e) => e.date === date)).toBe(true);
  });
});
