// Where each character of an extracted article sits in the HTML it came from. Readability keeps
// the text of the nodes it keeps, so each paragraph of the article is found again in the page's
// visible text (visibleText.ts): exactly when it can be, else from its first words on, character by
// character with a small look-ahead (an entity the scanner does not know, a space Readability
// added). A character that cannot be placed gets an empty range at its neighbour's end.
import type { VisibleText } from './visibleText';

export interface MappedText {
  text: string;
  /** HTML offset range of each UTF-16 unit of `text`. */
  starts: Int32Array;
  ends: Int32Array;
}

const UNPLACED = -1;
const LOOK_AHEAD = 64;
const PREFIXES = [24, 12, 6];

/** Builds a text piece by piece, each piece with the HTML ranges of its characters. */
export class MappedTextBuilder {
  private text = '';
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly visible: VisibleText) {}

  /** Appends text placed nowhere in particular (separators, labels): empty ranges at the neighbour. */
  plain(text: string): void {
    this.text += text;
    for (let i = 0; i < text.length; i++) {
      this.starts.push(UNPLACED);
      this.ends.push(UNPLACED);
    }
  }

  /** Appends text whose characters sit at `at, at + 1, …` of the HTML (an attribute value). */
  literal(text: string, at: number): void {
    this.text += text;
    for (let i = 0; i < text.length; i++) {
      this.starts.push(at + i);
      this.ends.push(at + i + 1);
    }
  }

  /**
   * Appends text of the page's visible text (a paragraph, a headline), found from `from` on (then
   * from the top); returns where in the visible text it ended, for the next paragraph to start from.
   */
  visibleText(text: string, from: number): number {
    const v = this.visible;
    let at = v.text.indexOf(text, from);
    if (at < 0) at = v.text.indexOf(text);
    if (at >= 0) {
      this.text += text;
      for (let i = 0; i < text.length; i++) {
        this.starts.push(v.starts[at + i]!);
        this.ends.push(v.ends[at + i]!);
      }
      return at + text.length;
    }
    // its first characters, shorter and shorter (markup may join two cells without a space)
    let j = -1;
    for (const length of PREFIXES) {
      const prefix = text.slice(0, length);
      j = v.text.indexOf(prefix, from);
      if (j < 0) j = v.text.indexOf(prefix);
      if (j >= 0 || length >= text.length) break;
    }
    if (j < 0) {
      this.plain(text);
      return from;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      let k = j;
      const limit = Math.min(v.text.length, j + LOOK_AHEAD);
      while (k < limit && v.text[k] !== c) k++;
      if (k < limit) {
        this.text += c;
        this.starts.push(v.starts[k]!);
        this.ends.push(v.ends[k]!);
        j = k + 1;
      } else this.plain(c);
    }
    return j;
  }

  build(): MappedText {
    const n = this.text.length;
    const starts = Int32Array.from(this.starts);
    const ends = Int32Array.from(this.ends);
    // an unplaced character sits, empty, at the end of the placed one before it (or the start of the next)
    let previous = UNPLACED;
    for (let i = 0; i < n; i++) {
      if (starts[i] !== UNPLACED) previous = ends[i]!;
      else if (previous !== UNPLACED) starts[i] = ends[i] = previous;
    }
    let next = 0;
    for (let i = n - 1; i >= 0; i--) {
      if (starts[i] === UNPLACED) starts[i] = ends[i] = next;
      else next = starts[i]!;
    }
    return { text: this.text, starts, ends };
  }
}

/** The HTML range of the article range [start, end). */
export function mapSpan(map: MappedText, start: number, end: number): { start: number; end: number } {
  const n = map.text.length;
  if (n === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, n - 1));
  if (end <= start) return { start: map.starts[s]!, end: map.starts[s]! };
  const e = Math.max(s, Math.min(end, n) - 1);
  return { start: map.starts[s]!, end: Math.max(map.starts[s]!, map.ends[e]!) };
}
