// How one sentence is read for a date expression in it, from its parse: its verb phrases cleaned up
// (split phrases joined, noun homographs dropped), its clauses, the tense and the verb an expression
// hangs on, and the sentence's content words (the "who did what" label: ./eventLabels.ts). Helpers of expressions.ts,
// which does the sentence-level extraction; pure functions of one sentence's text and terms.
import type { DateParts } from './grammar';
import type { Term, VerbPhrase, VerbTense } from '../text/nlp';
import type { Span } from '../types';
import { isTimeWord } from '../text/words';

export type Tense = VerbTense;


// ---------------------------------------------------------------------------
// Clauses, tense, words

/** compromise sometimes splits one phrase ("took" + "part"): phrases with only a space between are one. */
export function joinAdjacentVerbs(verbs: readonly VerbPhrase[], text: string): VerbPhrase[] {
  const out: VerbPhrase[] = [];
  for (const v of verbs) {
    const prev = out[out.length - 1];
    if (prev && prev.finite && /^ +$/.test(text.slice(prev.end, v.start))) {
      out[out.length - 1] = { ...prev, end: v.end, text: text.slice(prev.start, v.end) };
    } else out.push(v);
  }
  return out;
}

/** "Peruvian police and ...": a one-word present "verb" after an adjective, determiner or name is a noun. */
export function nounHomograph(v: VerbPhrase, terms: readonly Term[]): boolean {
  if (v.tense !== 'present' || /\s/.test(v.text.trim())) return false;
  const i = terms.findIndex((t) => t.start >= v.start);
  const prev = i > 0 ? terms[i - 1] : undefined;
  if (!prev || /[,;:]/.test(prev.post)) return false;
  if (prev.tags.has('Adjective') || prev.tags.has('Determiner') || prev.tags.has('Possessive')) return true;
  // "Peruvian police": a bare form after a singular name would need its -s ("Chile says")
  return prev.tags.has('ProperNoun') && !prev.tags.has('Plural') && !/s$/i.test(v.text.trim());
}

// words the tagger sometimes takes for a verb before a date ("..., on Monday.")
const FUNCTION_WORD = new Set(['on', 'in', 'at', 'by', 'of', 'for', 'to', 'from', 'with', 'the', 'a', 'an', 'and', 'or']);

/** A one-word "verb" that is a preposition, article or conjunction ("on" in ", on Monday."). */
export const functionWordVerb = (v: VerbPhrase): boolean => FUNCTION_WORD.has(v.text.trim().toLowerCase());

