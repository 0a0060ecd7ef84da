// Content words of a sentence, reduced to a rough stem, for comparing what two sentences are
// about. A light suffix stripper is enough here: both sides go through the same reduction.
import type { Term } from './nlp';

const STOPWORDS = new Set(
  ('a an the and or but if of in on at to for from by with as is are was were be been being has have had do does did ' +
    'it its this that these those there their they them he she his her we our you your i me my who whom which what when where ' +
    'will would can could should may might must shall not no nor so than then too very also just only more most less least ' +
    'about over under into onto out up down off said says say told according some any each every all both other such ' +
    'new one two three per cent percent year years month months week weeks day days time while after before during since until')
    .split(' '),
);

/**
 * Words that only place a statement in time: times of day, days relative to today, seasons, and
 * "earlier", "later", "last", "next", "ago". They say when, not what a figure or a happening is
 * about, so they are never content words. The tagger makes some of them nouns or adjectives
 * ("this morning", "late last year"); the year/month/week/day words are in STOPWORDS already.
 */
const TIME_WORDS = new Set(
  ('morning mornings afternoon afternoons evening evenings night nights tonight overnight noon midday midnight ' +
    'dawn dusk daybreak nightfall lunchtime dinnertime today yesterday tomorrow weekday weekdays weekend weekends ' +
    'summer winter autumn earlier later early late last next ago').split(' '),
);

/** A word of TIME_WORDS, in any case, possessive or not ("Tonight", "later", "yesterday's"). */
export function isTimeWord(word: string): boolean {
  return TIME_WORDS.has(word.toLowerCase().replace(/['’]s$/, ''));
}

/** Lower-case stem: drops possessives and common inflections ("members" → "member", "stationed" → "station"). */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/[^a-z0-9-]/g, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  return w;
}

/**
 * Stems of the nouns, verbs and adjectives among `terms`, without stopwords, time words or
 * numbers, deduplicated. `surfaces` gets the first surface form of each new stem, so descriptions
 * can show "raising" rather than "rais"; the caller keeps one per source (never one per process,
 * which would make a label depend on what was analysed before).
 */
export function contentWords(terms: readonly Term[], surfaces?: Map<string, string>): string[] {
  const out = new Set<string>();
  for (const t of terms) {
    if (t.tags.has('Value') || /\d/.test(t.text) || isTimeWord(t.normal)) continue;
    if (!(t.tags.has('Noun') || t.tags.has('Verb') || t.tags.has('Adjective'))) continue;
    const s = stem(t.normal || t.text);
    if (s.length < 2 || STOPWORDS.has(s) || STOPWORDS.has(t.normal)) continue;
    out.add(s);
    if (surfaces && !surfaces.has(s)) surfaces.set(s, (t.tags.has('ProperNoun') ? t.text : t.normal).replace(/[’']s$/, ''));
    // Names say most about what a figure is about ("National Union" vs "Civic Renewal" seats):
    // a second, name-only entry doubles their weight in the overlap.
    if (t.tags.has('ProperNoun') && /^[A-Z]/.test(t.text)) out.add(`@${s}`);
  }
  return [...out];
}
