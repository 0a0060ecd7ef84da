// The only module that imports compromise: the rest of the core works on the plain `Term` records
// below, so a change of NLP library touches one file. No plugin: dates are read by our own grammar
// (dates/grammar.ts), and the words that only say when ("this morning", "later") are left out of
// content words by words.ts' time-word list rather than by compromise-dates' tags, which cost a
// third of every parse.
//
// Parsing here is pure: the same text always gives the same words. Which parses are kept, so that
// each sentence is parsed once, is the analyzer's business (parser.ts, one cache per analyzer).
import nlp from 'compromise';
import { speedUp, type CompromiseWorld } from './compromiseSpeed';

/** One word as compromise tagged it, with exact UTF-16 offsets into the text that was parsed. */
export interface Term {
  text: string;
  /** Lower-cased, punctuation-free form ("53000" for "53,000"). */
  normal: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
  /** Punctuation and spaces around the word, as compromise split them. */
  pre: string;
  post: string;
}

interface RawTerm {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** One parse of a sentence at offset 0: its words and their lemmas (compute('root')). */
export interface Parse {
  terms: Term[];
  lemmas: string[];
}

type CompromiseTerms = object[];
const world = nlp.world() as { hooks: string[] };
// two of compromise's per-sentence costs, cheaper with the same results (compromiseSpeed.ts)
speedUp(world as unknown as CompromiseWorld);
const fromString = (nlp.methods() as { one: { tokenize: { fromString(text: string, world: object): CompromiseTerms[] } } }).one.tokenize.fromString;
// What nlp() computes on a new document, less the chunker (noun/verb phrase chunks for
// compromise's own phrase API): we read tags and lemmas only, and it is 8% of a parse.
const TAGGING_HOOKS = world.hooks.filter((hook) => hook !== 'chunks');

/**
 * Tags `texts` in one compromise document and returns one parse per text. Each text is split into
 * sentences and words by compromise's tokenizer on its own, as `nlp(text)` would, so no
 * compromise sentence spans two of our texts; the tagger works within a sentence, so every word's
 * tags and lemma are those of a parse of its text alone (checked on the 3,730 distinct sentences
 * the bench corpus parses).
 */
export function parseTexts(texts: readonly string[]): Parse[] {
  const parts = texts.map((text) => fromString(text, world));
  // compromise also takes a document as JSON, {terms} per sentence (missing from its types);
  // nlp() runs world.hooks on it, so they are swapped for the tagging ones during the call
  const hooks = world.hooks;
  world.hooks = TAGGING_HOOKS;
  let doc: ReturnType<typeof nlp>;
  try {
    doc = nlp(parts.flat().map((terms) => ({ terms })) as unknown as string);
  } finally {
    world.hooks = hooks;
  }
  doc.compute('root');
  // `root` (the lemma compute('root') adds) is missing from compromise's option types
  const options = { offset: true, terms: { offset: true, root: true } } as Parameters<typeof doc.json>[0];
  const json = doc.json(options) as { terms: (RawTerm & { root?: string })[] }[];
  let next = 0;
  return texts.map((_, i) => {
    const raws = json.slice(next, (next += parts[i]!.length)).flatMap((s) => s.terms);
    // offsets run on through the document: shift them back to the start of this text
    const base = raws.length > 0 ? raws[0]!.offset.start - raws[0]!.pre.length : 0;
    return { terms: raws.map((raw) => toTerm(raw, -base)), lemmas: raws.map((raw) => raw.root || raw.normal) };
  });
}

/** The parsed words with offsets shifted by `base`; fresh records, so callers never share one. */
export function shifted(terms: readonly Term[], base: number): Term[] {
  return terms.map((t) => ({ ...t, start: t.start + base, end: t.end + base }));
}

// Module-level memos, the only ones in the core (see the architecture test): each maps a word to
// what compromise's fixed model makes of it alone, so its content never depends on what was
// analysed before, only its speed does; each is cleared past a size bound.
const lemmaCache = new Map<string, string>();

/** Singular, lower-case lemma of a noun ("members" → "member", "personnel" → "personnel"). */
export function nounLemma(word: string): string {
  const key = word.toLowerCase();
  const cached = lemmaCache.get(key);
  if (cached !== undefined) return cached;
  let lemma = key;
  if (/^[a-z][a-z'-]*$/.test(key)) {
    const doc = nlp(key);
    doc.tag('Noun');
    const singular = doc.nouns().toSingular().text('normal') as string;
    if (singular) lemma = singular;
  }
  if (lemmaCache.size > 50_000) lemmaCache.clear();
  lemmaCache.set(key, lemma);
  return lemma;
}

// pure and bounded, like lemmaCache above
const numberCache = new Map<string, number | undefined>();

/** Value of a spelled-out number ("two" → 2, "fifty-three thousand" → 53000), or undefined. */
export function wordNumberValue(text: string): number | undefined {
  // the same few phrases ("two", "three million") recur in every article: parse each once
  if (numberCache.has(text)) return numberCache.get(text);
  const found = nlp(text).numbers().get() as unknown[];
  const first = found[0];
  const value = typeof first === 'number' && Number.isFinite(first) ? first : undefined;
  if (numberCache.size > 10_000) numberCache.clear();
  numberCache.set(text, value);
  return value;
}

/** The compromise instance, for modules that read its model directly (textual: the lexicon). */
export function compromise(): typeof nlp {
  return nlp;
}

/** Tense of a verb phrase as compromise reads it; present perfect counts as past. */
export type VerbTense = 'past' | 'present' | 'future';

/** A verb phrase ("were fueled", "will soon commence") with exact offsets. */
export interface VerbPhrase {
  start: number;
  end: number;
  text: string;
  tense: VerbTense;
  infinitive: string;
  /** False for infinitives ("to enhance") and bare gerunds/participles that carry no tense of their own. */
  finite: boolean;
}

/**
 * Words, their lemmas and verb phrases of one parsed sentence (dates need all three: tense for
 * weekdays and "in July", lemmas for matching, words for labels). Offsets shifted by `base`, as
 * in `Parser.tagTerms`. Verb phrases are read from the tags (runs of verbs, "will", adverbs
 * inside) rather than `doc.verbs()`, which doubled the cost of the parse.
 */
export function sentenceOf(parsed: Parse, text: string, base: number): { terms: Term[]; lemmas: string[]; verbs: VerbPhrase[] } {
  const terms = shifted(parsed.terms, base);
  const lemmas = [...parsed.lemmas];
  return { terms, lemmas, verbs: verbPhrases(text, base, terms, lemmas) };
}

const isVerb = (t: Term) => t.tags.has('Verb') || t.tags.has('Modal') || t.tags.has('Auxiliary');
const PAST_AUX = /^(?:was|were|had|did|has|have|'d|’d)$/;

function verbPhrases(text: string, base: number, terms: readonly Term[], lemmas: readonly string[]): VerbPhrase[] {
  const out: VerbPhrase[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (!isVerb(terms[i]!)) continue;
    let j = i;
    // "will soon commence", "has not been": adverbs inside a verb run belong to it
    while (j + 1 < terms.length && (isVerb(terms[j + 1]!) || (terms[j + 1]!.tags.has('Adverb') && terms[j + 2] && isVerb(terms[j + 2]!)))) {
      if (terms[j]!.post.trim()) break;
      j++;
    }
    const run = terms.slice(i, j + 1);
    const words = run.map((t) => t.normal);
    const main = [...run].reverse().find((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary')) ?? run[run.length - 1]!;
    const future = words.some((w) => /^(?:will|shall|won't|won’t|'ll|’ll)$/.test(w));
    const past = !future && (run[0]!.tags.has('PastTense') || PAST_AUX.test(words[0]!) || (run.length === 1 && main.tags.has('PastTense')));
    const afterTo = i > 0 && terms[i - 1]!.normal === 'to';
    const bare = run.length === 1 && (main.tags.has('Gerund') || main.tags.has('Infinitive') || main.tags.has('Participle'));
    out.push({
      start: run[0]!.start,
      end: run[run.length - 1]!.end,
      text: text.slice(run[0]!.start - base, run[run.length - 1]!.end - base),
      tense: future ? 'future' : past ? 'past' : 'present',
      infinitive: lemmas[terms.indexOf(main)] ?? main.normal,
      finite: !afterTo && !bare,
    });
    i = j;
  }
  return out;
}

function toTerm(raw: RawTerm, base: number): Term {
  const start = base + raw.offset.start;
  return {
    text: raw.text,
    normal: raw.normal,
    tags: new Set(raw.tags),
    start,
    end: start + raw.offset.length,
    pre: raw.pre,
    post: raw.post,
  };
}
