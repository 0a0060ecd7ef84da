// Wordings a new user's real news sets tripped on, in sentences of our own: a possessive weekday in
// a past-tense sentence, a past expectation for a month ahead, month abbreviations without their
// dot, a title ending in "Today", and a day only mentioned that must not date its report.
import { describe, expect, it } from 'vitest';
import { extractDateExpressions } from '../../../../src/core/dates/expressions';
import { parseIsoDay, resolveExpression } from '../../../../src/core/dates/resolve';
import { resolveTimeline } from '../../../../src/core/dates/timeline';
import { segment } from '../../../../src/core/text/segment';
import type { Source } from '../../../../src/core/types';

function expressions(text: string) {
  const source: Source = { id: 's', uri: 's', text };
  const found = extractDateExpressions(source, segment(text).sentences);
  for (const e of found) expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
  return found;
}

function resolveIn(text: string, ref: string, which?: string) {
  const all = expressions(text);
  const e = which ? all.find((x) => x.text === which) : all[0];
  expect(e, `no date expression in: ${text}`).toBeDefined();
  return resolveExpression(e!, { day: parseIsoDay(ref)!, inferred: false });
}

describe('a weekday owning a happening', () => {
  it.each([
    // sentence, reference (its weekday), expected
    ["Officials said the number of victims of Tuesday's landslide had climbed to 40.", '2025-03-04', '2025-03-04'], // Tuesday: that day
    ["Rescuers recovered more bodies from Friday's collapse.", '2025-03-08', '2025-03-07'], // Saturday: the day before
    ["The count for Wednesday's by-election was delayed by a recount.", '2025-03-07', '2025-03-05'], // "for" does not make it ahead
    ["Voters are preparing for Sunday's runoff.", '2025-03-07', '2025-03-09'], // present, a plan: still ahead
    ["The mayor will speak at Sunday's memorial.", '2025-03-07', '2025-03-09'], // future
    ['Another day of strikes is called for Thursday.', '2025-03-04', '2025-03-06'], // a plan's day, not possessive
  ])('%s (ref %s) -> %s', (text, ref, date) => {
    expect(resolveIn(text, ref)!.date).toBe(date);
  });
});

describe('a month a past expectation or plan was for', () => {
  it.each([
    ['The minister said she expected the new bridge to open in September.', '2025-06-10', '2025-09'],
    ['The union hoped to settle the dispute before the holidays in December.', '2025-06-10', '2025-12'],
    ['The bridge opened in September, the minister said.', '2025-06-10', '2024-09'], // past happening: the last one
    ['Sales were expected to recover, and they did in March.', '2025-06-10', '2025-03'], // the month is the recovery's, told after
  ])('%s (ref %s) -> %s', (text, ref, date) => {
    expect(resolveIn(text, ref)!.date).toBe(date);
  });
});

describe('month abbreviations without their dot', () => {
  it.each([
    ['The offer expires on Dec 31, 2026, the lender said.', ['Dec 31, 2026'], '2026-12-31'],
    ['The dam burst on 9 Sep 2019 after days of rain.', ['9 Sep 2019'], '2019-09-09'],
    ['The plant reopened on Feb 3 after repairs.', ['Feb 3'], undefined],
    ['The ferry sailed in Oct 2021 with 300 people aboard.', ['Oct 2021'], '2021-10'],
    ['The Mar Menor lagoon and the Jun river were surveyed.', [], undefined],
    // a wire dateline glued to the first sentence is the report's date, read by datelineOf
    ['TARVO, Oct 7 (NWA) - The toll from the flood rose to 12 on Tuesday.', ['Tuesday'], undefined],
    ['TARVO, Sept. 30 (NWA) - The flood peaked on Oct 1 near the dam.', ['Oct 1'], undefined],
  ])('%s', (text, texts, date) => {
    const found = expressions(text);
    expect(found.map((e) => e.text)).toEqual(texts);
    if (date) expect(resolveExpression(found[0]!, undefined)!.date).toBe(date);
  });
});

describe('"Today" ending a title is a name', () => {
  it.each([
    ['She told Business Today the plan was dead.', []],
    ['The claim was repeated by India Today and two other outlets.', []],
    ['Today, the council votes on the budget.', ['Today']],
    ['The council votes on the budget today.', ['today']],
  ])('%s', (text, texts) => {
    expect(expressions(text).map((e) => e.text)).toEqual(texts);
  });
});

describe('a day only mentioned does not date its report', () => {
  const dated = {
    a: 'Date: 2025-05-05\nThe count ended overnight and the coalition lost its majority, officials said on Monday.',
    b: 'Date: 2025-05-05\nThe coalition lost its majority after the overnight count.',
  };
  const refOf = (third: string) => {
    const texts: Record<string, string> = { ...dated, c: third };
    const inputs = Object.entries(texts).map(([id, text]) => {
      const source: Source = { id, uri: id, text };
      const sentences = segment(text).sentences;
      return { source, sentences, expressions: extractDateExpressions(source, sentences) };
    });
    return resolveTimeline(inputs).referenceDates.c!;
  };

  it('a day the text names in the present or conditional takes the set news day', () => {
    expect(refOf('The coalition lost its majority. Its leader said 4 May would be remembered as a day of shame.').date).toBe('2025-05-05');
  });

  it('a day told as a past happening still dates the report', () => {
    expect(refOf('The coalition lost its majority in the vote held on 4 May.').date).toBe('2025-05-04');
  });
});

describe('the reports\' own year, from "this year" and a stated year for the same happening', () => {
  const refsOf = (texts: Record<string, string>) => {
    const inputs = Object.entries(texts).map(([id, text]) => {
      const source: Source = { id, uri: id, text };
      const sentences = segment(text).sentences;
      return { source, sentences, expressions: extractDateExpressions(source, sentences) };
    });
    return resolveTimeline(inputs).referenceDates;
  };
  const a = 'The airline said on March 3 that it had agreed to buy the regional carrier. Shares of the carrier tumbled in February 2026.';
  const c = 'The purchase was approved by both boards and is expected to close by the end of the year, subject to approval by regulators.';

  it('a day and month take the year another source states for what "the end of the year" is about', () => {
    const b = 'The purchase, approved by both boards, is expected to close by the end of 2027, subject to regulatory approval.';
    const refs = refsOf({ a, b, c });
    expect(refs.a!.date).toBe('2027-03-03');
    expect(refs.a!.how).toContain('"end of the year" (c) is "2027" (b)');
    expect(refs.c!.date).toBe('2027-03-03');
  });

  it('with no such year, the first after the latest past date', () => {
    const b = 'The purchase, approved by both boards, is expected to close within months, subject to regulatory approval.';
    expect(refsOf({ a, b, c }).a!.date).toBe('2026-03-03');
  });

  it('two sources stating two years for it say nothing of the reports\' year', () => {
    const b = 'The purchase, approved by both boards, is expected to close by the end of 2027, subject to regulatory approval.';
    const d = 'The purchase, approved by both boards, is expected to close by the end of 2028, subject to regulatory approval.';
    expect(refsOf({ a, b, c, d }).a!.date).toBe('2026-03-03');
  });
});
