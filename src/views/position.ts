// The one line index: UTF-16 offset ↔ line and column. A line ends at CRLF, LF or a lone CR,
// and columns count UTF-16 code units (an emoji outside the BMP is two), as VS Code and the core's
// spans do. Zero-based for the editor (vscode.Position); one-based for what people and SARIF read.

/** Zero-based, like vscode.Position. */
export interface LinePosition {
  line: number;
  character: number;
}

/** One-based, for people (the summary's "line 12") and SARIF regions. */
export interface LineColumn {
  line: number;
  column: number;
}

export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] is 0. */
  readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (c === 10 /* \n */) this.lineStarts.push(i + 1);
    }
  }

  /** Offsets outside the text are clamped to it. */
  positionAt(offset: number): LinePosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // Last line start ≤ offset, by binary search.
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  /** The same place counted from one. */
  lineColumnAt(offset: number): LineColumn {
    const { line, character } = this.positionAt(offset);
    return { line: line + 1, column: character + 1 };
  }

  offsetAt(position: LinePosition): number {
    const line = Math.max(0, Math.min(position.line, this.lineStarts.length - 1));
    const lineEnd = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    return Math.min(this.lineStarts[line]! + Math.max(0, position.character), lineEnd);
  }
}
