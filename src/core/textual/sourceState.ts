// One source's share of the textual rules: its tokens and everything the cross-source rules read
// from them (lower-case words, name-shaped forms, given name + surname pairs, acronyms). Built
// once per source and kept between analyses in a WeakMap keyed by the source's sentence array
// (a SourceWorkCache, one per analyzer: a work's slot is rewritten on every call, so two
// analyzers must never share one): the analyzer passes the same array for an unchanged source,
// and when the array is dropped the entry goes with it. A hit is used only when the id, the text and every sentence's bounds and
// furniture flag are still the same, so a changed or reused array is re-read, never trusted.
import type { Sentence } from '../types';
import { sourceAcronyms, type AcronymForm } from './acronyms';
import { fold, GIVEN_NAME_TAGS, lexiconTag, tokenize, type Slot, type TextualInput, type Token } from './tokens';

/** A capitalised word form in one source ("Hegseth"): where it occurs, in order. */
export interface NameOccurrences {
  text: string;
  fold: string;
  tokens: Token[];
  /** Capitalised somewhere it means something (not only at a sentence start or in a headline). */
  nonWeak: boolean;
}

/** Given names written before one surname in one source ("Renata" in "Renata Solberg"). */
export interface SurnameForms {
  fold: string;
  givens: Map<string, { fold: string; tokens: Token[] }>;
}

export interface SourceWork {
  readonly id: string;
  readonly text: string;
  /** start, end and furniture (1/0) of each sentence read, to tell a reused array that changed. */
  readonly layout: readonly number[];
  /** Where the source sits in the current call; set by sourceWorks on every call. */
  readonly slot: Slot;
  /** Folded words written in lower case here: common words, not names, wherever they occur. */
  readonly lower: ReadonlySet<string>;
  /** Name-shaped forms by exact text, in order of first occurrence. */
  readonly names: ReadonlyMap<string, NameOccurrences>;
  /** Surname text → given names before it, both in order of first occurrence. */
  readonly surnames: ReadonlyMap<string, SurnameForms>;
  /** Acronym forms, in order of first occurrence. */
  readonly acronyms: ReadonlyMap<string, AcronymForm>;
}

/** One analyzer's source works, by sentence array. */
export type SourceWorkCache = WeakMap<readonly Sentence[], SourceWork>;

/** The works for a set of inputs, from `cache` where still valid; each with its slot set to its position. */
export function sourceWorks(inputs: readonly TextualInput[], cache: SourceWorkCache): SourceWork[] {
  const taken = new Set<SourceWork>();
  return inputs.map((input, index) => {
    let work = cache.get(input.sentences);
    if (work && taken.has(work)) {
      // The same array twice in one set: each position needs its own slot, so its own work.
      work = buildWork(input);
    } else if (!work || !fits(work, input)) {
      work = buildWork(input);
      cache.set(input.sentences, work);
    }
    taken.add(work);
    work.slot.index = index;
    return work;
  });
}

function fits(work: SourceWork, input: TextualInput): boolean {
  if (work.id !== input.source.id || work.text !== input.source.text) return false;
  const layout = work.layout;
  const sentences = input.sentences;
  if (layout.length !== sentences.length * 3) return false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (layout[3 * i] !== s.start || layout[3 * i + 1] !== s.end || layout[3 * i + 2] !== (s.furniture ? 1 : 0)) return false;
  }
  return true;
}

function buildWork(input: TextualInput): SourceWork {
  const slot: Slot = { index: 0 };
  const tokens = tokenize(input, slot);
  const lower = new Set<string>();
  const names = new Map<string, NameOccurrences>();
  for (const t of tokens) {
    if (/^\p{Ll}/u.test(t.text)) lower.add(fold(t.text));
    if (!isNameShaped(t.text)) continue;
    let form = names.get(t.text);
    if (!form) names.set(t.text, (form = { text: t.text, fold: fold(t.text), tokens: [], nonWeak: false }));
    form.tokens.push(t);
    if (!t.weak) form.nonWeak = true;
  }
  return {
    id: input.source.id,
    text: input.source.text,
    layout: input.sentences.flatMap((s) => [s.start, s.end, s.furniture ? 1 : 0]),
    slot,
    lower,
    names,
    surnames: givenNamePairs(tokens),
    acronyms: sourceAcronyms(tokens),
  };
}

/** Capitalised, then lower case: "Hegseth", "McDonald"; not "NATO", "iPhone" or short words. */
function isNameShaped(text: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(text) && [...text].length >= 5;
}

/**
 * Adjacent "Given Surname" pairs in one sentence, with every test that needs only this source;
 * whether either word is written in lower case elsewhere in the set is left to the caller.
 */
function givenNamePairs(tokens: readonly Token[]): Map<string, SurnameForms> {
  const bySurname = new Map<string, SurnameForms>();
  for (let k = 1; k < tokens.length; k++) {
    const given = tokens[k - 1]!;
    const surname = tokens[k]!;
    const adjacent = given.source === surname.source && given.sentenceStart === surname.sentenceStart && surname.index === given.index + 1;
    if (!adjacent || surname.prev?.gap !== ' ') continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(given.text) || !/^\p{Lu}\p{Ll}/u.test(surname.text) || [...given.text].length < 4) continue;
    const tags = lexiconTag(given.text);
    if (tags !== undefined && !tags.some((t) => GIVEN_NAME_TAGS.has(t))) continue;
    let forms = bySurname.get(surname.text);
    if (!forms) bySurname.set(surname.text, (forms = { fold: fold(surname.text), givens: new Map() }));
    let form = forms.givens.get(given.text);
    if (!form) forms.givens.set(given.text, (form = { fold: fold(given.text), tokens: [] }));
    form.tokens.push(given);
  }
  return bySurname;
}

/** The works are in the order of their sources in the current set. */
export function inSourceOrder(works: readonly SourceWork[]): boolean {
  return works.every((w, i) => i === 0 || works[i - 1]!.slot.index < w.slot.index);
}

/** What this call's update changed beyond the sources that came and went. */
export interface Changes {
  /** Some word became, or stopped being, a lower-case word of the set. */
  lowerWords: boolean;
  /** The sources that stayed are no longer in the same relative order. */
  reordered: boolean;
}
