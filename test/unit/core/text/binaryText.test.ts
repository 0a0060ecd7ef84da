// Binary detection: one rule and one message for the core and the editor's file reader.
import { describe, expect, it } from 'vitest';
import { BINARY_REASON, looksBinary } from '../../../../src/core/text/binaryText';
import { analyze } from '../../../../src/core/analyze';

describe('binary text', () => {
  it('NUL characters make a text binary; ordinary and non-Latin text does not', () => {
    expect(looksBinary('PK\u0003\u0004\u0000\u0000')).toBe(true);
    expect(looksBinary('About 50,000 troops — 日本 — ok\r\n')).toBe(false);
  });

  it('analyze() lists a binary source as skipped with the shared reason and analyses the rest', () => {
    const analysis = analyze([
      { id: 'a', uri: 'a.txt', text: 'About 50,000 troops are in Japan.' },
      { id: 'b', uri: 'b.bin', text: 'PK\u0000\u0000 50,000 troops' },
    ]);
    expect(analysis.sources.find((s) => s.id === 'b')?.skipped).toBe(BINARY_REASON);
    expect(analysis.sources.find((s) => s.id === 'a')?.skipped).toBeUndefined();
  });
});
