import { describe, expect, it } from 'vitest';
import { analysisOptions, DEFAULT_CONFIG, parseConfig } from '../../../src/features/configValues';

const from = (values: Record<string, unknown>) => parseConfig((key) => values[key]);

describe('parseConfig', () => {
  it('gives the defaults when nothing is set', () => {
    const { config, problems } = from({});
    expect(config).toEqual({ ...DEFAULT_CONFIG, referenceDate: undefined });
    expect(problems).toEqual([]);
  });

  it('reads well-typed values', () => {
    const { config, problems } = from({
      sources: ['reports/*.txt'],
      'severity.conflict': 'error',
      'severity.discrepancy': 'none',
      exchangeRates: { jpy: 150 },
      referenceDate: '2025-03-30',
      maxFileSize: 2048,
    });
    expect(problems).toEqual([]);
    expect(config).toEqual({
      sources: ['reports/*.txt'],
      severity: { conflict: 'error', discrepancy: 'none' },
      exchangeRates: { JPY: 150 },
      referenceDate: '2025-03-30',
      maxFileSize: 2048,
    });
  });

  it.each([
    ['sources', 'reports/*.txt'],
    ['sources', [1]],
    ['severity.conflict', 'loud'],
    ['exchangeRates', { JPY: '150' }],
    ['exchangeRates', { 'US$': 150 }],
    ['exchangeRates', [150]],
    ['referenceDate', '30/03/2025'],
    ['referenceDate', '2025-02-30'],
    ['maxFileSize', -1],
    ['maxFileSize', '1MB'],
  ])('falls back to the default for a wrong %s (%j) and reports it once', (key, value) => {
    const { config, problems } = from({ [key]: value });
    expect(config).toEqual({ ...DEFAULT_CONFIG, referenceDate: undefined });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`crosscheck.${key}`);
  });

  it('treats an empty reference date as unset', () => {
    expect(from({ referenceDate: '' }).config.referenceDate).toBeUndefined();
  });

  it('passes rates and date on to the core, never severities (they only re-render)', () => {
    const { config } = from({ exchangeRates: { EUR: 0.92 }, referenceDate: '2025-03-30', 'severity.conflict': 'error' });
    expect(analysisOptions(config)).toEqual({
      referenceDate: '2025-03-30',
      exchangeRates: { EUR: 0.92 },
    });
    expect(analysisOptions(DEFAULT_CONFIG).exchangeRates).toBeUndefined();
  });
});
