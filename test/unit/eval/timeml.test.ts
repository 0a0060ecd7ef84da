// TimeML: an article's text and expressions from its markup, which expressions count, and when a
// resolved date is right, on small documents of our own.
import { describe, expect, it } from 'vitest';
import { parseTimeMl, type Timex } from '../../../scripts/eval/timeml/parse';
import { classify, isoWeek, matchDoc, valueMatches, type GoldPrecision } from '../../../scripts/eval/timeml/score';
import type { DateMention } from '../../../src/core';

const DOC = `<?xml version="1.0" ?>
<TimeML><DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-09" functionInDocument="CREATION_TIME">March 9, 2001</TIMEX3></DCT>
<TITLE>Not read</TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-03-08">Thursday</TIMEX3> it sold
<TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> of bonds in <TIMEX3 tid="t3" type="DATE" value="2000-Q4">the fourth quarter</TIMEX3>.
</TEXT>
</TimeML>`;

const mention = (start: number, end: number, date: string | undefined, precision: DateMention['precision'] = 'day'): DateMention =>
  ({ source: 'text', span: { start, end }, text: '', sentence: 0, date, precision, inferred: false, resolution: '' }) as DateMention;
const timex = (value: string, type = 'DATE', start = 0, end = 5): Timex => ({ start, end, type, value, text: '' });

describe('TimeML', () => {
  it('reads the body as plain text with each expression at its offsets', () => {
    const doc = parseTimeMl('X1', DOC);
    expect(doc.dct).toBe('2001-03-09');
    expect(doc.text).toContain('AT&T said Thursday it sold');
    expect(doc.text).not.toContain('Not read');
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.value])).toEqual([
      ['Thursday', '2001-03-08'],
      ['three years', 'P3Y'],
      ['the fourth quarter', '2000-Q4'],
    ]);
  });

  it.each([
    ['2001-03-08', 'DATE', { precision: 'day' }],
    ['2001-03-08T14:30', 'TIME', { precision: 'time' }],
    ['199', 'DATE', { precision: 'decade' }],
    ['2001-W10', 'DATE', { precision: 'week' }],
    ['P3Y', 'DURATION', { leftOut: 'durations and sets (not a point on the calendar)' }],
    ['2000-Q4', 'DATE', { leftOut: 'quarters, halves and seasons (1998-Q3, 1998-SU)' }],
    ['2001-03-08TMO', 'TIME', { leftOut: 'parts of a day (1998-08-07TMO)' }],
    ['PRESENT_REF', 'DATE', { leftOut: 'reference words (PRESENT_REF, PAST_REF, FUTURE_REF)' }],
    ['XXXX-03', 'DATE', { leftOut: 'values with unknown parts (XXXX-08, 1998-WXX)' }],
  ])('%s (%s) is %j', (value, type, want) => {
    expect(classify(timex(value, type))).toEqual(want);
  });

  it.each<[string, GoldPrecision, string | undefined, DateMention['precision'], boolean]>([
    ['2001-03-08', 'day', '2001-03-08', 'day', true],
    ['2001-03-08', 'day', '2001-03-07', 'day', false],
    ['2001-03', 'month', '2001-03-08', 'day', true],
    ['2001-03-08', 'day', '2001-03', 'month', false],
    ['2001', 'year', '2001', 'year', true],
    ['199', 'decade', '1990', 'decade', true],
    ['2001-W10', 'week', '2001-03-05', 'week', true],
    ['2001-W10', 'week', '2001-03-12', 'week', false],
    ['2001-03-08T14:30', 'time', '2001-03-08', 'day', false],
    ['2001-03-08', 'day', undefined, 'day', false],
  ])('gold %s (%s) against %s (%s): %s', (value, precision, date, mp, want) => {
    expect(valueMatches(timex(value), precision, mention(0, 5, date, mp))).toBe(want);
  });

  it.each([
    ['2001-03-08', '2001-W10'],
    ['2005-01-01', '2004-W53'],
    ['2008-12-29', '2009-W01'],
  ])('ISO week of %s is %s', (day, want) => {
    expect(isoWeek(day)).toBe(want);
  });

  it('matches one to one, prefers a mention with the right value, sets aside dates inside left-out expressions', () => {
    const gold = [timex('2001-03-08', 'DATE', 10, 20), timex('P3Y', 'DURATION', 30, 40), timex('2001', 'DATE', 50, 54)];
    const found = [mention(10, 14, '2001-03-01'), mention(15, 20, '2001-03-08'), mention(32, 37, '2001', 'year'), mention(60, 64, '2002', 'year')];
    const m = matchDoc(gold, found);
    expect(m.gold.map((g) => [g.timex.value, g.mention?.span.start, g.valueRight])).toEqual([
      ['2001-03-08', 15, true],
      ['2001', undefined, false],
    ]);
    // the other mention inside the first expression and the one at 60 are spurious; the one in the duration is set aside
    expect(m.spurious.map((s) => s.span.start)).toEqual([10, 60]);
    expect(m.setAside).toBe(1);
  });
});
