// Numbers as written (separators of either convention, scale words), units and currencies, and
// conversion to one canonical unit per kind so that "211 billion yen" and "$1.4 billion" compare.
import type { UnitKind } from '../types';

// ---------------------------------------------------------------------------
// Numerals

const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  bln: 1e9,
  trillion: 1e12,
  tn: 1e12,
  tr: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
};

/** Multiplier of a scale word ("billion" → 1e9, "bn" → 1e9), or undefined. */
export function scaleOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return SCALES[w] ?? (w.endsWith('s') && w.length > 3 ? SCALES[w.slice(0, -1)] : undefined);
}

/** Which character a text uses to group thousands, judged from its unambiguous numbers. */
export type SeparatorConvention = 'comma' | 'dot' | 'unknown';

/**
 * Looks for numbers that can only be read one way: "1.250.000" or "3,5" (dot groups, comma
 * decimals) mean the dot convention; "1,250,000" or "3.25" mean the comma convention.
 */
export function detectSeparatorConvention(text: string): SeparatorConvention {
  let dot = 0;
  let comma = 0;
  const re = /\d[\d.,]*\d/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const s = m[0];
    if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(s) || /^\d+,\d{1,2}$/.test(s)) dot++;
    else if (/^\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(s) || /^\d+\.(\d{1,2}|\d{4,})$/.test(s)) comma++;
  }
  if (dot > comma) return 'dot';
  if (comma > dot) return 'comma';
  return 'unknown';
}

export interface ParsedNumeral {
  value: number;
  /** Value of one unit in the last significant place (53,000 → 1,000; 1.4 → 0.1; 27 → 1). */
  precision: number;
}

/**
 * Parses a digit string with separators. "50.000" is fifty thousand unless the text's convention
 * says otherwise: a dot followed by exactly three zeros is never how prose writes a decimal.
 */
export function parseNumeral(raw: string, convention: SeparatorConvention = 'unknown'): ParsedNumeral | undefined {
  const s = raw.replace(/[\u00a0\u202f\u2009' ]/g, (c) => (c === ' ' ? '' : ','));
  let intPart: string;
  let frac = '';
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    [intPart, frac = ''] = s.split('.') as [string, string?];
    intPart = intPart.replace(/,/g, '');
  } else if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(s)) {
    [intPart, frac = ''] = s.split(',') as [string, string?];
    intPart = intPart.replace(/\./g, '');
  } else if (/^\d{1,3}\.\d{3}$/.test(s)) {
    const dotThousands = convention === 'dot' || (convention !== 'comma' && s.endsWith('000'));
    if (dotThousands) intPart = s.replace('.', '');
    else [intPart, frac] = s.split('.') as [string, string];
  } else if (/^\d+,\d{1,2}$/.test(s)) {
    [intPart, frac] = s.split(',') as [string, string];
  } else if (/^\d+(\.\d+)?$/.test(s)) {
    [intPart, frac = ''] = s.split('.') as [string, string?];
  } else {
    return undefined;
  }
  const value = Number(frac ? `${intPart}.${frac}` : intPart);
  if (!Number.isFinite(value)) return undefined;
  let precision: number;
  if (frac) precision = 10 ** -frac.length;
  else {
    const zeros = /0*$/.exec(intPart)![0].length;
    // Trailing zeros mark a rounded value from 100 up ("50,000", "600"); "10" or "40" is as
    // likely an exact count as a rounded one.
    precision = value < 100 ? 1 : 10 ** Math.min(zeros, intPart.length - 1);
  }
  return { value, precision };
}

// ---------------------------------------------------------------------------
// Currencies

/**
 * Approximate units of each currency per US dollar, early 2025 (ECB and central-bank reference
 * rates rounded to two significant figures). Only for telling "about the same" from "clearly
 * different"; comparisons of converted money allow a wide tolerance. Override with
 * `AnalysisOptions.exchangeRates`.
 */
