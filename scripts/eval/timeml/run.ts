// TimeML (TempEval-3's TBAQ-cleaned): Crosscheck's dates against the tagged date expressions, each
// article read with its creation date as the reference date.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDates } from '../../../src/core';
import { prf, type Prf } from '../newsquant/cqeMatch';
import { parseTimeMl } from './parse';
import { classify, matchDoc, type DocMatch } from './score';
import { yieldNow } from '../yieldNow';

export interface TimeMlResult {
  documents: number;
  /** Counted gold expressions, by precision. */
  counted: number;
  byPrecision: Record<string, number>;
  leftOut: { what: string; count: number }[];
  /** Mentions scored (found ones inside left-out expressions are set aside). */
  predicted: number;
  setAside: number;
  extent: Prf;
  value: Prf;
  docs: (DocMatch & { id: string; dct: string; text: string })[];
}

export async function runTimeMl(shared: string): Promise<TimeMlResult> {
  const root = join(shared, 'corpora', 'timeml');
  const docs: TimeMlResult['docs'] = [];
  const byPrecision: Record<string, number> = {};
  const leftOut = new Map<string, number>();
  for (const sub of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, sub)).filter((f) => f.endsWith('.tml')).sort()) {
      await yieldNow();
      const doc = parseTimeMl(`${sub}/${file}`, readFileSync(join(root, sub, file), 'utf8'));
      for (const t of doc.timexes) {
        const c = classify(t);
        if ('precision' in c) byPrecision[c.precision] = (byPrecision[c.precision] ?? 0) + 1;
        else leftOut.set(c.leftOut, (leftOut.get(c.leftOut) ?? 0) + 1);
      }
      docs.push({ id: doc.id, dct: doc.dct, text: doc.text, ...matchDoc(doc.timexes, readDates(doc.text, doc.dct)) });
    }
  }
  const gold = docs.flatMap((d) => d.gold);
  const matched = gold.filter((g) => g.mention).length;
  const right = gold.filter((g) => g.valueRight).length;
  const predicted = matched + docs.reduce((n, d) => n + d.spurious.length, 0);
  return {
    documents: docs.length,
    counted: gold.length,
    byPrecision,
    leftOut: [...leftOut].map(([what, count]) => ({ what, count })),
    predicted,
    setAside: docs.reduce((n, d) => n + d.setAside, 0),
    extent: prf(matched, gold.length, predicted),
    value: prf(right, gold.length, predicted),
    docs,
  };
}
