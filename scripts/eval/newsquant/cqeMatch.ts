// The matching of CQE's evaluation (satya77/CQE_Evaluation, evaluate_models.py, calculate_metrics),
// ported line by line so that our precision/recall/F1 compare with the paper's table. Its quirks
// are kept on purpose, because they are part of how the published numbers were computed:
//  - per sentence, gold and predictions are sorted by normalised unit, then each gold quantity
//    walks the predictions in that order;
//  - a prediction is consumed only when value AND unit match; one whose value matches but whose
//    unit does not stays available to the next gold quantity;
//  - every value match counts for 'value' (at most as many as the sentence has gold quantities),
//    and every value match with an equal change counts for 'value+change', before the unit test.

/** One quantity as CQE's decode_dictionary returns it. */
export interface CqeQuantity {
  /** A single value, or a range as [from, to]. */
  value: number | readonly [number, number];
  /** Normalised unit, lower-cased ('-' when none): what is compared. */
  unit: string;
  /** The normalised unit as written, when it differs: what CQE sorts by. */
  sortUnit?: string;
  /** '=', '~', '>', '<', 'up' or 'down'. */
  change: string;
}

export interface CqeCounts {
  gold: number;
  predicted: number;
  value: number;
  valueUnit: number;
  valueChange: number;
}

export const emptyCounts = (): CqeCounts => ({ gold: 0, predicted: 0, value: 0, valueUnit: 0, valueChange: 0 });

/** A gold value string: "a-b" is a range unless it is in exponent form or negative. */
export function decodeGoldValue(value: string): CqeQuantity['value'] {
  if (!value.includes('E') && !value.startsWith('-') && value.includes('-')) {
    const [a, b] = value.split('-');
    return [Number(a), Number(b)];
  }
  return Number(value);
}

/** numpy.isclose(gold, model) with its defaults (rtol 1e-5 of the second argument, atol 1e-8). */
const isClose = (a: number, b: number) => Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);

export function valuesMatch(gold: CqeQuantity['value'], model: CqeQuantity['value']): boolean {
  if (typeof gold !== 'number' && typeof model !== 'number') return isClose(gold[0], model[0]) && isClose(gold[1], model[1]);
  if (typeof gold !== 'number' || typeof model !== 'number') return false;
  return isClose(gold, model);
}

/** Python's sorted(key=normalized_unit) on the units as written: stable, by code point. */
const byUnit = (list: readonly CqeQuantity[]) =>
  [...list].sort((a, b) => {
    const [x, y] = [a.sortUnit ?? a.unit, b.sortUnit ?? b.unit];
    return x < y ? -1 : x > y ? 1 : 0;
  });

/** Adds one sentence's matches to `counts` (calculate_metrics' loop body). */
export function matchSentence(gold: readonly CqeQuantity[], predicted: readonly CqeQuantity[], counts: CqeCounts): CqeCounts {
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  let tags = byUnit(predicted);
  let goldLeft = gold.length;
  for (const g of byUnit(gold)) {
    for (const m of tags) {
      if (!valuesMatch(g.value, m.value)) continue;
      if (goldLeft > 0) {
        counts.value++;
        goldLeft--;
      }
      if (m.change === g.change) counts.valueChange++;
      if (m.unit === g.unit) {
        counts.valueUnit++;
        tags = byUnit(tags.filter((t) => t !== m));
        break;
      }
    }
  }
  return counts;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
}

/** get_fscores, as fractions (the paper prints them ×100, one decimal). */
export function prf(tp: number, gold: number, predicted: number): Prf {
  const p = predicted === 0 ? 0 : tp / predicted;
  const r = gold === 0 ? 0 : tp / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), tp };
}
