// What a number counts: the noun group after it ("53,000 American service members"), or for a
// bare number the noun it is a value of ("a death toll of 27", "turnout was 61%"), refined by
// event words for generic people counts ("27 people were killed" counts deaths).
import type { Term } from '../text/nlp';
import { nounLemma } from '../text/nlp';
import { conceptById, conceptFromCues, conceptOf, isGenericConcept, isHumanRole, type Concept } from './lexicon';
import { isTimeWord } from '../text/words';
import { BREAK, changedSubject, nounBefore } from './nounBefore';

export interface CountedNoun {
  /** The noun group as written ("U.S. military personnel"). */
  text: string;
  /** Where the group ends in the source (the figure's span extends to it). */
  end: number;
  head: string;
  concept?: Concept;
  /** The kind of person an outcome cue replaced as the concept ("police" in "police officers were injured"). */
  role?: string;
}

const STOP_TAGS = ['Verb', 'Preposition', 'Determiner', 'Conjunction', 'Adverb', 'QuestionWord', 'Pronoun', 'Value', 'Date'];
const NOT_HEADS = /^(more|less|other|others|each|total|times|percent|per|cent|a|an|the|of|year|years|month|months|day|days|week|weeks)$/i;

/** A plural owner: "countries' ", "companies’ " (the apostrophe after the plural's s). */
const PLURAL_POSSESSIVE = /s['’]\s/i;

function isNounish(t: Term): boolean {
  return t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Acronym') || t.tags.has('ProperNoun');
}

/** A word that could be the object of a verb before it. */
function nounish(t: Term | undefined): boolean {
  return Boolean(t && (t.tags.has('Noun') || t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Value')));
}

/** A plural-looking word right after a number is a noun, whatever the tagger guessed ("1.2 million votes"). */
function countedPlural(t: Term): boolean {
  return /^[a-z]{3,}s$/.test(t.normal) && !t.tags.has('Determiner') && !t.tags.has('Preposition') && !t.tags.has('Conjunction') && !t.tags.has('Pronoun') && !/^(this|thus|its|his|hers|ours|yours|theirs|less|unless|always|perhaps|whereas)$/.test(t.normal) && !t.tags.has('Copula') && !t.tags.has('Auxiliary') && !/^(was|has|is|does|goes|says)$/.test(t.normal);
}

/** A plural noun within a few names after `from` ("Hyundai vehicles", "Model X vehicles"). */
function nounAhead(terms: readonly Term[], from: number): boolean {
  for (let k = from; k < terms.length && k < from + 4; k++) {
    if (BREAK.test(terms[k - 1]!.post) && k > from) return false;
    if (isPluralNoun(terms[k]!) && !terms[k]!.tags.has('ProperNoun')) return true;
    if (!terms[k]!.tags.has('ProperNoun') && !terms[k]!.tags.has('Value')) return false;
  }
  return false;
}

function isPluralNoun(t: Term): boolean {
  return t.tags.has('Plural') && t.tags.has('Noun');
}

/** Index of the first term that starts at or after `offset`. */
function termAt(terms: readonly Term[], offset: number): number {
  let i = 0;
  while (i < terms.length && terms[i]!.start < offset) i++;
  return i;
}

/** The noun group that starts right after `offset` (no punctuation between), up to six words. */
/** A group ends at punctuation and at a spaced dash ("Greens: 12 seats - Liberals: 40 seats"). */
const ends = (t: Term) => BREAK.test(t.post) || /\s[-–—]\s/.test(t.post);

function groupAfter(text: string, terms: readonly Term[], offset: number): { first: number; last: number } | undefined {
  const first = termAt(terms, offset);
  const t0 = terms[first];
  if (!t0 || BREAK.test(text.slice(offset, t0.start))) return undefined;
  let last = -1;
  let misread = -1;
  let lead = first;
  for (let i = first; i < terms.length && i < first + 6; i++) {
    const t = terms[i]!;
    if (i === lead && countedPlural(t) && !isNounish(t)) {
      last = i;
      if (ends(t)) break;
      continue;
    }
    if (i > first && /^(of|over|to|from|in|on|at|for|with|by|than|as|per|into|after|before|outside|inside|across|near|around|among|amid|during|under|within|through|between|against|behind|beyond|toward|towards|since|until|via|including)$/.test(t.normal)) break;
    // "400 charging stations", "9.3 million shipping containers": a gerund before a plural noun
    // modifies it.
    if (i === first && t.tags.has('Gerund') && terms[i + 1] && countedPlural(terms[i + 1]!) && !BREAK.test(t.post)) continue;
    // "eight more picks", "three fewer seats": the comparison belongs to the count, the noun follows
    if (i === first && /^(more|fewer|additional|extra)$/.test(t.normal) && terms[i + 1] && countedPlural(terms[i + 1]!) && !BREAK.test(t.post)) {
      lead = i + 1;
      continue;
    }
    // "14 first-team players", "two second-hand cars": an ordinal hyphened to a noun modifies the next one
    if (t.tags.has('Ordinal') && t.post === '-' && terms[i + 1] && !BREAK.test(terms[i + 1]!.post)) continue;
    // "200 people here", "6 million homes nationwide including ...", "students studying at":
    // after a plural noun the group has ended; a singular word, a pronoun or a gerund after it
    // belongs to the rest of the clause.
    if (i > first && isPluralNoun(terms[i - 1]!) && !isPluralNoun(t) && !t.tags.has('ProperNoun')) break;
    if (t.tags.has('Pronoun')) break;
    // "three central and eastern European countries": adjectives joined by "and" or "or".
    if (i > first && /^(and|or)$/.test(t.normal) && terms[i - 1]!.tags.has('Adjective') && terms[i + 1]?.tags.has('Adjective') && !BREAK.test(terms[i - 1]!.post)) continue;
    // "460 Kia and Hyundai vehicles": names joined before the noun they qualify.
    if (i > first && /^(and|or)$/.test(t.normal) && terms[i - 1]!.tags.has('ProperNoun') && terms[i + 1]?.tags.has('ProperNoun') && !BREAK.test(terms[i - 1]!.post) && nounAhead(terms, i + 1)) continue;
    // "two bomb blasts for weeks": a plural after a noun, with no object of its own, is the head
    // the tagger took for a verb.
    if (i > first && countedPlural(t) && t.tags.has('PresentTense') && terms[i - 1]!.tags.has('Singular') && !BREAK.test(terms[i - 1]!.post) && !nounish(terms[i + 1])) {
      last = misread = i;
      break;
    }
    // "3.5% last year", "27 this week": a time phrase, not what is counted.
    if (/^(last|next|this|previous|coming|past|each|every)$/.test(t.normal) && /^(year|month|week|day|quarter|decade|century|night|morning|evening|season|summer|winter|spring|autumn|fall)s?$/.test(terms[i + 1]?.normal ?? '')) break;
    // "27 people Tuesday afternoon", "5 tonight": a time noun starts a time phrase too.
    if (isTimeWord(t.normal) && !t.tags.has('Adjective')) break;
    if (!isNounish(t) || STOP_TAGS.some((tag) => t.tags.has(tag) && !t.tags.has('Noun') && !t.tags.has('Adjective'))) break;
    if (t.tags.has('Verb') && !t.tags.has('Noun')) break;
    if (t.tags.has('Possessive') && t.tags.has('Pronoun')) break;
    last = i;
    if (ends(t)) break;
    // "the three countries' foreign ministers", "two victims' families": the number counts the owners
    if (PLURAL_POSSESSIVE.test(t.text + t.post) && terms[i + 1] && isNounish(terms[i + 1]!)) break;
  }
  // Trailing adjectives are not part of what is counted ("12 people dead" keeps "people").
  const nounAt = (i: number) => terms[i]!.tags.has('Noun') || terms[i]!.tags.has('Acronym') || ((i === lead || i === misread) && countedPlural(terms[i]!));
  while (last >= first && !nounAt(last)) last--;
  return last >= first ? { first, last } : undefined;
}

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
    // "on board" is one cue ("the 181 people on board"), never "the board said"
    if (terms[i]!.normal === 'board' && terms[i - 1]?.normal === 'on') {
      before.push('onboard');
      i--;
      continue;
    }
    before.push(terms[i]!.normal);
  }
  const after: string[] = [];
  // "kills 27, injures 140": a comma right after the number closes its clause, unless the number
  // is a subject whose verb follows a parenthetical ("At least 74, including eight Americans, were killed").
  let from = numberTerm + 1;
  if (BREAK.test(terms[numberTerm]?.post ?? '') && before.length <= 2) {
    let j = numberTerm + 1;
    while (j < terms.length && j <= numberTerm + 8 && !BREAK.test(terms[j]!.post)) j++;
    const verb = terms[j + 1];
    if (terms[j]?.post.trim() === ',' && verb && (verb.tags.has('Copula') || verb.tags.has('Auxiliary') || verb.tags.has('PastTense'))) from = j + 1;
  }
  for (let i = from; (from > numberTerm + 1 || !BREAK.test(terms[numberTerm]?.post ?? '')) && i < terms.length && i <= from + 7; i++) {
    // "123 officers and gendarmes were injured": "and" joining two nouns keeps one clause
    if (/^(and|or)$/.test(terms[i]!.normal) && joinsNouns(terms, i)) continue;
    if (/^(and|or|but|while|whereas)$/.test(terms[i]!.normal)) break;
    if (terms[i]!.normal === 'on' && terms[i + 1]?.normal === 'board') {
      after.push('onboard');
      i++;
      if (BREAK.test(terms[i]!.post)) break;
      continue;
    }
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

/** "officers and gendarmes": a conjunction between two nouns, no number or comma around it. */
function joinsNouns(terms: readonly Term[], i: number): boolean {
  const prev = terms[i - 1];
  const next = terms[i + 1];
  const plainNoun = (t: Term | undefined) => Boolean(t && t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Value') && !/\d/.test(t.text));
  return plainNoun(prev) && plainNoun(next) && !BREAK.test(prev!.post) && !BREAK.test(terms[i]!.post);
}

/**
 * "members of the security forces", "a group of protesters": a container noun counts what its
 * "of" phrase names, when the lexicon knows that.
 */
const CONTAINERS = /^(member|group|unit|team|contingent|number)$/;
function containerOf(text: string, terms: readonly Term[], group: { first: number; last: number }): Concept | undefined {
  const head = nounLemma(terms[group.last]!.normal);
  if (!CONTAINERS.test(head) || BREAK.test(terms[group.last]!.post)) return undefined;
  let k = group.last + 1;
  if (terms[k]?.normal !== 'of') return undefined;
  k++;
  if (/^(the|its|their|our|his|her)$/.test(terms[k]?.normal ?? '')) k++;
  const inner = groupAfter(text, terms, terms[k]?.start ?? text.length);
  if (!inner) return undefined;
  const d = describe(text, terms, inner);
  return conceptOf(d.lemmas, d.head);
}

function describe(text: string, terms: readonly Term[], group: { first: number; last: number }, keepTotal = false): { text: string; lemmas: string[]; head: string } {
  // a word the tokenizer left glued to punctuation ('countries..."is') ends at its last letter;
  // a "word" of no letters at all (a decoding error's U+FFFD) is no part of the group
  const word = (t: Term) => t.normal.replace(/[^\p{L}\p{N}'’-].*$/u, '').replace(/'s$/, '');
  let last = group.last;
  while (last > group.first && word(terms[last]!) === '') last--;
  const slice = terms.slice(group.first, last + 1);
  const head = nounLemma(word(slice[slice.length - 1]!) || slice[slice.length - 1]!.normal);
  const lemmas = slice.map((t, i) => (i === slice.length - 1 ? head : t.normal));
  return { text: text.slice(slice[0]!.start, slice[slice.length - 1]!.end), lemmas, head: NOT_HEADS.test(head) && !(keepTotal && head === 'total') ? '' : head };
}

/**
 * What the number at `numberTerm` counts, reading from `offset` (the end of its unit words).
 * `measured` is true for units of measure, where the noun after ("1,900-mile archipelago") is
 * the thing measured rather than a count.
 */
/**
 * "Total Dead: 192", "Injured: 4,877": in a table-like line the label before the colon says what
 * the number counts; the word after it is the next label, not the counted noun.
 */
function labelBefore(terms: readonly Term[], numberTerm: number): { first: number; last: number } | undefined {
  const last = numberTerm - 1;
  const t = terms[last];
  if (!t || !/:\s*$/.test(t.post) || t.tags.has('Value') || /\d/.test(t.text)) return undefined;
  let first = last;
  while (first - 1 >= 0 && last - first < 3 && !BREAK.test(terms[first - 1]!.post) && !terms[first - 1]!.tags.has('Value') && !/\d/.test(terms[first - 1]!.text)) first--;
  return { first, last };
}

/** Words glued to a number that describe the thing rather than count a noun ("a 5,000-strong crowd", "a 12-year-old"). */
const NOT_COMPOUND_NOUNS = /^(strong|old|odd|plus|long|wide|high|deep|tall|fold|something|year|month|week|day|hour|minute|second|time|point|percent|per)$/i;

/**
 * "a 16-nation bloc", "a 27-member union", "a 450-seat chamber": the noun glued to the number is
 * what is counted; the noun after it is what has them.
 */
function compoundCount(text: string, terms: readonly Term[], offset: number): CountedNoun | undefined {
  const m = /^-([a-z]{3,})(?=\s+[a-z])/.exec(text.slice(offset, offset + 24));
  if (!m || NOT_COMPOUND_NOUNS.test(m[1]!)) return undefined;
  const owner = groupAfter(text, terms, offset + m[0].length);
  if (!owner) return undefined;
  const head = nounLemma(m[1]!);
  const end = terms[owner.last]!.end;
  return { text: text.slice(offset, end).replace(/^-/, ''), end, head, concept: conceptOf([head], head) };
}

/**
 * "In terms of medals, ... the hosts finished with 38.": a plural noun framed by "in terms of" earlier
 * in the sentence is what a bare number that closes its clause counts.
 */
function framingNoun(text: string, terms: readonly Term[], numberTerm: number, offset: number): string | undefined {
  const t = terms[numberTerm];
  if (!t || !(numberTerm === terms.length - 1 || BREAK.test(terms[numberTerm]!.post))) return undefined;
  const m = /\bin terms of (?:the |their |its |his |her )?(?:number of |total )?([a-z]+s)\b/i.exec(text.slice(terms[0]!.start, offset));
  return m ? nounLemma(m[1]!.toLowerCase()) : undefined;
}

export function readCounted(text: string, terms: readonly Term[], numberTerm: number, offset: number, allowOf = false, rank = false): CountedNoun {
  // "2% of gross domestic product", "a third of voters": the group after "of" is what is measured.
  // "68 of the 151 seats": the part counts what the whole counts.
  // "three of its former rivals", "40 of the victims": a part counts what its whole counts.
  const compound = compoundCount(text, terms, offset);
  if (compound) return compound;
  const label = labelBefore(terms, numberTerm);
  // "NORTH: 41 seats" is counted by its noun; "Dead: 192 Americans: 12" by its label, since the
  // word after the number is the next label.
  const nounAfter = label ? groupAfter(text, terms, offset) : undefined;
  if (label && (!nounAfter || terms.slice(nounAfter.first, nounAfter.last + 1).some((t) => /:/.test(t.post)))) {
    const described = describe(text, terms, label, true);
    return { text: '', end: offset, head: described.head, concept: conceptOf(described.lemmas, described.head) };
  }
  // "two of Acme's suppliers", "35m of its Echo devices": a possessive name is a determiner too
  const partOf = /^\s+of\s+(?:the\s+)?\d[\d,.]*\s+/i.exec(text.slice(offset, offset + 30)) ?? (allowOf ? null : /^\s+of\s+(?:the|its|their|his|her|our|these|those|[A-Z][\w.&-]*['’]s)\s+(?=[A-Za-z])/.exec(text.slice(offset, offset + 40)));
  const of = partOf ?? (allowOf ? /^\s+of\b/.exec(text.slice(offset, offset + 5)) : null);
  const after = groupAfter(text, terms, of ? offset + of[0].length : offset);
  const cueWords = clauseWords(terms, numberTerm);
  if (!after) {
    // "the worst result in terms of seats, with the greens on 14": the frame names what is counted
    const frame = framingNoun(text, terms, numberTerm, offset);
    if (frame) return { text: '', end: offset, head: frame, concept: conceptOf([frame], frame) };
    // A bare number: the noun it is a value of ("a death toll of 27"), if the lexicon knows it;
    // else an event word of its clause ("the toll ... rose to 21", "killing 12").
    const before = nounBefore(terms, numberTerm, rank);
    const described = before ? describe(text, terms, before, true) : undefined;
    const named = described ? conceptOf(described.lemmas, described.head) : undefined;
    // "the toll from the blast rose to 12": a number is no count of the happening it follows
    const known = named?.happening ? undefined : named;
    if (known) return { text: described!.text, end: offset, head: described!.head, concept: known };
    const found = conceptFromCues(cueWords);
    // "This protest was the ninth": a crowd word names who took part, never a thing the number is a value of
    const cue = found && !found.outcome && described ? undefined : found;
    if (!cue && !described?.head) {
      // "Pluristem rose 8% to 3.65", "the index fell 0.4% to 13,176": the level reached is the subject's.
      const subject = changedSubject(terms, numberTerm);
      if (subject) {
        const d = describe(text, terms, subject);
        return { text: '', end: offset, head: d.head, concept: conceptOf(d.lemmas, d.head) };
      }
    }
    if (cue || !described) return { text: '', end: offset, head: '', concept: cue };
    return { text: described.text, end: offset, head: described.head };
  }
  const described = describe(text, terms, after);
  let concept = conceptOf(described.lemmas, described.head) ?? containerOf(text, terms, after);
  let end = terms[after.last]!.end;
  // "240 passengers and crew": everyone on board, not the passengers alone
  if (concept?.id === 'passengers' && /^\s*(?:and|&)\s+crew\b/i.test(text.slice(end, end + 16))) concept = conceptById('aboard') ?? concept;
  let shown = described.text;
  // "two soldiers were killed", "123 police officers were injured": what happened to them is the measure, who they were its role
  const own = new Set(terms.slice(after.first, after.last + 1).map((t) => t.normal));
  const outcome = concept && isHumanRole(concept.id) ? conceptFromCues(cueWords.filter((w) => !own.has(w)), true) : undefined;
  if (concept && outcome?.outcome && outcome.id !== concept.id && !concept.implies?.includes(outcome.id)) return { text: shown, end, head: described.head, concept: outcome, role: concept.id };
  let role: string | undefined;
  if (!concept || isGenericConcept(concept.id)) {
    // who took part ("people demonstrated") names a generic count, never a thing ("900 fires lit in the streets")
    const found = conceptFromCues(cueWords);
    const cue = found && !found.outcome && !concept ? undefined : found;
    if (cue) {
      // "12 Americans were killed": a people named is who the outcome happened to
      if (!concept && cue.outcome && /^\p{Lu}/u.test(terms[after.last]!.text)) role = described.head;
      concept = cue;
      // "27 people killed": the participle right after the group is part of what is counted.
      const next = terms[after.last + 1];
      if (next && cue.cues?.includes(next.normal) && !BREAK.test(terms[after.last]!.post)) {
        end = next.end;
        shown = text.slice(terms[after.first]!.start, next.end);
      }
    }
  }
  return { text: shown, end, head: described.head, concept, ...(role ? { role } : {}) };
}
