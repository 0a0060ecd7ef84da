// Notations news prints that are no plain number-and-word (issue 13, branch figs3): the
// abbreviations of sports statistics, and the symbols an ASCII transliteration writes out. Every
// row is a wording of our own (no corpus sentence).
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

describe('symbols an ASCII transliteration writes out', () => {
  it.each<[string, [string, number, string][]]>([
    // £ as "PS", glued to an amount
    ['The club paid PS4.5bn, or PS310 a share.', [['PS4.5bn', 4.5e9, 'GBP'], ['PS310 a share', 310, 'GBP']]],
    ['A signing-on fee of PS850,000 and a PS3m bonus.', [['PS850,000', 850000, 'GBP'], ['PS3m bonus', 3e6, 'GBP']]],
    // a console's name is no amount
    ['Sales of the PS5 and PS4 rose; the old PS2 sells for PS45.', [['PS45', 45, 'GBP']]],
    // ¥ as "Y=", glued, also in a sentence with few English words
    ['Profit reached Y=12 billion.', [['Y=12 billion', 12e9, 'JPY']]],
    ['The shares closed at Y=4,120, up Y=35.', [['Y=4,120', 4120, 'JPY'], ['Y=35', 35, 'JPY']]],
    // ° as "deg", glued or spaced, with or without the scale
    ['It was 5.4degF (3deg C) warmer than usual.', [['5.4degF', 5.4, '°F'], ['3deg C', 3, '°C']]],
    ['The ramp rises at a 30 deg angle.', [['30 deg', 30, '°']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
