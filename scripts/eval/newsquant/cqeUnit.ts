// Crosscheck's figure in CQE's terms: the value (a range as [from, to]), the unit named as CQE's
// unit ontology names it (vivkaz/CQE, CQE/unit.json: "dollar", "japanese yen", "kilometre",
// "percentage", "year of age"; a count is the lemma of the counted noun), and the qualifier as
// CQE's `change`. A naming table between two vocabularies, not a reading rule.
import type { Figure } from '../../../src/core';
import type { CqeQuantity } from './cqeMatch';

/** ISO currency codes to CQE's currency names. */
const CURRENCIES: Record<string, string> = {
  USD: 'dollar', AUD: 'australian dollar', CAD: 'canadian dollar', NZD: 'new zealand dollar', HKD: 'hong kong dollar', SGD: 'singapore dollar',
  EUR: 'euro', GBP: 'pound sterling', JPY: 'japanese yen', CNY: 'chinese yuan', INR: 'indian rupee', KRW: 'south korean won', RUB: 'russian ruble',
  TRY: 'turkish lira', CHF: 'swiss franc', MXN: 'mexican peso', BRL: 'brazilian real', ZAR: 'south african rand', SEK: 'swedish krone', NOK: 'norwegian krone',
  DKK: 'danish krone', CZK: 'czech koruna', PLN: 'polish złoty', SAR: 'saudi riyal', AED: 'united arab emirates dirham', IDR: 'indonesian rupiah', MYR: 'malaysian ringgit',
  // NewsQuant's annotators name the pence of share prices ("164p", "down 68 p") CQE's "point", every time
  KES: 'kenyan shilling', USc: 'cent', GBp: 'point',
  // not in CQE's ontology; NewsQuant's annotators wrote it so
  ILS: 'shekel',
};

/** Crosscheck's measure symbols to CQE's unit names. */
const MEASURES: Record<string, string> = {
  mi: 'mile', km: 'kilometre', m: 'metre', cm: 'centimetre', mm: 'millimetre', ft: 'foot', yd: 'yard', in: 'inch', nmi: 'nautical mile',
  ha: 'hectare', acre: 'acre', 'km²': 'square kilometre', 'mi²': 'square mile', 'm²': 'square metre', 'ft²': 'square foot',
  kg: 'kilogram', g: 'gram', t: 'metric ton', lb: 'pound-mass', oz: 'ounce',
  L: 'litre', gal: 'gallon', bbl: 'barrel', 'm³': 'cubic metre', 'ft³': 'cubic foot',
  s: 'second', min: 'minute', h: 'hour', day: 'day', week: 'week', month: 'month', year: 'year', decade: 'decade', century: 'century',
  mph: 'mile per hour', 'km/h': 'kilometre per hour', kn: 'knot', 'm/s': 'metre per second',
  W: 'watt', kW: 'kilowatt', MW: 'megawatt', GW: 'gigawatt', kWh: 'kilowatt hour', MWh: 'megawatt hour', GWh: 'gigawatt hour',
  '°C': 'celsius', '°F': 'fahrenheit', '%': 'percentage', hp: 'horsepower', mg: 'milligram', mL: 'millilitre',
  // the technical units (units.ts)
  GB: 'gigabyte', MB: 'megabyte', TB: 'terabyte', Mbps: 'megabit per second', Gbps: 'gigabit per second',
  Hz: 'hertz', kHz: 'kilohertz', MHz: 'megahertz', GHz: 'gigahertz', '°': 'degree', rpm: 'revolutions per minute',
  mpg: 'mile per gallon', psi: 'pound-force per square inch', mAh: 'milliampere-hour', V: 'volt',
  Gt: 'gigaton', Mt: 'megaton', ppm: 'part per million', ppb: 'parts-per-billion', 'μm': 'micrometre', nm: 'nanometre',
  ksi: 'kilopound per square inch', kPa: 'kilopascal', MPa: 'megapascal', GPa: 'gigapascal', PS: 'horsepower',
  // sports statistics (units.ts)
  ppg: 'point per game', rpg: 'rebound per game', apg: 'assist per game', spg: 'steal per game', bpg: 'block per game',
  WAR: 'win above replacement', ERA: 'earned run average', xG: 'expected goal',
  'N·m': 'newton metre', 'lb-ft': 'foot pound-force', kcal: 'calorie', '×': 'count',
};

const CHANGE: Record<Figure['qualifier'], string> = { exact: '=', approximate: '~', lowerBound: '>', upperBound: '<', range: '=', average: '=' };

/**
 * CQE names a count by its noun phrase with the head lemmatised ("seven European countries" →
 * "european country", "300 heart transplants" → "heart transplant"): the words Crosscheck read as
 * counted up to the head noun, lower-cased, then the head's lemma.
 */