export const EXCHANGE_RATES_DATE = '2025-03';
export const EXCHANGE_RATES_PER_USD: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 0.92,
  GBP: 0.78,
  JPY: 150,
  CNY: 7.3,
  INR: 86,
  KRW: 1450,
  RUB: 88,
  CHF: 0.88,
  CAD: 1.43,
  AUD: 1.59,
  NZD: 1.75,
  HKD: 7.78,
  SGD: 1.34,
  TWD: 33,
  MXN: 20,
  BRL: 5.8,
  ARS: 1070,
  ZAR: 18.3,
  TRY: 36.5,
  SEK: 10.1,
  NOK: 10.7,
  DKK: 6.9,
  PLN: 3.85,
  CZK: 23,
  HUF: 370,
  ILS: 3.65,
  SAR: 3.75,
  AED: 3.67,
  QAR: 3.64,
  EGP: 50.6,
  NGN: 1530,
  KES: 129,
  PKR: 280,
  BDT: 121,
  IDR: 16400,
  MYR: 4.43,
  THB: 34,
  PHP: 57.3,
  VND: 25500,
  UAH: 41.5,
};

/** Currency symbols written before the number. Longest first so "US$" wins over "$". */
const CURRENCY_SYMBOLS: [string, string][] = [
  ['US$', 'USD'],
  ['USD$', 'USD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₱', 'PHP'],
  ['₦', 'NGN'],
  ['₪', 'ILS'],
];

/** Currency words written after the number, singular and plural. */
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rmb: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  won: 'KRW',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  franc: 'CHF',
  francs: 'CHF',
  peso: 'MXN',
  pesos: 'MXN',
  real: 'BRL',
  reais: 'BRL',
  rand: 'ZAR',
  lira: 'TRY',
  liras: 'TRY',
  krona: 'SEK',
  kronor: 'SEK',
  krone: 'NOK',
  kroner: 'NOK',
  zloty: 'PLN',
  zlotys: 'PLN',
  shekel: 'ILS',
  shekels: 'ILS',
  riyal: 'SAR',
  riyals: 'SAR',
  dirham: 'AED',
  dirhams: 'AED',
  naira: 'NGN',
  rupiah: 'IDR',
  ringgit: 'MYR',
  baht: 'THB',
  dong: 'VND',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  sterling: 'GBP',
  dlr: 'USD',
  dlrs: 'USD',
};

