// Which pairs of a block are scored: all pairs in a small block, a bounded number per figure in a
// large one (a newsroom's thousands of percentages), counted, not timed.
import { describe, expect, it } from 'vitest';
import { groupBlock } from '../../../../src/core/align/block';
import { EXACT_LIMIT, KEYS_PER_FIGURE, NEIGHBOURS, forCandidatePairs } from '../../../../src/core/align/candidates';
import { ContextWeights } from '../../../../src/core/align/contextWeights';
import type { Figure } from '../../../../src/core/types';

/** A percentage of one source, with the sentence's content words. */
function percent(source: number, value: number, context: string[], concept = ''): Figure {
  return {
    id: `s${source}#0`,
    source: `s${source}`,
    span: { start: 0, end: 3 },
    valueSpan: { start: 0, end: 2 },
    text: `${value}%`,
    sentence: 0,
    value,
    low: value,
    high: value,
    precision: 1,
    unit: { kind: 'percent', name: '%' },
    qualifier: 'exact',
    canonical: { value, low: value, high: value, unit: '%', converted: false },
    counted: concept,
    head: concept,
    concept,
    context,
  };
}

/** A seeded PRNG (mulberry32), so the blocks are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['vote', 'party', 'poll', 'rate', 'share', 'economy', 'price', 'tax', 'city', 'region', 'budget', 'survey'];

/** `n` percentages, one per source, between 20 and 60, each sentence three of twelve common words. */
function newsroomBlock(n: number, seed = 7): Figure[] {
  const rand = prng(seed);
  return Array.from({ length: n }, (_, i) => percent(i, 20 + Math.round(rand() * 400) / 10, [0, 1, 2].map(() => WORDS[Math.floor(rand() * WORDS.length)]!)));
}

function candidates(members: Figure[], limit?: number): [number, number][] {
  const weights = ContextWeights.of(members);
  const pairs: [number, number][] = [];
  forCandidatePairs(members, members.map((f) => weights.vectorOf(f.context)), (i, j) => pairs.push([i, j]), limit);
  return pairs;
}

describe('candidate pairs of a block', () => {
  it('a small block pairs every two figures within the magnitude window', () => {
    const members = [percent(0, 40, ['vote']), percent(1, 41, ['tax']), percent(2, 5, ['vote']), percent(3, 60, ['city'])];
    // 5% and 60% are 12 times apart: outside the window; every other pair is in
    expect(candidates(members).sort()).toEqual([[0, 1], [0, 2], [0, 3], [1, 2], [1, 3]].sort());
  });

  it('a block of 6,000 same-kind figures scores a bounded number of pairs per figure, each pair once', () => {
    const members = newsroomBlock(6000);
    expect(members.length).toBeGreaterThan(EXACT_LIMIT);
    const pairs = candidates(members);
    expect(new Set(pairs.map(([i, j]) => `${i},${j}`)).size).toBe(pairs.length);
    expect(pairs.every(([i, j]) => i < j)).toBe(true);
    expect(pairs.length).toBeLessThanOrEqual(members.length * KEYS_PER_FIGURE * NEIGHBOURS);
    // all pairs would be 18 M (scored exactly, the block would visit every one of them)
    expect(pairs.length).toBeLessThan((members.length * (members.length - 1)) / 2 / 25);
  });

  it('pairs grow linearly with the block: twice the figures, at most about twice the pairs', () => {
    const small = candidates(newsroomBlock(3000)).length;
    const large = candidates(newsroomBlock(6000)).length;
    expect(large / small).toBeLessThan(2.2);
  });

  it('finds two figures that share a rare word however many figures lie between them in value', () => {
    const members = newsroomBlock(4000);
    members.push(percent(4000, 30, ['vote', 'turnout', 'quorum']), percent(4001, 50, ['quorum', 'turnout', 'city']));
    const pairs = candidates(members);
    expect(pairs).toContainEqual([4000, 4001]);
  });

  it('a block that one long source fills tries no pair within it, and still pairs the other sources with it', () => {
    const rand = prng(3);
    // one source of 5,000 figures (one id: a single long file) and two short sources
    const members = Array.from({ length: 5000 }, () => ({ ...percent(0, 20 + Math.round(rand() * 400) / 10, ['rate']) }));
    members.push(percent(1, 41, ['rate']), percent(2, 41.5, ['rate']));
    const pairs = candidates(members);
    expect(pairs.every(([i, j]) => members[i]!.source !== members[j]!.source)).toBe(true);
    expect(pairs).toContainEqual([5000, 5001]);
    expect(pairs.filter(([i, j]) => j === 5000 || i === 5000).length).toBeGreaterThan(NEIGHBOURS);
  });

  it('grouping a block of 6,000 figures (candidates and merge checks) scores a bounded number of pairs', () => {
    const members = newsroomBlock(6000);
    // a fact stated by 300 of the sources: same value, same rare words; the rest are noise
    for (let i = 0; i < 300; i++) members[i * 20] = percent(i * 20, 62, ['turnout', 'referendum', 'vote']);
    const result = groupBlock(members, ContextWeights.of(members));
    expect(result.pairsScored).toBeLessThan(members.length * 150);
    // the 300 statements of the fact are one group
    const fact = result.groups.find((g) => g.includes(0))!;
    expect(fact.filter((k) => k % 20 === 0 && k < 6000).length).toBe(300);
  });

  it('a block at the exact limit still pairs everything, one figure past it does not', () => {
    const at = newsroomBlock(EXACT_LIMIT);
    const past = newsroomBlock(EXACT_LIMIT + 1);
    const all = (n: number) => (n * (n - 1)) / 2;
    expect(candidates(at).length).toBe(all(EXACT_LIMIT));
    expect(candidates(past).length).toBeLessThan(all(EXACT_LIMIT + 1));
  });
});
