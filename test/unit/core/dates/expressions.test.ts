// Date extraction and resolution, table-driven: each row is a sentence, a reference date and
// what a careful reader takes the date to be. Sentences come from several domains on purpose.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDateExpressions, type DateExpression } from '../../../../src/core/dates/expressions';
import { parseIsoDay, resolveExpression } from '../../../../src/core/dates/resolve';
import { segment } from '../../../../src/core/text/segment';
import type { Source } from '../../../../src/core/types';

function extract(text: string, id = 'src'): { source: Source; expressions: DateExpression[] } {
  const source = { id, uri: id, text };
  const expressions = extractDateExpressions(source, segment(text).sentences);
  for (const e of expressions) expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
  return { source, expressions };
}

function resolveIn(text: string, ref: string, which?: string) {
  const { expressions } = extract(text);
  const e = which ? expressions.find((x) => x.text === which) : expressions[0];
  expect(e, `no date expression in: ${text}`).toBeDefined();
  return resolveExpression(e!, { day: parseIsoDay(ref)!, inferred: false });
}

describe('extraction: what is and is not a date', () => {
  it.each([
    ['Japan pays about $1.4 billion a year to the US.', []],
    ['Japan pays an average of 211 billion yen each year.', []],
    ['Japan makes a commitment every five years to cover the costs.', []],
    ['On Saturday, the first day of his visit, he laid a wreath.', ['Saturday']],
    ['A 45-year-old man was rescued after 80 hours.', []],
    ['The hotline runs 24/7 and has 50,000 callers.', []],
    ['Nineteen twenty people signed the petition.', []],
    ['The bill passed by nineteen twenty-one votes.', []],
    ['She counted twenty-five votes against.', []],
    ['The SM-6 missile dates from World War II designs.', []],
    ['In 2000 troops arrived at the border.', []],
    ['(On Monday, China responded by saying so.)', ['Monday']],
    ['The treaty, signed in 1960, still stands.', ['1960']],
    ['The 1979 mandate drew criticism.', ['1979']],
    ['Under the deal, which runs through March 2027, Japan pays.', ['through March 2027']],
    ['The merger should close in the first quarter of 2026.', ['first quarter of 2026']],
    ['He was elected on November 5, 2024, and sworn in on Jan. 20, 2025.', ['November 5, 2024', 'Jan. 20, 2025']],
    ['The fire started on 12 August 2023 near the coast.', ['12 August 2023']],
    ['Power was restored on 2023-08-14.', ['2023-08-14']],
    ['He may leave, but talks resume in May.', ['May']],
    ['Residents will march on the capital.', []],
    ['Sales fell in the 1990s and again since 2020.', ['1990s', 'since 2020']],
    ['The quake hit 80 years ago, on its 80th anniversary.', ['80 years ago', '80th anniversary']],
    ['Crowds marked its 80th anniversary.', ['80th anniversary', '80th anniversary']], // the happening N years before, and the commemoration
    ['Tokyo last week launched a command; doubts grew earlier this month.', ['last week', 'earlier this month']],
    ['Officials said today and yesterday that tomorrow is key.', ['today', 'yesterday', 'tomorrow']],
    ['The vote, in his first term, passed.', ['in his first term']],
    ['Profit rose in both 2011 and 2012, beating forecasts for 2010.', ['2011', '2012', '2010']],
    ['In fiscal 2014, the firm lost money.', ['fiscal 2014']],
    ['The fund paid for 1500 people and sent aid to 2000 families.', []],
    ['The factory will reopen soon.', []],
  ])('%s', (text, expected) => {
    expect(extract(text).expressions.map((e) => e.text)).toEqual(expected);
  });

  it('keeps exact offsets with emoji, CRLF and curly quotes before the date', () => {
    const text = '🔥 Headline 🔥\r\n“Fire,” she said.\r\nThe blaze 🔥 started on Tuesday, officials said.\r\n';
    const { expressions } = extract(text);
    expect(expressions.map((e) => e.text)).toEqual(['Tuesday']);
  });

  it('skips furniture sentences', () => {
    const source = { id: 's', uri: 's', text: 'Share this on Monday\nThe vote was held on Tuesday.' };
    const sentences = segment(source.text).sentences.map((s, i) => ({ ...s, furniture: i === 0 }));
    expect(extractDateExpressions(source, sentences).map((e) => e.text)).toEqual(['Tuesday']);
  });
});

