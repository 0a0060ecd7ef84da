// Source -> Figure[]: every quantity stated in the article's body, with its value interval,
// unit, qualifier, what it counts, and the sentence's content words for alignment.
import type { Figure, Sentence, Source } from '../types';
import type { Term } from '../text/nlp';
import { Parser } from '../text/parser';
import { scanNumbers, type NumberToken } from './numberScan';
import { literalInterval, overIsSpan, qualifierAfter, qualifierBefore } from './qualifiers';
import { perAfter, readUnit, type UnitMatch } from './figureUnit';
import { readCounted } from './counted';
import { isBareArgument } from './nounBefore';
import { carriesUnit, isBracketedConversion, restatementOf, restatesChange } from './restatements';
import { conceptById, isGenericConcept } from './lexicon';
import { changeBefore, isReachedLevel } from './change';
import { firstStart, pairWith, type Pair } from './pairs';
import { contentWords } from '../text/words';
import { toUsd } from './currencies';
import { detectSeparatorConvention, type SeparatorConvention } from './numerals';
import { toCelsius } from './units';

/** Cheap test for a sentence that may hold a figure, so the NLP runs only where it can matter. */
const MAY_HOLD_FIGURE = /\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores|noon|midday|midnight|decade|century|\w+fold|one|half|thirds?|quarters?|fifths?|tenths?|twin|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth)\b/i;

export interface FigureOptions {
  exchangeRates?: Record<string, number>;
}

/**
 * What extraction uses of its analyzer: its parses, and where to note each context stem's first
 * readable word (words.ts). Without one, a call parses with a parser of its own.
 */
export interface FigureContext {
  parser: Parser;
  surfaces?: Map<string, string>;
}

const ENGLISH_FUNCTION_WORDS = /\b(the|of|and|to|in|a|an|is|are|was|were|for|on|that|with|by|at|from|has|have|had|it|its|as|this|said|says|will|be|than|more)\b/gi;
// Frequent function words of German, French, Spanish, Italian, Portuguese and Dutch that are not
// English words too.
const OTHER_FUNCTION_WORDS = /(?<![\p{L}])(der|die|das|und|ist|nicht|mit|von|sich|dem|den|ein|eine|zu|auf|les|des|et|est|une|du|dans|pour|que|qui|sur|été|avec|ont|los|las|del|por|con|una|para|es|el|y|il|della|che|sono|dos|das|não|uma|em|het|een|van|zijn|niet|wordt)(?![\p{L}=])/giu;

/**
 * The rules here read English. A sentence that uses more function words of other languages than
 * of English ("Die Regierung stellte 5 Millionen Euro bereit.") is left alone rather than misread.
 */
function readsAsEnglish(text: string): boolean {
  const other = text.match(OTHER_FUNCTION_WORDS)?.length ?? 0;
  if (other === 0) return true;
  const english = text.match(ENGLISH_FUNCTION_WORDS)?.length ?? 0;
  return english >= other;
}

/** Parses a sentence for compromise with same-length substitutions that fix its known gaps. */
function prepareForTagger(sentence: string): string {
  // "1,900-mile" is one noun to compromise; a space keeps every offset and splits it.
  // "8-10 carriages": compromise makes a range of zero-width words; the numbers are ours to read.
  return sentence.replace(/(\d)-(?=[A-Za-z])/g, '$1 ').replace(/(\d)[-–](?=\d)/g, '$1 ');
}

export function extractFigures(
  source: Source,
  sentences: readonly Sentence[],
  options: FigureOptions = {},
  context: FigureContext = { parser: new Parser() },
): Figure[] {
  const convention = detectSeparatorConvention(source.text);
  const candidates = sentences.filter((s) => !s.furniture && MAY_HOLD_FIGURE.test(s.text) && readsAsEnglish(s.text));
  const { parser } = context;
  return parser.withSharedParses(() => {
    const figures: Figure[] = [];
    // a window of sentences at a time: their parses in a few compromise calls rather than one
    // each, then released, so a huge source never holds all its parses at once (parser.ts)
    for (let from = 0; from < candidates.length; ) {
      let to = from;
      for (let chars = 0; to < candidates.length && (to === from || chars + candidates[to]!.text.length <= WINDOW_CHARS); to++) chars += candidates[to]!.text.length;
      const window = candidates.slice(from, to);
      const texts = window.map((s) => prepareForTagger(s.text));
      parser.parseAhead(texts);
      for (const sentence of window) figures.push(...figuresInSentence(source, sentence, convention, options, context));
      parser.release(texts);
      from = to;
    }
    return figures;
  });
}

