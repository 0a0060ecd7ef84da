// Notations news prints that are no plain number-and-word (issue 13, branch figs3): the
// abbreviations of sports statistics. Every row is a wording of our own (no corpus sentence).
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../../src/core';

/** [span text, value, unit name] of each figure read. */
const read = (text: string) => readFigures(text).map((f) => [f.text, f.value, f.unit.name]);

describe('sports statistics after the number', () => {
  it.each<[string, [string, number, string][]]>([
    ['The guard averaged 21.4 ppg and 6.1 apg last season.', [['21.4 ppg', 21.4, 'ppg'], ['6.1 apg', 6.1, 'apg']]],
    ['Starters: F Dana Cole (11.2 PPG, 8.8 RPG), C Lou Ames (2.3 BPG).', [['11.2 PPG', 11.2, 'ppg'], ['8.8 RPG', 8.8, 'rpg'], ['2.3 BPG', 2.3, 'bpg']]],
    ['The left-hander has a 2.85 ERA and 3.1 WAR this year.', [['2.85 ERA', 2.85, 'ERA'], ['3.1 WAR', 3.1, 'WAR']]],
    ['The visitors created 0.9 xG from 14 shots.', [['0.9 xG', 0.9, 'xG'], ['14 shots', 14, 'count']]],
    // the same letters in lower case are words, and a count of their noun stays a count
    ['Three war veterans and 2 era-defining films.', [['Three war veterans', 3, 'count'], ['2 era-defining films', 2, 'count']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