describe('extraction: tense, label and words', () => {
  it.each([
    ['On Saturday, the minister attended a memorial service.', 'past'],
    ['The minister will attend a memorial service on Saturday.', 'future'],
    ['The minister is attending a memorial service on Saturday.', 'present'],
    ['The treaty has been in force since 1960.', 'past'],
  ])('%s -> %s', (text, tense) => {
    expect(extract(text).expressions[0]!.tense).toBe(tense);
  });

  it.each([
    ['On Saturday, the defense secretary attended a memorial service on Iwo Jima, the site of fighting.', 'attended a memorial service on Iwo Jima'],
    ['Tokyo last week launched the Joint Operations Command, or JJOC.', 'Tokyo launched the Joint Operations Command'],
    ['The storm, which made landfall on Monday, flooded the delta.', 'Storm made landfall'],
    ['Shareholders approved the merger of Acme and Widget Corp in July.', 'Shareholders approved the merger of Acme'],
    ['Rescuers reached the village, the scene of a landslide two years ago.', 'Scene of a landslide'],
  ])('label of %s', (text, part) => {
    const e = extract(text).expressions[0]!;
    expect(e.label).toContain(part);
    expect(e.label.length).toBeLessThanOrEqual(61);
  });

  it.each([
    // a day set for a plan is ahead, whatever the tense of the verb that sets it
    ['The unions called for another strike on Monday.', 'future'],
    ['The council scheduled the vote for Thursday.', 'future'],
    ['Organisers announced a second march for Saturday 12 April.', 'future'],
    ['The unions called off the strike on Monday.', 'past'],
    // "Hungarian farmers and ...": a bare "verb" after a name is a noun, not the verb the date hangs on
    ['On Friday, Hungarian farmers and dairy workers blocked the highway.', 'past'],
  ])('tense of a scheduled day: %s -> %s', (text, tense) => {
    expect(extract(text).expressions[0]!.tense).toBe(tense);
  });

  it.each([
    ['Firefighters contained the blaze on Sunday.', 'contain'],
    ['The mayor said on Sunday that the blaze was contained.', ''],
    ['Casualty figures as of Sunday were still rising.', ''],
  ])('the happening a date dates: %s -> "%s"', (text, verb) => {
    expect(extract(text).expressions[0]!.verb).toBe(verb);
  });

  it.each([
    ['Thursday, October 5', 10, 5, 4],
    ['Tuesday 14 May', 5, 14, 2],
    ['on Friday the 3 June', 6, 3, 5],
  ])('a weekday with a day and month is kept: %s', (text, month, day, weekday) => {
    const e = extract(`The vote was held on ${text}.`).expressions[0]!;
    expect(e).toMatchObject({ kind: 'monthDay', month, day, weekday });
  });

  it('"on the 31st" after a month-day is that month\'s day; one before it, the next month', () => {
    const { expressions } = extract('Strikes took place on October 12, on the 31st – and on the 4th.');
    expect(expressions.map((e) => e.text)).toEqual(['October 12', 'the 31st', 'the 4th']);
    const ref = { day: parseIsoDay('2022-11-20')!, inferred: false };
    const anchor = resolveExpression(expressions[0]!, ref)!;
    expect(resolveExpression(expressions[1]!, ref, anchor)!.date).toBe('2022-10-31');
    expect(resolveExpression(expressions[2]!, ref, anchor)!.date).toBe('2022-11-04');
    // not a date: an ordinal before a noun
    expect(extract('The office is on the 31st floor.').expressions).toEqual([]);
  });

  it('content words are lemmas without stopwords or date words', () => {
    const e = extract('On Monday, rescuers pulled three survivors from collapsed buildings.').expressions[0]!;
    expect(e.words).toEqual(expect.arrayContaining(['rescuer', 'survivor', 'building', 'pull']));
    expect(e.words).not.toContain('monday');
    expect(e.words).not.toContain('from');
  });

  it('content words leave out words that only say when ("morning", "later")', () => {
    const e = extract('Rescuers pulled 12 survivors from the rubble this morning, officials said later.').expressions[0]!;
    expect(e.words).toEqual(expect.arrayContaining(['rescuer', 'survivor', 'rubble']));
    for (const w of ['morning', 'later', 'late']) expect(e.words).not.toContain(w);
  });
});

