// How strongly two figures pair: a vague quantity pairs after a stated number. Wordings of our own.
import { describe, expect, it } from 'vitest';
import { alignFigures } from '../../../../src/core/align/aligner';
import { withIdentities } from '../../../../src/core/align/identity';
import { sourceYear } from '../../../../src/core/align/marks';
import { extractFigures } from '../../../../src/core/figures/extract';
import { segment } from '../../../../src/core/text/segment';

function together(texts: string[], a: string, b: string): boolean {
  const figures = texts.flatMap((text, i) => {
    const sentences = segment(text).sentences;
    return withIdentities(extractFigures({ id: `s${i}`, uri: `s${i}`, text }, sentences), { text, sentences, year: sourceYear(text) });
  });
  const groups = alignFigures(figures, texts.map((_, i) => `s${i}`)).map((g) => g.map((f) => `${f.source}:${f.text}`));
  return groups.some((g) => g.some((x) => x.includes(a)) && g.some((x) => x.includes(b)));
}

describe('a vague quantity pairs after a stated number', () => {
  it('"more than a million" joins a source’s stated million, not its "hundreds of thousands" in a sentence more alike', () => {
    const texts = [
      'Hundreds of thousands of people took to the streets across the country on Thursday. According to the police, the marchers were just over a million.',
      'More than a million people took to the streets across the country on Thursday.',
    ];
    expect(together(texts, 's1:More than a million', 's0:just over a million')).toBe(true);
    expect(together(texts, 's1:More than a million', 's0:Hundreds of thousands')).toBe(false);
  });
});
