import { describe, expect, it } from 'vitest';
import { toUsd, EXCHANGE_RATES_PER_USD } from '../../../../src/core/figures/currencies';
import { detectSeparatorConvention, parseNumeral, scaleOf } from '../../../../src/core/figures/numerals';

describe('parseNumeral', () => {
  it.each([
    ['53,000', 'unknown', 53000, 1000],
    ['50.000', 'unknown', 50000, 10000],
    ['1.500', 'unknown', 1.5, 0.001],
    ['1.500', 'dot', 1500, 100],
    ['1,247,960', 'unknown', 1247960, 10],
    ['1.250.000', 'unknown', 1250000, 10000],
    ['41,2', 'unknown', 41.2, 0.1],
    ['3.5', 'unknown', 3.5, 0.1],
    ['27', 'unknown', 27, 1],
    ['2.000.000,5', 'unknown', 2000000.5, 0.1],
    ['50\u00a0000', 'unknown', 50000, 10000],
  ] as const)('%s (%s) → %d', (raw, convention, value, precision) => {
    const parsed = parseNumeral(raw, convention);
    expect(parsed?.value).toBeCloseTo(value, 6);
    expect(parsed?.precision).toBeCloseTo(precision, 9);
  });

  it('rejects what is not a number', () => {
    expect(parseNumeral('1,2,3')).toBeUndefined();
    expect(parseNumeral('12.34.5')).toBeUndefined();
  });
});

describe('separator convention', () => {
  it('decides from unambiguous numbers', () => {
    expect(detectSeparatorConvention('It cost 1.250.000 euros, or 3,5 %.')).toBe('dot');
    expect(detectSeparatorConvention('It cost 1,250,000 dollars, or 3.25%.')).toBe('comma');
    expect(detectSeparatorConvention('About 50.000 troops.')).toBe('unknown');
  });
});

describe('scales and currencies', () => {
  it('reads scale words and abbreviations', () => {
    expect(scaleOf('billion')).toBe(1e9);
    expect(scaleOf('bn')).toBe(1e9);
    expect(scaleOf('millions')).toBe(1e6);
    expect(scaleOf('crore')).toBe(1e7);
    expect(scaleOf('apples')).toBeUndefined();
  });

  it('converts with the table and with overrides', () => {
    expect(toUsd(150, 'JPY')).toBeCloseTo(150 / EXCHANGE_RATES_PER_USD.JPY!, 6);
    expect(toUsd(100, 'JPY', { JPY: 100 })).toBe(1);
    expect(toUsd(100, 'XXX')).toBeUndefined();
  });
});
