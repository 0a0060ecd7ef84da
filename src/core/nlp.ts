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
