// Money in another currency is compared at the rate of the year the article was written, not at
// today's: "3 billion francs ($3.2 billion)" in 2023 and a 1998 report in yen each convert at
// their year's average (yearlyRates.ts, derived from the US Federal Reserve's series). A rate
// the user set (AnalysisOptions.exchangeRates) wins over the table.
import type { Figure } from '../types';
import { YEARLY_RATES_PER_USD, YEARLY_RATES_SOURCE } from './yearlyRates';

const YEARS = Object.keys(YEARLY_RATES_PER_USD).map(Number).sort((a, b) => a - b);

/** The year's average units of `code` per US dollar (the nearest year the table has), with that year. */
export function yearlyRate(code: string, year: number): { rate: number; year: number } | undefined {
  // nearest year first, so a 2026 article uses 2025 and a 1985 one uses 1990
  const byDistance = [...YEARS].sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || b - a);
  for (const y of byDistance) {
    const rate = YEARLY_RATES_PER_USD[y]?.[code];
    if (rate) return { rate, year: y };
  }
  return undefined;
}

export interface AtRates {
  /** The figures with money converted at their source's year (others unchanged; same ids). */
  figures: Figure[];
  /** Which rates were used, for the reason: "converted: CHF at 0.8984 per US dollar, the 2023 average (…)". */
  note?: string;
}

/**
 * Converts each non-dollar amount at the average rate of the year its source reports in. Only
 * claims whose figures are stated in more than one currency are converted: amounts in one
 * currency compare as stated.
 */
export function atReportingYearRates(
  figures: readonly Figure[],
  reportedOn: ((source: string) => string | undefined) | undefined,
  overrides: Readonly<Record<string, number>> = {},
): AtRates {
  if (figures[0]?.unit.kind !== 'money' || new Set(figures.map((f) => f.unit.name)).size < 2) return { figures: [...figures] };
  const used = new Map<string, string>();
  const out = figures.map((f) => {
    const code = f.unit.name;
    if (code === 'USD' || f.canonical.unit !== 'USD' || overrides[code] !== undefined) return f;
    const year = Number(reportedOn?.(f.source)?.slice(0, 4));
    const found = Number.isFinite(year) && year > 0 ? yearlyRate(code, year) : undefined;
    if (!found) return f;
    used.set(`${code}@${found.year}`, `${code} at ${found.rate} per US dollar, the ${found.year} average`);
    const usd = (n: number) => (Number.isFinite(n) ? n / found.rate : n);
    return { ...f, canonical: { ...f.canonical, value: usd(f.value), low: usd(f.low), high: usd(f.high) } };
  });
  const note = used.size ? `converted: ${[...used.values()].sort().join('; ')} (${YEARLY_RATES_SOURCE})` : undefined;
  return { figures: out, note };
}
