// UTF-16 offsets → 1-based line and column, the way editors count them: a line ends at CRLF, LF or
// a lone CR, and columns count UTF-16 code units (an emoji outside the BMP is two columns).

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

export interface LineIndex {
  /** Offsets at which each line starts; lineStarts[0] is 0. */
  lineStarts: number[];
  positionAt(offset: number): Position;
}

export function lineIndex(text: string): LineIndex {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    } else if (c === 10 /* \n */) {
      lineStarts.push(i + 1);
    }
  }
  return {
    lineStarts,
    positionAt(offset: number): Position {
      const at = Math.max(0, Math.min(offset, text.length));
      // Last line start ≤ offset, by binary search.
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: at - lineStarts[lo]! + 1 };
    },
  };
}
