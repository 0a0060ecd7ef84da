// The only module that imports compromise: plugins are registered once here, and the rest of the
// core works on the plain `Term` records below, so a change of NLP library touches one file.
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

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

/**
 * Tags `text` and returns its words with offsets shifted by `base` (the text's position in its
 * source). Call it per sentence: compromise's extraction is superlinear in the input length and
 * its number parsing looks across sentence boundaries.
 */
export function tagTerms(text: string, base = 0): Term[] {
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: RawTerm[] }[];
  const terms: Term[] = [];
  for (const sentence of json) {
    for (const raw of sentence.terms) {
      const start = base + raw.offset.start;
      terms.push({
        text: raw.text,
        normal: raw.normal,
        tags: new Set(raw.tags),
        start,
        end: start + raw.offset.length,
        pre: raw.pre,
        post: raw.post,
      });
    }
  }
  return terms;
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

/** Value of a spelled-out number ("two" → 2, "fifty-three thousand" → 53000), or undefined. */
export function wordNumberValue(text: string): number | undefined {
  const found = nlp(text).numbers().get() as unknown[];
  const first = found[0];
  return typeof first === 'number' && Number.isFinite(first) ? first : undefined;
}

/** The compromise instance, for modules (dates) that need its plugin API directly. */
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

interface RawVerb {
  verb: { infinitive: string; auxiliary: string; grammar: { tense?: string; isInfinitive?: boolean } };
  terms: RawTerm[];
}

/**
 * Words and verb phrases of one sentence in a single parse (dates need both: tense for weekdays
 * and "in July", words for labels). Offsets shifted by `base`, as in `tagTerms`.
 */
export function tagSentence(text: string, base = 0): { terms: Term[]; verbs: VerbPhrase[] } {
  const doc = nlp(text);
  const terms: Term[] = [];
  const json = doc.json({ offset: true, terms: { offset: true } }) as { terms: RawTerm[] }[];
  for (const s of json) for (const raw of s.terms) terms.push(toTerm(raw, base));
  const verbs: VerbPhrase[] = [];
  for (const v of doc.verbs().json({ offset: true, terms: { offset: true } }) as RawVerb[]) {
    if (v.terms.length === 0) continue;
    const first = toTerm(v.terms[0]!, base);
    const last = toTerm(v.terms[v.terms.length - 1]!, base);
    const tags = new Set(v.terms.flatMap((t) => t.tags));
    const phrase = text.slice(first.start - base, last.end - base);
    // compromise sometimes reads "will close in" as a present phrasal verb
    const future = v.verb.grammar.tense === 'FutureTense' || /^(?:will|shall|won['’]t)\b/i.test(phrase);
    const tense = future ? 'future' : v.verb.grammar.tense === 'PastTense' ? 'past' : 'present';
    const bare = v.terms.length === 1 && (tags.has('Gerund') || tags.has('Infinitive') || tags.has('Participle'));
    verbs.push({
      start: first.start,
      end: last.end,
      text: phrase,
      tense,
      infinitive: v.verb.infinitive,
      finite: !v.verb.grammar.isInfinitive && !bare,
    });
  }
  return { terms, verbs };
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
