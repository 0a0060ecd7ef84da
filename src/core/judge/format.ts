// How values read in reasons, hovers and summaries: "about 53,000", "more than $1.4 billion a
// year", "80 years ago", "¥211 billion a year (≈ $1.41 billion)". The one wording of a figure:
// it lives in the core, the lowest layer that needs it, because the core's reasons and diagnostic
// messages are worded with it (and are part of the --json output); the views (src/views) reach it
// through core/index.ts and keep no formatter of their own.
import type { Figure, Qualifier, Unit } from '../types';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  approximate: 'about ',
  lowerBound: 'more than ',
  upperBound: 'less than ',
  range: '',
  average: 'an average of ',
};

const PERIODS = /^(?:second|minute|hour|day|night|week|fortnight|month|quarter|season|year|decade|century|share|person|head|capita)$/;

const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', CNY: 'CN¥', KRW: '₩' };

// One formatter for all numbers: constructing an Intl.NumberFormat per call was half the CPU
// time of summarising a large set.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 53,000; 1.4 million; 211 billion; 0.25. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '−∞';
  const abs = Math.abs(n);
  const scales: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [size, word] of scales) {
    if (abs >= size) return `${NUMBER_FORMAT.format(n / size)} ${word}`;
  }
  return NUMBER_FORMAT.format(n);
}

/** A number with its unit: "2%", "$1.4 billion", "70 mi", "3 years". */
export function withUnit(n: number, unit: Unit): string {
  const num = formatNumber(n);
  switch (unit.kind) {
    case 'count':
      return num;
    case 'percent':
      return `${num}%`;
    case 'money': {
      const symbol = CURRENCY_SYMBOLS[unit.name];
      return symbol ? `${symbol}${num}` : `${num} ${unit.name}`;
    }
    default: {
      // Word units are pluralised ("3 years", "2 days"); symbols are not ("70 mi", "5 kg", "mph").
      const word = /^[a-z]{3,}$/.test(unit.name) && /[aeiouy]/.test(unit.name) && !unit.name.endsWith('s');
      return `${num} ${word && n !== 1 ? unit.name + 's' : unit.name}`;
    }
  }
}

/** "about 53,000", "more than $1.4 billion a year", "between 10 and 12 km", "80 years ago". */
/** Bounds that include their value, as the source words them ("at least 123" is not "more than 123"). */
const INCLUSIVE = /^(at least|up to|at most|no more than|no fewer than|no less than|as many as|as much as|as few as|a maximum of|a minimum of)\b/i;

export function describeValue(f: Pick<Figure, 'qualifier' | 'low' | 'high' | 'value' | 'unit' | 'per' | 'date'> & { text?: string }): string {
  // a date claim's figure reads as its date ("2023-03-23", "2023-03-20 to 2023-03-26")
  if (f.date?.yearUnknown) return `${f.date.iso} (year unknown)`;
  if (f.date) return f.date.endDate ? `${f.date.iso} to ${f.date.endDate}` : f.date.iso;
  const inclusive = (f.qualifier === 'lowerBound' || f.qualifier === 'upperBound') && f.text ? INCLUSIVE.exec(f.text)?.[1]?.toLowerCase() : undefined;
  const amount =
    f.qualifier === 'range' && Number.isFinite(f.low) && Number.isFinite(f.high)
      ? `between ${withUnit(f.low, f.unit)} and ${withUnit(f.high, f.unit)}`
      : (inclusive ? `${inclusive} ` : QUALIFIER_WORDS[f.qualifier]) + withUnit(f.value, f.unit);
  if (!f.per) return amount;
  // A period reads "a year"; anything else ("ago") is appended as it is.
  return PERIODS.test(f.per) ? `${amount} a ${f.per}` : `${amount} ${f.per}`;
}

/** The figure plus its conversion when it was converted: "¥211 billion a year (≈ $1.41 billion)". */
export function describeWithCanonical(f: Figure): string {
  const base = describeValue(f);
  if (!f.canonical.converted) return base;
  const canon = f.unit.kind === 'money' ? `$${formatNumber(f.canonical.value)}` : `${formatNumber(f.canonical.value)} ${f.canonical.unit}`;
  return `${base} (≈ ${canon})`;
}

/** "001", "000 and 004", "000, 002 and 004". */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
