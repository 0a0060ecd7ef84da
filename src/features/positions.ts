// Where the analysed spans are in the editor: source ids ↔ URIs, and UTF-16 offsets → zero-based
// line and character. Always computed from the snapshot the analysis saw, never from the live
// document, so a range agrees with the spans even while the reader types. The snapshot's texts
// are also what the summary shows. No `vscode` import at runtime (URIs are only passed through),
// so it is unit-tested directly; the store turns these line ranges into vscode Ranges.
import type * as vscode from 'vscode';
import { LineIndex, type LinePosition } from '../views/position';
import type { SourceSnapshot } from './sources';

export interface LineRange {
  start: LinePosition;
  end: LinePosition;
}

export class SnapshotPositions {
  /** The analysed text of each source, by id. */
  readonly texts: ReadonlyMap<string, string>;
  /** Built on first use: most sources never need one (no diagnostic, not opened). */
  private readonly indexes = new Map<string, LineIndex>();

  constructor(private readonly snapshot: Pick<SourceSnapshot, 'sources' | 'uris'>) {
    this.texts = new Map(snapshot.sources.map((s) => [s.id, s.text]));
  }

  uriOf(sourceId: string): vscode.Uri | undefined {
    return this.snapshot.uris.get(sourceId);
  }

  /** The source id of a document, when it was analysed (ids are URI strings). */
  sourceIdOf(uri: { toString(): string }): string | undefined {
    const key = uri.toString();
    return this.snapshot.uris.has(key) ? key : undefined;
  }

  lineRangeOf(sourceId: string, start: number, end: number): LineRange | undefined {
    let index = this.indexes.get(sourceId);
    if (!index) {
      const text = this.texts.get(sourceId);
      if (text === undefined) return undefined;
      index = new LineIndex(text);
      this.indexes.set(sourceId, index);
    }
    return { start: index.positionAt(start), end: index.positionAt(end) };
  }
}