/** Characters of candidate sentences parsed ahead and read at a time (a few parser batches). */
const WINDOW_CHARS = 50_000;

function figuresInSentence(
  source: Source,
  sentence: Sentence,
  convention: SeparatorConvention,
  options: FigureOptions,
  context: FigureContext,
): Figure[] {
  const text = source.text;
  const terms = context.parser.tagTerms(prepareForTagger(sentence.text), sentence.start);
  const tokens = scanNumbers(text, sentence.start, sentence.end, terms, convention);
  const figures: Figure[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    // "between 10 and 12", "10 to 12", "10-12": one figure spanning both numbers.
    const pair = pairWith(text, sentence.start, token, tokens[k + 1]);
    const antecedent = [...figures].reverse().find((f) => f.unit.kind === 'count' && f.head);
    const shared = pair ? undefined : sharingUnit(source, sentence, terms, tokens, k, options, context.surfaces);
    const outcomeBefore = [...figures].reverse().find((f) => f.unit.kind === 'count' && conceptById(f.concept)?.outcome);
    const built = shared ?? buildFigure(source, sentence, terms, token, pair, options, context.surfaces, antecedent, undefined, outcomeBefore);
    const figure = built && carriesUnit(text, figures[figures.length - 1], restatesChange(text, figures[figures.length - 1], built));
    const previous = figures[figures.length - 1];
    if (figure && previous && isBracketedConversion(text, previous, figure)) {
      // the same amount said again: a place the source states it, not a figure of its own
      previous.repeats = [...(previous.repeats ?? []), { span: figure.span, text: figure.text }];
      previous.restatements = [...(previous.restatements ?? []), restatementOf(previous, figure)];
    } else if (figure) figures.push(figure);
    if (pair) k++;
  }
  return figures;
}

/** "7- or 8-inch", "four-, five- and six-cylinder", "eight or nine euros", "8 or $9": numbers sharing the unit after the last. */
const SHARED_UNIT_JOINER = /^(?:-\s*(?:,|or\b|and\b|,\s*(?:or|and)\b)|\s+or\b)\s*(?:[$€£¥₹]|[A-Z]{1,3}\$)?$/;

const PART_OF_WHOLE = /^\s+of\s+(?:the|its|their|his|her|our)\s+(?:[A-Z]{0,3}\s?[$€£¥₹])?$/;

/**
 * A bare number that shares the unit of the numbers after it: read with that unit, its span the
 * number alone ("a 7- or 8-inch screen": 7 inches and 8 inches).
 */
function sharingUnit(
  source: Source,
  sentence: Sentence,
  terms: readonly Term[],
  tokens: readonly NumberToken[],
  k: number,
  options: FigureOptions,
  surfaces: Map<string, string> | undefined,
): Figure | undefined {
  const text = source.text;
  const token = tokens[k]!;
  if (token.gluedUnit || token.clock || token.ordinal || token.identifier || token.vague || token.fraction) return undefined;
  let u = k;
  while (u + 1 < tokens.length && SHARED_UNIT_JOINER.test(text.slice(tokens[u]!.end, tokens[u + 1]!.start))) u++;
  // "280 million of the 1.5 billion shekels": a part of an amount or a measure is in its unit
  const whole = tokens[k + 1];
  if (u === k && whole && PART_OF_WHOLE.test(text.slice(token.end, whole.start)) && readUnit(text, token, sentence.start, sentence.end).unit.kind === 'count' &&
    !['count', 'percent'].includes(readUnit(text, whole, sentence.start, sentence.end).unit.kind)) u = k + 1;
  if (u === k) return undefined;
  const figure = buildFigure(source, sentence, terms, token, undefined, options, surfaces, undefined, tokens[u]);
  if (!figure) return undefined;
  const end = token.end;
  return { ...figure, span: { start: figure.span.start, end }, text: text.slice(figure.span.start, end) };
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

function buildFigure(
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
  let before = named ? undefined : qualifierBefore(text, qualifierAt, change ? firstStart(text, token) - 12 : sentence.start);
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
    ? readCounted(text, terms, (change ? first : last).firstTerm, unitEnd + (shareOf?.[0].length ?? 0), unitMatch.unit.kind === 'percent' && !shareOf, ranked)
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
  const spanEnd = Math.max(unitEnd, counted.end, last.end, reversed ? pair!.second.gluedUnitEnd ?? pair!.second.end : 0, countRate.end ?? 0);
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
