// One figure from the number tokens that state it: its value interval, unit, qualifier, what it
// counts, whether it is a change, and the sentence's content words for alignment (extract.ts reads
// a sentence's tokens and decides which ones make a figure together).
import type { Figure, Sentence, Source } from '../types';
import type { Term } from '../text/nlp';
import type { NumberToken } from './numberScan';
import { clockBoundBefore, literalInterval, overIsSpan, qualifierAfter, qualifierBefore } from './qualifiers';
import { perAfter, readUnit, type UnitMatch } from './figureUnit';
import { readCounted } from './counted';
import { isBareArgument } from './nounBefore';
import { conceptById, isGenericConcept } from './lexicon';
import { changeBefore, isReachedLevel } from './change';
import { firstStart, type Pair } from './pairs';
import { contentWords } from '../text/words';
import { toUsd } from './currencies';
import { toCelsius } from './units';

export interface FigureOptions {
  exchangeRates?: Record<string, number>;
}

/**
 * "12,000 police were deployed, including 5,000 in Paris", "1,200 homes destroyed and 4,000 more
 * damaged": a bare number that continues an earlier count of its sentence counts the same thing.
 */
function continuesCount(text: string, sentenceStart: number, numberStart: number, numberEnd: number): boolean {
  const after = text.slice(numberEnd, numberEnd + 12);
  if (/^\s+more\b/i.test(after)) return true;
  const before = text.slice(Math.max(sentenceStart, numberStart - 24), numberStart);
  return /\b(including|with|while|and|compared with|compared to|against|versus|than|of whom|of which)\s*$/i.test(before) &&
    /^(\s*([,.;)]|$)|\s+(in|at|on|from|during|across|outside|inside|among|each|by|who|which|that|were|was|are|have|had)\b)/i.test(after);
}

