// Two analyzers never share state (issue 11): each gives what an analyzer that saw nothing else
// gives, whatever another analysed before or in between; their outputs share no object; each
// parses for itself. The stages' caches check what they read, so a stage shared by two analyzers
// would mostly cost time, not change output; what sharing can break or reveal is checked here
// (history in an output, an object handed to both, parses spared), and a module-level cache is
// also caught on the source text (architecture.test.ts).
import { describe, expect, it, vi } from 'vitest';
import { createAnalyzer, type Analysis, type AnalysisOptions, type Analyzer, type Source } from '../../../src/core';
import { SETS } from '../reliability/corpus';

const seeds = SETS.seeds!;
const quake = SETS.earthquake!;
const election = SETS.election!;
/** Every seed and fixture article, as one set (their file names differ). */
const everything = Object.values(SETS).flat();

/** The set with the first number of source `i` changed: a re-extracted source, the others kept. */
const edited = (set: readonly Source[], i: number): Source[] =>
  set.map((s, k) => (k === i ? { ...s, text: s.text.replace(/\d+/, (n) => String(Number(n) + 7)) } : s));

const json = (analysis: Analysis) => JSON.stringify(analysis);

/** Each step's output of one analyzer taken through the steps alone. */
function alone(steps: readonly (readonly Source[])[], options?: AnalysisOptions): string[] {
  const analyzer = createAnalyzer();
  return steps.map((sources) => json(analyzer.analyze(sources, options)));
}

/** Every object reachable from `value`. */
function objectsOf(value: unknown, into = new Set<object>()): Set<object> {
  if (value === null || typeof value !== 'object' || into.has(value)) return into;
  into.add(value);
  for (const child of Object.values(value)) objectsOf(child, into);
  return into;
}

describe('analyzers are independent', () => {
  it('one that analysed another set first gives, for this set, what one that saw only this set gives', async () => {
    const a = createAnalyzer();
    a.analyze(seeds);
    const afterSeeds = json(a.analyze(quake));
    expect(afterSeeds).toBe(json(createAnalyzer().analyze(quake)));
    // and what a freshly loaded core gives: no module keeps history that an output could show
    vi.resetModules();
    const reloaded = await import('../../../src/core/index.js');
    expect(reloaded.createAnalyzer).not.toBe(createAnalyzer);
    expect(afterSeeds).toBe(json(reloaded.createAnalyzer().analyze(quake)));
    // and back: what a kept of the quake set does not leak into the seeds
    expect(json(a.analyze(seeds))).toBe(alone([seeds])[0]);
  });

  it('two analyzers interleaved give what each gives alone', () => {
    const stepsA = [seeds, edited(seeds, 4), seeds.slice(0, 3), [...seeds].reverse()];
    const stepsB = [quake, edited(quake, 1), [...quake, ...election], election];
    const expectedA = alone(stepsA);
    const expectedB = alone(stepsB);
    const a = createAnalyzer();
    const b = createAnalyzer();
    stepsA.forEach((sources, i) => {
      expect(json(a.analyze(sources)), `A step ${i}`).toBe(expectedA[i]);
      expect(json(b.analyze(stepsB[i]!)), `B step ${i}`).toBe(expectedB[i]);
    });
  });

  it('two analyzers of the same sources hand out no object in common', () => {
    const a = createAnalyzer();
    const b = createAnalyzer();
    const first = a.analyze(everything);
    const second = b.analyze(everything);
    expect(json(first)).toBe(json(second));
    const ofA = objectsOf(first);
    expect([...objectsOf(second)].filter((o) => ofA.has(o))).toEqual([]);
    // again: the analyzers keep and hand back their own claims and diagnostics, never each other's
    const again = objectsOf(a.analyze(everything));
    const shared = [...objectsOf(b.analyze(everything))].filter((o) => again.has(o));
    expect(shared).toEqual([]);
  });

  it('each analyzer parses for itself: what one parsed spares another nothing', () => {
    const parsedBy = (analyzer: Analyzer, sources: readonly Source[]) => {
      const before = analyzer.parseCount;
      analyzer.analyze(sources);
      return analyzer.parseCount - before;
    };
    const byA = parsedBy(createAnalyzer(), election);
    expect(byA).toBeGreaterThan(0);
    expect(parsedBy(createAnalyzer(), election)).toBe(byA);
  });
});
