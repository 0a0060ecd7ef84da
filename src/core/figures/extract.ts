// Source -> Figure[]: every quantity stated in the article's body, with its value interval,
// unit, qualifier, what it counts, and the sentence's content words for alignment.
import type { Figure, Sentence, Source } from '../types';
import type { Term } from '../text/nlp';
import { Parser } from '../text/parser';
import { scanNumbers, type NumberToken } from './numberScan';
import { buildFigure, type FigureOptions } from './buildFigure';
import { readUnit } from './figureUnit';
import { carriesUnit, isBracketedConversion, restatementOf, restatesChange } from './restatements';
import { conceptById } from './lexicon';
import { firstStart, pairAcross, pairWith } from './pairs';
import { earlierByWordsAfter, earlierByWordsBefore, needsUnit } from './earlier';
import { detectSeparatorConvention, type SeparatorConvention } from './numerals';

/** Cheap test for a sentence that may hold a figure, so the NLP runs only where it can matter. */
const MAY_HOLD_FIGURE = /\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores|noon|midday|midnight|decade|century|\w+fold|one|half|thirds?|quarters?|fifths?|tenths?|twin|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth)\b/i;

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
  const unitOf = (t: NumberToken) => readUnit(text, t, sentence.start, sentence.end);
  const unitEndOf = (t: NumberToken) => Math.max(t.end, unitOf(t).end);
  // both ends in one unit, or a count whose second end names nothing ("from 4,000 on Friday to 6,500 on Sunday")
  const sameUnit = (a: NumberToken, b: NumberToken) => {
    const [x, y] = [unitOf(a).unit, unitOf(b).unit];
    const noun = (t: NumberToken) => /^\s+([a-z]+)/i.exec(text.slice(t.end, t.end + 24))?.[1]?.toLowerCase();
    if (x.kind !== 'count') return x.kind === y.kind && x.name === y.name;
    return y.kind === 'count' && (/^(?:\s+(?:on|in|at|by|during)\b|\s*[,.;]|\s*$)/i.test(text.slice(b.end, b.end + 8)) || noun(a) === noun(b));
  };
  // the token whose unit each figure was read with, for an earlier level that shares it
  const unitTokens = new Map<Figure, NumberToken>();
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    // "between 10 and 12", "10 to 12", "10-12": one figure spanning both numbers.
    const across = pairWith(text, sentence.start, token, tokens[k + 1]) ? undefined : pairAcross(text, sentence.start, tokens, k, unitEndOf, sameUnit);
    const pair = across?.pair ?? pairWith(text, sentence.start, token, tokens[k + 1]);
    const antecedent = [...figures].reverse().find((f) => f.unit.kind === 'count' && f.head);
    const shared = pair ? undefined : sharingUnit(source, sentence, terms, tokens, k, options, context.surfaces) ?? countOfMeasured(source, sentence, terms, tokens, k, options, context.surfaces);
    const outcomeBefore = [...figures].reverse().find((f) => f.unit.kind === 'count' && conceptById(f.concept)?.outcome);
    const previous = figures[figures.length - 1];
    let built = shared ?? buildFigure(source, sentence, terms, token, pair, options, context.surfaces, antecedent, undefined, outcomeBefore);
    // "5,200 units, up from 4,800", "$5.2 billion a year earlier": the level before the change
    if (!pair && !shared && (earlierByWordsBefore(text, sentence.start, firstStart(text, token)) || earlierByWordsAfter(text, built?.span.end ?? token.end, sentence.end))) {
      const unitToken = previous && unitTokens.get(previous);
      built = earlierLevel(source, sentence, terms, token, built, unitToken && { figure: previous!, token: unitToken }, options, context.surfaces);
    }
    const figure = built && carriesUnit(text, previous, restatesChange(text, previous, built));
    if (figure && previous && isBracketedConversion(text, previous, figure)) {
      // the same amount said again: a place the source states it, not a figure of its own
      previous.repeats = [...(previous.repeats ?? []), { span: figure.span, text: figure.text }];
      previous.restatements = [...(previous.restatements ?? []), restatementOf(previous, figure)];
    } else if (figure) {
      figures.push(figure);
      unitTokens.set(figure, pair && pair.reading !== 'reversed' ? pair.second : token);
    }
    // "rose to $4.1 billion from $3.9 billion": where the change started is a figure of its own
    if (figure && pair?.reading === 'reversed') {
      const start = earlierLevel(source, sentence, terms, pair.second, buildFigure(source, sentence, terms, pair.second, undefined, options, context.surfaces), { figure, token }, options, context.surfaces);
      if (start) figures.push(start);
    }
    // the times of day between the ends of a change are inside its span: when each end was
    if (across) k = across.index;
    else if (pair) k++;
  }
  return figures;
}

/**
 * A level before a change, read with its own unit, or with the unit of the amount it is compared
 * with when it has none ("3.9 million headsets, up from 2.4 million").
 */
function earlierLevel(
  source: Source,
  sentence: Sentence,
  terms: readonly Term[],
  token: NumberToken,
  own: Figure | undefined,
  like: { figure: Figure; token: NumberToken } | undefined,
  options: FigureOptions,
  surfaces: Map<string, string> | undefined,
): Figure | undefined {
  let figure = needsUnit(own) && like ? buildFigure(source, sentence, terms, token, undefined, options, surfaces, undefined, like.token) ?? own : own;
  // "the toll rose to 57 from 41": what the level counts, the earlier level counts
  if (figure && needsUnit(figure) && like?.figure.head && like.figure.unit.kind === 'count') figure = { ...figure, head: like.figure.head, concept: like.figure.concept };
  return figure && { ...figure, earlier: true };
}

/** Kinds of measure that describe each thing counted ("250ml bottles", "12-ounce cans", "9-litre cases"). */
const MEASURES_OF_THINGS = new Set(['volume', 'mass', 'distance', 'area', 'energy']);

/**
 * "eight million 250ml bottles", "40,000 12-ounce cans": a count whose noun comes after the measure
 * of each thing it counts. Read as a count of that noun, its span the number alone (the measure
 * is a figure of its own).
 */
function countOfMeasured(
  source: Source,
  sentence: Sentence,
  terms: readonly Term[],
  tokens: readonly NumberToken[],
  k: number,
  options: FigureOptions,
  surfaces: Map<string, string> | undefined,
): Figure | undefined {
  const text = source.text;
  const [token, next] = [tokens[k]!, tokens[k + 1]];
  if (!next || !isPlainNumber(token) || next.clock || next.fraction) return undefined;
  if (!/^\s+$/.test(text.slice(token.end, next.start))) return undefined;
  const own = readUnit(text, token, sentence.start, sentence.end);
  const measure = readUnit(text, next, sentence.start, sentence.end);
  if (own.unit.kind !== 'count' || own.end > token.end || !MEASURES_OF_THINGS.has(measure.unit.kind) || measure.per) return undefined;
  const figure = buildFigure(source, sentence, terms, token, undefined, options, surfaces, undefined, undefined, undefined, measure.end);
  if (!figure?.head) return undefined;
  return { ...figure, span: { start: figure.span.start, end: token.end }, text: text.slice(figure.span.start, token.end) };
}

/** A number with nothing of its own that makes it a unit, a time, a rank, a name, a vague amount or a fraction. */
function isPlainNumber(token: NumberToken): boolean {
  return !(token.gluedUnit || token.clock || token.ordinal || token.identifier || token.vague || token.fraction);
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
  if (!isPlainNumber(token)) return undefined;
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