export function buildFigure(
  source: Source,
  sentence: Sentence,
  terms: readonly Term[],
  first: NumberToken,
  pair: Pair | undefined,
  options: FigureOptions,
  surfaces: Map<string, string> | undefined,
  antecedent?: Figure,
  /** A later number whose unit this one shares ("7- or 8-inch"). */
  unitFrom?: NumberToken,
  outcomeBefore?: Figure,
  /** Where what is counted starts, when a measure of each thing stands between ("eight million 250ml bottles"). */
  countedAt?: number,
): Figure | undefined {
  const text = source.text;
  // A change from X to Y is a figure of Y that remembers X; a range spans both.
  // "to 5.2% from 4.9%": the first number is the level reached, the second where it started.
  const reversed = pair?.reading === 'reversed';
  const change = pair?.reading === 'change' || reversed;
  const token = change && !reversed ? pair!.second : first;
  const startValue = reversed ? pair!.second.value : pair?.firstValue;
  const range = pair?.reading === 'range' ? pair.second : undefined;
  const last = range ?? token;
  let unitMatch = readUnit(text, unitFrom ?? last, sentence.start, sentence.end);
  if (unitFrom) unitMatch = { ...unitMatch, start: undefined };
  // "from 208 pounds to 193": a change whose unit is written once, after its first value
  if (change && !reversed && unitMatch.unit.kind === 'count') {
    const firstUnit = readUnit(text, first, sentence.start, sentence.end);
    if (firstUnit.unit.kind !== 'count') unitMatch = { ...firstUnit, start: undefined, end: Math.max(firstUnit.end, last.end) };
  }
  const numberStart = range || change ? firstStart(text, first) : (unitMatch.start ?? token.start);
  const qualifierAt = change ? firstStart(text, token) : numberStart;
  // A rank or a provision's number is as exact as a name.
  const named = Boolean(token.ordinal || token.identifier);
  let before = named ? undefined : qualifierBefore(text, qualifierAt, change ? firstStart(text, token) - 12 : sentence.start) ?? (token.clock && !range ? clockBoundBefore(text, qualifierAt, sentence.start) : undefined);
  // "pay rises over three years": the span of the rises, not more than three years
  if (before?.qualifier === 'lowerBound' && unitMatch.unit.kind === 'duration' && overIsSpan(text, before.start, unitMatch.end, sentence.start)) before = undefined;
  const after = range || named ? undefined : qualifierAfter(text, token.end);
  let qualifier = range ? 'range' : (after?.qualifier ?? before?.qualifier ?? 'exact');
  if (qualifier === 'range' && !range) qualifier = 'exact';
  const shade = after?.shade ?? before?.shade;
  const inclusive = Boolean(after ? after.inclusive : before?.inclusive);
  const unitEnd = Math.max(unitMatch.end, after?.end ?? 0);
  const ranked = Boolean(token.ordinal);
  // "a third of the population", "half the condos": a share names what it is a share of (its
  // span stays the share, as a percentage's does)
  const shareOf = token.fraction ? /^\s+(?:of\s+)?(?:the|its|their|his|her|our|these|those|all)\s+(?=[a-z])/i.exec(text.slice(unitEnd, unitEnd + 30)) : null;
  let counted = ranked || unitMatch.unit.kind === 'count' || unitMatch.unit.kind === 'distance' || unitMatch.unit.kind === 'money' || unitMatch.unit.kind === 'percent'
    ? readCounted(text, terms, (change ? first : last).firstTerm, countedAt ?? unitEnd + (shareOf?.[0].length ?? 0), unitMatch.unit.kind === 'percent' && !shareOf, ranked)
    : { text: '', end: unitEnd, head: '', concept: undefined };
  if (shareOf) counted = { ...counted, end: unitEnd };
  // "from 16 members to 19": the noun after the first number counts both
  if (change && !reversed && unitMatch.unit.kind === 'count') {
    const firstNoun = readCounted(text, terms, first.firstTerm, first.end);
    if (firstNoun.text && firstNoun.end <= token.start) counted = { ...firstNoun, end: counted.end };
  }
  if (unitMatch.unit.kind === 'count' && !counted.head && !counted.concept && antecedent && continuesCount(text, sentence.start, before?.start ?? numberStart, last.end)) {
    counted = { text: '', end: counted.end, head: antecedent.head, concept: conceptById(antecedent.concept) };
  }
  // "a reward of up to $2 million for information leading to an arrest": what happened to people counts people, never money or a share
  if (unitMatch.unit.kind !== 'count' && counted.concept?.outcome) counted = { ...counted, concept: undefined, role: undefined };
  // "81 people were killed, including eight Americans": a part of an outcome count is that outcome, for those people
  let role = counted.role;
  if (unitMatch.unit.kind === 'count' && outcomeBefore && counted.head && !conceptById(counted.concept?.id ?? '')?.outcome && PART_OF_BEFORE.test(text.slice(Math.max(sentence.start, numberStart - 40), numberStart))) {
    role = counted.concept && !isGenericConcept(counted.concept.id) ? counted.concept.id : counted.concept ? undefined : counted.head;
    counted = { ...counted, concept: conceptById(outcomeBefore.concept) };
  }
  // "the ninth day of strikes": a rank of days, weeks or times is a rank all the same.
  const period = ranked && !counted.head ? /^\s+(day|week|month|year|time|round|session|edition)s?\b/i.exec(text.slice(token.end, token.end + 12)) : null;
  if (period) counted = { text: period[0].trim(), end: token.end + period[0].length, head: period[1]!.toLowerCase(), concept: undefined };
  // "day 12 of the trial": the position's period word leads its token
  const position = ranked ? /^(day|week|month|round|stage|lap|leg)\s/i.exec(text.slice(token.start, token.end)) : null;
  if (position) counted = { text: position[1]!, end: token.end, head: position[1]!.toLowerCase(), concept: undefined };
  // A bare number counts nothing we can name, and is read only where the clause makes it a value
  // ("About 1,000 come from Asia", "which is 50,000."); a rank of nothing named ranks nothing.
  const bare = unitMatch.unit.kind === 'count' && !ranked && !token.spelled && !first.spelled && isBareArgument(terms, first.firstTerm, last.lastTerm);
  if ((unitMatch.unit.kind === 'count' || ranked) && !counted.head && !counted.concept && !bare) return undefined;
  // "the index ended the year at 16,644": the level of its subject, as a level a change reached is
  if (bare && counted.text && counted.end <= numberStart) counted = { ...counted, text: '' };
  // Counts are whole: "5.1 earthquake" is a reading on some scale we could not name, not a count.
  // A level a subject reached ("X rose 8% to 3.65") and an average of things ("7.3 points", "3.7
  // rebounds": a plural) may be fractional.
  if (unitMatch.unit.kind === 'count' && !bare && counted.text !== '' && !/[a-z]s$/.test(counted.text) && !Number.isInteger(token.value) && token.end === token.start + text.slice(token.start, token.end).trimEnd().length && token.precision < 1) return undefined;
  // "every five years" is a frequency, not a quantity sources could disagree on.
  if (unitMatch.unit.kind === 'duration' && /\b(every|each)\s*$/i.test(text.slice(Math.max(sentence.start, token.start - 7), token.start))) return undefined;
  // "hundreds of": the interval the words allow, like a range.
  if (token.vague) qualifier = 'range';
  const value = range ? (pair!.firstValue + range.value) / 2 : token.vague ? (token.vague[0] + token.vague[1]) / 2 : token.value;
  const [low, high] = token.vague ? token.vague : literalInterval(range ? pair!.firstValue : value, qualifier, shade, range?.value, inclusive);
  const fromWord = change ? /\bfrom\s+$/i.exec(text.slice(Math.max(sentence.start, numberStart - 6), numberStart)) : null;
  const spanStart = fromWord ? numberStart - fromWord[0].length : before && qualifier !== 'range' && !change ? Math.min(before.start, numberStart) : qualifier === 'range' && before ? before.start : numberStart;
  // "65 tests per day", "3 times a minute": a count stated per something
  const countRate = unitMatch.unit.kind === 'count' && !unitMatch.per && counted.text ? perAfter(text, counted.end, sentence.end) : {};
  // "to $4.1 billion from $3.9 billion": the level reached ends at its own unit; where it started is a figure of its own (extract.ts)
  const spanEnd = Math.max(unitEnd, counted.end, last.end, countRate.end ?? 0);
  const direction = change ? (token.value > startValue! ? 'up' : token.value < startValue! ? 'down' : undefined) : changeBefore(text, sentence.start, spanStart) ?? signedChange(text, token, unitMatch.unit);
  const canonical = toCanonical(value, low, high, unitMatch, options);
  if (!canonical) return undefined;
  const own = new Set<number>();
  terms.forEach((t, i) => { if (t.start >= spanStart && t.end <= spanEnd) own.add(i); });
  return {
    id: `${source.id}#${spanStart}`,
    source: source.id,
    span: { start: spanStart, end: spanEnd },
    valueSpan: { start: token.start, end: last.end },
    text: text.slice(spanStart, spanEnd),
    sentence: sentence.index,
    value,
    low,
    high,
    precision: token.precision,
    unit: unitMatch.unit,
    qualifier,
    canonical,
    counted: counted.text,
    head: counted.head,
    concept: counted.concept?.id ?? counted.head,
    ...(role ? { role } : {}),
    ...(token.vague ? { vague: true as const } : {}),
    context: contextOf(terms, own, last.firstTerm, surfaces),
    per: unitMatch.ago ? 'ago' : unitMatch.per ?? countRate.per,
    ...(direction ? { change: direction } : {}),
    ...(change ? { from: startValue } : {}),
    ...(change || (direction && isReachedLevel(text, sentence.start, spanStart)) ? { reached: true as const } : {}),
  };
}

