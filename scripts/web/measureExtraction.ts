// Crosscheck's own extraction (src/core/html/: Readability on linkedom, the paragraph walk, and the
// map back into the HTML) on Readability's test pages: token F1 of the article against
// expected.html, the share of article characters placed on their characters in the HTML, and ms
// per page. Build and run: npx esbuild scripts/web/measureExtraction.ts --bundle --platform=node
// --outfile=scratch/measureExtraction.js && node scratch/measureExtraction.js [DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle, htmlSourceText } from '../../src/core';

const dir = process.argv[2] ?? 'scratch/rtp';
const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
function f1(got: string[], want: string[]): number {
  const bag = new Map<string, number>();
  for (const t of want) bag.set(t, (bag.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of got) {
    const n = bag.get(t);
    if (n) {
      hit++;
      bag.set(t, n - 1);
    }
  }
  if (!got.length || !want.length) return got.length === want.length ? 1 : 0;
  const p = hit / got.length;
  const r = hit / want.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
const scores: number[] = [];
const placed: number[] = [];
const ms: number[] = [];
const wrong: number[] = [];
for (const page of readdirSync(dir).sort()) {
  const html = readFileSync(join(dir, page, 'source.html'), 'utf8');
  const expected = extractArticle(readFileSync(join(dir, page, 'expected.html'), 'utf8'));
  const t0 = performance.now();
  const mapped = htmlSourceText(html);
  ms.push(performance.now() - t0);
  scores.push(f1(tokens(mapped.article.paragraphs.join(' ')), tokens(expected.paragraphs.join(' '))));
  // characters of the paragraphs (not the separators and labels) that sit on a range of the HTML
  let body = 0;
  let onHtml = 0;
  let misplaced = 0;
  const start = mapped.text.indexOf(mapped.article.paragraphs[0] ?? '\u0000');
  for (let i = Math.max(0, start); i < mapped.text.length; i++) {
    if (mapped.text[i] === '\n') continue;
    body++;
    if (mapped.ends[i]! > mapped.starts[i]!) {
      onHtml++;
      // placed on another character: not itself, not a character reference, not whitespace for whitespace
      const at = html.slice(mapped.starts[i], mapped.ends[i]);
      const c = mapped.text[i]!;
      if (at !== c && !at.startsWith('&') && !(/\s/.test(c) && /^\s+$/.test(at)) && !(c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff)) misplaced++;
    }
  }
  placed.push(body ? onHtml / body : 1);
  wrong.push(onHtml ? misplaced / onHtml : 0);
  if (process.env.V) console.log(page, scores.at(-1)!.toFixed(3), placed.at(-1)!.toFixed(3), ms.at(-1)!.toFixed(0));
}
const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
console.log(`pages ${scores.length}; article token F1 mean ${mean(scores).toFixed(4)} median ${median(scores).toFixed(4)}; characters placed in the HTML mean ${mean(placed).toFixed(4)} min ${Math.min(...placed).toFixed(4)}, pages under 0.99: ${placed.filter((p) => p < 0.99).length}; placed on a wrong character: mean ${mean(wrong).toFixed(5)} max ${Math.max(...wrong).toFixed(4)}; ms mean ${mean(ms).toFixed(1)} median ${median(ms).toFixed(1)} max ${Math.max(...ms).toFixed(0)}`);
