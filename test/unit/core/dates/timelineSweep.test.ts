// The timeline's clustering past its exact sizes (issue 16): a newsroom's thousands of mentions of
// one day are joined through a bounded neighbourhood of each mention, not by trying every pair,
// and a large coarser group is matched by a sample of its word lists. Here: the bounded paths
// give the exact clustering on the seeds and fixtures, give the groups of trying every pair on a
// synthetic day of many happenings, and try a number of pairs that grows linearly with it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDateExpressions } from '../../../../src/core/dates/expressions';
import { segment } from '../../../../src/core/text/segment';
import { createTimelineStage, type TimelineInput } from '../../../../src/core/dates/timeline';
import { Columns, type Dated, type Placed } from '../../../../src/core/dates/mentionColumns';
import { linkMentions, NEIGHBOURS } from '../../../../src/core/dates/timelineSweep';
import type { Source } from '../../../../src/core/types';

const ROOT = resolve(__dirname, '../../../..');
const load = (dir: string): Source[] =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, uri: f, text: readFileSync(join(ROOT, dir, f), 'utf8') }));
const inputOf = (source: Source): TimelineInput => {
  const sentences = segment(source.text).sentences;
  return { source, sentences, expressions: extractDateExpressions(source, sentences) };
};
const sets = ['seeds', ...readdirSync(join(ROOT, 'test/fixtures')).map((d) => `test/fixtures/${d}`).filter((d) => statSync(join(ROOT, d)).isDirectory() && load(d).length > 0)];

describe('the clustering with every limit at 0 is the exact one on the seeds and fixtures', () => {
  for (const set of sets) {
    it(set, () => {
      const inputs = load(set).map(inputOf);
      const exact = createTimelineStage().resolve(inputs);
      const bounded = createTimelineStage({ exactWindow: 0, exactCross: 0, sampledLists: 4 }).resolve(inputs);
      expect(exact.timeline.length).toBeGreaterThan(0);
      expect(bounded.timeline).toEqual(exact.timeline);
      expect(bounded.diagnostics).toEqual(exact.diagnostics);
    });
  }
});

/**
 * `n` mentions of one day, in `happenings` happenings: a mention's words are three of its
 * happening's, one of its own and one that every mention has (two shared words join a day).
 */
function oneDay(n: number, happenings: number): Columns {
  const placed: Placed[] = Array.from({ length: n }, (_, i) => {
    const h = i % happenings;
    const words = [`common`, `h${h}-a`, `h${h}-b`, `h${h}-c`, `own${i}`].sort();
    const d = { source: `s${i % 97}`, sentence: i, precision: 'day', from: 20_000, to: 20_000, relativeDay: false, words, verb: 'strike', label: '', ahead: false, inferred: false } as unknown as Dated;
    return { d, sourceIndex: i % 97 };
  });
  return new Columns(placed);
}

/** The groups of `find` as sorted lists of members, and how many pairs mergeScore was asked. */
function groupsOf(col: Columns, limit: number): { groups: number[][]; asked: number } {
  let asked = 0;
  const score = col.mergeScore.bind(col);
  col.mergeScore = (i, j) => (asked++, score(i, j));
  const find = linkMentions(col, limit);
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < col.length; i++) byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), i]);
  return { groups: [...byRoot.values()], asked };
}

describe('joining the mentions of one crowded day', () => {
  it('by neighbourhood gives the groups of trying every pair', () => {
    const exact = groupsOf(oneDay(2_000, 25), Infinity);
    const bounded = groupsOf(oneDay(2_000, 25), 0);
    expect(exact.groups).toHaveLength(25);
    expect(bounded.groups).toEqual(exact.groups);
    // every pair across two happenings was asked when trying all pairs
    expect(exact.asked).toBeGreaterThan((2_000 * 2_000 * 24) / 25 / 2);
  });

  it('asks a number of pairs bounded per mention, linear per doubling', () => {
    const asked = [4_000, 8_000, 16_000].map((n) => groupsOf(oneDay(n, 40), 512).asked);
    // each of a mention's five words is followed NEIGHBOURS places at most
    asked.forEach((a, k) => expect(a).toBeLessThanOrEqual(4_000 * 2 ** k * 5 * NEIGHBOURS));
    expect(asked[1]! / asked[0]!).toBeLessThan(2.2);
    expect(asked[2]! / asked[1]!).toBeLessThan(2.2);
  });
});
