// Key places to offsets, and overlap, exactly as ../shared/tools/score.py computes them.
import type { Articles } from './articles';
import type { KeyPlace } from './key';

/** A file and a UTF-16 [start, end) range in it. */
export interface Loc {
  file: string;
  start: number;
  end: number;
}

export class KeySpanMissing extends Error {}

/**
 * The first occurrence of a span (an error when it is not there: the text differs from the key's),
 * or of a whole line (undefined when absent). Python's `^...$` in MULTILINE mode: a line starts at
 * 0 or after '\n' and ends at '\n' or the end of the text.
 */
export function locate(articles: Articles, place: KeyPlace): Loc | undefined {
  if (!articles.files.includes(place.file)) throw new KeySpanMissing(`key file not among the articles: ${place.file}`);
  const text = articles.keyText(place.file);
  if (place.line !== undefined) {
    for (let i = 0; i <= text.length; i = text.indexOf('\n', i) + 1 || text.length + 1) {
      const end = i + place.line.length;
      if (text.startsWith(place.line, i) && (end === text.length || text[end] === '\n')) return { file: place.file, start: i, end };
    }
    return undefined;
  }
  const i = text.indexOf(place.span ?? '');
  if (i < 0) throw new KeySpanMissing(`key span not in ${place.file}: ${JSON.stringify(place.span)}`);
  return { file: place.file, start: i, end: i + place.span!.length };
}

export const overlaps = (a: Loc, b: Loc): boolean => a.file === b.file && a.start < b.end && b.start < a.end;

/** score.py's frac: n/d rounded to 3 decimals as Python's round() does (half to even), null for 0/0. */
export function frac(n: number, d: number): number | null {
  if (d === 0) return null;
  const scaled = n * 1000;
  let q = Math.floor(scaled / d);
  const r = scaled - q * d;
  if (2 * r > d || (2 * r === d && q % 2 === 1)) q++;
  return q / 1000;
}
