// Source -> DateExpression[]: every temporal expression with its exact span, what the grammar read,
// the tense it is told in, a short "who did what" label and the content words of its sentence.
// Pure and per source, so the caller can cache it by text; nothing here depends on other sources
// or on a reference date (that is dateResolve/referenceDate's job). This file holds the sentence-level
// extraction (which sentences, which matches, one DateExpression per match); how a sentence is read
// for a match (its clauses, tense, verb, content words and label) is in sentenceReading.ts.
import { DATE_CUE, matchDates, type DateParts, type GrammarMatch } from './grammar';
import { Parser } from '../text/parser';
import type { Sentence, Source, Span } from '../types';
import { clauseIds, contentWords, functionWordVerb, happeningVerb, joinAdjacentVerbs, nounHomograph, tenseAt, type Tense } from './sentenceReading';
import { labelFor } from './eventLabels';
import { isComparisonBaseline } from './baselines';
import { gluedDatelineLength } from './dateline';
import { restatesOnOtherClock } from './otherClock';

export interface DateExpression extends DateParts {
  source: string;
  span: Span;
  /** `source.text.slice(span.start, span.end)` */
  text: string;
  /** Index of the sentence in the source's segmentation. */
  sentence: number;
  /** Tense of the verb the expression hangs on (the nearest finite verb of its clause). */
  tense: Tense;
  /** Who did what, from the sentence ("the defense secretary attended a memorial service"). */
  label: string;
  /** Content lemmas of the sentence, date words left out, for matching the same happening. */
  words: string[];
  /**
   * An anniversary names two happenings: the commemorated one N years before ('event') and the
   * commemoration in the anniversary year ('commemoration', only when its sentence has no other date).
   */
  role?: 'event' | 'commemoration';
  /**
   * The lemma of the verb the expression dates ("explode" in "the bomb exploded on Friday"); empty
   * when it dates a statement ("said Monday") or a state of things ("figures as of Monday"), which
   * are never the same happening as another source's on another day.
   */
  verb: string;
  /** Only what a figure is compared with ("higher than in 2015"): no happening (baselines.ts). */
  baseline?: true;
  /** The date before it told again on another clock ("... on August 11 (07:30 UTC on August 12)"): no happening (otherClock.ts). */
  otherClock?: true;
}

/**
 * Temporal expressions of one source, in text order. Furniture sentences are skipped. `parser`:
 * the analyzer's parses (without one, the call parses with a parser of its own).
 */
export function extractDateExpressions(source: Source, sentences: readonly Sentence[], parser = new Parser()): DateExpression[] {
  const dated: { sentence: Sentence; text: string; matches: GrammarMatch[] }[] = [];
  for (const sentence of sentences) {
    if (sentence.furniture) continue;
    const text = source.text.slice(sentence.start, sentence.end);
    // only sentences with a date cue pay for a parse
    if (!DATE_CUE.test(text)) continue;
    // a wire dateline glued to the first sentence dates the report, not that sentence's happening
    const dateline = gluedDatelineLength(text);
    const matches = matchDates(text).filter((m) => m.start >= dateline);
    if (matches.length > 0) dated.push({ sentence, text, matches });
  }
  return parser.withSharedParses(() => {
    // their parses in a few compromise calls rather than one each (parser.ts)
    parser.parseAhead(dated.map((d) => d.text));
    return dated.flatMap(({ sentence, text, matches }) => expressionsIn(source, sentence, text, matches, parser));
  });
}

/** The expressions of one sentence whose date matches are `matches`. */
function expressionsIn(source: Source, sentence: Sentence, text: string, matches: readonly GrammarMatch[], parser: Parser): DateExpression[] {
  const out: DateExpression[] = [];
  const { terms, lemmas, verbs: rawVerbs } = parser.tagSentence(text, sentence.start);
  const verbs = joinAdjacentVerbs(rawVerbs, source.text).filter((v) => !nounHomograph(v, terms) && !functionWordVerb(v));
  const spans = matches.map((m) => ({ start: sentence.start + m.start, end: sentence.start + m.end }));
  const clauses = clauseIds(terms);
  const words = contentWords(terms, lemmas, spans);
  const datedOthers = matches.filter((m) => m.kind !== 'vague' && m.kind !== 'anniversary').length;
  matches.forEach((m, i) => {
    const span = spans[i]!;
    const { start: _s, end: _e, ...parts } = m;
    const base = {
      ...parts,
      source: source.id,
      span,
      text: source.text.slice(span.start, span.end),
      sentence: sentence.index,
      tense: tenseAt(source.text, span, terms, verbs, clauses, m.kind),
      verb: happeningVerb(source.text, span, terms, verbs, clauses),
      words,
      ...(isComparisonBaseline(text, m.start, m.end) ? { baseline: true as const } : {}),
      ...(restatesOnOtherClock(text, matches, i) ? { otherClock: true as const } : {}),
    };
    if (m.kind !== 'anniversary') {
      out.push({ ...base, label: labelFor(source.text, span, spans, terms, verbs, clauses, 'auto') });
      return;
    }
    out.push({ ...base, role: 'event', label: labelFor(source.text, span, spans, terms, verbs, clauses, 'of') });
    if (datedOthers === 0) out.push({ ...base, role: 'commemoration', label: labelFor(source.text, span, spans, terms, verbs, clauses, 'verb') });
  });
  return out;
}
