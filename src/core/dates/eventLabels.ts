// Event labels a person would write, from one sentence's parse: who did what, short and whole.
// The verb an expression hangs on (or the happening told, rather than the telling or the time of
// day), its subject and object, ended at a word that can end a phrase. Split from
// sentenceReading.ts; a helper of expressions.ts.
import type { Term, VerbPhrase } from '../text/nlp';
import type { Span } from '../types';
import { isTimeWord } from '../text/words';
import { nearestVerb, termAt } from './sentenceReading';

const LABEL_MAX = 60;

const REPORTING = new Set(['say', 'tell', 'add', 'state', 'note']);
/** Verbs of telling whose subject is no happening: with nothing said, or a pronoun subject, the label takes what was told. */
const TELLING = new Set([...REPORTING, 'report']);
/** A subject that names no one: the label takes what the sentence tells instead ("he said" -> what he said). */
const PRONOUN_SUBJECT = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const RELATIVE = new Set(['which', 'that', 'who']);
const STOP_SUBJECT = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'as', 'and', 'but', 'if', 'although']);
const LEADING_JUNK = /^(?:(?:that|and|but|so|while|when|as|then|meanwhile|also|which|who|on|in|at|during|under|of|for|with|by|from|its|his|her|their|the|a|an|since|because|although|though|once|until|unless|whereas)\s+)+/i;
const DROP_BEFORE_DATE = new Set(['on', 'in', 'during', 'at', 'its', 'his', 'her', 'their', 'the', 'of', 'late', 'early']);
/** A part of the day right after a date goes with it ("on Sunday night", "Monday afternoon"). */
const PART_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'midday', 'noon', 'overnight']);
/** Words that open a clause whose subject comes after them. */
const SUBORDINATOR = new Set(['when', 'while', 'as', 'because', 'if', 'although', 'after', 'before', 'since', 'until', 'once', 'whereas']);
/** Words that join a second verb to the first one's subject ("won the vote but fell short"). */
const COORDINATOR = new Set(['and', 'but', 'or', 'yet', 'then']);
/** Words that open a new clause inside an object ("the plan that ...", "... because ..."): the label ends before them. */
const CLAUSE_OPENER = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'while', 'whereas', 'although', 'though', 'unless', 'if', 'so', 'when', 'where']);

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
  const drop = inDate.map((d, i) => d || (DROP_BEFORE_DATE.has(terms[i]!.normal) && nextIsDate(inDate, i)) || (PART_OF_DAY.has(terms[i]!.normal) && i > 0 && inDate[i - 1]!));
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
    const label = verbLabel(text, terms, clauses, drop, happening, verbs);
    if (!label.endsWith('…') && !COPULA_END.test(label)) return label;
  }
  return verbLabel(text, terms, clauses, drop, verb, verbs);
}

/** A label that ends on "was" or "were" has lost what its subject was: a fragment. */
const COPULA_END = /\b(?:is|are|was|were|be|been|being)$/i;

/** Who did what: the verb with its subject (or the noun phrase ending an earlier clause) and object. */
function verbLabel(text: string, terms: readonly Term[], clauses: readonly number[], drop: readonly boolean[], verb: VerbPhrase, verbs: readonly VerbPhrase[]): string {
  const vFirst = termAt(terms, verb.start);
  let vLast = vFirst;
  while (vLast + 1 < terms.length && terms[vLast + 1]!.end <= verb.end) vLast++;
  const vClause = clauses[vFirst];
  let subject = subjectOf(vFirst, terms, clauses, drop, verbs, 1);
  const object: number[] = [];
  for (let i = vLast + 1; i < terms.length && object.length < 10; i++) {
    if (clauses[i] !== vClause) break;
    // "said that the talks failed": what was said goes on; "the deal that ...": a new clause ends it
    if (object.length === 0 && !drop[i] && terms[i]!.normal === 'that' && REPORTING.has(verb.infinitive)) continue;
    if ((object.length > 0 || terms[i]!.normal === 'when' || terms[i]!.normal === 'where') && CLAUSE_OPENER.has(terms[i]!.normal)) break;
    if (!drop[i]) object.push(i);
  }
  const verbTerms: number[] = [];
  for (let i = vFirst; i <= vLast; i++) if (!drop[i]) verbTerms.push(i);
  // too long with a title before a name ("Centrist challenger Marta Ilves will face ..."): the name
  if (renderTerms(text, terms, [...subject, ...verbTerms, ...object]).length > LABEL_MAX) {
    const named = nameOnly(subject, terms);
    if (renderTerms(text, terms, [...named, ...verbTerms, ...object]).length <= LABEL_MAX) subject = named;
  }
  return render(text, terms, [...subject, ...verbTerms, ...object], subject.length + verbTerms.length, REPORTING.has(verb.infinitive));
}

