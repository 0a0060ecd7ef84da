// A day and month with no year anywhere in the set is kept on the timeline with its year marked
// unknown ("--MM-DD"), never dropped; it never clusters with, nor conflicts with, a dated mention.
import { describe, expect, it } from 'vitest';
import { extractDateExpressions } from '../../../../src/core/dates/expressions';
import { segment } from '../../../../src/core/text/segment';
import { resolveTimeline, type TimelineResult } from '../../../../src/core/dates/timeline';
import { eventDateText, yearAndMonth } from '../../../../src/views/dates';
import type { Source } from '../../../../src/core/types';

function run(texts: Record<string, string>, today?: string): TimelineResult {
  const inputs = Object.entries(texts).map(([id, text]) => {
    const source: Source = { id, uri: id, text };
    const sentences = segment(text).sentences;
    return { source, sentences, expressions: extractDateExpressions(source, sentences) };
  });
  return resolveTimeline(inputs, today ? { today } : {});
}

describe('a day and month with no year in the set', () => {
  const cases: [string, string, string][] = [
    ['The ferry sank off the northern coast on March 19, the coast guard said.', 'March 19', '--03-19'],
    ['Flood waters reached the old town on 4 October, and residents fled to the hills.', '4 October', '--10-04'],
    ['The library reopened its doors to readers on Feb. 29 after a long renovation.', 'Feb. 29', '--02-29'],
    ['Workers at the bottling plant walked out on December 2 over unpaid wages.', 'December 2', '--12-02'],
  ];
  it.each(cases)('%s', (text, words, date) => {
    const r = run({ a: text });
    const mention = r.mentions.find((m) => m.text.includes(words.split(' ')[0]!))!;
    expect(mention).toMatchObject({ date, precision: 'day', yearUnknown: true });
    const ev = r.timeline.find((e) => e.date === date);
    expect(ev).toMatchObject({ precision: 'day', yearUnknown: true });
    expect(ev!.mentions.map((m) => m.text).join(' ')).toContain(words.split(' ')[0]);
    // and as a date claim, whose figure says the year is unknown
    const claim = [...r.claims, ...r.singleSource].find((c) => c.id === ev!.id)!;
    expect(claim.figures[0]!.date).toMatchObject({ iso: date, yearUnknown: true });
  });

  it('one happening on the same day in two sources is one event, with no conflict', () => {
    const r = run({
      a: 'The ferry sank off the northern coast on March 19, killing twelve passengers, the coast guard said.',
      b: 'Twelve passengers died when the ferry sank off the northern coast on 19 March.',
    });
    const ev = r.timeline.filter((e) => e.date === '--03-19');
    expect(ev).toHaveLength(1);
    expect(new Set(ev[0]!.mentions.map((m) => m.source))).toEqual(new Set(['a', 'b']));
    expect(ev[0]!.dateConflict).toBeUndefined();
  });

  it('two sources putting one happening on different days is a conflict between year-less dates', () => {
    const r = run({
      a: 'The ferry carrying pilgrims sank off the northern coast near the harbour on March 19, the coast guard said.',
      b: 'The ferry carrying pilgrims sank off the northern coast near the harbour on March 20, the coast guard said.',
    });
    const ev = r.timeline.find((e) => e.dateConflict);
    expect(ev?.dateConflict?.dates.map((d) => d.date).sort()).toEqual(['--03-19', '--03-20']);
  });

  it('sorts in month and day order, whatever the order of the text', () => {
    const r = run({
      a: 'The ferry sank off the northern coast on March 19. A storm had sunk its sister ship on January 7. Divers reached the wreck on 2 May.',
    });
    expect(r.timeline.map((e) => e.date)).toEqual(['--01-07', '--03-19', '--05-02']);
    expect(r.diagnostics.filter((d) => d.code === 'date-conflict')).toHaveLength(0);
  });

  it('"on the 21st" after a year-less day stays year-less, into the next month when the day is past', () => {
    const r = run({ a: 'The strike began on March 19 and the unions met again on the 21st. They met the minister on December 30 and again on the 2nd.' });
    const dates = r.mentions.map((m) => m.date);
    expect(dates).toEqual(expect.arrayContaining(['--03-19', '--03-21', '--12-30', '--01-02']));
  });

  it('a set that states a year reads the day in it, not as year-less', () => {
    const r = run({ a: 'The ferry sank off the northern coast on March 19, 2024, the coast guard said. Divers found the wreck on March 22.' });
    expect(r.mentions.map((m) => m.date)).toEqual(expect.arrayContaining(['2024-03-19', '2024-03-22']));
    expect(r.mentions.some((m) => m.yearUnknown)).toBe(false);
  });
});