describe('times of day', () => {
  it.each([
    ['The ferry left at 6:40 p.m. Sunday (Seoul time).', '2019-06-03', '2019-06-02', '09:40 UTC'],
    ['The blast came at 9:05 a.m. (0605 GMT) Monday.', '2019-06-03', '2019-06-03', '06:05 UTC'],
    ['Polls close at 8 p.m. EDT Nov. 5.', '2019-11-01', '2019-11-05', '00:00 UTC on 2019-11-06'],
    ['The talks resume on Thursday at 10 a.m.', '2019-06-03', '2019-06-06', '10:00 local time'],
    ['The bridge reopened at noon Wednesday, officials said.', '2019-06-06', '2019-06-05', '12:00 local time'],
  ])('%s', (text, ref, date, time) => {
    const r = resolveIn(text, ref)!;
    expect([r.date, r.time]).toEqual([date, time]);
  });

  it.each([
    ['The ferry left at 6:40 p.m. Sunday (Seoul time).', '2019-06-03', '6:40 p.m. Sunday (Seoul time)', '2019-06-02T18:40'],
    ['The blast came at 9:05 a.m. (0605 GMT) Monday.', '2019-06-03', '9:05 a.m. (0605 GMT) Monday', '2019-06-03T09:05'],
    ['The vote is set for 3 p.m. on March 4, 2025, officials said.', '2025-02-20', '3 p.m. on March 4, 2025', '2025-03-04T15:00'],
    ['The meeting was held on 4 March 2025 at 10:00.', '2025-03-05', '4 March 2025 at 10:00', '2025-03-04T10:00'],
    ['At 14:30 on Monday the bridge closed to traffic.', '2025-03-05', 'At 14:30 on Monday', '2025-03-03T14:30'],
    ['The session opened at 10 a.m. Tuesday, March 4.', '2025-03-05', '10 a.m. Tuesday, March 4', '2025-03-04T10:00'],
    ['By 5 p.m. yesterday the crowd had gone home.', '2025-03-05', '5 p.m. yesterday', '2025-03-04T17:00'],
    ['The explosion came at 10:40 a.m. local time on Friday.', '2025-03-05', '10:40 a.m. local time on Friday', '2025-02-28T10:40'],
    ['Talks ended Sunday at midday without a deal.', '2025-03-05', 'Sunday at midday', '2025-03-02T12:00'],
  ])('%s: the day with its stated clock time', (text, ref, span, dateTime) => {
    const { expressions } = extract(text);
    expect(expressions.map((e) => e.text)).toEqual([span]);
    expect(resolveExpression(expressions[0]!, { day: parseIsoDay(ref)!, inferred: false })?.dateTime).toBe(dateTime);
  });

  it.each([
    ['The home side won 14:30 on Monday in a rout.', 'Monday'],
    ['Shares rose 3.5 percent Tuesday.', 'Tuesday'],
    ['On Friday, 10 people were hurt.', 'Friday'],
  ])('%s: no clock time without a clock word', (text, span) => {
    const { expressions } = extract(text);
    expect(expressions.map((e) => [e.text, e.time])).toEqual([[span, undefined]]);
  });

  it('a clock reading alone, or a count before a weekday, is no time of day', () => {
    expect(extract('The vote passed 12 to 3 on Monday.').expressions.map((e) => [e.text, e.time])).toEqual([['Monday', undefined]]);
  });
});

describe('resolution: an offset with nothing before it to count from', () => {
  it('"a year earlier" with no other date near it counts from the reference date', () => {
    const r = resolveIn('Sales had been much weaker a year earlier.', '2016-05-10')!;
    expect(r.date).toBe('2015');
  });
});

describe('resolution: a day and month without a year', () => {
  it.each([
    // sentence, reference, expected
    ['The ministers are invited to a ceremony on March 12.', '2023-02-16', '2023-03-12'], // present: nearest
    ['The board has invited shareholders to a meeting on March 12.', '2023-02-16', '2023-03-12'], // ten months back: ahead
    ['The plant exploded on August 3.', '2023-02-16', '2022-08-03'], // past, six months back: kept
    ['The talks are in April.', '2022-12-05', '2023-04'], // present month: the nearest April
  ])('%s (ref %s) -> %s', (text, ref, date) => {
    expect(resolveIn(text, ref)!.date).toBe(date);
  });
});

