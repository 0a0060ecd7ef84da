// A tiny sentence splitter for tests, until segment.ts lands: paragraphs are lines, sentences end
// at . ! ? (optionally followed by a closing quote) before white space and a capital or quote.
import type { Sentence } from '../../../src/core/types';

export function simpleSentences(text: string, furniture: (line: string) => boolean = () => false): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    const lineStart = line.index ?? 0;
    const isFurniture = furniture(line[0]);
    let from = 0;
    const ends = [...line[0].matchAll(/[.!?]["”’)]?(?=\s+["“‘(]?\p{Lu})/gu)].map((m) => (m.index ?? 0) + m[0].length);
    for (const end of [...ends, line[0].length]) {
      const raw = line[0].slice(from, end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body) {
        const start = lineStart + from + lead;
        out.push({ index: out.length, paragraph, start, end: start + body.length, text: body, furniture: isFurniture });
      }
      from = end;
    }
    paragraph++;
  }
  return out;
}
