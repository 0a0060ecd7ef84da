// The merged timeline on small story sets from other domains: reference-date inference, merging
// of the same happening across sources, date conflicts and stable ids.
import { describe, expect, it } from 'vitest';
import { extractDateExpressions } from '../../../../src/core/dates/expressions';
import { segment } from '../../../../src/core/text/segment';
import { resolveTimeline, type TimelineResult } from '../../../../src/core/dates/timeline';
import type { Source } from '../../../../src/core/types';

function run(texts: Record<string, string>, options: { referenceDate?: string } = {}): TimelineResult {
  const inputs = Object.entries(texts).map(([id, text]) => {
    const source: Source = { id, uri: id, text };
    const sentences = segment(text).sentences;
    return { source, sentences, expressions: extractDateExpressions(source, sentences) };
  });
  const result = resolveTimeline(inputs, options);
  // every span is the text it claims to be
  for (const m of result.mentions) expect(texts[m.source]!.slice(m.span.start, m.span.end)).toBe(m.text);
  for (const ev of result.timeline) for (const m of ev.mentions) expect(texts[m.source]!.slice(m.start, m.end)).toBe(m.text);
  return result;
}

const eventOn = (r: TimelineResult, date: string) => r.timeline.filter((e) => e.date === date);
const sourcesOf = (e: { mentions: { source: string }[] }) => [...new Set(e.mentions.map((m) => m.source))].sort();

// An earthquake, told by three outlets; one has a Date: line.
const QUAKE = {
  q1: 'Date: 2024-01-03\nA magnitude 7.5 earthquake struck the Noto peninsula on Monday, killing dozens of people. Rescuers searched collapsed homes through the night. The last major quake in the region hit in 2007.',
  q2: 'The earthquake struck the Noto peninsula on January 1 and set off a tsunami warning along the coast. A smaller quake shook the region in 2007.',
  q3: 'Rescuers today pulled survivors from collapsed homes on the Noto peninsula, officials said. The earthquake on Monday killed dozens of people.',
};

describe('reference dates', () => {
  it('reads a Date: line, and infers the others from the set', () => {
    const r = run(QUAKE);
    expect(r.referenceDates.q1).toEqual({ date: '2024-01-03', inferred: false, how: expect.stringContaining('Date:') });
    // "January 1" takes its year from q1's reference date
    expect(r.referenceDates.q2!.date).toBe('2024-01-01');
    expect(r.referenceDates.q2!.inferred).toBe(true);
    expect(r.referenceDates.q3!.inferred).toBe(true);
  });

  it('the referenceDate option overrides every source', () => {
    const r = run(QUAKE, { referenceDate: '2024-01-10' });
    for (const id of ['q1', 'q2', 'q3']) expect(r.referenceDates[id]).toMatchObject({ date: '2024-01-10', inferred: false });
  });

  it('infers the year of a month-day from the latest past year and the weekday another source gives', () => {
    const r = run({
      a: 'In June 2023, the council approved the stadium plan. The mayor opened the stadium on May 4, the council said.',
      b: 'On Saturday, the mayor opened the new stadium in front of 20,000 fans.',
    });
    // the first May 4 after June 2023 that is a Saturday
    expect(r.referenceDates.a!.date).toBe('2024-05-04');
    expect(r.referenceDates.a!.how).toMatch(/Saturday/);
    const opening = eventOn(r, '2024-05-04');
    expect(opening).toHaveLength(1);
    expect(sourcesOf(opening[0]!)).toEqual(['a', 'b']);
  });

  it('with no year anywhere but a future one, a weekday with a day and month fixes the year', () => {
    const r = run({
      a: 'Dockworkers walked off the job on Wednesday, June 5, shutting the port. The new contract will take effect on January 1, 2026.',
      b: 'The port was shut on June 5 as dockworkers walked off the job.',
      c: 'Dockworkers struck on Wednesday, closing the port for the day.',
    });
    // 2024-06-05 is the latest Wednesday June 5 before 2026-01-01
    expect(r.referenceDates.a).toMatchObject({ date: '2024-06-05', inferred: true });
    expect(r.referenceDates.a!.how).toMatch(/weekday/);
    const strike = eventOn(r, '2024-06-05');
    expect(strike.flatMap(sourcesOf).sort()).toEqual(['a', 'b', 'c']);
  });

  it('a wire dateline without its year dates its report, the year from the set', () => {
    const r = run({
      a: 'Date: 2021-09-04\nThe council approved the budget on Friday after a long debate.',
      b: 'PUNE, Sep 3: The council approved the budget today after a long debate.',
    });
    expect(r.referenceDates.b).toMatchObject({ date: '2021-09-03', inferred: true });
    expect(r.referenceDates.b!.how).toMatch(/dateline "PUNE, Sep 3:"/);
  });

  it('"today" in one source is the day another source states for the same happening', () => {
    const r = run({
      a: 'The central bank raised interest rates on March 20, 2024, citing stubborn inflation.',
      b: 'The central bank raised interest rates today, citing stubborn inflation, and signalled more increases.',
    });
    expect(r.referenceDates.b).toMatchObject({ date: '2024-03-20', inferred: true });
    expect(r.referenceDates.b!.how).toMatch(/"today" is the happening a puts on 2024-03-20/);
  });
});

