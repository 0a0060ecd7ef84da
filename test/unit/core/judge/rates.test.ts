// Money compared at the rate of the year each report was written.
import { describe, expect, it } from 'vitest';
import { atReportingYearRates, yearlyRate } from '../../../../src/core/judge/rates';
import { YEARLY_RATES_PER_USD } from '../../../../src/core/judge/yearlyRates';
import type { Figure } from '../../../../src/core/types';

function figure(f: Pick<Figure, 'id' | 'source' | 'value' | 'unit' | 'canonical'>): Figure {
  return { ...f, span: { start: 0, end: 1 }, valueSpan: { start: 0, end: 1 }, text: '', sentence: 0, low: f.value, high: f.value, precision: 1, qualifier: 'exact', counted: '', head: '', concept: '', context: [] };
}

describe('yearly rates table', () => {
  it('holds units per US dollar (checked against known 2023 averages)', () => {
    const y = YEARLY_RATES_PER_USD[2023]!;
    expect(y.INR).toBeCloseTo(82.6, 0);
    expect(y.JPY).toBeCloseTo(140.5, 0);
    expect(y.EUR).toBeCloseTo(0.92, 1);
    expect(y.GBP).toBeCloseTo(0.8, 1);
    expect(y.AUD!).toBeGreaterThan(1);
  });

  it('uses the nearest year the table has', () => {
    expect(yearlyRate('EUR', 2023)).toEqual({ rate: YEARLY_RATES_PER_USD[2023]!.EUR, year: 2023 });
    expect(yearlyRate('JPY', 1975)!.year).toBe(1990);
    expect(yearlyRate('EUR', 1992)!.year).toBe(1999); // the euro exists from 1999
    expect(yearlyRate('XYZ', 2020)).toBeUndefined();
  });
});

describe('conversion at the reporting year', () => {
  const francs = figure({ id: 'a#0', source: 'a', value: 3e9, unit: { kind: 'money', name: 'CHF' }, canonical: { value: 3.4e9, low: 3.4e9, high: 3.4e9, unit: 'USD', converted: true } });
  const dollars = figure({ id: 'b#0', source: 'b', value: 3.3e9, unit: { kind: 'money', name: 'USD' }, canonical: { value: 3.3e9, low: 3.3e9, high: 3.3e9, unit: 'USD', converted: false } });
  const in2023 = () => '2023-03-20';

  it('converts another currency at the average of its report’s year and says so', () => {
    const { figures, note } = atReportingYearRates([francs, dollars], in2023);
    expect(figures[0]!.canonical.value).toBeCloseTo(3e9 / YEARLY_RATES_PER_USD[2023]!.CHF!, -3);
    expect(figures[1]).toBe(dollars);
    expect(note).toMatch(/CHF at 0\.89\d* per US dollar, the 2023 average/);
  });

  it('lets the user’s rate win and leaves one-currency claims as stated', () => {
    expect(atReportingYearRates([francs, dollars], in2023, { CHF: 0.9 }).figures[0]).toBe(francs);
    const other = { ...francs, id: 'c#0', source: 'c' };
    expect(atReportingYearRates([francs, other], in2023).note).toBeUndefined();
    expect(atReportingYearRates([francs, dollars], () => undefined).figures[0]).toBe(francs);
  });
});
