// Reports written well after the set's news day: one that names the day it was taken to be from
// by its date or month, and other days by weekday, was written at least a week later; its weekdays
// are left unplaced instead of being put in the news day's week. Our own wordings.
import { describe, expect, it } from 'vitest';
import type { TimelineResult } from '../../../../src/core/dates/timeline';
import { runTimeline } from './runTimeline';

const run = (texts: Record<string, string>) => runTimeline(texts);

const mention = (r: TimelineResult, source: string, text: string) => r.mentions.find((m) => m.source === source && m.text === text)!;

// the news-day report: its day told in full, with its weekday
const STRIKE_DAY = 'Dockworkers walked off the job at the northern ports on Sunday, March 9, 2025, the union said.';

describe('a report that names the news day by its date and other days by weekday was written later', () => {
  it.each([
    ['by its date', 'The strike that began on March 9 has spread to three more ports. On Saturday, the port authority offered a pay rise of 4%.', 'Saturday'],
    ['by its month', 'The carmaker had agreed to buy the battery maker in March, weeks after the dockworkers walked off the job. It completed the purchase on Monday.', 'Monday'],
  ])('%s', (_, later, weekday) => {
    const r = run({ a: STRIKE_DAY, b: later });
    expect(r.referenceDates.a!.date).toBe('2025-03-09');
    expect(r.referenceDates.a!.notBefore).toBeUndefined();
    expect(r.referenceDates.b).toMatchObject({ date: '2025-03-16', inferred: true, notBefore: true });
    expect(r.referenceDates.b!.how).toMatch(/^not before 2025-03-16: it names 2025-03-09 by its (date|month alone)/);
    // its weekday is not put in the news day's week: not placed, and said why
    const m = mention(r, 'b', weekday);
    expect(m.date).toBeUndefined();
    expect(m.resolution).toMatch(/written on 2025-03-16 or later/);
    expect(r.timeline.some((e) => e.mentions.some((x) => x.source === 'b' && x.text === weekday))).toBe(false);
  });

  it('its dates, months and years are still read (the year from the set)', () => {
    const r = run({ a: STRIKE_DAY, b: 'The strike that began on March 9 has spread to three more ports. On Saturday, the port authority offered a pay rise of 4%.' });
    expect(mention(r, 'b', 'March 9').date).toBe('2025-03-09');
  });
});

describe('...but not when the reference is borne out', () => {
  it('another source tells one of its weekdays on the day it falls on from that reference', () => {
    const r = run({
      a: 'Union leaders met the labour minister on Saturday, March 8, 2025, a day before the walkout.',
      b: 'Dockworkers walked off the job on March 9. On Saturday, union leaders met the labour minister for three hours.',
    });
    expect(r.referenceDates.b).toMatchObject({ date: '2025-03-09' });
    expect(r.referenceDates.b!.notBefore).toBeUndefined();
    expect(mention(r, 'b', 'Saturday').date).toBe('2025-03-08');
  });

  it('the report names that day with its weekday somewhere', () => {
    const r = run({ a: STRIKE_DAY, b: 'On Sunday, March 9, dockworkers walked off the job. Police said 40 people were held on Sunday. The strike began on March 9 at dawn.' });
    expect(r.referenceDates.b!.notBefore).toBeUndefined();
    expect(mention(r, 'b', 'Sunday').date).toBe('2025-03-09');
  });

  it('the report names no day by weekday', () => {
    const r = run({ a: STRIKE_DAY, b: 'The strike that began on March 9 has spread to three more ports.' });
    expect(r.referenceDates.b!.notBefore).toBeUndefined();
  });

  it('the reference is stated (a Date: line), not inferred', () => {
    const r = run({ a: STRIKE_DAY, b: 'Date: 2025-03-09\nThe strike that began on March 9 has spread to three more ports. On Saturday, the port authority offered a pay rise.' });
    expect(r.referenceDates.b).toMatchObject({ date: '2025-03-09', inferred: false });
    expect(mention(r, 'b', 'Saturday').date).toBe('2025-03-08');
  });
});
