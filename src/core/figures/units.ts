// Measurement units: unit words after a number with their factor to one canonical unit per kind
// (distance, area, mass, volume, duration, speed, power, technical units), temperatures and
// their conversion to Celsius, and percent words.
import type { UnitKind } from '../types';

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
  [['metre', 'metres', 'meter', 'meters', 'm'], m('distance', 'm', 1)],
  [['centimetre', 'centimetres', 'centimeter', 'centimeters', 'cm'], m('distance', 'cm', 0.01)],
  [['millimetre', 'millimetres', 'millimeter', 'millimeters', 'mm'], m('distance', 'mm', 0.001)],
  [['foot', 'feet', 'ft', '′'], m('distance', 'ft', 0.3048)],
  [['yard', 'yards', 'yd'], m('distance', 'yd', 0.9144)],
  [['inch', 'inches', 'in.', '″'], m('distance', 'in', 0.0254)],
  [['nautical-mile', 'nautical-miles', 'nm'], m('distance', 'nmi', 1852)],
  [['hectare', 'hectares', 'ha'], m('area', 'ha', 10_000)],
  [['acre', 'acres'], m('area', 'acre', 4046.86)],
  [['square-kilometre', 'square-kilometres', 'square-kilometer', 'square-kilometers', 'km2', 'sq-km'], m('area', 'km²', 1e6)],
  [['square-mile', 'square-miles', 'sq-mi'], m('area', 'mi²', 2_589_988)],
  [['square-metre', 'square-metres', 'square-meter', 'square-meters', 'm2', 'sq-m', 'sq-metre', 'sq-metres', 'sq-meter', 'sq-meters'], m('area', 'm²', 1)],
  [['square-foot', 'square-feet', 'sq-ft', 'sq-foot', 'sq-feet'], m('area', 'ft²', 0.092903)],
  [['kilogram', 'kilograms', 'kg', 'kgs', 'kilo', 'kilos'], m('mass', 'kg', 1)],
  [['gram', 'grams', 'g'], m('mass', 'g', 0.001)],
  [['milligram', 'milligrams', 'mg'], m('mass', 'mg', 1e-6)],
  [['tonne', 'tonnes', 'metric-ton', 'metric-tons', 't'], m('mass', 't', 1000)],
  // "ton" is ambiguous (short ton 907 kg, metric 1,000 kg); the difference is within tolerance.
  [['ton', 'tons'], m('mass', 't', 1000)],
  [['gigatonne', 'gigatonnes', 'gigaton', 'gigatons'], m('mass', 'Gt', 1e12)],
  [['megatonne', 'megatonnes', 'megaton', 'megatons'], m('mass', 'Mt', 1e9)],
  [['lb', 'lbs'], m('mass', 'lb', 0.45359237)],
  [['ounce', 'ounces', 'oz'], m('mass', 'oz', 0.0283495)],
  [['litre', 'litres', 'liter', 'liters', 'l'], m('volume', 'L', 1)],
  [['millilitre', 'millilitres', 'milliliter', 'milliliters', 'ml'], m('volume', 'mL', 0.001)],
  [['gallon', 'gallons', 'gal'], m('volume', 'gal', 3.78541)],
  [['barrel', 'barrels', 'bbl'], m('volume', 'bbl', 158.987)],
  [['cubic-metre', 'cubic-metres', 'cubic-meter', 'cubic-meters', 'm3'], m('volume', 'm³', 1000)],
  [['cubic-foot', 'cubic-feet', 'cu-ft'], m('volume', 'ft³', 28.3168)],
  [['second', 'seconds', 'sec', 'secs'], m('duration', 's', 1 / 31_557_600)],
  [['minute', 'minutes', 'min', 'mins'], m('duration', 'min', 1 / 525_960)],
  [['hour', 'hours', 'hr', 'hrs'], m('duration', 'h', 1 / 8766)],
  [['day', 'days'], m('duration', 'day', 1 / 365.25)],
  [['week', 'weeks'], m('duration', 'week', 7 / 365.25)],
  [['month', 'months'], m('duration', 'month', 1 / 12)],
  [['year', 'years', 'yr', 'yrs'], m('duration', 'year', 1)],
  [['decade', 'decades'], m('duration', 'decade', 10)],
  [['century', 'centuries'], m('duration', 'century', 100)],
  [['mph', 'm.p.h'], m('speed', 'mph', 1.609344)],
  [['km/h', 'kph', 'kmh', 'km/hr'], m('speed', 'km/h', 1)],
  [['knot', 'knots', 'kn'], m('speed', 'kn', 1.852)],
  [['m/s'], m('speed', 'm/s', 3.6)],
  [['kilowatt', 'kilowatts', 'kw'], m('energy', 'kW', 1e3)],
  [['megawatt', 'megawatts', 'mw'], m('energy', 'MW', 1e6)],
  [['gigawatt', 'gigawatts', 'gw'], m('energy', 'GW', 1e9)],
  [['watt', 'watts', 'w'], m('energy', 'W', 1)],
  [['horsepower', 'hp', 'bhp'], m('energy', 'hp', 745.7)],
  // metric horsepower (Pferdestärke), as European carmakers state power
  [['ps'], m('energy', 'PS', 735.5)],
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
  [['degree', 'degrees', 'deg'], m('other', '°', 1)],
  [['rpm'], m('other', 'rpm', 1)],
  [['mpg'], m('other', 'mpg', 1)],
  [['psi'], m('other', 'psi', 1)],
  [['mah'], m('other', 'mAh', 1)],
  [['volt', 'volts', 'v'], m('other', 'V', 1)],
  [['ppm'], m('other', 'ppm', 1)],
  [['ppb'], m('other', 'ppb', 1)],
  [['micrometre', 'micrometres', 'micrometer', 'micrometers', 'micron', 'microns', 'μm', 'µm'], m('other', 'μm', 1)],
  [['nanometre', 'nanometres', 'nanometer', 'nanometers'], m('other', 'nm', 1)],
  [['calorie', 'calories', 'kcal', 'kilocalorie', 'kilocalories'], m('other', 'kcal', 1)],
  [['ksi'], m('other', 'ksi', 1)],
  [['kpa', 'kilopascal', 'kilopascals'], m('other', 'kPa', 1)],
  [['mpa', 'megapascal', 'megapascals'], m('other', 'MPa', 1)],
  [['gpa', 'gigapascal', 'gigapascals'], m('other', 'GPa', 1)],
]);

