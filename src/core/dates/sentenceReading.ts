// How one sentence is read for a date expression in it, from its parse: its verb phrases cleaned up
// (split phrases joined, noun homographs dropped), its clauses, the tense and the verb an expression
// hangs on, the sentence's content words, and the "who did what" label. Helpers of expressions.ts,
// which does the sentence-level extraction; pure functions of one sentence's text and terms.
import type { DateParts } from './grammar';
import type { Term, VerbPhrase, VerbTense } from '../text/nlp';
import type { Span } from '../types';
import { isTimeWord } from '../text/words';

export type Tense = VerbTense;

const LABEL_MAX = 60;

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

const termAt = (terms: readonly Term[], offset: number): number => {
  const i = terms.findIndex((t) => t.end > offset);
  return i < 0 ? terms.length - 1 : i;
};

/** The finite verb nearest to the span, a clause boundary in between counting as distance. */
function nearestVerb(span: Span, terms: readonly Term[], verbs: readonly VerbPhrase[], clauses: readonly number[]): VerbPhrase | undefined {
  const clause = clauses[termAt(terms, span.start)];
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

// "called for new strikes on Tuesday", "the vote was scheduled for Monday": whatever the verb's
// tense, the happening it sets a day for is still ahead
const SCHEDULING = new Set(['schedule', 'slate', 'call', 'plan', 'set', 'fix', 'earmark']);
// "another day of protest for Tuesday 28 March": a day a plan is for
const FOR_DAY = /\bfor\s+(?:(?:this|next|the)\s+)?$/i;

export function tenseAt(text: string, span: Span, terms: readonly Term[], verbs: readonly VerbPhrase[], clauses: readonly number[], kind?: DateParts['kind']): Tense {
  const dayLike = kind === 'weekday' || kind === 'monthDay' || kind === 'date';
  if (dayLike && FOR_DAY.test(text.slice(Math.max(0, span.start - 12), span.start))) return 'future';
  const v = nearestVerb(span, terms, verbs, clauses);
  if (!v) return verbs[0]?.tense ?? 'present';
  const head = v.infinitive.split(' ').pop()!;
  if (dayLike && SCHEDULING.has(head) && (head !== 'call' || /^\s+for\b/.test(text.slice(v.end, v.end + 5))) && clauses[termAt(terms, v.start)] === clauses[termAt(terms, span.start)]) return 'future';
  if (v.tense === 'present' && FUTURE_LEAD.has(v.infinitive.split(' ').pop()!) && /^\s+to\s+\w/.test(text.slice(v.end, v.end + 20))) return 'future';
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

// ---------------------------------------------------------------------------
// Labels: who did what

const REPORTING = new Set(['say', 'tell', 'add', 'state', 'note']);
/** Verbs of telling whose subject is no happening: with nothing said, or a pronoun subject, the label takes what was told. */
const TELLING = new Set([...REPORTING, 'report']);
/** A subject that names no one: the label takes what the sentence tells instead ("he said" -> what he said). */
const PRONOUN_SUBJECT = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const RELATIVE = new Set(['which', 'that', 'who']);
const STOP_SUBJECT = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'as', 'and', 'but', 'if', 'although']);
const LEADING_JUNK = /^(?:(?:that|and|but|so|while|when|as|then|meanwhile|also|which|who|on|in|at|during|under|of|for|with|by|from|its|his|her|their|the|a|an|since|because|although|though|once|until|unless|whereas)\s+)+/i;
const DROP_BEFORE_DATE = new Set(['on', 'in', 'during', 'at', 'its', 'his', 'her', 'their', 'the', 'of']);
/** Words that open a new clause inside an object ("the plan that ...", "... because ..."): the label ends before them. */
const CLAUSE_OPENER = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'while', 'whereas', 'although', 'though', 'unless', 'if', 'so']);

/**
 * mode 'auto': the verb of the expression's clause, or the clause itself when it has no verb
 * ("the location of intense fighting ... 80 years ago"); 'verb': always the nearest verb;
 * 'of': the "of ..." phrase after an anniversary, else as 'auto'.
 */
