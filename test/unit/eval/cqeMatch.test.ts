// CQE's matching (evaluate_models.py calculate_metrics) on hand-made sentences, quirks included.
// The port was also checked once on CQE_Evaluation's stored GPT-3 predictions: it reproduces the
// paper's GPT-3 row exactly (docs/accuracy.md).
import { describe, expect, it } from 'vitest';
import { decodeGoldValue, emptyCounts, matchSentence, prf, valuesMatch, type CqeQuantity } from '../../../scripts/eval/newsquant/cqeMatch';

const q = (value: CqeQuantity['value'], unit = '-', change = '='): CqeQuantity => ({ value, unit, change });

describe("CQE's matching", () => {
  it.each([
    ['5', 5],
    ['1.99E-29', 1.99e-29],
    ['-260', -260],
    ['252.0-287.0', [252, 287]],
    ['3.0 - 4.0', [3, 4]],
  ])('reads the gold value %s', (raw, want) => {
    expect(decodeGoldValue(raw)).toEqual(want);
  });

  it.each([
    [100, 100.0009, true],
    [100, 100.01, false],
    [[1, 2] as const, [1, 2] as const, true],
    [[1, 2] as const, 1.5, false],
    [0, 1e-9, true],
  ])('values %j and %j match: %s', (gold, model, want) => {
    expect(valuesMatch(gold, model)).toBe(want);
  });

  it.each<{ name: string; gold: CqeQuantity[]; predicted: CqeQuantity[]; want: Partial<ReturnType<typeof emptyCounts>> }>([
    { name: 'value, unit and change all right', gold: [q(5, 'dollar')], predicted: [q(5, 'dollar')], want: { value: 1, valueUnit: 1, valueChange: 1 } },
    { name: 'right value, wrong unit and change', gold: [q(5, 'dollar', '~')], predicted: [q(5, 'euro')], want: { value: 1, valueUnit: 0, valueChange: 0 } },
    {
      name: 'a value-only match is not consumed: two gold quantities may both match it',
      gold: [q(5, 'dollar'), q(5, 'euro')],
      predicted: [q(5, 'yen')],
      want: { value: 2, valueUnit: 0, valueChange: 2 },
    },
    {
      name: 'value counts stop at the number of gold quantities; change counts do not',
      gold: [q(5, 'b')],
      predicted: [q(5, 'a'), q(5, 'b')],
      want: { value: 1, valueUnit: 1, valueChange: 2 },
    },
    {
      name: 'a unit match consumes the prediction',
      gold: [q(5, 'dollar'), q(5, 'dollar')],
      predicted: [q(5, 'dollar')],
      want: { value: 1, valueUnit: 1, valueChange: 1 },
    },
    { name: 'a range matches only a range', gold: [q([1, 2])], predicted: [q(1.5), q([1, 2])], want: { value: 1, valueUnit: 1 } },
    { name: 'nothing predicted', gold: [q(3)], predicted: [], want: { gold: 1, predicted: 0, value: 0 } },
  ])('$name', ({ gold, predicted, want }) => {
    const got = matchSentence(gold, predicted, emptyCounts());
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, got[k as keyof typeof got]]))).toEqual(want);
  });

  it('orders by the unit as written, as Python sorts the dictionaries', () => {
    // 'Zebra' sorts before 'apple' as written, after it lower-cased: the written form decides who matches first
    const gold = [{ ...q(1, 'apple'), sortUnit: 'apple' }, { ...q(1, 'zebra'), sortUnit: 'Zebra' }];
    const got = matchSentence(gold, [q(1, 'apple')], emptyCounts());
    expect(got).toMatchObject({ value: 2, valueUnit: 1, valueChange: 2 });
  });

  it('computes precision, recall and F1', () => {
    expect(prf(6, 10, 8)).toEqual({ p: 0.75, r: 0.6, f1: (2 * 0.75 * 0.6) / 1.35, tp: 6 });
    expect(prf(0, 0, 0)).toEqual({ p: 0, r: 0, f1: 0, tp: 0 });
  });
});
