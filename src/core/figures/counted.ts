// What a number counts: the noun group after it ("53,000 American service members"), or for a
// bare number the noun it is a value of ("a death toll of 27", "turnout was 61%"), refined by
// event words for generic people counts ("27 people were killed" counts deaths).
import type { Term } from '../text/nlp';
import { nounLemma } from '../text/nlp';
import { conceptFromCues, conceptOf, isGenericConcept, type Concept } from './lexicon';
import { isTimeWord } from '../text/words';

export interface CountedNoun {
  /** The noun group as written ("U.S. military personnel"). */
  text: string;
  /** Where the group ends in the source (the figure's span extends to it). */
  end: number;
  head: string;
  concept?: Concept;
}

const STOP_TAGS = ['Verb', 'Preposition', 'Determiner', 'Conjunction', 'Adverb', 'QuestionWord', 'Pronoun', 'Value', 'Date'];
const BREAK = /[,.;:()!?"“”]/;
const NOT_HEADS = /^(more|less|other|others|each|total|times|percent|per|cent|a|an|the|of|year|years|month|months|day|days|week|weeks)$/i;

function isNounish(t: Term): boolean {
  return t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Acronym') || t.tags.has('ProperNoun');
}

/** A plural-looking word right after a number is a noun, whatever the tagger guessed ("1.2 million votes"). */
function countedPlural(t: Term): boolean {
  return /^[a-z]{3,}s$/.test(t.normal) && !t.tags.has('Copula') && !t.tags.has('Auxiliary') && !/^(was|has|is|does|goes|says)$/.test(t.normal);
}

/** Index of the first term that starts at or after `offset`. */
function termAt(terms: readonly Term[], offset: number): number {
  let i = 0;
  while (i < terms.length && terms[i]!.start < offset) i++;
  return i;
}

/** The noun group that starts right after `offset` (no punctuation between), up to six words. */
function groupAfter(text: string, terms: readonly Term[], offset: number): { first: number; last: number } | undefined {
  const first = termAt(terms, offset);
  const t0 = terms[first];
  if (!t0 || BREAK.test(text.slice(offset, t0.start))) return undefined;
  let last = -1;
  for (let i = first; i < terms.length && i < first + 6; i++) {
    const t = terms[i]!;
    if (i === first && countedPlural(t) && !isNounish(t)) {
      last = i;
      if (BREAK.test(t.post)) break;
      continue;
    }
    if (i > first && /^(of|over|to|from|in|on|at|for|with|by|than|as|per|into|after|before)$/.test(t.normal)) break;
    // "3.5% last year", "27 this week": a time phrase, not what is counted.
    if (/^(last|next|this|previous|coming|past|each|every)$/.test(t.normal) && /^(year|month|week|day|quarter|decade|century|night|morning|evening|season|summer|winter|spring|autumn|fall)s?$/.test(terms[i + 1]?.normal ?? '')) break;
    // "27 people Tuesday afternoon", "5 tonight": a time noun starts a time phrase too.
    if (isTimeWord(t.normal) && !t.tags.has('Adjective')) break;
    if (!isNounish(t) || STOP_TAGS.some((tag) => t.tags.has(tag) && !t.tags.has('Noun') && !t.tags.has('Adjective'))) break;
    if (t.tags.has('Verb') && !t.tags.has('Noun')) break;
    if (t.tags.has('Possessive') && t.tags.has('Pronoun')) break;
    last = i;
    if (BREAK.test(t.post)) break;
  }
  // Trailing adjectives are not part of what is counted ("12 people dead" keeps "people").
  const nounAt = (i: number) => terms[i]!.tags.has('Noun') || terms[i]!.tags.has('Acronym') || (i === first && countedPlural(terms[i]!));
  while (last >= first && !nounAt(last)) last--;
  return last >= first ? { first, last } : undefined;
}

/** The noun a bare number is the value of: "toll of 27", "turnout was 61%", "toll rose to 27". */
function nounBefore(terms: readonly Term[], numberTerm: number): { first: number; last: number } | undefined {
  let i = numberTerm - 1;
  // Skip what links the noun to the number: verbs ("stock surged 24%"), copulas, prepositions and
  // qualifiers ("revenue of about $1.1bn", "toll rose to 27").
  let skipped = 0;
  while (i >= 0 && skipped < 5 && !BREAK.test(terms[i]!.post) && (LINKING.test(terms[i]!.normal) || (terms[i]!.tags.has('Verb') && !terms[i]!.tags.has('Noun')))) {
    i--;
    skipped++;
  }
  const t = terms[i];
  // A name is who states or pays, not what is measured ("Japan pays $1.4 billion").
  if (skipped === 0 || !t || BREAK.test(t.post) || !t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('ProperNoun')) return undefined;
  let first = i;
  while (first - 1 >= 0 && terms[first - 1]!.tags.has('Noun') && !terms[first - 1]!.tags.has('ProperNoun') && !BREAK.test(terms[first - 1]!.post) && !terms[first - 1]!.tags.has('Pronoun')) first--;
  return { first, last: i };
}

const LINKING = /^(of|at|to|by|was|were|is|are|be|been|stood|rose|reached|hit|climbed|jumped|fell|dropped|totalled|totaled|totals|numbered|now|had|has|have|risen|increased|grown|about|around|roughly|approximately|nearly|almost|some|more|less|than|over|under|least|most|up|an|a|average|estimated|just)$/i;

/**
 * Words of the clause around the number for event cues ("killed", "injured"), nearest first:
 * back to the clause start and a few words on, never across a comma or an "and" (in "27 have
 * died and 143 were injured", 143's cue is "injured", not "died").
 */
function clauseWords(terms: readonly Term[], numberTerm: number): string[] {
  const before: string[] = [];
  for (let i = numberTerm - 1; i >= 0 && i >= numberTerm - 15; i--) {
    if (BREAK.test(terms[i]!.post) || /^(and|or|but|while|whereas)$/.test(terms[i]!.normal)) break;
    // A capitalised first word is rarely the event ("Die Erde bebte ...": German, not "die").
    if (i === 0 && /^[A-Z]/.test(terms[i]!.text)) continue;
    before.push(terms[i]!.normal);
  }
  const after: string[] = [];
  // "kills 27, injures 140": a comma right after the number closes its clause.
  for (let i = numberTerm + 1; !BREAK.test(terms[numberTerm]?.post ?? '') && i < terms.length && i <= numberTerm + 8; i++) {
    if (/^(and|or|but|while|whereas)$/.test(terms[i]!.normal)) break;
    after.push(terms[i]!.normal);
    if (BREAK.test(terms[i]!.post)) break;
  }
  const words: string[] = [];
  for (let k = 0; k < Math.max(before.length, after.length); k++) {
    if (k < after.length) words.push(after[k]!);
    if (k < before.length) words.push(before[k]!);
  }
  return words;
}

function describe(text: string, terms: readonly Term[], group: { first: number; last: number }): { text: string; lemmas: string[]; head: string } {
  const slice = terms.slice(group.first, group.last + 1);
  const head = nounLemma(slice[slice.length - 1]!.normal.replace(/'s$/, ''));
  const lemmas = slice.map((t, i) => (i === slice.length - 1 ? head : t.normal));
  return { text: text.slice(slice[0]!.start, slice[slice.length - 1]!.end), lemmas, head: NOT_HEADS.test(head) ? '' : head };
}

/**
 * What the number at `numberTerm` counts, reading from `offset` (the end of its unit words).
 * `measured` is true for units of measure, where the noun after ("1,900-mile archipelago") is
 * the thing measured rather than a count.
 */
export function readCounted(text: string, terms: readonly Term[], numberTerm: number, offset: number, allowOf = false): CountedNoun {
  // "2% of gross domestic product", "a third of voters": the group after "of" is what is measured.
  // "68 of the 151 seats": the part counts what the whole counts.
  const partOf = /^\s+of\s+(?:the\s+)?\d[\d,.]*\s+/i.exec(text.slice(offset, offset + 30));
  const of = partOf ?? (allowOf ? /^\s+of\b/.exec(text.slice(offset, offset + 5)) : null);
  const after = groupAfter(text, terms, of ? offset + of[0].length : offset);
  const cueWords = clauseWords(terms, numberTerm);
  if (!after) {
    // A bare number: the noun it is a value of ("a death toll of 27"), if the lexicon knows it;
    // else an event word of its clause ("the toll ... rose to 21", "killing 12").
    const before = nounBefore(terms, numberTerm);
    const described = before ? describe(text, terms, before) : undefined;
    const known = described ? conceptOf(described.lemmas, described.head) : undefined;
    if (known) return { text: described!.text, end: offset, head: described!.head, concept: known };
    const cue = conceptFromCues(cueWords);
    if (cue || !described) return { text: '', end: offset, head: '', concept: cue };
    return { text: described.text, end: offset, head: described.head };
  }
  const described = describe(text, terms, after);
  let concept = conceptOf(described.lemmas, described.head);
  let end = terms[after.last]!.end;
  let shown = described.text;
  if (!concept || isGenericConcept(concept.id)) {
    const cue = conceptFromCues(cueWords);
    if (cue) {
      concept = cue;
      // "27 people killed": the participle right after the group is part of what is counted.
      const next = terms[after.last + 1];
      if (next && cue.cues?.includes(next.normal) && !BREAK.test(terms[after.last]!.post)) {
        end = next.end;
        shown = text.slice(terms[after.first]!.start, next.end);
      }
    }
  }
  return { text: shown, end, head: described.head, concept };
}