function countedNoun(counted: string, head: string): string {
  const words = counted.toLowerCase().split(/\s+/).filter(Boolean);
  const stem = head.slice(0, Math.max(3, head.length - 2));
  let at = words.length - 1;
  while (at >= 0 && !(words[at]!.startsWith(stem) || (head === 'people' && /^(people|persons?)$/.test(words[at]!)))) at--;
  if (at <= 0) return head;
  // CQE's noun phrases leave out the conjunction of joined modifiers ("Kia and Hyundai vehicles" → "kia hyundai vehicle")
  // and the comparison of a count ("eight more picks" → "pick")
  const modifiers = words.slice(0, at).filter((w) => !/^(and|or|more|fewer)$/.test(w));
  return modifiers.length > 0 && modifiers.every((w) => /^[\p{L}][\p{L}'-]*$/u.test(w)) ? `${modifiers.join(' ')} ${head}` : head;
}

/**
 * A measure's CQE name, where CQE tells apart what Crosscheck reads as one unit: "tons" (ton) and
 * "tonnes" (metric ton), basis points and percentage points, brake horsepower and horsepower.
 */
function measureName(figure: Figure): string {
  const { name } = figure.unit;
  if (name === 't' && /\btons?\b/i.test(figure.text)) return 'ton';
  if (name === 'percentage points' && /basis|bps/i.test(figure.text)) return 'basis point';
  if (name === 'hp' && /bhp|brake/i.test(figure.text)) return 'brake horsepower';
  return MEASURES[name] ?? name.toLowerCase();
}

/** A share written as a fraction in words ("a third of", "half the", "one in four"), not as a percentage. */
const FRACTION_WORDS = /\b(half|thirds?|quarters?|fourths?|fifths?|eighths?|tenths?)\b|\b(?:in|out of)\s+(?:every\s+)?[\w,]+/i;
const isFraction = (figure: Figure) => figure.unit.name === '%' && FRACTION_WORDS.test(figure.text) && !/%|\bper\s?cent|\bpercent|\bpct\b/i.test(figure.text);

/** The simple fraction (denominator up to 12) a share in percent rounds, else the share itself: 33.3% → 1/3. */
function asFraction(percent: number): number {
  const x = percent / 100;
  for (let d = 1; d <= 12; d++) {
    const k = Math.round(x * d);
    if (Math.abs(x - k / d) < 0.0015) return k / d;
  }
  return x;
}

export function cqeUnit(figure: Figure): string {
  const { kind, name } = figure.unit;
  let unit: string;
  // CQE writes a share in words as the fraction, its unit "%" and what it is a share of ("% condo")
  if (isFraction(figure)) return `% ${figure.head ? countedNoun(figure.counted, figure.head.toLowerCase()) : '-'}`;
  // CQE names a count by the counted noun's lemma as spaCy gives it, which keeps "people"
  // "3,200 times" is CQE's unit "count"
  if (kind === 'count' && figure.head === 'time' && /^times?$/i.test(figure.counted)) unit = 'count';
  // the level a subject's change reached, with no noun written ("the index rose 1% to 5,210"): no unit
  else if (kind === 'count' && figure.reached && !figure.counted) unit = '-';
  else if (kind === 'count') unit = figure.head ? countedNoun(figure.counted, figure.head.toLowerCase() === 'person' ? 'people' : figure.head.toLowerCase()) : '-';
  else if (kind === 'age') unit = `${name} of age`;
  else if (kind === 'money') unit = CURRENCIES[name] ?? name.toLowerCase();
  else unit = measureName(figure);
  return figure.per ? `${unit} per ${MEASURES[figure.per] ?? figure.per}` : unit;
}

/**
 * The qualifier as CQE's change: "just under 20%" is CQE's "<" (Crosscheck reads it as about 20,
 * from below), and a range said to be about ("about 14-18 mpg") is "~".
 */
function qualifierChange(figure: Figure): string {
  if (figure.qualifier === 'approximate' && /^(just|slightly|a little)\s+(under|below|less than)\b/i.test(figure.text)) return '<';
  if (figure.qualifier === 'approximate' && /^(just|slightly|a little)\s+(over|above|more than)\b/i.test(figure.text)) return '>';
  if (figure.qualifier === 'range' && /^(about|around|roughly|approximately|some|~)/i.test(figure.text)) return '~';
  return CHANGE[figure.qualifier];
}

/**
 * CQE's `change`: `up`/`down` for the amount of a rise or fall ("rose 5%", "was down 19 cents"),
 * else the qualifier. A level a change reached ("fell to 49.5") is a value like any other, and a
 * change "from X to Y" is, in CQE's annotation, the span of values [X, Y] ("to Y from X" two values).
 */
export function cqeQuantity(figure: Figure): CqeQuantity {
  // "rose to $7.36 billion from $6.78 billion": Crosscheck reads the level and, as a figure of its
  // own, where it started (`earlier`); CQE's annotators mostly tag the two values apart too
  const fromTo = figure.from !== undefined && (figure.text.match(/\d+(?:[.,]\d+)*/g) ?? []).length >= 2;
  return {
    value: fromTo ? [figure.from!, figure.value] : figure.qualifier === 'range' ? [figure.low, figure.high] : isFraction(figure) ? asFraction(figure.value) : figure.value,
    unit: cqeUnit(figure),
    change: figure.change && !figure.reached ? figure.change : fromTo ? '=' : qualifierChange(figure),
  };
}
