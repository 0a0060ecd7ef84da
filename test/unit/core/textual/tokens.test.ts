// Tokens share their sentence's words, made when first asked (issue 16): a kept name's token must
// not keep a whole sentence's word array unless a context window needed it.
import { describe, expect, it } from 'vitest';
import { contentWindow, fold, tokenize } from '../../../../src/core/textual/tokens';
import type { Source } from '../../../../src/core/types';

const text = 'Rescuers reached Talgarth’s clinic on Monday. Officials in Brecon said 40 homes were lost.';
const source: Source = { id: 'a', uri: 'a', text };
const sentences = [
  { index: 0, start: 0, end: 45, text: text.slice(0, 45), paragraph: 0 },
  { index: 1, start: 46, end: text.length, text: text.slice(46), paragraph: 0 },
];

describe('tokens and their sentence words', () => {
  it('the tokens of one sentence share one SentenceWords; its words are the folded words, possessives stripped', () => {
    const tokens = tokenize({ source, sentences } as never, { index: 0 });
    const first = tokens.filter((t) => t.sentenceStart === 0);
    const second = tokens.filter((t) => t.sentenceStart === 46);
    expect(new Set(first.map((t) => t.sentence)).size).toBe(1);
    expect(first[0]!.sentence).not.toBe(second[0]!.sentence);
    expect(first[0]!.sentence.words).toEqual(['Rescuers', 'reached', 'Talgarth', 'clinic', 'on', 'Monday'].map(fold));
    // made once, then the same array
    expect(first[1]!.sentence.words).toBe(first[0]!.sentence.words);
    const brecon = second.find((t) => t.text === 'Brecon')!;
    expect(contentWindow(brecon)).toEqual(['officials', 'homes', 'lost'].map(fold));
  });
});
