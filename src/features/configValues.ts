// Typed Crosscheck settings and their validation. No `vscode` import: the editor side
// (config.ts) hands in raw values, so validation is unit-testable.
import type { AnalysisOptions } from '../core';
import { DEFAULT_SEVERITIES, type SeveritySetting, type SeveritySettings } from '../views/severity';

export interface CrosscheckConfig {
  /** Glob patterns (relative to the workspace) whose files form the source set. */
  sources: string[];
  /** How each kind of finding is shown; the adapter maps kinds to these (no re-analysis). */
  severity: SeveritySettings;
  /** Units of currency per US dollar, e.g. { JPY: 150 }. */
  exchangeRates: Record<string, number>;
  /** ISO date (YYYY-MM-DD) that overrides every source's inferred reference date. */
  referenceDate?: string;
  /** Files larger than this many bytes are skipped. */
  maxFileSize: number;
}

export const DEFAULT_CONFIG: Readonly<CrosscheckConfig> = Object.freeze<CrosscheckConfig>({
  sources: ['**/seeds/*.txt', '**/seeds/*.html', '**/seeds/*.htm'],
  severity: { ...DEFAULT_SEVERITIES },
  exchangeRates: {},
  referenceDate: undefined,
  maxFileSize: 1_000_000,
});

/** Setting keys below the `crosscheck` section, as declared in package.json. */
export const SettingKey = {
  sources: 'sources',
  severityConflict: 'severity.conflict',
  severityDiscrepancy: 'severity.discrepancy',
  exchangeRates: 'exchangeRates',
  referenceDate: 'referenceDate',
  maxFileSize: 'maxFileSize',
} as const;

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint', 'none'];

export interface ParsedConfig {
  config: CrosscheckConfig;
  /** One line per setting that was ignored, e.g. "crosscheck.maxFileSize: expected a positive number". */
  problems: string[];
}

/**
 * Reads every setting through `get` (undefined = not set). A value of the wrong type falls back
 * to the default and is reported in `problems`, so the caller can warn once.
 */
export function parseConfig(get: (key: string) => unknown): ParsedConfig {
  const problems: string[] = [];
  const bad = (key: string, expected: string): void => {
    problems.push(`crosscheck.${key}: expected ${expected}; using the default`);
  };

  let sources = [...DEFAULT_CONFIG.sources];
  const rawSources = get(SettingKey.sources);
  if (rawSources !== undefined) {
    if (Array.isArray(rawSources) && rawSources.every((g) => typeof g === 'string' && g.trim() !== '')) {
      sources = rawSources as string[];
    } else bad(SettingKey.sources, 'a list of glob patterns');
  }

  const severityOf = (key: string, fallback: SeveritySetting): SeveritySetting => {
    const raw = get(key);
    if (raw === undefined) return fallback;
    if (typeof raw === 'string' && SEVERITIES.includes(raw)) return raw as SeveritySetting;
    bad(key, `one of ${SEVERITIES.join(', ')}`);
    return fallback;
  };
  const severity = {
    conflict: severityOf(SettingKey.severityConflict, DEFAULT_CONFIG.severity.conflict),
    discrepancy: severityOf(SettingKey.severityDiscrepancy, DEFAULT_CONFIG.severity.discrepancy),
  };

  let exchangeRates: Record<string, number> = {};
  const rawRates = get(SettingKey.exchangeRates);
  if (rawRates !== undefined) {
    const ok =
      typeof rawRates === 'object' &&
      rawRates !== null &&
      !Array.isArray(rawRates) &&
      Object.entries(rawRates).every(
        ([code, rate]) => /^[A-Za-z]{3}$/.test(code) && typeof rate === 'number' && Number.isFinite(rate) && rate > 0,
      );
    if (ok) {
      exchangeRates = Object.fromEntries(
        Object.entries(rawRates as Record<string, number>).map(([code, rate]) => [code.toUpperCase(), rate]),
      );
    } else bad(SettingKey.exchangeRates, 'an object of 3-letter currency codes to positive numbers (units per US dollar)');
  }

  let referenceDate: string | undefined;
  const rawDate = get(SettingKey.referenceDate);
  if (rawDate !== undefined && rawDate !== null && rawDate !== '') {
    if (typeof rawDate === 'string' && isIsoDate(rawDate)) referenceDate = rawDate;
    else bad(SettingKey.referenceDate, 'an ISO date such as 2025-03-30, or empty');
  }

  let maxFileSize = DEFAULT_CONFIG.maxFileSize;
  const rawSize = get(SettingKey.maxFileSize);
  if (rawSize !== undefined) {
    if (typeof rawSize === 'number' && Number.isFinite(rawSize) && rawSize > 0) maxFileSize = rawSize;
    else bad(SettingKey.maxFileSize, 'a positive number of bytes');
  }

  return { config: { sources, severity, exchangeRates, referenceDate, maxFileSize }, problems };
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** What the core needs from the settings (severities are not among them: they only re-render). */
export function analysisOptions(config: CrosscheckConfig): AnalysisOptions {
  return {
    referenceDate: config.referenceDate,
    exchangeRates: Object.keys(config.exchangeRates).length > 0 ? config.exchangeRates : undefined,
  };
}
