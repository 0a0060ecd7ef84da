// One folder of articles, read twice: as the CLI reads it (what the analysis sees) and as
// ../shared/tools/score.py reads it (where the key's spans are found), so that offsets agree with
// the reference scorer exactly, byte-order marks and CRLF line ends included.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../../../src/core';

export interface Articles {
  dir: string;
  /** The .txt file names, sorted as Python's sorted() sorts them (code points). */
  files: string[];
  /** What the analysis reads: the CLI's decoding (UTF-8, invalid bytes as U+FFFD, a leading BOM dropped). */
  sources: Source[];
  /** What score.py reads: Python's text mode (BOM kept, '\r\n' and '\r' read as '\n'). */
  keyText(file: string): string;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function readArticles(dir: string): Articles {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  return articlesOf(dir, new Map(files.map((f) => [f, readFileSync(join(dir, f))])));
}

/** The same from bytes in memory (tests): every file name, though only .txt files are articles. */
export function articlesOf(dir: string, bytes: ReadonlyMap<string, Uint8Array>): Articles {
  const files = [...bytes.keys()].filter((f) => f.endsWith('.txt')).sort(byCodePoint);
  const keyTexts = new Map<string, string>();
  return {
    dir,
    files,
    sources: files.map((f) => ({ id: f, uri: join(dir, f), text: new TextDecoder('utf-8').decode(bytes.get(f)) })),
    keyText(file) {
      let text = keyTexts.get(file);
      if (text === undefined) {
        const raw = bytes.get(file);
        if (!raw) throw new Error(`no article ${file} in ${dir}`);
        text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw).replace(/\r\n?/g, '\n');
        keyTexts.set(file, text);
      }
      return text;
    },
  };
}
