// NewsQuant (the CQE paper's test set): Crosscheck's figures matched to the gold quantities the
// way CQE's evaluation matches them, on the whole set and on what Crosscheck means to read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFigures, type Figure } from '../../../src/core';
import { decodeGoldValue, emptyCounts, matchSentence, prf, type CqeCounts, type CqeQuantity, type Prf } from './cqeMatch';
import { cqeQuantity } from './cqeUnit';
import { EXCLUSIONS, exclusionOf, type GoldQuantity } from './scope';
import { yieldNow } from '../yieldNow';

export interface NewsQuantScores {
  value: Prf;
  valueUnit: Prf;
  valueChange: Prf;
  gold: number;
  predicted: number;
}

export interface NewsQuantResult {
  sentences: number;
  all: NewsQuantScores;
  /** The same with the excluded classes' gold quantities left out (predictions all kept). */
  inScope: NewsQuantScores & { excluded: { id: string; what: string; count: number }[] };
  /** The paper's rows (cqe-results.tsv), as fractions. */
  published: { model: string; type: string; p: number; r: number; f1: number }[];
  /** Per sentence, for --explain: gold, predictions and the figures read. */
  items: NewsQuantItem[];
}

export interface NewsQuantItem {
  text: string;
  gold: (GoldQuantity & { excluded?: string })[];
  figures: Figure[];
}

function scores(c: CqeCounts): NewsQuantScores {
  return { value: prf(c.value, c.gold, c.predicted), valueUnit: prf(c.valueUnit, c.gold, c.predicted), valueChange: prf(c.valueChange, c.gold, c.predicted), gold: c.gold, predicted: c.predicted };
}

const goldQuantity = (q: GoldQuantity): CqeQuantity => {
  const value = decodeGoldValue(q.value);
  if ([value].flat().some(Number.isNaN)) throw new Error(`NewsQuant: unreadable gold value '${q.value}'`);
  return { value, unit: q.normalized_unit.toLowerCase(), sortUnit: q.normalized_unit, change: q.change };
};

export async function runNewsQuant(shared: string): Promise<NewsQuantResult> {
  const dir = join(shared, 'corpora', 'newsquant');
  const data = JSON.parse(readFileSync(join(dir, 'NewsQuant.json'), 'utf8')) as { text: string; quantities: GoldQuantity[] }[];
  const all = emptyCounts();
  const inScope = emptyCounts();
  const excluded = new Map(EXCLUSIONS.map((c) => [c.id, 0]));
  const items: NewsQuantItem[] = [];
  for (const [i, { text, quantities }] of data.entries()) {
    if (i % 50 === 49) await yieldNow();
    const figures = readFigures(text);
    const predicted = figures.map(cqeQuantity);
    const gold = quantities.map((q) => ({ ...q, excluded: exclusionOf(q, text)?.id }));
    for (const q of gold) if (q.excluded) excluded.set(q.excluded, excluded.get(q.excluded)! + 1);
    matchSentence(gold.map(goldQuantity), predicted, all);
    matchSentence(gold.filter((q) => !q.excluded).map(goldQuantity), predicted, inScope);
    items.push({ text, gold, figures });
  }
  return {
    sentences: data.length,
    all: scores(all),
    inScope: { ...scores(inScope), excluded: EXCLUSIONS.map((c) => ({ id: c.id, what: c.what, count: excluded.get(c.id)! })) },
    published: readPublished(join(dir, 'cqe-results.tsv')),
    items,
  };
}

/** cqe-results.tsv: index, P, R, F1 (×100), model, type. */
function readPublished(path: string): NewsQuantResult['published'] {
  const [, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [, p, r, f1, model, type] = row.split('\t');
    return { model: model!, type: type!.trim(), p: Number(p) / 100, r: Number(r) / 100, f1: Number(f1) / 100 };
  });
}