describe('resolution: weekdays by tense', () => {
  it.each([
    // sentence, reference, expected date
    ['On Saturday, the minister attended a ceremony.', '2025-03-30', '2025-03-29'], // Sunday ref: the day before
    ['The minister will attend a ceremony on Saturday.', '2025-03-30', '2025-04-05'],
    ['On Monday, China responded.', '2025-03-30', '2025-03-31'], // written the day after its news day
    ['On Friday, the board met.', '2025-03-30', '2025-03-28'],
    ['On Wednesday, the board met.', '2024-02-28', '2024-02-28'], // same weekday: that day
    ['The board met last Wednesday.', '2024-02-28', '2024-02-21'],
    ['The board will meet next Monday.', '2024-02-28', '2024-03-04'],
    ['The vote was held on Thursday.', '2024-03-01', '2024-02-29'], // leap day
    ['Polls closed on Sunday.', '2025-01-01', '2024-12-29'], // across the year end
    ['The summit will open on Tuesday.', '2024-12-30', '2024-12-31'],
    ['The summit opens on Friday.', '2025-06-11', '2025-06-13'], // present: nearest
  ])('%s (ref %s) -> %s', (text, ref, date) => {
    const r = resolveIn(text, ref)!;
    expect(r.date).toBe(date);
    expect(r.precision).toBe('day');
    expect(r.inferred).toBe(true);
  });
});

