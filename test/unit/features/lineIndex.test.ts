import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/features/lineIndex';

describe('LineIndex', () => {
  const text = 'ab\ncd\r\nef\rgh';
  const index = new LineIndex(text);

  it.each([
    [0, 0, 0],
    [2, 0, 2],
    [3, 1, 0],
    [5, 1, 2],
    [7, 2, 0],
    [10, 3, 0],
    [12, 3, 2],
  ])('offset %i -> line %i, character %i (LF, CRLF and CR line ends)', (offset, line, character) => {
    expect(index.positionAt(offset)).toEqual({ line, character });
    expect(index.offsetAt({ line, character })).toBe(offset);
  });

  it('clamps offsets outside the text', () => {
    expect(index.positionAt(-4)).toEqual({ line: 0, character: 0 });
    expect(index.positionAt(99)).toEqual({ line: 3, character: 2 });
  });

  it('counts UTF-16 code units like the editor', () => {
    expect(new LineIndex('😀 50,000\nx').positionAt(3)).toEqual({ line: 0, character: 3 });
  });
});
