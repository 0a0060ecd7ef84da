// A large Analysis crosses from the worker in parts (src/analysisChunks.ts): split and joined it
// is the same Analysis, and the real worker bundle answers exactly what the core computes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisJoiner, CHUNK_ITEMS, splitAnalysis } from '../../../src/analysisChunks';
import { createAnalyzer } from '../../../src/core';
import type { Source } from '../../../src/core';
import { WorkerAnalyzer } from '../../../src/features/workerClient';

/** `n` short sentences, each with one count of its own: n single-source figures, no claim across sources. */
function manyFigures(n: number): string {
  const nouns = ['tents', 'homes', 'trucks', 'boats', 'beds', 'pumps'];
  return Array.from({ length: n }, (_, i) => `Crews counted ${(i * 37 + 11).toLocaleString('en-US')} ${nouns[i % nouns.length]}.`).join(' ');
}

const SOURCES: Source[] = [
  { id: 'a.txt', uri: 'a.txt', text: `There are 50,000 U.S. troops in Japan. ${manyFigures(1300)}` },
  { id: 'b.txt', uri: 'b.txt', text: 'About 35,000 US troops are stationed in Japan, officials said.' },
];

describe('an Analysis in parts', () => {
  it('splits every array longer than a part into parts of at most that size, in order, and joins them back', () => {
    const analysis = createAnalyzer().analyze(SOURCES);
    expect(analysis.singleSource.length).toBeGreaterThan(2 * CHUNK_ITEMS);
    const { parts, rest } = splitAnalysis(analysis);
    expect(parts.length).toBe(Math.ceil(analysis.singleSource.length / CHUNK_ITEMS));
    expect(parts.every((p) => p.key === 'singleSource' && p.items.length <= CHUNK_ITEMS)).toBe(true);
    expect(rest.singleSource).toEqual([]);
    expect(rest.claims).toBe(analysis.claims); // short arrays travel with the rest
    const joiner = new AnalysisJoiner();
    parts.forEach((p) => joiner.add(p));
    expect(joiner.join(rest)).toEqual(analysis);
  });

  it('leaves a small Analysis whole', () => {
    const analysis = createAnalyzer().analyze(SOURCES.slice(1));
    const { parts, rest } = splitAnalysis(analysis);
    expect(parts).toEqual([]);
    expect(new AnalysisJoiner().join(rest)).toEqual(analysis);
  });

  // npm test builds dist/ before the unit tests; a bare `vitest run` without a build skips this one
  const script = join(__dirname, '../../../dist/analysisWorker.js');
  it.skipIf(!existsSync(script))('the worker bundle answers, in parts, exactly what the core computes, twice in a row', async () => {
    const worker = new WorkerAnalyzer(script);
    try {
      const expected = createAnalyzer().analyze(SOURCES);
      expect(await worker.analyze(SOURCES)).toEqual(expected);
      const edited = [{ ...SOURCES[0]!, text: SOURCES[0]!.text.replace('50,000', '52,000') }, SOURCES[1]!];
      expect(await worker.analyze(edited)).toEqual(createAnalyzer().analyze(edited));
    } finally {
      worker.dispose();
    }
  }, 60_000);
});
