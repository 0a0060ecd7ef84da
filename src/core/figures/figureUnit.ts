// Works out what unit a number is in from the words around it: a currency symbol or code before
// it, a unit glued or written after it ("2%", "70 miles", "1,900-mile", "211 billion yen",
// "54-year-old"), and the rate it is stated per ("a year").
import type { Unit } from '../types';
import type { NumberToken } from './numberScan';
import { currencyAfter, currencyBefore, currencyWord, isCurrencyCode } from './currencies';
import { isPercentWord, magnitudeLetterBefore, measureUnit, temperatureUnit } from './units';

/** Things (not people) whose age news gives ("the 50-year-old alliance"), up to two words before the noun; see docs/lexicon.md. */
const AGED_THINGS = /^\s+(?:[A-Za-z-]+\s+){0,2}?(?:alliance|treaty|pact|agreement|accord|union|league|federation|organi[sz]ation|institution|company|firm|bank|business|brand|party|club|band|festival|tradition|law|constitution|building|bridge|house|church|cathedral|mosque|temple|castle|tower|monument|dam|plant|factory|mill|ship|vessel|aircraft|jet|plane|car|tree|school|university|college|museum|newspaper|magazine|network|system|programme|program|airline|railway|record|dynasty|monarchy|republic|regime|war|conflict|feud|rivalry|dispute|mystery|case)\b/i;

export interface UnitMatch {
  unit: Unit;
  /** Factor from the stated unit to the kind's canonical unit (money is converted separately). */
  factor: number;
  /** Where the figure's span starts when a currency symbol or code precedes the number. */
  start?: number;
  /** Where the unit's words end (the counted noun, if any, follows). */
  end: number;
  /** "80 years ago", "80th anniversary": an elapsed time that dates an event. */
  ago?: boolean;
  temperature?: 'C' | 'F';
  /** A time of day in a zone of known offset: minutes to subtract for UTC. */
  utcOffset?: number;
  /** The period a rate is stated per ("year" for "$1.4 billion a year"). */
  per?: string;
}

/** A new count unit each time: a figure's unit goes out in the Analysis, so no two analyses may share one. */
const count = (): Unit => ({ kind: 'count', name: 'count' });

/** Pounds other than sterling, named by the adjective before them ("Egyptian pounds"). */
const POUNDS: Record<string, string> = { british: 'GBP', egyptian: 'EGP', lebanese: 'LBP', syrian: 'SYP', sudanese: 'SDG' };

