// parser.ts (over nlp.ts): batched parses equal one parse per text, and an analyzer's parse cache
// spares unchanged sentences.
import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { createAnalyzer } from '../../../../src/core/analyze';
import { Parser } from '../../../../src/core/text/parser';

/** Words of `text` from a plain nlp(text) of that text alone, in Term's shape. */
function alone(text: string) {
  const doc = nlp(text);
  doc.compute('root');
  const json = doc.json({ offset: true, terms: { offset: true } } as never) as { terms: { text: string; normal: string; pre: string; post: string; tags: string[]; offset: { start: number; length: number } }[] }[];
  return json.flatMap((s) => s.terms).map((t) => ({ text: t.text, normal: t.normal, pre: t.pre, post: t.post, tags: [...t.tags].sort(), start: t.offset.start, end: t.offset.start + t.offset.length }));
}

const TEXTS = [
  // quotes and brackets that compromise would merge across sentences if it saw them together
  '“We will rebuild.',
  'Every house,” the mayor said, adding that 300 homes were lost.',
  '(The agency put the toll at 27.',
  'Officials later said 30.)',
  // abbreviations, initials, several compromise sentences in one of ours, contractions, emoji
  'Mr. Smith of the U.S. Geological Survey said it was a 5.6 quake. He didn’t expect more.',
  'J. R. Ewing sold 1,200 shares 😀 at $38 (£28.90) each, the filing shows.',
  'Media contact: +1 (612) 555-0143',
  'Turnout was 61.5%, up from 58% four years ago.',
];

describe('nlp: several texts per compromise call', () => {
  it('gives every text the words, offsets and tags of a parse of that text alone', () => {
    const parser = new Parser();
    const batched = parser.withSharedParses(() => {
      parser.parseAhead(TEXTS);
      return TEXTS.map((t) => parser.tagTerms(t, 100));
    });
    TEXTS.forEach((text, i) => {
      const got = batched[i]!.map((t) => ({ text: t.text, normal: t.normal, pre: t.pre, post: t.post, tags: [...t.tags].sort(), start: t.start - 100, end: t.end - 100 }));
      expect(got).toEqual(alone(text));
    });
  });

  const text = [
    'Quake kills 27 in Riven',
    'A magnitude 5.6 earthquake struck on Monday, killing 27 people and injuring 140.',
    'About 3,000 homes lost power, the utility said on Tuesday.',
    'Rescuers pulled 12 survivors from the rubble this morning.',
  ].join('\n\n');

  it('re-parses only the edited sentence when an article is re-analysed', () => {
    const analyzer = createAnalyzer();
    analyzer.analyze([{ id: 'a', uri: 'a', text }]);
    const before = analyzer.parseCount;
    analyzer.analyze([{ id: 'a', uri: 'a', text: text.replace('3,000 homes', '3,500 homes') }]);
    expect(analyzer.parseCount - before).toBe(1);
  });

  it('a one-shot analyzer keeps no parse (issue 16), parses each sentence once, and gives the same analysis', () => {
    const keeping = createAnalyzer();
    const oneShot = createAnalyzer({ reanalyse: false });
    const first = oneShot.analyze([{ id: 'a', uri: 'a', text }]);
    expect(JSON.stringify(first)).toBe(JSON.stringify(keeping.analyze([{ id: 'a', uri: 'a', text }])));
    // figures and dates share each parse within the analysis: as many parses as the keeping one
    expect(oneShot.parseCount).toBe(keeping.parseCount);
    // nothing was kept: an edit re-parses every sentence, not only the edited one
    const before = oneShot.parseCount;
    oneShot.analyze([{ id: 'a', uri: 'a', text: text.replace('3,000 homes', '3,500 homes') }]);
    expect(oneShot.parseCount - before).toBe(before);
  });

  it('a parser that keeps nothing drops released parses at once; one that keeps recent parses keeps them', () => {
    for (const kept of [0, 100]) {
      const parser = new Parser(kept);
      const parses = parser.withSharedParses(() => {
        parser.parseAhead(TEXTS.slice(0, 2));
        parser.tagTerms(TEXTS[0]!);
        parser.release(TEXTS.slice(0, 1));
        parser.tagTerms(TEXTS[0]!);
        parser.tagTerms(TEXTS[1]!);
        return parser.parseCount;
      });
      expect(parses).toBe(kept === 0 ? 3 : 2);
    }
  });

  it('keeps one cache per analyzer: a second analyzer parses what the first already parsed', () => {
    const first = createAnalyzer();
    first.analyze([{ id: 'a', uri: 'a', text }]);
    const second = createAnalyzer();
    second.analyze([{ id: 'a', uri: 'a', text }]);
    expect(first.parseCount).toBeGreaterThan(0);
    expect(second.parseCount).toBe(first.parseCount);
  });
});