describe('merging', () => {
  it('a weekday and an explicit date of the same happening are one event', () => {
    const r = run(QUAKE);
    const quake = eventOn(r, '2024-01-01');
    expect(quake).toHaveLength(1);
    expect(sourcesOf(quake[0]!)).toEqual(['q1', 'q2', 'q3']);
    expect(quake[0]!.label).toMatch(/earthquake struck/);
    const y2007 = eventOn(r, '2007');
    expect(y2007).toHaveLength(1);
    expect(sourcesOf(y2007[0]!)).toEqual(['q1', 'q2']);
  });

  it('different happenings on overlapping dates stay apart', () => {
    const r = run({
      a: 'Date: 2025-06-12\nAcme agreed last week to buy Widget Corp for $2 billion. A fire closed the Acme plant in Ohio on Monday.',
      b: 'Acme Corp said on June 5 that it would buy Widget Corp for $2 billion in cash.',
    });
    const deal = r.timeline.find((e) => e.mentions.some((m) => m.text === 'June 5'))!;
    expect(sourcesOf(deal)).toEqual(['a', 'b']);
    expect(deal.mentions.map((m) => m.text)).toContain('last week');
    const fire = r.timeline.find((e) => e.mentions.some((m) => m.text === 'Monday'))!;
    expect(fire).not.toBe(deal);
    expect(fire.date).toBe('2025-06-09');
  });

  it('one sentence with two dates gives two events ("in 2027 from 1% five years earlier")', () => {
    const r = run({ a: 'Date: 2025-03-30\nTokyo is raising defense spending to 2% of GDP in 2027 from about 1% five years earlier.' });
    expect(r.timeline.map((e) => e.date)).toEqual(['2022', '2027']);
  });

  it('unresolvable mentions are kept as mentions but not put on the timeline', () => {
    const r = run({ a: 'Date: 2025-03-30\nIn his first term, the president said allies should pay more. He spoke again on Friday.' });
    expect(r.mentions.map((m) => [m.text, m.date])).toEqual([
      ['In his first term', undefined],
      ['Friday', '2025-03-28'],
    ]);
    expect(r.timeline).toHaveLength(1);
  });

  it('the timeline is sorted by date and ids are stable across runs and source order', () => {
    const a = run(QUAKE);
    const b = run({ q3: QUAKE.q3, q2: QUAKE.q2, q1: QUAKE.q1 });
    expect(a.timeline.map((e) => e.id)).toEqual(b.timeline.map((e) => e.id));
    const dates = a.timeline.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(a.timeline.map((e) => e.id)).size).toBe(a.timeline.length);
    expect(a.timeline[0]!.id).toMatch(/^2007-/);
  });
});

describe('a stated year and the one stated day within it', () => {
  it('join when the set states only that day in that year, even with no words in common', () => {
    const r = run({
      a: 'Date: 2011-03-02\nThe charity has run the shelter since 1987.',
      b: 'Date: 2011-03-02\nOn June 9, 1987, volunteers opened the first shelter in a church hall.',
    });
    const ev = r.timeline.find((e) => e.date === '1987-06-09')!;
    expect(sourcesOf(ev)).toEqual(['a', 'b']);
  });

  it('stay apart when the set states two days in that year', () => {
    const r = run({
      a: 'Date: 2011-03-02\nThe charity has run the shelter since 1987.',
      b: 'Date: 2011-03-02\nOn June 9, 1987, volunteers opened the first shelter. On October 2, 1987, a storm flooded the town.',
    });
    expect(r.timeline.find((e) => e.date === '1987')).toBeDefined();
  });
});

