// How strongly two figures pair: a vague quantity pairs after a stated number. Wordings of our own.
import { describe, expect, it } from 'vitest';
import { groupsOf, inOneGroup } from './readIdentities';

const together = (texts: string[], a: string, b: string) => inOneGroup(groupsOf(texts), a, b);

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
