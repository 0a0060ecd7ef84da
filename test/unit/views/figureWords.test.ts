// The source's own words for a figure, as the summary's cells show them.
import { describe, expect, it } from 'vitest';
import { writtenValue } from '../../../src/views/figureWords';
import { figure, sourceSet } from '../core/builders';

describe('writtenValue', () => {
  const set = sourceSet({ a: '€2.5 million; 1,234,567 people; about two percent of gross domestic product' });

  it('drops the counted noun (and its preposition) from counts and percentages, not from money', () => {
    const pct = figure(set, { source: 'a.txt', phrase: 'about two percent of gross domestic product', number: 'two', value: 2, qualifier: 'approximate', unit: { kind: 'percent', name: '%' }, counted: 'gross domestic product' });
    expect(writtenValue(pct)).toBe('about two percent');
    const people = figure(set, { source: 'a.txt', phrase: '1,234,567 people', number: '1,234,567', value: 1234567, counted: 'people' });
    expect(writtenValue(people)).toBe('1,234,567');
    const money = figure(set, { source: 'a.txt', phrase: '€2.5 million', number: '2.5 million', value: 2.5e6, unit: { kind: 'money', name: 'EUR' }, counted: 'million' });
    expect(writtenValue(money)).toBe('€2.5 million');
  });
});
