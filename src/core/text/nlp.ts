// The only module that imports compromise: the rest of the core works on the plain `Term` records
// below, so a change of NLP library touches one file. No plugin: dates are read by our own grammar
// (dateGrammar.ts), and the words that only say when ("this morning", "later") are left out of
// content words by words.ts' time-word list rather than by compromise-dates' tags, which cost a
// third of every parse.
//
// Each sentence text is parsed once: `tagTerms` (figures) and `tagSentence` (dates) share one
// parse through a cache keyed by the exact text parsed, kept whole while a source is extracted
// (`withSharedParses`) and trimmed afterwards to the most recent sentences, so re-analysing an
// edited source re-parses only the sentences that changed.
import nlp from 'compromise';

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
interface Parse {
  terms: Term[];
  lemmas: string[];
}

/**
 * Parses kept after a source is done: enough for every parsed sentence of a few hundred articles
 * (250 articles of 4 KB have about 10,000), so an edit to any of them re-parses only the sentence
 * that changed. Measured at about 1.4 KB of heap per kept sentence (14 MB for those 10,000).
 */
const RECENT_PARSES = 20_000;
const parses = new Map<string, Parse>();
let scopes = 0;

/**
 * Runs `extract` with every parse kept until it returns, so the figure and date passes over one
 * source parse each sentence once however long the source is; afterwards only the most recent
 * parses stay. Results are the same with or without it.
 */
export function withSharedParses<T>(extract: () => T): T {
  scopes++;
  try {
    return extract();
  } finally {
    scopes--;
    if (scopes === 0) trimParses();
  }
}

function trimParses(): void {
  if (parses.size <= RECENT_PARSES) return;
  const drop = parses.size - RECENT_PARSES;
  let i = 0;
  for (const key of parses.keys()) {
    if (i++ >= drop) break;
    parses.delete(key);
  }
}

function parse(text: string): Parse {
  const cached = parses.get(text);
  if (cached) {
    // most recently used last, so trimming drops the oldest
    parses.delete(text);
    parses.set(text, cached);
    return cached;
  }
  parseBatch([text]);
  const result = parses.get(text)!;
  if (scopes === 0) trimParses();
  return result;
}

/**
 * Characters of sentences tagged in one compromise call: enough to share the cost of a call
 * (about a third of a one-sentence parse), few enough that a huge source never becomes one huge
 * compromise document (its extraction calls are superlinear).
 */
const BATCH_CHARS = 10_000;

/**
 * Parses the texts that are not cached yet, several per compromise call, and keeps them for
 * `tagTerms` and `tagSentence`. Call it inside `withSharedParses` with the sentences a pass is
 * about to tag; the results are the same as parsing each text alone.
 */
export function parseAhead(texts: Iterable<string>): void {
  let batch: string[] = [];
  let size = 0;
  for (const text of new Set(texts)) {
    if (parses.has(text)) continue;
    if (batch.length > 0 && size + text.length > BATCH_CHARS) {
      parseBatch(batch);
      batch = [];
      size = 0;
    }
    batch.push(text);
    size += text.length;
  }
  if (batch.length > 0) parseBatch(batch);
}

let parsedTexts = 0;

/** How many texts compromise has parsed so far (tests check that the cache spares re-parses). */
export function parseCount(): number {
  return parsedTexts;
}

type CompromiseTerms = object[];
const world = nlp.world() as { hooks: string[] };
const fromString = (nlp.methods() as { one: { tokenize: { fromString(text: string, world: object): CompromiseTerms[] } } }).one.tokenize.fromString;
// What nlp() computes on a new document, less the chunker (noun/verb phrase chunks for
// compromise's own phrase API): we read tags and lemmas only, and it is 8% of a parse.
const TAGGING_HOOKS = world.hooks.filter((hook) => hook !== 'chunks');

/**
 * Tags `texts` in one compromise document. Each text is split into sentences and words by
 * compromise's tokenizer on its own, as `nlp(text)` would, so no compromise sentence spans two
 * of our texts; the tagger works within a sentence, so every word's tags and lemma are those of
 * a parse of its text alone (checked on the 3,730 distinct sentences the bench corpus parses).
 */
function parseBatch(texts: readonly string[]): void {
  parsedTexts += texts.length;
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
  texts.forEach((text, i) => {
    const raws = json.slice(next, (next += parts[i]!.length)).flatMap((s) => s.terms);
    // offsets run on through the document: shift them back to the start of this text
    const base = raws.length > 0 ? raws[0]!.offset.start - raws[0]!.pre.length : 0;
    parses.set(text, { terms: raws.map((raw) => toTerm(raw, -base)), lemmas: raws.map((raw) => raw.root || raw.normal) });
  });
}

/** The parsed words with offsets shifted by `base`; fresh records, so callers never share one. */
function shifted(terms: readonly Term[], base: number): Term[] {
  return terms.map((t) => ({ ...t, start: t.start + base, end: t.end + base }));
}

/**
 * Tags `text` and returns its words with offsets shifted by `base` (the text's position in its
 * source). Call it per sentence: compromise's extraction is superlinear in the input length and
 * its number parsing looks across sentence boundaries.
 */
export function tagTerms(text: string, base = 0): Term[] {
  return shifted(parse(text).terms, base);
}

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

/** Infinitive of a verb ("killed" → "kill"); the word itself when compromise has none. */
export function verbLemma(word: string): string {
  const key = word.toLowerCase();
  const cached = lemmaCache.get('v:' + key);
  if (cached !== undefined) return cached;
  let lemma = key;
  if (/^[a-z][a-z'-]*$/.test(key)) {
    const doc = nlp(key);
    doc.tag('Verb');
    const inf = doc.verbs().toInfinitive().text('normal') as string;
    if (inf) lemma = inf;
  }
  lemmaCache.set('v:' + key, lemma);
  return lemma;
}

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
 * Words, their lemmas and verb phrases of one sentence in a single parse (dates need all three:
 * tense for weekdays and "in July", lemmas for matching, words for labels). Offsets shifted by
 * `base`, as in `tagTerms`. Verb phrases are read from the tags (runs of verbs, "will", adverbs
 * inside) rather than `doc.verbs()`, which doubled the cost of the parse.
 */
export function tagSentence(text: string, base = 0): { terms: Term[]; lemmas: string[]; verbs: VerbPhrase[] } {
  const parsed = parse(text);
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
