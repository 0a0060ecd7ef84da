// "Tonight" in quoted speech is the speaker's night: when the sentence says when the words were
// said, the relative day hangs on that day, not on the report's date. Our own wordings.
import { describe, expect, it } from 'vitest';
import { runTimeline } from './runTimeline';

// 2027-06-11 is a Friday; the report is dated the Tuesday after
const TOP = 'Date: 2027-06-15\n\n';
const mention = (text: string, said: string) => runTimeline({ a: TOP + text }).mentions.find((m) => m.text.toLowerCase() === said)!;

describe('a relative day in quoted speech whose sentence dates the speech', () => {
  it.each([
    ['"We have lost the vote tonight," the leader said on Friday.', 'tonight', '2027-06-11'],
    ['The leader said on Friday: “We have lost the vote tonight.”', 'tonight', '2027-06-11'],
    ['"The count ended yesterday," the clerk told reporters on June 11.', 'yesterday', '2027-06-10'],
    ['"We will meet again tomorrow," the mayor said on Friday.', 'tomorrow', '2027-06-12'],
  ])('%s', (text, said, date) => {
    const m = mention(text, said);
    expect(m.date).toBe(date);
    expect(m.resolution).toMatch(/^in quoted speech, relative to when it was said/);
  });

  it.each([
    ['"We have lost the vote tonight," the leader said.', 'tonight', '2027-06-15'], // the speech's day not stated
    ['The leader lost the vote tonight, officials said on Friday.', 'tonight', '2027-06-15'], // not quoted
  ])('the report\'s day: %s', (text, said, date) => {
    const m = mention(text, said);
    expect(m.date).toBe(date);
    expect(m.resolution).not.toMatch(/quoted speech/);
  });
});
