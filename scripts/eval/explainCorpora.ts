// `npm run eval -- --only newsquant --explain` / `--only timeml --explain`: the items each corpus
// got wrong, to find the error classes behind the numbers.
import { valuesMatch } from './newsquant/cqeMatch';
import { cqeQuantity } from './newsquant/cqeUnit';
import { decodeGoldValue } from './newsquant/cqeMatch';
import type { NewsQuantResult } from './newsquant/run';
import type { TimeMlResult } from './timeml/run';

/** Sentences where a gold value was not read, a figure matches no gold value, or a gold value was read with another unit or change. */
export function explainNewsQuant(r: NewsQuantResult): string[] {
  const lines: string[] = [];
  for (const item of r.items) {
    const predicted = item.figures.map((f) => ({ f, q: cqeQuantity(f) }));
    const missed = item.gold.filter((g) => !predicted.some((p) => valuesMatch(decodeGoldValue(g.value), p.q.value)));
    const extra = predicted.filter((p) => !item.gold.some((g) => valuesMatch(decodeGoldValue(g.value), p.q.value)));
    // gold values read, but with no reading of the same value that has the gold unit (or change)
    const slips: string[] = [];
    for (const g of item.gold) {
      const same = predicted.filter((p) => valuesMatch(decodeGoldValue(g.value), p.q.value));
      if (same.length === 0) continue;
      const read = (key: 'unit' | 'change') => same.map((p) => `${JSON.stringify(p.f.text)} ${p.q[key]}`).join(' | ');
      if (!same.some((p) => p.q.unit === g.normalized_unit.toLowerCase())) slips.push(`  unit     ${g.value} gold '${g.normalized_unit}', read ${read('unit')}`);
      if (!same.some((p) => p.q.change === g.change)) slips.push(`  change   ${g.value} gold '${g.change}', read ${read('change')}`);
    }
    if (missed.length === 0 && extra.length === 0 && slips.length === 0) continue;
    lines.push(item.text);
    for (const g of missed) lines.push(`  missed   ${g.value} ${g.normalized_unit} (${g.change})${g.excluded ? ` [left out: ${g.excluded}]` : ''}`);
    for (const p of extra) lines.push(`  spurious ${JSON.stringify(p.f.text)} = ${JSON.stringify(p.q.value)} ${p.q.unit}`);
    lines.push(...slips);
  }
  return lines;
}

/** Expressions missed or resolved wrongly, and dates found where the corpus tags none. */
export function explainTimeMl(r: TimeMlResult): string[] {
  const lines: string[] = [];
  for (const d of r.docs) {
    const wrong = d.gold.filter((g) => !g.valueRight);
    if (wrong.length === 0 && d.spurious.length === 0) continue;
    lines.push(`${d.id} (DCT ${d.dct})`);
    for (const g of wrong) {
      const found = g.mention ? `found ${JSON.stringify(g.mention.text)} = ${g.mention.date ?? 'unresolved'} (${g.mention.precision})` : 'MISSED';
      lines.push(`  ${JSON.stringify(g.timex.text)} ${g.timex.value}: ${found}`);
    }
    for (const m of d.spurious) lines.push(`  spurious ${JSON.stringify(m.text)} = ${m.date ?? 'unresolved'}`);
  }
  return lines;
}