describe('datelines in the text', () => {
  it('a sentence that is only a wire dateline joins the happening its source tells that day', () => {
    const r = run({
      a: 'Date: 2017-05-13\nOSLO, May 12 (Reuters) --\n\nThe ferry ran aground near the harbour on Friday, the coast guard said.',
    });
    expect(r.timeline).toHaveLength(1);
    expect(r.timeline[0]!.mentions.map((m) => m.text).sort()).toEqual(['Friday', 'May 12']);
    expect(r.timeline[0]!.label).toMatch(/ferry/i);
  });
});

describe('date conflicts', () => {
  // An election: two outlets put polling day on the Tuesday, one on the Monday before.
  const ELECTION = {
    e1: 'Date: 2022-11-10\nVoters went to the polls on Tuesday to elect a new governor in the state election.',
    e2: 'Date: 2022-11-10\nVoters went to the polls on November 7 to elect a new governor in the state election.',
    e3: 'Voters went to the polls on November 8, 2022 to elect a new governor in the state election, officials said.',
  };

  it('the same happening on different dates is one event with a date conflict and a diagnostic on the outlier', () => {
    const r = run(ELECTION);
    const polls = r.timeline.filter((e) => /polls/.test(e.label));
    expect(polls).toHaveLength(1);
    const ev = polls[0]!;
    expect(ev.date).toBe('2022-11-08');
    expect(sourcesOf(ev)).toEqual(['e1', 'e2', 'e3']);
    expect(ev.dateConflict!.dates).toEqual(
      expect.arrayContaining([
        { source: 'e2', date: '2022-11-07' },
        { source: 'e1', date: '2022-11-08' },
        { source: 'e3', date: '2022-11-08' },
      ]),
    );
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect(d).toMatchObject({ source: 'e2', code: 'date-conflict', claim: ev.id });
    expect(d).not.toHaveProperty('severity'); // the front ends decide how loud a kind is
    expect(ELECTION.e2.slice(d.start, d.end)).toBe('November 7');
    expect(d.related.map((x) => x.source).sort()).toEqual(['e1', 'e3']);
  });

  it('two sources, one each: both mentions are flagged', () => {
    const r = run({ e1: ELECTION.e1, e2: ELECTION.e2 });
    expect(r.diagnostics.map((d) => d.source).sort()).toEqual(['e1', 'e2']);
  });

  it('statements on different days are not a date conflict, however alike their words', () => {
    const r = run({
      a: 'Date: 2021-05-14\nOn Thursday, fire officials said the blaze near the reservoir had burned 400 homes.',
      b: 'Date: 2021-05-14\nFire officials said Tuesday that the blaze near the reservoir had burned 400 homes.',
    });
    expect(r.diagnostics).toEqual([]);
  });

  it('a state of things "as of" a day does not conflict with the happening it counts', () => {
    const r = run({
      a: 'Date: 2021-05-14\nThe earthquake destroyed 400 homes in the mountain villages on Tuesday.',
      b: 'Date: 2021-05-14\nThe earthquake destroyed 400 homes in the mountain villages, figures as of Thursday showed.',
    });
    expect(r.diagnostics).toEqual([]);
  });

  it('a source that tells both dates does not conflict with itself', () => {
    const r = run({
      a: 'Date: 2024-09-20\nThe hurricane made landfall in Florida on Thursday. The hurricane made landfall in Florida again in 2022, officials recalled.',
      b: 'The hurricane made landfall in Florida in 2022.',
    });
    expect(r.diagnostics).toEqual([]);
  });
});

describe('reference dates: edge cases', () => {
  it('a "Published:" line with a spelled-out date counts; a Date: line deep in the text does not', () => {
    const r = run({
      a: 'Published: March 3, 2024\nThe ferry sank on Friday.',
      b: 'The ferry sank near the island on Friday.\nMore text.\nMore text.\nMore text.\nMore text.\nMore text.\nDate: 2020-01-01',
    });
    expect(r.referenceDates.a).toMatchObject({ date: '2024-03-03', inferred: false });
    expect(r.referenceDates.b!.inferred).toBe(true);
    expect(r.timeline.find((e) => e.date === '2024-03-01')!.mentions.map((m) => m.source).sort()).toEqual(['a', 'b']);
  });

  it('with nothing to hang on, relative dates stay unresolved and stated ones still resolve', () => {
    const r = run({ a: 'On Monday the plant, opened in 1987, closed.' });
    expect(r.referenceDates).toEqual({});
    expect(r.mentions.map((m) => [m.text, m.date])).toEqual([
      ['Monday', undefined],
      ['1987', '1987'],
    ]);
    expect(r.timeline.map((e) => e.date)).toEqual(['1987']);
  });
});
