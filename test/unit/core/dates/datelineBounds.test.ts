// What a report's top and body tell about its reference date beyond a full `Date:` line: a live
// blog dated by its first day whose body dates later updates, and a `Date:` line with only a month
// or a year. Our own wordings.
import { describe, expect, it } from 'vitest';
import type { TimelineResult } from '../../../../src/core/dates/timeline';
import { partialDatelineOf } from '../../../../src/core/dates/datelineBounds';
import { runTimeline } from './runTimeline';

const mention = (r: TimelineResult, source: string, text: string) => r.mentions.find((m) => m.source === source && m.text === text)!;

// 2021-03-02 is a Tuesday; 2021-03-05 a Friday
const BLOG_TOP = 'Flood updates: river keeps rising\nDate: 2021-03-02\n\nThe river broke its banks at Kelford on Monday.';

describe('a live blog: the reference date is at least the latest update its body dates', () => {
  it.each([
    ['a past-tense date', 'The council said on March 5, 2021 that 40 homes were flooded.'],
    ['an update label', 'Update, March 5, 2021: more rain is forecast.'],
    ['an "Updated at" label with a time', 'Updated at 10:05 on March 5, 2021 - the bridge stays shut.'],
    ['a quoted post signed with a handle', 'Water everywhere in the square. - A. Walker (@awalker_news) March 5, 2021'],
  ])('%s', (_, update) => {
    const r = runTimeline({ a: `${BLOG_TOP}\n\n${update}\n\nRescuers reached the last stranded families on Friday.` });
    expect(r.referenceDates.a).toMatchObject({ date: '2021-03-05', inferred: false });
    expect(r.referenceDates.a!.how).toMatch(/"Date:" line .*\(2021-03-02\), moved to the latest update the text dates: "(at 10:05 on )?March 5, 2021"/);
    // "on Friday" is the Friday of the update, not the one before the blog began
    expect(mention(r, 'a', 'Friday').date).toBe('2021-03-05');
    // what the first day tells stays on its day
    expect(mention(r, 'a', 'Monday').date).toBe('2021-03-01');
  });

  it.each([
    ['a plan (future tense)', 'The council will meet on March 5, 2021.'],
    ['a deadline (present tense)', 'The deadline for claims is March 5, 2021.'],
    ['an expiry', 'The emergency order expires on March 5, 2021.'],
    ['a date more than a month later', 'The council said on May 5, 2021 that 40 homes were flooded.'],
    ['a date before the first day', 'The council said on February 25, 2021 that the banks were weak.'],
  ])('no update: %s', (_, text) => {
    const r = runTimeline({ a: `${BLOG_TOP}\n\n${text}\n\nRescuers reached the last stranded families on Friday.` });
    expect(r.referenceDates.a).toMatchObject({ date: '2021-03-02', inferred: false });
    expect(r.referenceDates.a!.how).not.toMatch(/moved/);
  });

  it('an update after today is not taken', () => {
    const r = runTimeline({ a: `${BLOG_TOP}\n\nThe council said on March 5, 2021 that 40 homes were flooded.` }, '2021-03-03');
    expect(r.referenceDates.a!.date).toBe('2021-03-02');
  });
});

describe('a "Date:" line with only a month or a year', () => {
  it.each([
    ['Date: 2024-07', { text: '2024-07', from: '2024-07-01', to: '2024-07-31' }],
    ['Published: July 2024', { text: '2024-07', from: '2024-07-01', to: '2024-07-31' }],
    ['Date: Sept 2019', { text: '2019-09', from: '2019-09-01', to: '2019-09-30' }],
    ['Date: 2024', { text: '2024', from: '2024-01-01', to: '2024-12-31' }],
  ])('%s is read', (line, want) => {
    const p = partialDatelineOf(`A title\n${line}\n\nText.`)!;
    const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    expect({ text: p.text, from: iso(p.from), to: iso(p.to) }).toEqual(want);
  });

  it.each(['Date: 2024-07-05', 'Date: the summer of 2024', 'Published reports in 2024 said', 'Date: Maybe 2024'])('%s is not a partial date line', (line) => {
    expect(partialDatelineOf(`A title\n${line}\n\nText.`)).toBeUndefined();
  });

  const DAY_SOURCE = 'Date: 2024-06-28\n\nThe dam failed on Friday, officials said.';
  it("the set's news day is kept when it is in the month", () => {
    const r = runTimeline({ a: DAY_SOURCE, b: 'Date: 2024-06\n\nThe dam above the town failed, officials said.' });
    expect(r.referenceDates.b!.date).toBe('2024-06-28');
    expect(r.referenceDates.b!.how).toMatch(/^the "Date:" line at the top of the file gives only the month 2024-06; in it: /);
  });

  it.each([
    ['a later month: its first day', 'Date: 2024-08', '2024-08-01', /its first day/],
    ['an earlier month: its last day', 'Date: 2024-05', '2024-05-31', /its last day/],
    ['a year alone, the day in it', 'Date: 2024', '2024-06-28', /gives only the year 2024; in it/],
  ])("the set's news day outside it: %s", (_, line, date, how) => {
    const r = runTimeline({ a: DAY_SOURCE, b: `${line}\n\nThe dam above the town failed last week, officials said.` });
    expect(r.referenceDates.b!.date).toBe(date);
    expect(r.referenceDates.b!.how).toMatch(how);
  });

  it('a source alone with a month: the last day of the month, and its weekdays placed in it', () => {
    const r = runTimeline({ b: 'Date: 2024-06\n\nThe dam above the town failed on Tuesday, officials said.' });
    expect(r.referenceDates.b).toMatchObject({ date: '2024-06-30', inferred: true });
    expect(mention(r, 'b', 'Tuesday').date).toBe('2024-06-25');
  });
});