export function labelFor(
  text: string,
  span: Span,
  dateSpans: readonly Span[],
  terms: readonly Term[],
  verbs: readonly VerbPhrase[],
  clauses: readonly number[],
  mode: 'auto' | 'verb' | 'of',
): string {
  const inDate = terms.map((t) => dateSpans.some((s) => t.start < s.end && t.end > s.start));
  // the preposition or determiner that only introduces a date goes with it
  const drop = inDate.map((d, i) => d || (DROP_BEFORE_DATE.has(terms[i]!.normal) && nextIsDate(inDate, i)));
  const first = termAt(terms, span.start);
  const clause = clauses[first];
  const keep: number[] = [];

  if (mode === 'of') {
    let i = first;
    while (i < terms.length && inDate[i]) i++;
    if (terms[i]?.normal === 'of' && clauses[i] === clause) {
      for (let j = i + 1; j < terms.length && clauses[j] === clause && keep.length < 14; j++) if (!drop[j]) keep.push(j);
      if (keep.length) return render(text, terms, keep);
    }
    mode = 'auto';
  }

  const clauseTerms = terms.map((_, i) => i).filter((i) => clauses[i] === clause && !drop[i]);
  const verbInClause = verbs.some((v) => v.finite && clauses[termAt(terms, v.start)] === clause);
  const contentInClause = clauseTerms.filter((i) => terms[i]!.tags.has('Noun')).length;
  // an appositive ("the location of intense fighting ... 80 years ago") labels itself; an
  // adverbial phrase ("during his visit to Tokyo on Sunday") hangs on the sentence's verb
  const adverbial = clauseTerms.length > 0 && terms[clauseTerms[0]!]!.tags.has('Preposition');
  if (mode === 'auto' && !verbInClause && !adverbial && contentInClause >= 2) return render(text, terms, clauseTerms.slice(0, 14));

  let verb = nearestVerb(span, terms, verbs, clauses);
  if (!verb) return render(text, terms, clauseTerms.slice(0, 10));
  // "..., Nakatani said today": what was said is the happening, told by the sentence's first verb
  const said = REPORTING.has(verb.infinitive) && !verbs.some((v) => v.start > verb!.end && clauses[termAt(terms, v.start)] === clauses[termAt(terms, verb!.start)]);
  const firstVerb = verbs.find((v) => v.finite && v.end <= verb!.start && !REPORTING.has(v.infinitive));
  if (said && firstVerb && termAt(terms, verb.end - 1) >= terms.length - 4) verb = firstVerb;
  // the happening told rather than the telling or the time of day, when it labels whole
  const happening = labelVerb(verb, terms, verbs, clauses, drop);
  if (happening !== verb) {
    const label = verbLabel(text, terms, clauses, drop, happening);
    if (!label.endsWith('…') && !COPULA_END.test(label)) return label;
  }
  return verbLabel(text, terms, clauses, drop, verb);
}

/** A label that ends on "was" or "were" has lost what its subject was: a fragment. */
const COPULA_END = /\b(?:is|are|was|were|be|been|being)$/i;