/** A table's own entry ("constructor" is no unit). */
const own = (table: Readonly<Record<string, MeasureUnit>>, key: string) => (Object.hasOwn(table, key) ? table[key] : undefined);

/**
 * Per-game and season statistics of team sports, written as their abbreviations after the number
 * ("15.3 ppg", "0.5 WAR"): each compared only with itself. Case matters: "war", "era" are words.
 */
const STATISTICS: Readonly<Record<string, MeasureUnit>> = unitTable([
  [['ppg', 'PPG'], m('other', 'ppg', 1)],
  [['rpg', 'RPG'], m('other', 'rpg', 1)],
  [['apg', 'APG'], m('other', 'apg', 1)],
  [['spg', 'SPG'], m('other', 'spg', 1)],
  [['bpg', 'BPG'], m('other', 'bpg', 1)],
  [['WAR'], m('other', 'WAR', 1)],
  [['ERA'], m('other', 'ERA', 1)],
  [['xG'], m('other', 'xG', 1)],
]);

/**
 * The measure unit that `word` names (lower-cased; two-word units joined with '-', e.g.
 * "square-miles"). Single letters ("m", "g", "l", "t") only when written right after a digit,
 * which the caller signals with `glued`.
 */
export function measureUnit(word: string, glued = false): MeasureUnit | undefined {
  const w = word.toLowerCase();
  if (w.length === 1 && !glued) return undefined;
  return own(STATISTICS, word) ?? own(MEASURE_WORDS, w) ?? own(TECHNICAL_WORDS, w);
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

/**
 * "the M7.1 earthquake", "an M 6 quake": the seismologists' "M" glued to a magnitude before a
 * word for a quake. `numberStart` is where the digits start.
 */
export function magnitudeLetterBefore(text: string, numberStart: number, numberEnd: number): number | undefined {
  const m = /(?<![A-Za-z0-9])M\s?$/.exec(text.slice(Math.max(0, numberStart - 3), numberStart));
  if (!m || !/^\s+(?:[a-z]+\s+)?(?:earthquakes?|quakes?|tremors?|aftershocks?|temblors?|shocks?)\b/i.test(text.slice(numberEnd, numberEnd + 30))) return undefined;
  return numberStart - m[0].length;
}
