// The one verdict table: every view's name for a verdict and the order the views list them in.
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../../src/core';
import { byVerdict, VERDICTS } from '../../../src/views/verdicts';

describe('VERDICTS', () => {
  it('orders conflicts, then discrepancies, then agreements', () => {
    const verdicts: Verdict[] = ['agree', 'conflict', 'discrepancy', 'agree', 'conflict'];
    expect(verdicts.map((verdict) => ({ verdict })).sort(byVerdict).map((x) => x.verdict)).toEqual(['conflict', 'conflict', 'discrepancy', 'agree', 'agree']);
  });

  it.each([
    ['conflict', 'Conflict', 'conflict', '🔴'],
    ['discrepancy', 'Discrepancy', 'discrepancy', '🟠'],
    ['agree', 'Sources agree', 'agree', '🟢'],
  ] as const)('%s reads %s / %s / %s', (verdict, title, word, emoji) => {
    expect(VERDICTS[verdict]).toMatchObject({ title, word, emoji });
  });
});
