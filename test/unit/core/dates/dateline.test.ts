// The date a report carries at its top, in the shapes real pages and wires use.
import { describe, expect, it } from 'vitest';
import { datelineOf } from '../../../../src/core/dates/dateline';

describe('datelines', () => {
  it.each([
    ['Date: 2011-04-02\nText.', { year: 2011, month: 4, day: 2 }, '"Date:" line'],
    ['Posted 7:02 AM PST, Thu Nov 3, 2022\nThe river rose.', { year: 2022, month: 11, day: 3 }, '"Posted" line'],
    ['Updated: 21 Jun 2019, 11:40 PM BST\nText.', { year: 2019, month: 6, day: 21 }, '"Updated:" line'],
    ['Last Modified: 2017-09-30 08:15:00\nText.', { year: 2017, month: 9, day: 30 }, '"Last Modified:" line'],
    ['By Maria Lopez | 12 January 2021\nText.', { year: 2021, month: 1, day: 12 }, 'byline'],
    ['Headline here\n\nFriday, 8 October 2021 14:30 GMT\nText.', { year: 2021, month: 10, day: 8 }, 'date line'],
    ['June 2, 2014\nLIMA, Peru (AP) _ Text.', { year: 2014, month: 6, day: 2 }, 'date line'],
    ['PUNE, Sep 3: The council met.', { month: 9, day: 3 }, 'dateline "PUNE, Sep 3:"'],
    ['ACCRA, October 19 (Reuters) -- The bank said.', { month: 10, day: 19 }, 'dateline'],
    ['Oct 4 (Wirenews) - Harbor Corp :\n* Sees sales up', { month: 10, day: 4 }, 'dateline "Oct 4 (Wirenews) -"'], // a wire's date with no place
  ])('%j', (text, date, how) => {
    const d = datelineOf(text)!;
    expect(d).toMatchObject(date);
    if (!('year' in date)) expect(d.year).toBeUndefined();
    expect(d.how).toContain(how);
  });

  it.each([
    'Published reports say the vote on March 3 was close.',
    'The ferry sank on June 2, 2014, officials said.',
    'Updated figures show 30 May was the peak.',
    'March 3 - the day the council met - was cold.', // no agency in brackets: prose
    'June 5 (a Friday) - the council met.',
    'Line one\nLine two\nLine three\nLine four\nLine five\nLine six\nDate: 2020-01-01',
  ])('no dateline: %j', (text) => {
    expect(datelineOf(text)).toBeUndefined();
  });
});