describe('how the views write a year-less date', () => {
  it.each([
    [{ date: '--03-19', precision: 'day' as const }, 'March 19, year unknown', { year: '', month: '03' }],
    [{ date: '--12-02', precision: 'day' as const }, 'December 2, year unknown', { year: '', month: '12' }],
    [{ date: '2025-03-19', precision: 'day' as const }, '2025-03-19', { year: '2025', month: '03' }],
    [{ date: '1987', precision: 'year' as const }, '1987', { year: '1987' }],
  ])('%o', (event, text, parts) => {
    expect(eventDateText(event)).toBe(text);
    expect(yearAndMonth(event)).toEqual(parts);
  });
});

describe('a weekday with the day and month, in a set that states no year', () => {
  it.each([
    ['Firefighters contained the blaze on Thursday, 9 November, officials said.', '2026-12-07', '2023-11-09'],
    ['Firefighters contained the blaze on Thursday, 9 November, officials said.', '2023-06-01', '2017-11-09'],
    ['Firefighters contained the blaze on Thursday, 9 November, officials said.', '2023-11-09', '2023-11-09'],
    ['The dam gave way on Monday, Feb. 29, flooding three villages.', '2026-12-07', '2016-02-29'],
  ])('%s (today %s): the latest such day not after today', (text, today, date) => {
    const r = run({ a: text }, today);
    expect(r.mentions.find((m) => m.precision === 'day')).toMatchObject({ date });
    expect(r.referenceDates.a).toMatchObject({ date, inferred: true });
    expect(r.referenceDates.a!.how).toContain('inferred from weekday and date');
  });

  it('a weekday another source gives the same happening fixes the year of a bare day and month', () => {
    const r = run(
      {
        a: 'The ferry carrying pilgrims sank off the northern coast near the harbour on March 19, the coast guard said.',
        b: 'The ferry carrying pilgrims sank off the northern coast near the harbour on Sunday, the coast guard said.',
      },
      '2026-12-07',
    );
    // March 19 fell on a Sunday in 2023 (and not again before 2028)
    expect(r.referenceDates.a).toMatchObject({ date: '2023-03-19', inferred: true });
    expect(r.referenceDates.a!.how).toContain('inferred from weekday and date');
    expect(r.referenceDates.b!.date).toBe('2023-03-19');
    const ev = r.timeline.find((e) => e.mentions.some((m) => m.text.includes('March 19')));
    expect(ev).toMatchObject({ date: '2023-03-19' });
    expect(ev!.mentions.map((m) => m.source).sort()).toEqual(['a', 'b']);
  });

  it('a weekday of another happening fixes nothing: the day stays year-less', () => {
    const r = run(
      {
        a: 'The ferry carrying pilgrims sank off the northern coast near the harbour on March 19, the coast guard said.',
        b: 'Parliament passed the budget bill by a narrow margin on Sunday.',
      },
      '2026-12-07',
    );
    expect(r.mentions.find((m) => m.text === 'March 19')).toMatchObject({ date: '--03-19', yearUnknown: true });
  });

  it('no weekday anywhere: the day stays year-less whatever today is', () => {
    const r = run({ a: 'The ferry sank off the northern coast on March 19, the coast guard said.' }, '2026-12-07');
    expect(r.mentions[0]).toMatchObject({ date: '--03-19', yearUnknown: true });
  });
});