const BOUNDARY = /[,;:()\[\]"“”«»—–]|\s-\s/;

/** A clause number per term: punctuation between two words starts a new clause. */
export function clauseIds(terms: readonly Term[]): number[] {
  const ids: number[] = [];
  let id = 0;
  terms.forEach((t, i) => {
    if (i > 0 && (BOUNDARY.test(t.pre) || BOUNDARY.test(terms[i - 1]!.post))) id++;
    ids.push(id);
  });
  return ids;
}

export const termAt = (terms: readonly Term[], offset: number): number => {
  const i = terms.findIndex((t) => t.end > offset);
  return i < 0 ? terms.length - 1 : i;
};

// words that open a clause hanging on another one ("the deal, which could amount to ...", "when
// markets closed"): its verb is not the sentence's main verb
const SUBORDINATE = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when', 'while', 'as', 'because', 'if', 'although', 'though', 'since', 'after', 'before', 'until', 'unless', 'whereas']);
// what may stand with a date in a clause of its own (", late on Monday.")
const DATE_COMPANION = new Set(['on', 'in', 'at', 'by', 'late', 'early', 'earlier', 'later', 'and', 'also', 'only', 'again', 'then', 'just', 'night', 'morning', 'afternoon', 'evening']);

/**
 * The sentence's main verb: the first finite verb that no relative pronoun or subordinating word
 * opens the clause of ("UBS and the government signed the agreement on guarantees, which could
 * amount to 5 billion, on Friday": "signed", not "could amount").
 */
export function mainVerb(terms: readonly Term[], verbs: readonly VerbPhrase[], clauses: readonly number[]): VerbPhrase | undefined {
  return verbs.find((v) => {
    if (!v.finite) return false;
    const at = termAt(terms, v.start);
    for (let i = at - 1; i >= 0 && clauses[i] === clauses[at]; i--) if (SUBORDINATE.has(terms[i]!.normal)) return false;
    return true;
  });
}

/**
 * The date is the sentence's last clause and nothing but it and its preposition (", on Monday."):
 * an afterthought that dates the whole sentence. (Inside a list, "on the 31st – 1.27 million",
 * it stands for the verb before it.)
 */
function dateAlone(span: Span, terms: readonly Term[], clauses: readonly number[]): boolean {
  const clause = clauses[termAt(terms, span.start)];
  let other = false;
  terms.forEach((t, i) => {
    if (clauses[i] !== clause || (t.start < span.end && t.end > span.start)) return;
    if (!DATE_COMPANION.has(t.normal)) other = true;
  });
  return !other && clause !== undefined && clause > 0 && clauses[terms.length - 1] === clause;
}

/** The date is in a clause of its own with a noun phrase and no finite verb, after a verb of another clause. */
function nounPhraseDate(span: Span, terms: readonly Term[], verbs: readonly VerbPhrase[], clauses: readonly number[]): boolean {
  const at = termAt(terms, span.start);
  const clause = clauses[at];
  if (clause === 0 || verbs.some((v) => v.finite && clauses[termAt(terms, v.start)] === clause) || dateAlone(span, terms, clauses)) return false;
  let nouns = 0;
  for (let i = at - 1; i >= 0 && clauses[i] === clause; i--) if (terms[i]!.tags.has('Noun') && !terms[i]!.tags.has('Pronoun')) nouns++;
  return nouns >= 2;
}

/**
 * The finite verb a date hangs on: the nearest one, a clause boundary in between counting as
 * distance; a date set off as a clause of its own (", on Monday.") hangs on the sentence's main
 * verb, not on whatever verb an apposition or relative clause beside it has.
 */
export function nearestVerb(span: Span, terms: readonly Term[], verbs: readonly VerbPhrase[], clauses: readonly number[]): VerbPhrase | undefined {
  const clause = clauses[termAt(terms, span.start)];
  if (!verbs.some((v) => v.finite && clauses[termAt(terms, v.start)] === clause) && dateAlone(span, terms, clauses)) {
    const main = mainVerb(terms, verbs, clauses);
    if (main) return main;
  }
  let best: VerbPhrase | undefined;
  let bestCost = Infinity;
  for (const v of verbs) {
    if (!v.finite) continue;
    const gap = v.start >= span.end ? v.start - span.end : span.start - v.end;
    const cost = gap + (clauses[termAt(terms, v.start)] === clause ? 0 : 40) + (v.start >= span.end ? 0 : 5);
    if (cost < bestCost) (best = v), (bestCost = cost);
  }
  return best;
}

// "is expected to close", "plans to sign": a present verb that announces a future happening
const FUTURE_LEAD = new Set(['expect', 'plan', 'schedule', 'set', 'due', 'intend', 'aim', 'hope', 'go']);
// "expected X to ...", "planned to ...", "hoped to ...": told in the past, for a time after it
const EXPECTATION = new Set(['expect', 'plan', 'intend', 'aim', 'hope', 'want']);

// "called for new strikes on Tuesday", "the vote was scheduled for Monday": whatever the verb's
// tense, the happening it sets a day for is still ahead
const SCHEDULING = new Set(['schedule', 'slate', 'call', 'plan', 'set', 'fix', 'earmark']);
// "another day of protest for Tuesday 28 March": a day a plan is for
const FOR_DAY = /\bfor\s+(?:(?:this|next|the)\s+)?$/i;

export function tenseAt(text: string, span: Span, terms: readonly Term[], verbs: readonly VerbPhrase[], clauses: readonly number[], kind?: DateParts['kind']): Tense {
  const dayLike = kind === 'weekday' || kind === 'monthDay' || kind === 'date';
  // "the toll for Sunday's earthquake had risen": in a past-tense sentence a weekday owning a
  // happening names one that has happened, whatever "for" is before it ("preparing for Sunday's
  // vote" is still ahead)
  if (kind === 'weekday' && /^['’]s\b/.test(text.slice(span.end, span.end + 3)) && nearestVerb(span, terms, verbs, clauses)?.tense === 'past') return 'past';
  if (dayLike && FOR_DAY.test(text.slice(Math.max(0, span.start - 12), span.start))) return 'future';
  // "will pay ..., well below the closing price of 1.86 on Friday": a day in a clause of nouns
  // with no verb dates that noun phrase, not the verb of another clause: the nearest such day
  if (dayLike && nounPhraseDate(span, terms, verbs, clauses)) return 'present';
  const v = nearestVerb(span, terms, verbs, clauses);
  if (!v) return verbs[0]?.tense ?? 'present';
  const head = v.infinitive.split(' ').pop()!;
  if (dayLike && SCHEDULING.has(head) && (head !== 'call' || /^\s+for\b/.test(text.slice(v.end, v.end + 5))) && clauses[termAt(terms, v.start)] === clauses[termAt(terms, span.start)]) return 'future';
  if (v.tense === 'present' && FUTURE_LEAD.has(v.infinitive.split(' ').pop()!) && /^\s+to\s+\w/.test(text.slice(v.end, v.end + 20))) return 'future';
  // "he expected a new leader to be in place by October": what a past expectation or plan was for
  // is still ahead of the report when its day or month is told without a year
  if (v.tense === 'past' && EXPECTATION.has(head) && v.end <= span.start && /\bto\s+[a-z]+\b/.test(text.slice(v.end, span.start)) && (dayLike || kind === 'month')) return 'future';
  return v.tense;
}

const STATEMENT = new Set(['say', 'tell', 'add', 'state', 'note', 'report', 'announce', 'confirm', 'claim', 'quote', 'cite', 'disclose', 'reveal', 'warn', 'insist', 'deny', 'describe', 'estimate', 'reply', 'explain', 'write']);
// "figures as of Monday", "by Tuesday night": the time a state of things is told at
const STATUS_BEFORE = /\b(?:as\s+of|as\s+at|by)\s+(?:late\s+|early\s+)?$/i;

export function happeningVerb(text: string, span: Span, terms: readonly Term[], verbs: readonly VerbPhrase[], clauses: readonly number[]): string {
  if (STATUS_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start))) return '';
  const v = nearestVerb(span, terms, verbs, clauses);
  const head = v?.infinitive.split(' ').pop() ?? '';
  return STATEMENT.has(head) ? '' : head;
}

const STOP = new Set(
  ('be have do say tell add state note will would can could may might must shall should also just still even more most ' +
    'such very much many other some any all both each every own same so than too then there here about after before ' +
    'day week weekend month year decade today tonight yesterday tomorrow ago earlier later recently soon time first last next ' +
    'new part way thing people mr ms mrs its of in on at by for with from over under into').split(' '),
);
const DATE_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|sunday|monday|tuesday|wednesday|thursday|friday|saturday|anniversary)$/;

export function contentWords(terms: readonly Term[], lemmas: readonly string[], dateSpans: readonly Span[]): string[] {
  const words = new Set<string>();
  terms.forEach((t, i) => {
    if (dateSpans.some((s) => t.start < s.end && t.end > s.start)) return;
    if (!t.tags.has('Noun') && !t.tags.has('Verb') && !t.tags.has('Adjective')) return;
    if (t.tags.has('Pronoun') || t.tags.has('Value') || t.tags.has('Auxiliary') || t.tags.has('Copula')) return;
    const lemma = lemmas[i]!.toLowerCase().replace(/['’]s$/, '');
    if (!/^[a-z][a-z.'’-]*$/.test(lemma) || lemma.length < 2) return;
    if (STOP.has(lemma) || DATE_WORD.test(lemma) || isTimeWord(t.normal) || isTimeWord(lemma)) return;
    words.add(lemma);
  });
  return [...words].sort();
}
