// compromiseSpeed.ts: the narrowed sweep and the tabled toSingular give compromise's own results.
// nlp.ts installs them on compromise's world at load; each test compares with the originals put
// back for the call.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import '../../../../src/core/text/nlp';
import { narrowedSweep } from '../../../../src/core/text/compromiseSpeed';

type Fn = (...args: never[]) => unknown;
const world = nlp.world() as unknown as { methods: { one: { bulkMatch: Fn & { original?: Fn } }; two: { transform: { noun: { toSingular: Fn & { original?: Fn } } } } } };
const one = world.methods.one;
const noun = world.methods.two.transform.noun;

/** `run` with compromise's own sweep and toSingular. */
function withOriginals<T>(run: () => T): T {
  const [sweep, singular] = [one.bulkMatch, noun.toSingular];
  one.bulkMatch = sweep.original as typeof sweep;
  noun.toSingular = singular.original as typeof singular;
  try {
    return run();
  } finally {
    one.bulkMatch = sweep;
    noun.toSingular = singular;
  }
}

/** Everything the core reads of a parse (words, offsets, tags, lemmas) and more, less the terms' ids (a running count). */
function reading(text: string): unknown {
  const doc = nlp(text);
  doc.compute('root');
  const json = doc.json({ offset: true, terms: { offset: true, root: true } } as never);
  return JSON.parse(JSON.stringify(json, (key, value: unknown) => (key === 'id' ? undefined : value)));
}

const TEXTS = [
  'Medics counted 4,512 beds.',
  'The children and their geese crossed 3 feet of water; the mice stayed, as did the oxen.',
  'Mr. Smith of the U.S. Geological Survey said it was a 5.6 quake. He didn’t expect more.',
  '“We will rebuild,” the mayor said on Tuesday, adding that 300 homes were lost and 1.4 billion yen pledged.',
  'Turnout was 61.5%, up from 58% four years ago, while shares fell 3 cents to $58.24.',
  'Running quickly, she had been walking for hours when the buses, taxis and lorries stopped.',
  'Would you have known? I wouldn’t — not until they’d gone.',
  'Die Regierung stellte 5 Millionen Euro bereit.',
  '',
  '...',
];

const seeds = (() => {
  const dir = join(__dirname, '../../../../seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
})();

describe('compromiseSpeed', () => {
  it('is installed on compromise by nlp.ts, keeping the originals', () => {
    expect(typeof one.bulkMatch.original).toBe('function');
    expect(typeof noun.toSingular.original).toBe('function');
  });

  it('tags, splits and lemmatises as compromise does: sentences of our own and the seeds', () => {
    expect(seeds.length).toBeGreaterThan(0);
    for (const text of [...TEXTS, TEXTS.join(' '), ...seeds]) expect(reading(text)).toEqual(withOriginals(() => reading(text)));
  });

  it('answers matches and first matches (matchOne) as compromise does', () => {
    const text = TEXTS.join(' ');
    const ask = () => {
      const doc = nlp(text);
      return [doc.match('#Noun+').out('array'), doc.match('#Value #Plural').out('array'), doc.has('#PastTense'), doc.has('#Infinitive #Gerund'), doc.match('[#Value] beds', 0).out('array')];
    };
    expect(ask()).toEqual(withOriginals(ask));
  });

  it('makes the singular of irregular and regular plurals as compromise does', () => {
    const words = ['children', 'geese', 'feet', 'mice', 'oxen', 'people', 'houses', 'buses', 'taxis', 'series', 'analyses', 'beds'];
    const singular = (w: string) => nlp(w).nouns().toSingular().text();
    expect(words.map(singular)).toEqual(withOriginals(() => words.map(singular)));
    expect(singular('children')).toBe('child');
  });

  it('sweeps each sentence with only the hook keys it has, in the index order', () => {
    const seen: string[][] = [];
    const hooks: Record<string, unknown[]> = { '#Noun': [{ match: 'a' }], zebra: [{ match: 'b' }], '#Verb': [{ match: 'c' }], '7': [{ match: 'd' }] };
    const spy = (document: unknown[], net: { hooks: Record<string, unknown[]> }) => {
      seen.push(Object.keys(net.hooks));
      return document.map(() => ({ pointer: [0, 0, 1] }));
    };
    const caches = [new Set(['#Verb', '#Noun', 'x']), new Set(['y']), new Set(['7', 'zebra', '#Verb'])];
    const methods = { one: { cacheDoc: () => caches } };
    const found = narrowedSweep(spy as never)([[], [], []], { hooks, always: [] }, methods as never);
    expect(seen).toEqual([
      ['#Noun', '#Verb'],
      ['7', 'zebra', '#Verb'],
    ]);
    // the matches point at the sentence of the document they were found in
    expect(found.map((f) => f.pointer[0])).toEqual([0, 2]);
  });
});
