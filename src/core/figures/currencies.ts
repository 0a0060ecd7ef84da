// Currencies: symbols, codes, abbreviations and words that name a currency before or after a
// number, and conversion of money to US dollars so that "211 billion yen" and "$1.4 billion" compare.

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
  // subunits named as market quotes name them ("19 cents", "40 pence"): 100 to the unit
  USc: 100,
  GBp: 78,
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
  NOK: { danish: 'DKK', swedish: 'SEK', norwegian: 'NOK', czech: 'CZK', icelandic: 'ISK' },
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
  // "HK $5", "S $1mil" may be spaced, but not "A$5": "A $5 fee" starts with an article
  let m = /(?<![A-Za-z])([A-Z]{2}\s?|[B-Z]\s?|A)\$\s?$/.exec(before);
  if (m && DOLLAR_LETTERS[m[1]!.trim()]) return { code: DOLLAR_LETTERS[m[1]!.trim()]!, start: from + m.index };
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
  // the wire services' "dlrs 2 million", "US dlrs 40"
  m = /(?<![A-Za-z])(?:US\s?)?dlrs?\.?\s?$/i.exec(before);
  if (m) return { code: 'USD', start: from + m.index };
  return transliteratedSymbol(text, before, from, numberStart);
}

/**
 * Text that went through an ASCII transliteration (Python's unidecode, many feeds' plain-text
 * exports) writes "£" as "PS" and "¥" as "Y=", glued to the amount: "PS2.7m", "PS21,700", "Y=590
 * billion". "Y=" is read wherever it is glued; "PS" only before an amount that is no console's
 * number ("PS4", "PS5"): a decimal, two digits or more, or a scale.
 */
function transliteratedSymbol(text: string, before: string, from: number, numberStart: number): { code: string; start: number } | undefined {
  const m = /(?<![A-Za-z0-9])(PS|Y=)$/.exec(before);
  if (!m) return undefined;
  if (m[1] === 'PS' && !/^(?:\d+[.,]\d|\d{2}|\d(?:\.\d+)?\s?(?:m|bn|k|million|billion)\b)/.test(text.slice(numberStart, numberStart + 12))) return undefined;
  return { code: m[1] === 'PS' ? 'GBP' : 'JPY', start: from + m.index };
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
