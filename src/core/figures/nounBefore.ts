// The noun a bare number is the value of, read back from the number ("a death toll of 27",
// "turnout was 61%", "the toll in the capital stands at 57", "X rose 8% to 3.65"). A helper of
// counted.ts, which reads what a number counts.
import type { Term } from '../text/nlp';
import { nounLemma } from '../text/nlp';
import { conceptOf } from './lexicon';
import { isChangeWord } from './change';

/** Punctuation that ends a noun group or a clause. */
export const BREAK = /[,.;:()!?"“”]/;

/** A word that may sit between a subject and its number: a verb, a linking word, an "-ly" adverb ("initially"). */
function passable(t: Term): boolean {
  return LINKING.test(t.normal) || (t.tags.has('Verb') && !t.tags.has('Noun')) || (t.tags.has('Adverb') && /ly$/.test(t.normal));
}

/** "a bill in the region of £40m", "on the order of 5,000": the noun of an approximation is no subject. */
function approximationAt(terms: readonly Term[], i: number): boolean {
  return terms[i]!.normal === 'of' && /^(region|order|neighbou?rhood|vicinity)$/.test(terms[i - 1]?.normal ?? '') && terms[i - 2]?.normal === 'the' && /^(in|on|of)$/.test(terms[i - 3]?.normal ?? '');
}

/** A word the tagger may have misread as a verb is still a noun right after a determiner ("the Peru blast"). */
function nounAt(terms: readonly Term[], i: number): boolean {
  const t = terms[i];
  if (!t || t.tags.has('Pronoun') || t.tags.has('Value') || /\d/.test(t.text)) return false;
  if (t.tags.has('Noun')) return true;
  const prev = terms[i - 1];
  return Boolean(prev && !BREAK.test(prev.post) && (prev.tags.has('Determiner') || prev.tags.has('ProperNoun')) && !t.tags.has('Copula') && !t.tags.has('Auxiliary'));
}

/**
 * The noun a bare number is the value of: "toll of 27", "turnout was 61%", "toll rose to 27",
 * read back across the verb, an appositive ("The death toll, initially 10, has risen to 12") and
 * a phrase that places the subject ("the death toll in the capital stands at 57").
 */
export function nounBefore(terms: readonly Term[], numberTerm: number, rank = false): { first: number; last: number } | undefined {
  let i = numberTerm - 1;
  // "This action was the ninth": a rank takes its article.
  if (rank && terms[i]?.normal === 'the') i--;
  // Skip what links the noun to the number: verbs ("stock surged 24%"), copulas, prepositions and
  // qualifiers ("revenue of about $1.1bn", "toll rose to 27").
  let skipped = 0;
  while (i >= 0 && skipped < 6 && !BREAK.test(terms[i]!.post) && (passable(terms[i]!) || approximationAt(terms, i))) {
    i -= approximationAt(terms, i) ? 4 : 1;
    skipped++;
  }
  if ((skipped === 0 && !rank) || i < 0) return undefined;
  // "..., initially 10, has risen to 12": the earlier value is an appositive; its host is the subject.
  if (terms[i]!.post.trim() === ',' && (terms[i]!.tags.has('Value') || /\d/.test(terms[i]!.text))) {
    let j = i - 1;
    while (j >= 0 && j >= i - 5 && !BREAK.test(terms[j]!.post)) j--;
    if (j < 0 || terms[j]!.post.trim() !== ',') return undefined;
    i = j;
  } else if (BREAK.test(terms[i]!.post)) {
    // "The toll, initially 10, has risen to 12": an earlier value said in passing is left unread
    // until claims can tell it from the current one (it would stand in for the current value).
    return undefined;
  }
  const group = (last: number) => {
    let first = last;
    while (first - 1 >= 0 && terms[first - 1]!.tags.has('Noun') && !terms[first - 1]!.tags.has('ProperNoun') && !BREAK.test(terms[first - 1]!.post) && !terms[first - 1]!.tags.has('Pronoun')) first--;
    return { first, last };
  };
  // A name is who states or pays, not what is measured ("Japan pays $1.4 billion")...
  const near = nounAt(terms, i) && !terms[i]!.tags.has('ProperNoun') ? group(i) : undefined;
  // ... but a name or a noun inside a placing phrase may follow the subject: "the toll in Peru".
  const placed = placingHost(terms, near ? near.first : i);
  // ("the toll in the market blast": a happening places the subject too)
  const nearConcept = near && conceptOf([terms[near.last]!.normal], nounLemma(terms[near.last]!.normal));
  if (placed && (!nearConcept || nearConcept.happening)) return group(placed);
  return near;
}

/**
 * The noun group before the change verb that governs a bare number reached "to" or "at" ("X rose
 * 8% to 3.65"), within the number's clause.
 */
export function changedSubject(terms: readonly Term[], numberTerm: number): { first: number; last: number } | undefined {
  if (!/^(to|at)$/.test(terms[numberTerm - 1]?.normal ?? '')) return undefined;
  for (let i = numberTerm - 2; i >= 1 && i >= numberTerm - 10; i--) {
    if (BREAK.test(terms[i]!.post) || /^(and|while|but|as)$/.test(terms[i]!.normal)) return undefined;
    if (!isChangeWord(terms[i]!.normal)) continue;
    let last = i - 1;
    if (terms[last]?.tags.has('Copula')) last--;
    // "the TA-125 climbed 0.1% to 1,333.18": a name that ends in a number
    const named = terms[last - 1];
    if (terms[last] && /^\d+$/.test(terms[last]!.text.replace(/^-/, '')) && named && !BREAK.test(named.post) && (named.tags.has('ProperNoun') || named.tags.has('Acronym') || /[A-Z]/.test(named.text))) last--;
    const t = terms[last];
    if (!t || BREAK.test(t.post) || !(t.tags.has('Noun') || t.tags.has('ProperNoun')) || t.tags.has('Pronoun')) return undefined;
    let first = last;
    while (first - 1 >= 0 && last - first < 3 && (terms[first - 1]!.tags.has('Noun') || terms[first - 1]!.tags.has('ProperNoun')) && !BREAK.test(terms[first - 1]!.post)) first--;
    return { first, last };
  }
  return undefined;
}

/** "the death toll in the Peru blast": the noun before a placing preposition, if any. */
function placingHost(terms: readonly Term[], first: number): number | undefined {
  let k = first - 1;
  const modifier = (t: Term) => t.tags.has('Determiner') || t.tags.has('ProperNoun') || t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('PastTense') || t.tags.has('Participle');
  while (k >= 0 && k >= first - 4 && modifier(terms[k]!) && !BREAK.test(terms[k]!.post)) k--;
  if (k < 1 || !/^(in|of|for|from|at|on|across|among)$/.test(terms[k]!.normal) || BREAK.test(terms[k - 1]!.post)) return undefined;
  return nounAt(terms, k - 1) && !terms[k - 1]!.tags.has('ProperNoun') ? k - 1 : undefined;
}

const LINKING = /^(of|at|to|by|from|was|were|is|are|be|been|stood|rose|reached|hit|climbed|jumped|fell|dropped|totalled|totaled|totals|numbered|now|had|has|have|risen|increased|grown|about|around|somewhere|roughly|approximately|nearly|almost|some|more|less|than|over|under|least|most|up|an|a|average|estimated|just|stands|stand|stood|is|now|put|puts|brought|bring|brings|bringing|raised|pushed|pushing)$/i;


/** Words that may stand between a subject number and the start of its clause ("About 1,000", "between 70 and 80"). */
const SUBJECT_QUALIFIER = /^(about|around|some|nearly|almost|roughly|approximately|between|more|fewer|less|than|over|under|least|most|just|only|an|estimated)$/;
/** Verbs whose level a bare number after "at" is: markets and tallies end, close, trade, stand at it. */
const LEVEL_VERB = /^(end|ends|ended|ending|close|closes|closed|closing|trade|trades|traded|trading|settle|settles|settled|finish|finishes|finished|stand|stands|stood|open|opens|opened|up|down|flat|steady|unchanged)$/;

/**
 * A number that counts no noun is still a value of its clause when the sentence's structure makes
 * it an argument: the subject of the verb after it ("About 1,000 come from Asia", "that between
 * 70,000 and 80,000 will be sold"), the complement of a copula that ends the clause ("a cap per
 * person, which is 50,000."), or the level a verb of markets ends, trades or stands at ("will end
 * the year at 16,644", "was up at 96.1"). `first` and `last` are the number's first and last terms.
 */
export function isBareArgument(terms: readonly Term[], first: number, last: number): boolean {
  const next = terms[last + 1];
  const clauseEnd = !next || BREAK.test(terms[last]!.post);
  const prev = terms[first - 1];
  if (prev && !BREAK.test(prev.post) && prev.tags.has('Copula') && clauseEnd) return true;
  if (prev?.normal === 'at' && !BREAK.test(prev.post)) {
    for (let k = first - 2; k >= 0 && k >= first - 4 && !BREAK.test(terms[k]!.post); k--) if (LEVEL_VERB.test(terms[k]!.normal)) return true;
  }
  let k = first - 1;
  while (k >= 0 && SUBJECT_QUALIFIER.test(terms[k]!.normal) && !BREAK.test(terms[k]!.post)) k--;
  const opens = k < 0 || BREAK.test(terms[k]!.post) || /^(that|and|while|but|whereas)$/.test(terms[k]!.normal);
  return opens && !clauseEnd && next!.tags.has('Verb') && !next!.tags.has('Gerund') && !next!.tags.has('Noun');
}
