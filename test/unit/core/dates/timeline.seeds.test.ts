// Acceptance on the five seed reports, with NO reference-date override: every reference date is
// inferred from the set, and the happenings land on the dates a careful reader gives them
// (test/fixtures/seeds-expected/seeds.expected.json, "timeline").
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDateExpressions } from '../../../../src/core/dates/expressions';
import { segment } from '../../../../src/core/text/segment';
import { resolveTimeline, type TimelineResult } from '../../../../src/core/dates/timeline';
import type { TimelineEvent } from '../../../../src/core/types';

const ROOT = resolve(__dirname, '../../../..');
const files = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const texts = Object.fromEntries(files.map((f) => [f, readFileSync(join(ROOT, 'seeds', f), 'utf8')]));
const short = (id: string) => id.slice(0, 3);
const expected = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/seeds-expected/seeds.expected.json'), 'utf8')) as {
  timeline: { date: string; event: string; sources: string[] }[];
};

function analyse(options: { referenceDate?: string } = {}): { result: TimelineResult; extractMs: number } {
  const t0 = performance.now();
  const inputs = files.map((f) => {
    const source = { id: f, uri: f, text: texts[f]! };
    const sentences = segment(source.text).sentences;
    return { source, sentences, expressions: extractDateExpressions(source, sentences) };
  });
  const extractMs = performance.now() - t0;
  return { result: resolveTimeline(inputs, options), extractMs };
}

const sourcesOf = (e: TimelineEvent) => [...new Set(e.mentions.map((m) => short(m.source)))].sort();
const onDate = (r: TimelineResult, date: string, endDate?: string) => r.timeline.filter((e) => e.date === date && e.endDate === endDate);

describe('seeds timeline (no override)', () => {
  analyse(); // warm compromise up so the timing below is the steady-state cost
  const { result: r, extractMs } = analyse();
  // eslint-disable-next-line no-console
  console.log(`date extraction for ${files.length} seeds: ${extractMs.toFixed(1)} ms (warm)`);

  it('infers every reference date (2025-03-30) and says how', () => {
    for (const f of files) {
      expect(r.referenceDates[f]).toMatchObject({ date: '2025-03-30', inferred: true });
      expect(r.referenceDates[f]!.how.length).toBeGreaterThan(10);
    }
  });

  it('the Iwo Jima ceremony is ONE event on 2025-03-29 with 001, 002, 003, 004', () => {
    const events = onDate(r, '2025-03-29');
    expect(events).toHaveLength(1);
    expect(sourcesOf(events[0]!)).toEqual(['001', '002', '003', '004']);
    expect(events[0]!.label).toMatch(/memorial|Iwo Jima|commemoration/);
  });

  it('the Tokyo meeting is ONE event on 2025-03-30 with every source that dates it', () => {
    const events = onDate(r, '2025-03-30');
    expect(events).toHaveLength(1);
    const dating = [...new Set(r.mentions.filter((m) => m.date === '2025-03-30').map((m) => short(m.source)))].sort();
    expect(dating).toEqual(['001', '002', '003']);
    expect(sourcesOf(events[0]!)).toEqual(dating);
    expect(events[0]!.mentions.map((m) => m.text).sort()).toEqual(['March 30', 'Sunday', 'today', 'today']);
  });

  it('July 2024 for the command upgrade is ONE event with 001, 002, 003', () => {
    const events = onDate(r, '2024-07');
    expect(events).toHaveLength(1);
    expect(sourcesOf(events[0]!)).toEqual(['001', '002', '003']);
    expect(events[0]!.precision).toBe('month');
  });

  it("China's response is on 2025-03-31 (000)", () => {
    const events = onDate(r, '2025-03-31');
    expect(events).toHaveLength(1);
    expect(sourcesOf(events[0]!)).toEqual(['000']);
    expect(events[0]!.label).toMatch(/^China responded/);
  });

  it('1960 (004) and 1945 via "80 years ago" / "80th anniversary" (001-004)', () => {
    expect(onDate(r, '1960').map(sourcesOf)).toEqual([['004']]);
    const battle = onDate(r, '1945');
    expect(battle).toHaveLength(1);
    expect(sourcesOf(battle[0]!)).toEqual(['001', '002', '003', '004']);
    expect(battle[0]!.mentions.map((m) => m.text).sort()).toEqual(['80 years ago', '80th anniversary', '80th anniversary', '80th anniversary']);
  });

  it('the other dated happenings of the expected timeline', () => {
    expect(onDate(r, '2025-03-24', '2025-03-28').map(sourcesOf)).toEqual([['001', '002', '003']]); // last week / recently
    expect(onDate(r, '2022').map(sourcesOf)).toEqual([['000', '004']]); // "in 2022" and "five years earlier" than 2027
    expect(onDate(r, '1979').map(sourcesOf)).toEqual([['003']]);
    expect(onDate(r, '2025-03').map(sourcesOf)).toEqual([['004']]); // earlier this month
    expect(onDate(r, '2027-03').map(sourcesOf)).toEqual([['004']]); // through March 2027
    expect(onDate(r, '2027').map(sourcesOf)).toEqual([['004']]);
    // every ISO date of the careful reading has its event ("before 2025-03-29" has no date expression)
    for (const row of expected.timeline.filter((t) => /^\d{4}/.test(t.date))) {
      const [date, endDate] = row.date.split('/');
      expect(onDate(r, date!, endDate), row.event).toHaveLength(1);
    }
  });

  it('is sorted by date, leaves "in his first term" off, flags no date conflict', () => {
    const starts = r.timeline.map((e) => (e.date + '-01-01').slice(0, 10));
    expect([...starts].sort()).toEqual(starts);
    expect(r.mentions.find((m) => m.text === 'in his first term')!.date).toBeUndefined();
    expect(r.timeline.some((e) => e.mentions.some((m) => m.text === 'in his first term'))).toBe(false);
    expect(r.diagnostics).toEqual([]);
    expect(r.timeline.some((e) => e.dateConflict)).toBe(false);
  });

  it('every span is the text it names', () => {
    for (const m of r.mentions) expect(texts[m.source]!.slice(m.span.start, m.span.end)).toBe(m.text);
    for (const e of r.timeline) for (const m of e.mentions) expect(texts[m.source]!.slice(m.start, m.end)).toBe(m.text);
  });

  it('the referenceDate option gives the same timeline, not inferred', () => {
    const { result: o } = analyse({ referenceDate: '2025-03-30' });
    expect(o.timeline.map((e) => [e.id, sourcesOf(e)])).toEqual(r.timeline.map((e) => [e.id, sourcesOf(e)]));
    expect(o.referenceDates[files[0]!]).toMatchObject({ inferred: false });
  });
});