/**
 * The subject of the verb starting at term `vFirst`: the words before it in its clause, or the
 * noun phrase that ends an earlier clause; a verb joined to an earlier one ("won the vote but
 * fell short", "announced aid and said ...") takes that verb's subject, and a relative clause's
 * verb ("a tremor on Tuesday that brought down ...") the noun phrase before its pronoun.
 */
function subjectOf(vFirst: number, terms: readonly Term[], clauses: readonly number[], drop: readonly boolean[], verbs: readonly VerbPhrase[], depth: number): number[] {
  const vClause = clauses[vFirst];
  // a verb is a word of the sentence's verb phrases, noun homographs left out ("the Tanzania blast")
  const isVerb = (i: number) => terms[i]!.tags.has('Verb') && verbs.some((v) => terms[i]!.start >= v.start && terms[i]!.end <= v.end);
  const subject: number[] = [];
  for (let i = vFirst - 1; i >= 0 && subject.length < 8; i--) {
    if (drop[i]) continue;
    // "the quake that hit a rural region on Monday has killed": the relative clause goes, the noun before it is the subject
    if (terms[i]!.tags.has('Verb') && i > 0 && RELATIVE.has(terms[i - 1]!.normal) && clauses[i - 1] === vClause && clauses[i] === vClause) {
      subject.length = 0;
      i--;
      continue;
    }
    if (clauses[i] !== vClause || STOP_SUBJECT.has(terms[i]!.normal) || isVerb(i)) break;
    subject.unshift(i);
  }
  // "During his visit to Tokyo on Sunday, X highlighted": an adverbial phrase is not the subject
  if (subject.length > 0 && terms[subject[0]!]!.tags.has('Preposition') && clauses[subject[0]!]! > 0) subject.length = 0;
  // "when markets closed", "after talks failed": a verb a subordinator opens has its subject
  // after it, never in an earlier clause (the tagger read it into the verb)
  const opener = terms[vFirst - 1]?.normal ?? '';
  if (subject.length === 0 && SUBORDINATOR.has(opener) && clauses[vFirst - 1] === vClause) return subject;
  // "visited the camp and later, on Thursday, met": the joined verb's subject first
  if (subject.length === 0) subject.push(...borrowedSubject(vFirst, terms, clauses, drop, verbs, depth, true));
  if (subject.length === 0) {
    // "..., signed in 1960": the subject is the noun phrase that ends an earlier clause, skipping
    // adverbial phrases ("X, during his visit on Sunday, highlighted")
    for (let c = vClause! - 1; c >= Math.max(0, vClause! - 3) && subject.length === 0; c--) {
      // a relative or subordinate clause ("X, who took office in May, ...") holds no subject of the sentence's
      const head = clauses.indexOf(c);
      if (head >= 0 && (RELATIVE.has(terms[head]!.normal) || SUBORDINATOR.has(terms[head]!.normal) || terms[head]!.normal === 'whose')) continue;
      const run: number[] = [];
      for (let i = vFirst - 1; i >= 0; i--) {
        if (clauses[i]! > c) continue;
        if (clauses[i]! < c || drop[i] || RELATIVE.has(terms[i]!.normal)) {
          if (clauses[i]! < c) break;
          continue;
        }
        if (isVerb(i) || STOP_SUBJECT.has(terms[i]!.normal)) break;
        run.unshift(i);
      }
      const adverbial = run.length > 0 && terms[run[0]!]!.tags.has('Preposition') && c > 0;
      // a subject names something: an amount in brackets ("($3.25 billion)") is none
      const named = run.some((i) => terms[i]!.tags.has('Noun') && !terms[i]!.tags.has('Value') && /[a-z]/i.test(terms[i]!.text));
      if (run.length > 0 && !adverbial && named) subject.push(...run.slice(-6));
    }
  }
  if (subject.length === 0) subject.push(...borrowedSubject(vFirst, terms, clauses, drop, verbs, depth));
  return subject;
}

