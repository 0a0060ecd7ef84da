// What the summary page posts is untrusted: a jump is honoured only for a known, analysed source
// and offsets inside its text.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/types';
import { parseSummaryMessage } from '../../../src/features/summaryMessages';

const analysis: Analysis = {
  sources: [
    { id: 'file:///w/a.txt', path: '/w/a.txt', label: 'a', chars: 100 },
    { id: 'file:///w/big.txt', path: '/w/big.txt', label: 'big', chars: 0, skipped: 'larger than crosscheck.maxFileSize' },
  ],
  claims: [],
  singleSource: [],
  diagnostics: [],
  timeline: [],
  textual: [],
};

describe('parseSummaryMessage', () => {
  it('accepts a jump to a span inside a known source', () => {
    expect(parseSummaryMessage({ type: 'open', source: 'file:///w/a.txt', start: 10, end: 20 }, analysis)).toEqual({
      type: 'open',
      args: ['file:///w/a.txt', 10, 20],
    });
    expect(parseSummaryMessage({ type: 'open', source: 'file:///w/a.txt', start: 100, end: 100 }, analysis)?.type).toBe('open');
  });

  it.each([
    ['an unknown source', { type: 'open', source: 'file:///etc/passwd', start: 0, end: 1 }],
    ['a skipped source', { type: 'open', source: 'file:///w/big.txt', start: 0, end: 0 }],
    ['offsets past the end', { type: 'open', source: 'file:///w/a.txt', start: 90, end: 101 }],
    ['a negative start', { type: 'open', source: 'file:///w/a.txt', start: -1, end: 5 }],
    ['end before start', { type: 'open', source: 'file:///w/a.txt', start: 9, end: 5 }],
    ['fractional offsets', { type: 'open', source: 'file:///w/a.txt', start: 1.5, end: 5 }],
    ['offsets as strings', { type: 'open', source: 'file:///w/a.txt', start: '1', end: '5' }],
    ['NaN', { type: 'open', source: 'file:///w/a.txt', start: Number.NaN, end: 5 }],
    ['a command URI', { type: 'open', source: 'command:workbench.action.terminal.new', start: 0, end: 0 }],
    ['an unknown type', { type: 'run', source: 'file:///w/a.txt', start: 0, end: 1 }],
    ['not an object', 'open'],
    ['null', null],
  ])('refuses %s', (_, message) => {
    expect(parseSummaryMessage(message, analysis)).toBeUndefined();
  });

  it('refuses a jump while there is no analysis', () => {
    expect(parseSummaryMessage({ type: 'open', source: 'file:///w/a.txt', start: 0, end: 1 }, undefined)).toBeUndefined();
  });

  it('reads the ready message with the page version', () => {
    expect(parseSummaryMessage({ type: 'ready', version: 3 }, undefined)).toEqual({ type: 'ready', version: 3 });
    expect(parseSummaryMessage({ type: 'ready', version: 'x' }, analysis)).toEqual({ type: 'ready', version: 0 });
  });
});