/** Who did what: the verb with its subject (or the noun phrase ending an earlier clause) and object. */
function verbLabel(text: string, terms: readonly Term[], clauses: readonly number[], drop: readonly boolean[], verb: VerbPhrase): string {
  const vFirst = termAt(terms, verb.start);
  let vLast = vFirst;
  while (vLast + 1 < terms.length && terms[vLast + 1]!.end <= verb.end) vLast++;
  const vClause = clauses[vFirst];

  const subject: number[] = [];
  for (let i = vFirst - 1; i >= 0 && subject.length < 8; i--) {
    if (drop[i]) continue;
    if (clauses[i] !== vClause || STOP_SUBJECT.has(terms[i]!.normal) || terms[i]!.tags.has('Verb')) break;
    subject.unshift(i);
  }
  // "During his visit to Tokyo on Sunday, X highlighted": an adverbial phrase is not the subject
  if (subject.length > 0 && terms[subject[0]!]!.tags.has('Preposition') && clauses[subject[0]!]! > 0) subject.length = 0;
  if (subject.length === 0) {
    // "..., signed in 1960": the subject is the noun phrase that ends an earlier clause, skipping
    // adverbial phrases ("X, during his visit on Sunday, highlighted")
    for (let c = vClause! - 1; c >= Math.max(0, vClause! - 3) && subject.length === 0; c--) {
      const run: number[] = [];
      for (let i = vFirst - 1; i >= 0; i--) {
        if (clauses[i]! > c) continue;
        if (clauses[i]! < c || drop[i] || RELATIVE.has(terms[i]!.normal)) {
          if (clauses[i]! < c) break;
          continue;
        }
        if (terms[i]!.tags.has('Verb') || STOP_SUBJECT.has(terms[i]!.normal)) break;
        run.unshift(i);
      }
      const adverbial = run.length > 0 && terms[run[0]!]!.tags.has('Preposition') && c > 0;
      if (run.length > 0 && !adverbial) subject.push(...run.slice(-6));
    }
  }
  const object: number[] = [];
  for (let i = vLast + 1; i < terms.length && object.length < 10; i++) {
    if (clauses[i] !== vClause) break;
    // "said that the talks failed": what was said goes on; "the deal that ...": a new clause ends it
    if (i === vLast + 1 && terms[i]!.normal === 'that' && REPORTING.has(verb.infinitive)) continue;
    if (object.length > 0 && CLAUSE_OPENER.has(terms[i]!.normal)) break;
    if (!drop[i]) object.push(i);
  }
  const verbTerms: number[] = [];
  for (let i = vFirst; i <= vLast; i++) if (!drop[i]) verbTerms.push(i);
  return render(text, terms, [...subject, ...verbTerms, ...object], subject.length + verbTerms.length, REPORTING.has(verb.infinitive));
}

/** A relative clause's verb ("the man who hurled a grenade"): its subject is outside its clause, so it labels nothing whole. */
const afterRelative = (v: VerbPhrase, terms: readonly Term[]): boolean => RELATIVE.has(terms[termAt(terms, v.start) - 1]?.normal ?? '');

/**
 * The verb of the happening a person would name: not the time of day ("officials said as dawn
 * broke Saturday": the killing the sentence tells), nor a telling with nothing said or told by a
 * pronoun ("a newspaper reported Friday", "he said that 12,000 police were on the streets"): then
 * what was said, after the telling, else the happening told before it. The verb itself otherwise.
 */
function labelVerb(verb: VerbPhrase, terms: readonly Term[], verbs: readonly VerbPhrase[], clauses: readonly number[], drop: readonly boolean[]): VerbPhrase {
  const subjectOf = (v: VerbPhrase): Term | undefined => {
    const at = termAt(terms, v.start);
    for (let i = at - 1; i >= 0 && clauses[i] === clauses[at]; i--) if (!drop[i]) return terms[i];
    return undefined;
  };
  const timeSubject = (v: VerbPhrase) => {
    const s = subjectOf(v);
    return !!s && isTimeWord(s.normal);
  };
  const reporting = TELLING.has(verb.infinitive);
  const at = termAt(terms, verb.end - 1);
  let saidWords = 0;
  for (let i = at + 1; i < terms.length && clauses[i] === clauses[at]; i++) if (!drop[i] && terms[i]!.normal !== 'that') saidWords++;
  const subject = subjectOf(verb);
  const weak = timeSubject(verb) || (reporting && (saidWords === 0 || (!!subject && PRONOUN_SUBJECT.has(subject.normal))));
  if (!weak) return verb;
  // not a relative clause's verb ("the man who hurled a grenade"): its subject is elsewhere
  const others = verbs.filter((v) => v.finite && v !== verb && !TELLING.has(v.infinitive) && !timeSubject(v) && !afterRelative(v, terms));
  return others.find((v) => v.start >= verb.end) ?? others.find((v) => v.end <= verb.start) ?? verb;
}

function nextIsDate(inDate: readonly boolean[], i: number): boolean {
  for (let j = i + 1; j < inDate.length; j++) {
    if (inDate[j]) return true;
    if (j > i + 1) return false;
  }
  return false;
}

