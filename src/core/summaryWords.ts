// Wording shared by the summary's model and renderings: values as a reader says them
// ("about 53,000", "$1.4 billion a year") and lists of source labels ("000 and 004").
import type { Figure, Qualifier, Unit } from './types';

/** The phrase without the counted noun, for counts ("roughly 53,000" of "roughly 53,000 American service members"). */
export function writtenValue(f: Figure): string {
  let text = f.text.trim();
  if ((f.unit.kind === 'count' || f.unit.kind === 'percent') && f.counted) {
    const at = text.lastIndexOf(f.counted);
    const valueEnd = f.valueSpan.end - f.span.start;
    if (at >= valueEnd && at > 0) {
      // "about 2% of gross domestic product" → "about 2%": the linking preposition goes too.
      const before = text.slice(0, at).replace(/\s+(?:of|in|for)\s*$/iu, '');
      text = (before + ' ' + text.slice(at + f.counted.length)).trim();
    }
  }
  return text.replace(/[\s,;:]+$/u, '') || f.text;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  approximate: 'about ',
  lowerBound: 'more than ',
  upperBound: 'less than ',
  range: '',
  average: 'an average of ',
};

const PERIODS = /^(?:second|minute|hour|day|night|week|fortnight|month|quarter|season|year|decade|century)$/;

const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', CNY: 'CN¥' };

/** "about 53,000", "more than $1.4 billion a year", "between 10 and 12 km", "2%". */
export function describeValue(f: Figure): string {
  const amount =
    f.qualifier === 'range' && Number.isFinite(f.low) && Number.isFinite(f.high)
      ? `between ${withUnit(f.low, f.unit)} and ${withUnit(f.high, f.unit)}`
      : QUALIFIER_WORDS[f.qualifier] + withUnit(f.value, f.unit);
  if (!f.per) return amount;
  // A period reads "a year"; anything else ("ago", "per capita") is appended as it is.
  return PERIODS.test(f.per) ? `${amount} a ${f.per}` : `${amount} ${f.per}`;
}

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
    if (abs >= size) return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(n / size)} ${word}`;
  }
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(n);
}

/** "001", "000 and 004", "000, 002 and 004". */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

