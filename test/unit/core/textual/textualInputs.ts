// Inputs for the textual-discrepancy tests: the seeds and invented article sets as TextualInputs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TextualDiscrepancy } from '../../../../src/core/types';
import { simpleSentences } from '../sentences';

const SEEDS = join(__dirname, '../../../../seeds');

export function seeds() {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      return { source: { id: f, uri: `seeds/${f}`, text }, sentences: simpleSentences(text), label: f.slice(0, 3) };
    });
}

/** A set of invented articles: id → text. */
export function set(texts: Record<string, string>, furniture?: (line: string) => boolean) {
  return Object.entries(texts).map(([id, text]) => ({
    source: { id, uri: `${id}.txt`, text },
    sentences: simpleSentences(text, furniture),
  }));
}

export function variantTexts(found: TextualDiscrepancy[]): string[][] {
  return found.map((d) => d.variants.map((v) => v.text));
}