/** The subject a verb with none of its own takes from the verb it is joined to, or from the noun its relative pronoun stands for. */
function borrowedSubject(vFirst: number, terms: readonly Term[], clauses: readonly number[], drop: readonly boolean[], verbs: readonly VerbPhrase[], depth: number, joinedOnly = false): number[] {
  let k = vFirst - 1;
  while (k >= 0 && vFirst - k <= 8 && (drop[k] || ((terms[k]!.tags.has('Adverb') || isTimeWord(terms[k]!.normal)) && !COORDINATOR.has(terms[k]!.normal)))) k--;
  if (k < 0 || vFirst - k > 8) return [];
  const word = terms[k]!.normal;
  if (RELATIVE.has(word) && !joinedOnly) {
    const np: number[] = [];
    for (let i = k - 1; i >= 0 && np.length < 6; i--) {
      if (drop[i]) continue;
      const t = terms[i]!;
      if (t.tags.has('Verb') || t.tags.has('Preposition') || STOP_SUBJECT.has(t.normal) || /[,;:]/.test(t.post)) break;
      np.unshift(i);
    }
    return np.some((i) => terms[i]!.tags.has('Noun') && !terms[i]!.tags.has('Pronoun')) ? np : [];
  }
  if (COORDINATOR.has(word) && depth > 0) {
    // the verb it is joined to: the last one before the coordinator that no relative pronoun introduces
    // ("the flooded valley": a participle after a determiner is no verb)
    const before = verbs.filter((v) => v.finite && v.end <= terms[k]!.start && !attributive(v, terms));
    // a telling set in between ("X won, officials said on Monday, and will face Y") is not what the verb is joined to
    const main = before.filter((v, i) => !introducedByRelative(v, before[i - 1], terms, clauses));
    const joined = main.filter((v) => !TELLING.has(v.infinitive)).pop() ?? main.pop();
    if (joined) return subjectOf(termAt(terms, joined.start), terms, clauses, drop, verbs, depth - 1);
  }
  return [];
}

/** A subject that ends in a name, with only the name's last two words: the title before it goes ("US Defense Secretary Pete Hegseth"). */
function nameOnly(subject: number[], terms: readonly Term[]): number[] {
  let k = subject.length;
  while (k > 0 && terms[subject[k - 1]!]!.tags.has('ProperNoun') && !/[,;:]/.test(terms[subject[k - 1]!]!.post)) k--;
  return subject.length - k >= 2 && subject.length > 2 ? subject.slice(-2) : subject;
}

/** A participle used as an adjective: right after a determiner or possessive ("the flooded valley"). */
function attributive(v: VerbPhrase, terms: readonly Term[]): boolean {
  const prev = terms[termAt(terms, v.start) - 1];
  return !!prev && (prev.tags.has('Determiner') || prev.tags.has('Possessive')) && !/[,;:]/.test(prev.post);
}

/** A relative pronoun between the verb and the verb before it in its clause ("the treaty in which the US vows"). */
function introducedByRelative(v: VerbPhrase, previous: VerbPhrase | undefined, terms: readonly Term[], clauses: readonly number[]): boolean {
  const at = termAt(terms, v.start);
  for (let i = at - 1; i >= 0 && clauses[i] === clauses[at] && (!previous || terms[i]!.start >= previous.end); i--) if (RELATIVE.has(terms[i]!.normal) || terms[i]!.normal === 'whom' || terms[i]!.normal === 'whose') return true;
  return false;
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
  // nothing said after the telling ("X won, officials said on Monday, and will face Y"): what was told before it
  const after = others.find((v) => v.start >= verb.end);
  const before = others.find((v) => v.end <= verb.start);
  return (saidWords === 0 ? before ?? after : after ?? before) ?? verb;
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
  // nor ends on a word that opens a phrase ("Berecz said the", where a quotation took the rest)
  let end = sorted.length;
  while (end > Math.max(1, keep) && opensPhrase(terms[sorted[end - 1]!]!)) end--;
  // ... when what is left ends a phrase (a noun, or the verb itself)
  if (end < sorted.length && (canEnd(terms[sorted[end - 1]!]!) || end === keep)) sorted.length = end;
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

/** A determiner, preposition, conjunction or possessive: a word that needs what follows it. */
const opensPhrase = (t: Term): boolean => ['Determiner', 'Preposition', 'Conjunction', 'Possessive'].some((tag) => t.tags.has(tag)) || t.normal === 'that';

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