describe('resolution: relative periods, months without year, offsets, ranges', () => {
  it.each([
    ['Tokyo launched the command last week.', '2025-03-30', '2025-03-24', '2025-03-28', 'week'], // weekend ref: the working week
    ['Tokyo launched the command last week.', '2025-04-02', '2025-03-24', '2025-03-30', 'week'],
    ['Prices rose this week.', '2025-04-02', '2025-03-31', '2025-04-06', 'week'],
    ['Doubts grew earlier this month.', '2025-03-30', '2025-03', undefined, 'month'],
    ['Sales slumped last month.', '2025-01-15', '2024-12', undefined, 'month'],
    ['Turnout fell last year.', '2025-01-15', '2024', undefined, 'year'],
    ['The plan was agreed in July.', '2025-03-30', '2024-07', undefined, 'month'], // past tense: last July
    ['The plan will be signed in July.', '2025-03-30', '2025-07', undefined, 'month'],
    ['The company announced the merger in December.', '2024-01-10', '2023-12', undefined, 'month'], // year rollover
    ['The merger will close in February.', '2024-12-10', '2025-02', undefined, 'month'],
    // a month shifted by "last/next/this"
    ['The reservoir was full last October.', '2025-03-02', '2024-10', undefined, 'month'],
    ['The reservoir was full last February.', '2025-03-02', '2025-02', undefined, 'month'],
    ['The festival returns next June.', '2025-03-02', '2025-06', undefined, 'month'],
    ['The festival returns next February.', '2025-03-02', '2026-02', undefined, 'month'],
    ['The board meets this September, the chair said.', '2025-03-02', '2025-09', undefined, 'month'],
    // years in words, and the year's end or the current year as the reference's
    ['The mill closed in nineteen ninety-six, the mayor recalled.', '2025-03-02', '1996', undefined, 'year'],
    ['The dam was finished in nineteen eleven.', '2025-03-02', '1911', undefined, 'year'],
    ['The treaty was signed in January nineteen ninety seven.', '2025-03-02', '1997-01', undefined, 'month'],
    ['Few expected the line to run by the year two thousand.', '1997-03-02', '2000', undefined, 'year'],
    ['The company expects to return to profit by year-end.', '2025-03-02', '2025', undefined, 'year'],
    ['Sales in the current fiscal year rose sharply.', '2025-03-02', '2025', undefined, 'year'],
    ["The fund aims to double by the year's end.", '2025-03-02', '2025', undefined, 'year'],
    ['The minister spoke on March 30.', '2025-03-30', '2025-03-30', undefined, 'day'],
    ['The minister spoke on December 30.', '2025-01-05', '2024-12-30', undefined, 'day'],
    ['Talks will resume on January 8.', '2024-12-20', '2025-01-08', undefined, 'day'],
    ['The battle ended 80 years ago.', '2025-03-30', '1945', undefined, 'year'],
    ['The bridge collapsed two days ago.', '2025-03-30', '2025-03-28', undefined, 'day'],
    ['The levee was built three months ago.', '2025-01-15', '2024-10', undefined, 'month'],
    ['Veterans marked the 80th anniversary of the battle.', '2025-03-30', '1945', undefined, 'year'],
    ['Officials said today that the river peaked.', '2024-09-16', '2024-09-16', undefined, 'day'],
    ['The river peaked yesterday.', '2024-09-16', '2024-09-15', undefined, 'day'],
    ['The deal runs through March 2027.', '2025-03-30', '2027-03', undefined, 'month'],
    ['The merger should close in the first quarter of 2026.', '2025-06-12', '2026-01', '2026-03', 'month'],
    ['Prices doubled in the 1990s.', '2025-06-12', '1990', '1999', 'decade'],
  ])('%s (ref %s) -> %s', (text, ref, date, endDate, precision) => {
    const r = resolveIn(text, ref)!;
    expect(r.date).toBe(date);
    expect(r.endDate).toBe(endDate);
    expect(r.precision).toBe(precision);
  });

  it('"earlier this month" ends at the reference date', () => {
    const r = resolveIn('Doubts grew earlier this month.', '2025-03-12')!;
    expect(r.to).toBe(parseIsoDay('2025-03-12'));
  });

  it('"through" marks the end of a range', () => {
    expect(resolveIn('The deal runs through March 2027.', '2025-03-30')!.resolution).toMatch(/^end of a range/);
  });

  it('stated dates are not inferred, relative ones are', () => {
    expect(resolveIn('In July 2024, the administration announced a plan.', '2025-03-30')!.inferred).toBe(false);
    expect(resolveIn('The plan was agreed in July.', '2025-03-30')!.inferred).toBe(true);
  });

  it.each(['The president, in his first term, said so.', 'Trump in the past has called for more.'])('vague: %s stays unresolved', (text) => {
    expect(resolveIn(text, '2025-03-30')).toBeUndefined();
  });

  it('relative dates need a reference; stated ones do not', () => {
    const { expressions } = extract('On Saturday the dam, built in 1960, failed.');
    expect(expressions.map((e) => resolveExpression(e, undefined)?.date)).toEqual([undefined, '1960']);
  });
});

describe('resolution: future announced by a present verb', () => {
  it.each([
    ['The deal is expected to close in February.', '2024-12-10', '2025-02'],
    ['The company plans to list its shares in March.', '2024-11-02', '2025-03'],
  ])('%s (ref %s) -> %s', (text, ref, date) => {
    expect(resolveIn(text, ref)!.date).toBe(date);
  });
});

describe('extraction on arbitrary text', () => {
  const pieces = ['On Monday, ', 'in July 2024', ' 80 years ago', '(March 30,', ' the 80th anniversary', ' $1.4 billion a year', ' 50,000', ' last week', ' through March 2027',
    ' 1979 mandate', '\r\n', '\n\n', '. ', '“', '”', ' 🔥 ', ' today', ' in his first term', ' five years earlier', ' Q1 2026', ' May', ' 24/7', ' 2000s', ' e\u0301'];
  const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 25 }).map((a) => a.join(''));

  it('never throws; spans are exact, in order and disjoint', () => {
    fc.assert(
      fc.property(text, (t) => {
        const source = { id: 'x', uri: 'x', text: t };
        const found = extractDateExpressions(source, segment(t).sentences);
        let lastEnd = -1;
        for (const e of found) {
          expect(t.slice(e.span.start, e.span.end)).toBe(e.text);
          expect(e.span.end).toBeGreaterThan(e.span.start);
          if (e.role !== 'commemoration') expect(e.span.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = e.span.end;
          resolveExpression(e, { day: parseIsoDay('2025-03-30')!, inferred: true });
        }
      }),
      { numRuns: 150 },
    );
  });
});
