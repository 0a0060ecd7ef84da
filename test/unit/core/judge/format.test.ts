// The one wording of a figure (core/judge/format.ts, public through core/index.ts): the core's
// reasons and every view read values this way.
import { describe, expect, it } from 'vitest';
import { describeValue, describeWithCanonical, formatNumber, joinLabels } from '../../../../src/core';
import { figure, sourceSet } from '../builders';

describe('wording of values', () => {
  const set = sourceSet({ a: 'between 10 and 12 km; 3 years; 45%; €2.5 million; 1,234,567 people; 80 years ago; 211 billion yen' });
  it.each([
    [{ number: '10', phrase: 'between 10 and 12 km', value: 11, qualifier: 'range' as const, low: 10, high: 12, unit: { kind: 'distance' as const, name: 'km' } }, 'between 10 km and 12 km'],
    [{ number: '3', phrase: '3 years', value: 3, unit: { kind: 'duration' as const, name: 'year' } }, '3 years'],
    [{ number: '45', phrase: '45%', value: 45, qualifier: 'upperBound' as const, unit: { kind: 'percent' as const, name: '%' } }, 'less than 45%'],
    [{ number: '2.5 million', phrase: '€2.5 million', value: 2.5e6, unit: { kind: 'money' as const, name: 'EUR' } }, '€2.5 million'],
    [{ number: '1,234,567', phrase: '1,234,567 people', value: 1234567 }, '1.23 million'],
    [{ number: '80', phrase: '80 years ago', value: 80, unit: { kind: 'duration' as const, name: 'year' }, per: 'ago' }, '80 years ago'],
  ])('%j → %s', (spec, expected) => {
    expect(describeValue(figure(set, { source: 'a.txt', ...spec }))).toBe(expected);
  });

  it('adds the conversion of a converted figure', () => {
    const yen = figure(set, { source: 'a.txt', phrase: '211 billion yen', number: '211 billion', value: 211e9, unit: { kind: 'money', name: 'JPY' }, per: 'year' });
    expect(describeWithCanonical(yen)).toBe('¥211 billion a year');
    const converted = { ...yen, canonical: { value: 1.41e9, low: 1.41e9, high: 1.41e9, unit: 'USD', converted: true } };
    expect(describeWithCanonical(converted)).toBe('¥211 billion a year (≈ $1.41 billion)');
  });

  it.each([
    [53000, '53,000'],
    [0.25, '0.25'],
    [999_999, '999,999'],
    [1e6, '1 million'],
    [5e6, '5 million'],
    [1.4e9, '1.4 billion'],
    [Infinity, '∞'],
  ])('formats %d as %s (a million from 1e6)', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it('joins source labels', () => {
    expect([[], ['000'], ['000', '004'], ['000', '002', '004']].map(joinLabels)).toEqual(['', '000', '000 and 004', '000, 002 and 004']);
  });
});