/**
 * The label of `indices`, short and whole: when it is longer than LABEL_MAX it ends at the last
 * word that can end a phrase (a noun, name, number or pronoun, not inside a compound; never "the",
 * "of", "very") within the limit, or just after its verb, keeping at least the first `keep` terms
 * (subject and verb), rather than being cut mid-phrase; `reported`: the object is what was said,
 * kept only with its verb. Only when no such end exists is it cut with an ellipsis.
 */
function render(text: string, terms: readonly Term[], indices: readonly number[], keep = 1, reported = false): string {
  const sorted = [...indices].sort((a, b) => a - b);
  // a label starts with its subject, not an adverb ("Initially", "Now are poised")
  while (sorted.length > 1 && terms[sorted[0]!]!.tags.has('Adverb') && !terms[sorted[0]!]!.tags.has('Noun')) {
    sorted.shift();
    keep = Math.max(1, keep - 1);
  }
  const whole = renderTerms(text, terms, sorted);
  if (whole.length <= LABEL_MAX) return whole;
  for (let k = sorted.length - 1; k >= Math.max(1, keep); k--) {
    const last = sorted[k - 1]!;
    // a verb ends a label only as its own verb ("the treaty was signed"), not inside what follows ("to arm")
    if (!canEnd(terms[last]!) && !(k === keep && terms[last]!.tags.has('Verb'))) continue;
    // not inside a name or compound ("Commerce Secretary | William Daley")
    if (k < sorted.length && sorted[k] === last + 1 && !/[,;:)]/.test(terms[last]!.post) && terms[last + 1]!.tags.has('Noun')) continue;
    // what was said, cut before its verb, is a fragment ("police said that a suspect"): all or nothing
    if (reported && k > keep && !sorted.slice(keep, k).some((i) => terms[i]!.tags.has('Verb'))) continue;
    const label = renderTerms(text, terms, sorted.slice(0, k));
    if (label.length <= LABEL_MAX) return label;
  }
  return cut(whole);
}

/** Where a label may end: a noun, name, number or pronoun, never a determiner, preposition, adjective or adverb. */
function canEnd(t: Term): boolean {
  if (/[(“"‘]$/.test(t.post) || /[-–]$/.test(t.post.trim())) return false;
  for (const tag of ['Determiner', 'Preposition', 'Conjunction', 'Possessive', 'Adverb', 'Copula', 'Auxiliary', 'Modal', 'Adjective']) if (t.tags.has(tag)) return false;
  return t.tags.has('Noun') || t.tags.has('Value') || t.tags.has('Pronoun') || t.tags.has('Acronym');
}

function cut(label: string): string {
  if (label.length <= LABEL_MAX) return label;
  const at = label.lastIndexOf(' ', LABEL_MAX - 1);
  return label.slice(0, at > 20 ? at : LABEL_MAX - 1).replace(/[\s,;:]+$/, '') + '…';
}

/** Runs of consecutive terms keep the text between them (hyphens, apostrophes); runs join with a space. */
function renderTerms(text: string, terms: readonly Term[], indices: readonly number[]): string {
  const runs: string[] = [];
  let runStart = -1;
  let prev = -2;
  const flush = () => {
    if (runStart >= 0) runs.push(text.slice(terms[runStart]!.start, terms[prev]!.end));
  };
  for (const i of [...indices].sort((a, b) => a - b)) {
    if (i !== prev + 1) {
      flush();
      runStart = i;
    }
    prev = i;
  }
  flush();
  let label = runs.join(' ').replace(/\s+/g, ' ').replace(/^[\s"“”'‘’(]+|[\s,;:"“”'‘’)]+$/g, '');
  label = label.replace(LEADING_JUNK, '');
  label = balanced(label);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** A label's brackets balanced: an unclosed "(" ends it ("700 km (450 miles"), an unopened ")" goes ("NATO) has decided"). */
function balanced(label: string): string {
  let depth = 0;
  let out = '';
  for (const ch of label) {
    if (ch === '(') depth++;
    if (ch === ')') {
      if (depth === 0) continue;
      depth--;
    }
    out += ch;
  }
  if (depth > 0) out = out.slice(0, out.lastIndexOf('(')).replace(/[\s,;:]+$/, '');
  return out.replace(/\s{2,}/g, ' ').trim() || label;
}
