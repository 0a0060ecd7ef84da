// How values read in reasons, hovers and summaries: "about 53,000", "more than $1.4 billion a
// year", "¥211 billion (≈ $1.4 billion)". One place, so every view words a figure the same way.
import type { Figure, Qualifier } from './types';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  approximate: 'about ',
  lowerBound: 'more than ',
  upperBound: 'less than ',
  range: '',
  average: 'an average of ',
};

const CURRENCY_PREFIX: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', KRW: '₩', CNY: 'CN¥' };

/** 53000 → "53,000"; 1.4e9 → "1.4 billion"; 0.25 → "0.25". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  for (const [scale, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (abs >= scale) return `${trim(value / scale)} ${word}`;
  }
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return trim(value);
}

function trim(n: number): string {
  return String(Number(n.toPrecision(4)));
}

/** The value in its stated unit, without qualifier ("$1.4 billion", "2%", "70 mi", "53,000"). */
export function formatStated(f: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'low' | 'high'>): string {
  const core = f.qualifier === 'range' ? `${formatNumber(f.low)}–${formatNumber(f.high)}` : formatNumber(f.value);
  switch (f.unit.kind) {
    case 'money': {
      const prefix = CURRENCY_PREFIX[f.unit.name];
      return prefix ? `${prefix}${core}` : `${core} ${f.unit.name}`;
    }
    case 'percent':
      return `${core}%`;
    case 'count':
      return core;
    case 'duration':
    case 'age':
      return `${core} ${f.unit.name}${f.value === 1 ? '' : 's'}`;
    default:
      return `${core} ${f.unit.name}`;
  }
}

/** Qualifier, value and rate: "about $1.4 billion a year", "more than 50,000". */
export function formatFigure(f: Figure): string {
  const per = f.per && f.per !== 'ago' ? ` a ${f.per}` : f.per === 'ago' ? ' ago' : '';
  return `${QUALIFIER_WORDS[f.qualifier]}${formatStated(f)}${per}`;
}

/** The figure plus its conversion when it was converted: "¥211 billion a year (≈ $1.41 billion)". */
export function formatFigureWithCanonical(f: Figure): string {
  const base = formatFigure(f);
  if (!f.canonical.converted) return base;
  const canon = f.unit.kind === 'money' ? `$${formatNumber(f.canonical.value)}` : `${formatNumber(f.canonical.value)} ${f.canonical.unit}`;
  return `${base} (≈ ${canon})`;
}

/** "000", "000 and 004", "000, 002 and 004". */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
