// The one line index: zero-based positions for the editor, one-based line/column for the summary
// and SARIF, both from the same line starts.
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/views/position';

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
    expect(index.lineColumnAt(offset)).toEqual({ line: line + 1, column: character + 1 });
  });

  it('treats CRLF, LF and a lone CR as line breaks', () => {
    const li = new LineIndex('a\r\nb\nc\rd');
    expect(li.lineStarts).toEqual([0, 3, 5, 7]);
    expect(li.lineColumnAt(0)).toEqual({ line: 1, column: 1 });
    expect(li.lineColumnAt(3)).toEqual({ line: 2, column: 1 });
    expect(li.lineColumnAt(7)).toEqual({ line: 4, column: 1 });
    expect(li.lineColumnAt(8)).toEqual({ line: 4, column: 2 });
  });

  it('clamps offsets outside the text', () => {
    expect(index.positionAt(-4)).toEqual({ line: 0, character: 0 });
    expect(index.positionAt(99)).toEqual({ line: 3, character: 2 });
    expect(index.lineColumnAt(99)).toEqual({ line: 4, column: 3 });
    expect(index.offsetAt({ line: 9, character: 9 })).toBe(text.length);
  });

  it('counts UTF-16 code units like the editor', () => {
    expect(new LineIndex('😀 50,000\nx').positionAt(3)).toEqual({ line: 0, character: 3 });
  });
});