/**
 * "Dow +0.2%, FTSE -0.6%": a percentage or a number of points written with its sign is a rise or
 * a fall (a signed temperature or amount is a level).
 */
function signedChange(text: string, token: NumberToken, unit: Figure['unit']): 'up' | 'down' | undefined {
  if (unit.kind !== 'percent' && unit.name !== 'percentage points') return undefined;
  const sign = /(?:^|[\s(:,])([+\-−])$/.exec(text.slice(Math.max(0, token.start - 2), token.start));
  if (!sign) return undefined;
  return sign[1] === '+' ? 'up' : 'down';
}

/** Words that make the next count a part of the one before ("including", "among them", "of whom"), with a qualifier. */
const PART_OF_BEFORE = /\b(?:including|among them|among whom|of whom|of them)\s+(?:at least\s+|about\s+|some\s+|around\s+|nearly\s+|more than\s+)?$/i;

/** Words right next to a number say most about it ("National Union won 47 seats, while ..."). */
const NEAR = 6;

/**
 * The sentence's content words, plus the ones within a few words of the number again under a
 * "~" mark, so they weigh double in alignment.
 */
function contextOf(terms: readonly Term[], own: ReadonlySet<number>, numberTerm: number, surfaces: Map<string, string> | undefined): string[] {
  const all = contentWords(terms.filter((_, i) => !own.has(i)), surfaces);
  const near = contentWords(terms.filter((_, i) => !own.has(i) && Math.abs(i - numberTerm) <= NEAR + (i > numberTerm ? own.size : 0)), surfaces);
  return [...all, ...near.map((w) => `~${w}`)];
}

function toCanonical(value: number, low: number, high: number, unitMatch: UnitMatch, options: FigureOptions): Figure['canonical'] | undefined {
  const { unit, factor } = unitMatch;
  if (unit.kind === 'money') {
    const usd = (n: number) => (Number.isFinite(n) ? toUsd(n, unit.name, options.exchangeRates) : n);
    const v = usd(value);
    if (v === undefined) return { value, low, high, unit: unit.name, converted: false };
    return { value: v, low: usd(low)!, high: usd(high)!, unit: 'USD', converted: unit.name !== 'USD' };
  }
  if (unitMatch.temperature) {
    const c = (n: number) => (Number.isFinite(n) ? toCelsius(n, unitMatch.temperature!) : n);
    return { value: c(value), low: c(low), high: c(high), unit: '°C', converted: unitMatch.temperature !== 'C' };
  }
  if (unitMatch.utcOffset !== undefined) {
    const utc = (n: number) => (Number.isFinite(n) ? (((n - unitMatch.utcOffset!) % 1440) + 1440) % 1440 : n);
    return { value: utc(value), low: utc(low), high: utc(high), unit: 'UTC minute of day', converted: unitMatch.utcOffset !== 0 };
  }
  const f = (n: number) => (Number.isFinite(n) ? n * factor : n);
  return { value: f(value), low: f(low), high: f(high), unit: canonicalName(unit.kind, unit.name), converted: factor !== 1 };
}

function canonicalName(kind: Figure['unit']['kind'], name: string): string {
  switch (kind) {
    case 'distance': return 'm';
    case 'area': return 'm²';
    case 'mass': return 'kg';
    case 'volume': return 'L';
    case 'duration':
    case 'age': return 'year';
    case 'speed': return 'km/h';
    case 'energy': return /h$/.test(name) ? 'Wh' : 'W';
    default: return name;
  }
}