/** Adjectives that pick a dollar, peso or franc other than the default ("Canadian dollars"). */
const CURRENCY_ADJECTIVES: Record<string, Record<string, string>> = {
  USD: { canadian: 'CAD', australian: 'AUD', 'hong kong': 'HKD', singapore: 'SGD', 'new zealand': 'NZD', taiwan: 'TWD', taiwanese: 'TWD' },
  MXN: { argentine: 'ARS', argentinian: 'ARS', philippine: 'PHP', mexican: 'MXN' },
  CHF: { swiss: 'CHF' },
  INR: { indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR', nepali: 'NPR', mauritian: 'MUR' },
  EGP: {},
};

/** ISO 4217 codes accepted when written as words ("4.2bn USD", "EUR 300 million"). */
export function isCurrencyCode(word: string): boolean {
  return /^[A-Z]{3}$/.test(word) && word in EXCHANGE_RATES_PER_USD;
}

/** The currency a symbol prefix stands for, longest match first, with the symbol's length. */
export function currencySymbolAt(text: string, end: number): { code: string; length: number } | undefined {
  for (const [symbol, code] of CURRENCY_SYMBOLS) {
    const start = end - symbol.length;
    if (start >= 0 && text.slice(start, end) === symbol) {
      // "US$" needs no word character before it; a bare "$" may follow "US " as in "US $5".
      if (start > 0 && /[A-Za-z]/.test(text[start - 1]!) && symbol.length > 1) continue;
      return { code, length: symbol.length };
    }
  }
  return undefined;
}

/** Letters written with a dollar sign, before or after it ("US$", "HK $", "$US", "$A"), and the dollar they name. */
const DOLLAR_LETTERS: Record<string, string> = { US: 'USD', HK: 'HKD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', NZ: 'NZD', S: 'SGD', NT: 'TWD', R: 'BRL', Z: 'ZWL' };
/** Abbreviations written before the number that are no ISO code ("Rs 450 crore", "RM79", "SFr 3"). */
const PREFIX_WORDS: Record<string, string> = { rs: 'INR', 'rs.': 'INR', re: 'INR', 're.': 'INR', rm: 'MYR', sfr: 'CHF', 'sfr.': 'CHF', dh: 'AED', tk: 'BDT', rp: 'IDR', ksh: 'KES' };
const SYMBOL_CLASS = '[$€£¥₹₩₽₺₱₦₪]';

/**
 * The currency written before a number that starts at `numberStart`, in any of the forms news
 * uses: a symbol ("$", "€"), letters with a dollar sign either side ("US$", "HK $", "$US",
 * "$A"), an ISO code glued or spaced ("CHF3", "USD 4.2"), an abbreviation ("Rs.", "RM").
 * Returns the ISO code and where the currency's letters start.
 */
export function currencyBefore(text: string, numberStart: number): { code: string; start: number } | undefined {
  const from = Math.max(0, numberStart - 8);
  const before = text.slice(from, numberStart);
  let m = /(?<![A-Za-z])([A-Z]{1,2})\s?\$\s?$/.exec(before);
  if (m && DOLLAR_LETTERS[m[1]!]) return { code: DOLLAR_LETTERS[m[1]!]!, start: from + m.index };
  m = /\$([A-Z]{1,2})\s?$/.exec(before);
  if (m && DOLLAR_LETTERS[m[1]!]) return { code: DOLLAR_LETTERS[m[1]!]!, start: from + m.index };
  if (new RegExp(`${SYMBOL_CLASS}\\s?$`).test(before)) {
    const end = /\s$/.test(before) ? numberStart - 1 : numberStart;
    const symbol = currencySymbolAt(text, end);
    if (symbol) return { code: symbol.code, start: end - symbol.length };
  }
  m = /(?<![A-Za-z])([A-Z]{3})\s?$/.exec(before);
  if (m && isCurrencyCode(m[1]!)) return { code: m[1]!, start: from + m.index };
  m = /(?<![A-Za-z])([A-Z][A-Za-z]{1,2}\.?)\s?$/.exec(before);
  if (m && PREFIX_WORDS[m[1]!.toLowerCase()]) return { code: PREFIX_WORDS[m[1]!.toLowerCase()]!, start: from + m.index };
  return undefined;
}

/** A currency symbol written after the number ("1.200€", "300 €"), as some European texts do. */
export function currencyAfter(text: string, numberEnd: number): { code: string; end: number } | undefined {
  const m = /^[\s\u00a0]?([€£¥₹])/.exec(text.slice(numberEnd, numberEnd + 2));
  if (!m) return undefined;
  const code = CURRENCY_SYMBOLS.find(([symbol]) => symbol === m[1])?.[1];
  return code ? { code, end: numberEnd + m[0].length } : undefined;
}

/** The currency a word after the number names ("yen", "euros", "pounds"), given the adjective before it. */
export function currencyWord(word: string, adjective = ''): string | undefined {
  const w = word.toLowerCase();
  if (w === 'pound' || w === 'pounds') return undefined; // decided by the caller from context
  const code = CURRENCY_WORDS[w];
  if (!code) return undefined;
  const adj = adjective.toLowerCase();
  return CURRENCY_ADJECTIVES[code]?.[adj] ?? code;
}

/** Converts an amount in `code` to US dollars; undefined when the rate is unknown. */
export function toUsd(amount: number, code: string, overrides?: Record<string, number>): number | undefined {
  const rate = overrides?.[code] ?? EXCHANGE_RATES_PER_USD[code];
  return rate && rate > 0 ? amount / rate : undefined;
}

// ---------------------------------------------------------------------------
// Measures

interface MeasureUnit {
  kind: UnitKind;
  /** Normalised symbol shown to the reader. */
  name: string;
  /** Factor to the kind's canonical unit (metre, square metre, kilogram, litre, year, km/h). */
  factor: number;
}

const m = (kind: UnitKind, name: string, factor: number): MeasureUnit => ({ kind, name, factor });

/** Each word of each row → its unit (a later row wins, as assignments in order would). */
function unitTable(rows: readonly [string[], MeasureUnit][]): Record<string, MeasureUnit> {
  return Object.fromEntries(rows.flatMap(([words, unit]) => words.map((w) => [w, unit])));
}

/** Unit words after a number. Lower-case keys; plural and abbreviated forms listed explicitly. */
const MEASURE_WORDS: Readonly<Record<string, MeasureUnit>> = unitTable([
  [['mile', 'miles', 'mi'], m('distance', 'mi', 1609.344)],
  [['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'kms'], m('distance', 'km', 1000)],
  [['metre', 'metres', 'meter', 'meters'], m('distance', 'm', 1)],
  [['centimetre', 'centimetres', 'centimeter', 'centimeters', 'cm'], m('distance', 'cm', 0.01)],
  [['millimetre', 'millimetres', 'millimeter', 'millimeters', 'mm'], m('distance', 'mm', 0.001)],
  [['foot', 'feet', 'ft'], m('distance', 'ft', 0.3048)],
  [['yard', 'yards', 'yd'], m('distance', 'yd', 0.9144)],
  [['inch', 'inches', 'in.'], m('distance', 'in', 0.0254)],
  [['nautical-mile', 'nautical-miles', 'nm'], m('distance', 'nmi', 1852)],
  [['hectare', 'hectares', 'ha'], m('area', 'ha', 10_000)],
  [['acre', 'acres'], m('area', 'acre', 4046.86)],
  [['square-kilometre', 'square-kilometres', 'square-kilometer', 'square-kilometers', 'km2', 'sq-km'], m('area', 'km²', 1e6)],
  [['square-mile', 'square-miles', 'sq-mi'], m('area', 'mi²', 2_589_988)],
  [['square-metre', 'square-metres', 'square-meter', 'square-meters', 'm2'], m('area', 'm²', 1)],
  [['square-foot', 'square-feet', 'sq-ft'], m('area', 'ft²', 0.092903)],
  [['kilogram', 'kilograms', 'kg', 'kgs', 'kilo', 'kilos'], m('mass', 'kg', 1)],
  [['gram', 'grams', 'g'], m('mass', 'g', 0.001)],
  [['milligram', 'milligrams', 'mg'], m('mass', 'mg', 1e-6)],
  [['tonne', 'tonnes', 'metric-ton', 'metric-tons', 't'], m('mass', 't', 1000)],
  // "ton" is ambiguous (short ton 907 kg, metric 1,000 kg); the difference is within tolerance.
  [['ton', 'tons'], m('mass', 't', 1000)],
  [['lb', 'lbs'], m('mass', 'lb', 0.45359237)],
  [['ounce', 'ounces', 'oz'], m('mass', 'oz', 0.0283495)],
  [['litre', 'litres', 'liter', 'liters', 'l'], m('volume', 'L', 1)],
  [['millilitre', 'millilitres', 'milliliter', 'milliliters', 'ml'], m('volume', 'mL', 0.001)],
  [['gallon', 'gallons', 'gal'], m('volume', 'gal', 3.78541)],
  [['barrel', 'barrels', 'bbl'], m('volume', 'bbl', 158.987)],
  [['cubic-metre', 'cubic-metres', 'cubic-meter', 'cubic-meters', 'm3'], m('volume', 'm³', 1000)],
  [['second', 'seconds', 'sec', 'secs'], m('duration', 's', 1 / 31_557_600)],
  [['minute', 'minutes', 'min', 'mins'], m('duration', 'min', 1 / 525_960)],
  [['hour', 'hours', 'hr', 'hrs'], m('duration', 'h', 1 / 8766)],
  [['day', 'days'], m('duration', 'day', 1 / 365.25)],
  [['week', 'weeks'], m('duration', 'week', 7 / 365.25)],
  [['month', 'months'], m('duration', 'month', 1 / 12)],
  [['year', 'years', 'yr', 'yrs'], m('duration', 'year', 1)],
  [['decade', 'decades'], m('duration', 'decade', 10)],
  [['century', 'centuries'], m('duration', 'century', 100)],
  [['mph'], m('speed', 'mph', 1.609344)],
  [['km/h', 'kph', 'kmh', 'km/hr'], m('speed', 'km/h', 1)],
  [['knot', 'knots', 'kn'], m('speed', 'kn', 1.852)],
  [['kilowatt', 'kilowatts', 'kw'], m('energy', 'kW', 1e3)],
  [['megawatt', 'megawatts', 'mw'], m('energy', 'MW', 1e6)],
  [['gigawatt', 'gigawatts', 'gw'], m('energy', 'GW', 1e9)],
  [['watt', 'watts', 'w'], m('energy', 'W', 1)],
  [['horsepower', 'hp', 'bhp'], m('energy', 'hp', 745.7)],
  [['kwh'], m('energy', 'kWh', 1e3)],
  [['mwh'], m('energy', 'MWh', 1e6)],
  [['gwh'], m('energy', 'GWh', 1e9)],
]);

// Technical units news about products and science states; compared only with the same unit.
const TECHNICAL_WORDS: Readonly<Record<string, MeasureUnit>> = unitTable([
  [['gb', 'gigabyte', 'gigabytes'], m('other', 'GB', 1)],
  [['mb', 'megabyte', 'megabytes'], m('other', 'MB', 1)],
  [['tb', 'terabyte', 'terabytes'], m('other', 'TB', 1)],
  [['mbps'], m('other', 'Mbps', 1)],
  [['gbps'], m('other', 'Gbps', 1)],
  [['hz', 'hertz'], m('other', 'Hz', 1)],
  [['khz', 'kilohertz'], m('other', 'kHz', 1)],
  [['mhz', 'megahertz'], m('other', 'MHz', 1)],
  [['ghz', 'gigahertz'], m('other', 'GHz', 1)],
  // Degrees with no scale named: angles, or temperatures on an unnamed scale; compared only as such.
  [['degree', 'degrees'], m('other', '°', 1)],
  [['rpm'], m('other', 'rpm', 1)],
  [['mpg'], m('other', 'mpg', 1)],
  [['psi'], m('other', 'psi', 1)],
  [['mah'], m('other', 'mAh', 1)],
  [['volt', 'volts', 'v'], m('other', 'V', 1)],
]);

/**
 * The measure unit that `word` names (lower-cased; two-word units joined with '-', e.g.
 * "square-miles"). Single letters ("m", "g", "l", "t") only when written right after a digit,
 * which the caller signals with `glued`.
 */
export function measureUnit(word: string, glued = false): MeasureUnit | undefined {
  const w = word.toLowerCase();
  if (w.length === 1 && !glued) return undefined;
  return MEASURE_WORDS[w] ?? TECHNICAL_WORDS[w];
}

/** Degrees: "°C", "°F", "degrees Celsius". Affine, so converted separately. */
export function temperatureUnit(word: string): 'C' | 'F' | undefined {
  const w = word.toLowerCase().replace(/^°/, '');
  if (w === 'c' || w === 'celsius' || w === 'centigrade') return 'C';
  if (w === 'f' || w === 'fahrenheit') return 'F';
  return undefined;
}

export function toCelsius(value: number, scale: 'C' | 'F'): number {
  return scale === 'C' ? value : ((value - 32) * 5) / 9;
}

/** Words that make a following number a percentage. */
export function isPercentWord(word: string): boolean {
  return /^(percent|per-cent|pct|percentage)$/i.test(word);
}