/** Lines of the common video formats, written with a glued "p" ("720p", "1080p"). */
const VIDEO_LINES = new Set([144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);

/** Crowns named by the adjective before them ("Danish crowns"). */
const CROWNS: Record<string, string> = { danish: 'DKK', swedish: 'SEK', norwegian: 'NOK', czech: 'CZK', icelandic: 'ISK' };

/** Words that make "pounds" a weight rather than sterling. */
const WEIGHT_CONTEXT = /\b(weigh|weighs|weighed|weighing|weight|heavy|lighter|heavier|of (meat|fish|fruit|food|cocaine|heroin|drugs|explosives))\b/i;

function nextWord(text: string, from: number, to: number): { word: string; start: number; end: number } | undefined {
  const m = /^[\s-]*([A-Za-zμµ°][A-Za-z./²³°]*[A-Za-z²³]|[A-Za-z%°])/.exec(text.slice(from, to));
  if (!m) return undefined;
  const word = m[1]!.replace(/\.$/, '');
  const start = from + m[0].length - m[1]!.length;
  return { word, start, end: start + word.length };
}

/** Reads the unit of `token` in the sentence [from, to). */
export function readUnit(text: string, token: NumberToken, from: number, to: number): UnitMatch {
  // "the ninth", "second-largest": a rank; "Article 49.3": a provision, named by its number, so
  // only the same provision in another report is ever lined up with it (never compared as an amount).
  // A time of day: named by whether its zone is known, so only times that can be compared are lined up.
  if (token.clock) return { unit: { kind: 'other', name: token.clock.offset !== undefined ? 'time UTC' : token.clock.zone ? `time ${token.clock.zone}` : 'time' }, factor: 1, end: token.end, utcOffset: token.clock.offset };
  if (token.ordinal) return { unit: { kind: 'other', name: 'rank' }, factor: 1, end: token.end };
  if (token.identifier) return { unit: { kind: 'other', name: token.identifier }, factor: 1, start: token.identifierStart, end: token.end };
  // Currency before the number: "$1.4", "US$ 5", "HK $5", "$US5", "€300", "USD 4.2", "CHF3", "Rs. 500".
  const currency = currencyBefore(text, token.start);
  if (currency && currency.start >= from) {
    return { unit: { kind: 'money', name: currency.code }, factor: 1, start: currency.start, end: token.end, ...perAfter(text, token.end, to) };
  }
  // "1.200€", "300 €": the symbol after the number.
  const symbolAfter = currencyAfter(text, token.end);
  if (symbolAfter) return { unit: { kind: 'money', name: symbolAfter.code }, factor: 1, end: symbolAfter.end, ...perAfter(text, symbolAfter.end, to) };
  if (token.anniversary) {
    const w = nextWord(text, token.end, to)!;
    return { unit: { kind: 'duration', name: 'year' }, factor: 1, end: w.end, ago: true };
  }
  if (token.fraction) return { unit: { kind: 'percent', name: '%' }, factor: 1, end: token.end };
  // "sixfold", "10-fold": a multiplier
  const fold = token.gluedUnit === 'fold' ? token.end : /^[\s-]?fold\b/i.test(text.slice(token.end, token.end + 6)) ? token.end + /^[\s-]?fold/i.exec(text.slice(token.end))![0].length : undefined;
  if (fold !== undefined) return { unit: { kind: 'other', name: '×' }, factor: 1, end: fold };
  if (token.gluedUnit === 'pp' || token.gluedUnit === 'ppt' || token.gluedUnit === 'bps') return { unit: { kind: 'other', name: 'percentage points' }, factor: token.gluedUnit === 'bps' ? 0.01 : 1, end: token.gluedUnitEnd! };
  if (token.gluedUnit === '%' || token.gluedUnit === 'pc') return { unit: { kind: 'percent', name: '%' }, factor: 1, end: token.gluedUnitEnd!, ...perAfter(text, token.gluedUnitEnd!, to) };
  if (token.gluedUnit?.startsWith('°')) {
    const scale = temperatureUnit(token.gluedUnit) ?? 'C';
    return { unit: { kind: 'temperature', name: `°${scale}` }, factor: 1, end: token.gluedUnitEnd!, temperature: scale };
  }
  // "rose 6.5% to 164p", "at 118.5p": pence; "1080p", "720p" are video resolutions, no amount
  if (token.gluedUnit === 'p') {
    if (VIDEO_LINES.has(token.value)) return { unit: count(), factor: 1, end: token.end };
    return { unit: { kind: 'money', name: 'GBp' }, factor: 1, end: token.gluedUnitEnd!, ...perAfter(text, token.gluedUnitEnd!, to) };
  }
  if (token.gluedUnit) {
    const unit = measureUnit(token.gluedUnit, true);
    if (unit) return { unit: { kind: unit.kind, name: unit.name }, factor: unit.factor, end: token.gluedUnitEnd!, ...perAfter(text, token.gluedUnitEnd!, to) };
  }
  // Ages written around a name: "Ilves, aged 54", "Marta Ilves, 54, said".
  const agedBefore = /(?<![A-Za-z])(aged?)\s$/i.exec(text.slice(Math.max(from, token.start - 12), token.start));
  if (agedBefore) return { unit: { kind: 'age', name: 'year' }, factor: 1, start: token.start - agedBefore[0].length, end: token.end };
  if (/[A-Z][a-z]+,\s$/.test(text.slice(Math.max(from, token.start - 30), token.start)) && /^,/.test(text.slice(token.end, token.end + 1)) && token.value >= 1 && token.value <= 120 && Number.isInteger(token.value) && !token.spelled) {
    return { unit: { kind: 'age', name: 'year' }, factor: 1, end: token.end };
  }
  // "41,2 %": a percent sign after a (non-breaking) space.
  const spacedPercent = /^[\s\u00a0\u202f]%/.exec(text.slice(token.end, to));
  if (spacedPercent) return { unit: { kind: 'percent', name: '%' }, factor: 1, end: token.end + spacedPercent[0].length };
  // Scale readings named by a word around the number: "magnitude 6.2", "6.4-magnitude", "a magnitude-6.2".
  const scaleName = readingScale(text, token, from, to);
  if (scaleName) return scaleName;
  const w = nextWord(text, token.end, to);
  if (!w) return { unit: count(), factor: 1, end: token.end };
  const lower = w.word.toLowerCase();
  const hyphenated = text[token.end] === '-';
  // Age: "54-year-old", "54 years old".
  const age = /^[\s-]*(year|yr)s?[\s-]old\b/i.exec(text.slice(token.end, to));
  // "the 50-year-old alliance", "a 150-year-old bridge": a thing's age dates when it began, as "its
  // 50th anniversary" or "founded 50 years ago" do
  if (age && AGED_THINGS.test(text.slice(token.end + age[0].length, to))) return { unit: { kind: 'duration', name: 'year' }, factor: 1, end: token.end + age[0].length, ago: true };
  if (age) return { unit: { kind: 'age', name: 'year' }, factor: 1, end: token.end + age[0].length };
  // "an 18-month-old girl", "a six-week-old puppy": an age in months, weeks or days
  const youngAge = /^[\s-]*(month|week|day)s?[\s-]old\b/i.exec(text.slice(token.end, to));
  if (youngAge) {
    const name = youngAge[1]!.toLowerCase();
    return { unit: { kind: 'age', name }, factor: name === 'month' ? 1 / 12 : name === 'week' ? 7 / 365.25 : 1 / 365.25, end: token.end + youngAge[0].length };
  }
  // torque: "275 pound-feet", "332 lb-ft", "450 Nm", "400 newton-metres"
  const torque = /^\s*(lb[\s.-]*ft|pound[\s-]+f(?:ee|oo)t|foot[\s-]+pounds?|ft[\s.-]*lbs?|Nm|N·m|newton[\s-]+met(?:re|er)s?)(?![A-Za-z])/.exec(text.slice(token.end, to));
  if (torque) {
    const metric = /^(N|newton)/.test(torque[1]!);
    return { unit: { kind: 'other', name: metric ? 'N·m' : 'lb-ft' }, factor: 1, end: token.end + torque[0].length };
  }
  // Percentage points are a difference of percentages, not a percentage; a basis point is a
  // hundredth of one ("25 basis points" = 0.25 percentage points).
  const points = /^[\s-]*(percentage|basis)[\s-]+points?\b/i.exec(text.slice(token.end, to));
  if (points) return { unit: { kind: 'other', name: 'percentage points' }, factor: /^basis/i.test(points[1]!) ? 0.01 : 1, end: token.end + points[0].length };
  if (isPercentWord(lower)) return { unit: { kind: 'percent', name: '%' }, factor: 1, end: w.end, ...perAfter(text, w.end, to) };
  if (lower === 'per') {
    const cent = /^per[\s-]?cent\b/i.exec(text.slice(w.start, to));
    if (cent) return { unit: { kind: 'percent', name: '%' }, factor: 1, end: w.start + cent[0].length, ...perAfter(text, w.start + cent[0].length, to) };
  }
  if (/^percentage$/i.test(lower)) return { unit: { kind: 'other', name: 'percentage points' }, factor: 1, end: w.end };
  if (isCurrencyCode(w.word)) return { unit: { kind: 'money', name: w.word }, factor: 1, end: w.end, ...perAfter(text, w.end, to) };
  // Currency words, with an adjective that picks the dollar ("Canadian dollars").
  // "U.S. dollars", "US dollars": the country's letters name the dollar (the default one)
  const usDollars = /^[\s-]*U\.?S\.?\s+dollars?\b/.exec(text.slice(token.end, to));
  if (usDollars) return { unit: { kind: 'money', name: 'USD' }, factor: 1, end: token.end + usDollars[0].length, ...perAfter(text, token.end + usDollars[0].length, to) };
  const adjCurrency = /^[\s-]*([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(dollars?|pesos?|francs?|rupees?|pounds?|krone|kroner|kronor|crowns?)\b/.exec(text.slice(token.end, to));
  if (adjCurrency) {
    const noun = adjCurrency[2]!;
    // "Danish crowns": the English name of a krone, money only with its nation's adjective
    const code = /^pounds?$/.test(noun) ? POUNDS[adjCurrency[1]!.toLowerCase()] : /^crowns?$/.test(noun) ? CROWNS[adjCurrency[1]!.toLowerCase()] : currencyWord(noun, adjCurrency[1]!);
    if (code) return { unit: { kind: 'money', name: code }, factor: 1, end: token.end + adjCurrency[0].length, ...perAfter(text, token.end + adjCurrency[0].length, to) };
  }
  // "19 cents", "40 pence", "68 p": a currency's hundredth ("per cent" is read above)
  if (/^(cents?|pence|penny)$/.test(lower) || (w.word === 'p' && !/^\.m/i.test(text.slice(w.end, w.end + 2)))) return { unit: { kind: 'money', name: lower.startsWith('cent') ? 'USc' : 'GBp' }, factor: 1, end: w.end, ...perAfter(text, w.end, to) };
  const code = currencyWord(lower);
  if (code) return { unit: { kind: 'money', name: code }, factor: 1, end: w.end, ...perAfter(text, w.end, to) };
  if (lower === 'pound' || lower === 'pounds') {
    const sentence = text.slice(from, to);
    // "1/2 pound of sugar": a pound of something is a weight
    if (WEIGHT_CONTEXT.test(sentence) || (lower === 'pound' && /^\s+of\b/.test(text.slice(w.end, to)))) return { unit: { kind: 'mass', name: 'lb' }, factor: 0.45359237, end: w.end };
    const sterling = /^\s+sterling\b/i.exec(text.slice(w.end, to));
    return { unit: { kind: 'money', name: 'GBP' }, factor: 1, end: sterling ? w.end + sterling[0].length : w.end, ...perAfter(text, w.end, to) };
  }
  // "minus 387 Fahrenheit", "21 Celsius": the scale named without "degrees"
  const bareScale = w.word.length > 1 ? temperatureUnit(w.word) : undefined;
  if (bareScale) return { unit: { kind: 'temperature', name: `°${bareScale}` }, factor: 1, end: w.end, temperature: bareScale };
  if (/^(degrees?|deg)$/.test(lower)) {
    const scaleWord = nextWord(text, w.end, to);
    const scale = scaleWord ? temperatureUnit(scaleWord.word) : undefined;
    if (scale) return { unit: { kind: 'temperature', name: `°${scale}` }, factor: 1, end: scaleWord!.end, temperature: scale };
  }
  // Two-word units first ("square miles", "nautical miles", "metric tons", "cubic metres").
  const second = nextWord(text, w.end, to);
  if (second && /^(square|sq|nautical|metric|cubic)$/i.test(lower)) {
    const unit = measureUnit(`${lower}-${second.word.toLowerCase()}`);
    if (unit) return { unit: { kind: unit.kind, name: unit.name }, factor: unit.factor, end: second.end };
  }
  const unit = measureUnit(w.word, hyphenated);
  if (unit) {
    const ago = unit.kind === 'duration' ? /^\s+(ago|earlier|before|previously)\b/i.exec(text.slice(w.end, to)) : null;
    // "a 1,900-mile archipelago" measures the noun that follows; "five years" is an elapsed time.
    if (ago) return { unit: { kind: unit.kind, name: unit.name }, factor: unit.factor, end: w.end + ago[0].length, ago: true };
    const speed = unit.kind === 'distance' ? speedOf(unit.name, text.slice(w.end, to)) : undefined;
    if (speed) return { unit: { kind: 'speed', name: speed.unit.name }, factor: speed.unit.factor, end: w.end + speed.length };
    // "800,000 barrels a day", "11 feet per century"
    return { unit: { kind: unit.kind, name: unit.name }, factor: unit.factor, end: w.end, ...perAfter(text, w.end, to) };
  }
  return { unit: count(), factor: 1, end: token.end };
}

/** Nouns a rate is stated per after "a"/"an" besides units of measure ("$5 a share", "3 times a minute"). */
const PER_NOUNS = /^(year|month|week|day|night|hour|minute|second|share|person|head|capita|piece|unit|game|match|century|decade|quarter|season)s?$/i;

/** What follows "a year" when it places an amount in time rather than making it a rate. */
const EARLIER_TIME = /^\s+(?:earlier|ago|before|previously|prior|later|on|after)\b/i;

/**
 * The rate after an amount: "a year", "each year", "per year", "annually", "a share", "per
 * capita", "per barrel", "an ounce", "per square foot", "barrels a day". After "per" any noun
 * (or two-word unit) is the divisor; after "a"/"an" only a unit of measure or a noun of PER_NOUNS.
 * A unit of measure is named by its symbol ("ft²", "bbl"), another noun by its singular.
 */
export function perAfter(text: string, from: number, to: number): { per?: string; end?: number } {
  // "$38 (£28.90) a share": a conversion in brackets may stand between the amount and its rate.
  const rest = text.slice(from, to);
  const adverb = /^(?:\s+\([^()]{1,30}\))?\s+(annually|yearly|monthly|weekly|daily)\b/i.exec(rest);
  if (adverb) return { per: { annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day' }[adverb[1]!.toLowerCase()]!, end: from + adverb[0].length };
  // "a 52,000 barrel-a-day refinery": the rate hyphenated into a modifier
  const m = /^(?:\s+\([^()]{1,30}\))?(?:\s+|-)(a|an|each|every|per)[\s-]+([A-Za-z]+)\b/i.exec(rest);
  if (!m) return {};
  // "$5.2 billion a year earlier", "40 a month ago": when the amount was, not what it is per
  if (/^(a|an)$/i.test(m[1]!) && EARLIER_TIME.test(rest.slice(m[0].length))) return {};
  const article = m[1]!.toLowerCase();
  const word = m[2]!;
  const end = from + m[0].length;
  // "per square foot", "per sq m": a two-word unit
  const second = /^\.?\s+([A-Za-z]+)\b/.exec(text.slice(end, to));
  const two = second && /^(square|sq|cubic|metric)$/i.test(word) ? measureUnit(`${word.toLowerCase()}-${second[1]!.toLowerCase()}`, true) : undefined;
  if (two) return { per: two.name, end: end + second![0].length };
  const unit = measureUnit(word);
  if (unit) return { per: unit.name, end };
  if (PER_NOUNS.test(word) || (article === 'per' && /^[a-z]{3,}$/i.test(word) && !/^(cent|centum|annum|diem)$/i.test(word))) {
    return { per: singular(word.toLowerCase()), end };
  }
  return {};
}

/** "miles per hour", "kilometres an hour", "metres per second": a distance per time is a speed. */
function speedOf(distance: string, rest: string): { unit: { name: string; factor: number }; length: number } | undefined {
  const m = /^(?:\s+|-)(?:per|an?)[\s-](hour|second)\b/i.exec(rest);
  if (!m) return undefined;
  const perHour: Record<string, string> = { mi: 'mph', km: 'km/h' };
  const name = m[1]!.toLowerCase() === 'hour' ? perHour[distance] : distance === 'm' ? 'm/s' : undefined;
  const unit = name ? measureUnit(name) : undefined;
  return unit ? { unit: { name: unit.name, factor: unit.factor }, length: m[0].length } : undefined;
}

function singular(word: string): string {
  return /ies$/.test(word) ? word.slice(0, -3) + 'y' : /(ss|us)$/.test(word) ? word : word.replace(/s$/, '');
}

/** Words naming a scale whose readings are compared as such (not as counts of something). */
const READING_SCALES = /^(magnitude|richter|category|level|grade|force|stage)$/i;

function readingScale(text: string, token: NumberToken, from: number, to: number): UnitMatch | undefined {
  const letter = magnitudeLetterBefore(text, token.start, token.end);
  if (letter !== undefined) return { unit: { kind: 'other', name: 'magnitude' }, factor: 1, start: letter, end: token.end };
  // "magnitude 6.2", "a magnitude-6.2", "the magnitude was 5.9", "a magnitude of 5.9"
  const before = /\b([A-Za-z]+)(?:\s+(?:was|is|of|at|measured|reached|registered))?(?:\s+at)?[\s-]$/.exec(text.slice(Math.max(from, token.start - 24), token.start));
  const after = /^[\s-]([A-Za-z]+)\b/.exec(text.slice(token.end, Math.min(to, token.end + 12)));
  const word = before && READING_SCALES.test(before[1]!) ? before[1]! : after && READING_SCALES.test(after[1]!) ? after[1]! : undefined;
  if (!word) return undefined;
  const end = after && word === after[1] ? token.end + after[0].length : token.end;
  return { unit: { kind: 'other', name: word.toLowerCase() }, factor: 1, start: before && word === before[1] ? token.start - before[0].length : undefined, end };
}
