// Words with offsets and their surroundings, for the textual-discrepancy rules (textual.ts,
// textualAcronyms.ts). Only non-furniture sentences are read. Tokens are cached per source
// between analyses (textualSource.ts), so they carry no position in the set: that lives in the
// source's Slot, which each call updates.
import { compromise } from '../text/nlp';
import type { Sentence, Source, SourceSpan } from '../types';

export interface TextualInput {
  source: Source;
  sentences: readonly Sentence[];
  /** Short name used in reasons ("001"); defaults to the analysis's shortLabels of the uris. */
  label?: string;
}

/** A source's place in the current call's inputs; cached tokens outlive one call's order. */
export interface Slot {
  index: number;
}

export interface Token {
  /** The word as written, without a possessive ending ("Hegseth" for "Hegseth’s"). */
  text: string;
  source: string;
  slot: Slot;
  /** Position among the source's tokens: the order in which the rules meet them. */
  ordinal: number;
  start: number;
  end: number;
  /** Capitalisation here says nothing: first word of a sentence or quote, or a Title Case line. */
  weak: boolean;
  /** The word before, in the same sentence, and what separates them. */
  prev?: { text: string; gap: string };
  /** The sentence's words (SentenceWords.words), and this token's index among them, for context windows. */
  sentence: SentenceWords;
  index: number;
  /** The sentence's text and its offset in the source, for finding expansions around acronyms. */
  sentenceText: string;
  sentenceStart: number;
}

// Letters, with inner apostrophes ("O’Brien", "doesn’t"); hyphens split words.
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*/gu;
const OPENING = /[“"‘'(\[]\s*$/u;

export function tokenize(input: TextualInput, slot: Slot): Token[] {
  const out: Token[] = [];
  for (const sentence of input.sentences) {
    if (sentence.furniture) continue;
    const text = input.source.text.slice(sentence.start, sentence.end);
    const matches = [...text.matchAll(WORD)];
    // Each word's possessive stripped once: it is the token, the next token's prev and a context word.
    const stripped = matches.map((m) => stripPossessive(m[0]));
    const sentenceWords = new SentenceWords(text);
    const titleCase = isTitleCase(matches.map((m) => m[0]));
    matches.forEach((m, index) => {
      const word = stripped[index]!;
      const at = m.index ?? 0;
      const before = matches[index - 1];
      const gap = before ? text.slice((before.index ?? 0) + before[0].length, at) : text.slice(0, at);
      out.push({
        text: word,
        source: input.source.id,
        slot,
        ordinal: out.length,
        start: sentence.start + at,
        end: sentence.start + at + word.length,
        weak: titleCase || index === 0 || OPENING.test(gap) || /[:.!?]\s*$/.test(gap),
        prev: before ? { text: stripped[index - 1]!, gap } : undefined,
        sentence: sentenceWords,
        index,
        sentenceText: text,
        sentenceStart: sentence.start,
      });
    });
  }
  return out;
}

/**
 * The folded words of one sentence, shared by its tokens and made when first read: most tokens
 * are never asked, and a kept name's token would otherwise keep its sentence's words (issue 16:
 * tens of MB over a newsroom's sentences).
 */
export class SentenceWords {
  private made: string[] | undefined;

  constructor(private readonly text: string) {}

  get words(): readonly string[] {
    return (this.made ??= [...this.text.matchAll(WORD)].map((m) => fold(stripPossessive(m[0]))));
  }
}

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/iu, '');
}

/** A headline or tag line: most longer words capitalised. */
function isTitleCase(words: readonly string[]): boolean {
  const long = words.filter((w) => w.length >= 4);
  if (long.length < 3) return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.6;
}

/** Words the lexicon knows (any tag): a real word or a known name is not a misspelling of another. */
export function lexiconTag(word: string): string[] | undefined {
  const model = compromise().model() as { one?: { lexicon?: Record<string, string | string[]> } };
  const tag = model.one?.lexicon?.[word.toLowerCase()];
  if (tag === undefined) return undefined;
  return Array.isArray(tag) ? tag : [tag];
}

export const GIVEN_NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** Lower case without accents: "Müller" → "muller". */
export function fold(word: string): string {
  // Plain ASCII has nothing to decompose (a fast path: most words are ASCII).
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// General English function words and reporting verbs: they say nothing about what a name is near.
const STOPWORDS = new Set(
  (
    'the and for but not with from that this these those there their they them then than was were are ' +
    'has have had been being will would could should can may might must shall its his her him she who ' +
    'whom whose which what when where why how all any some such into onto over under about after before ' +
    'also just only very more most other another each both one two our ours your you said says say told ' +
    'tells according added while during between among per via out off upon yet too did does doing'
  ).split(' '),
);

/** Content words within eight words either side, excluding the token itself. */
export function contentWindow(t: Token, radius = 8): string[] {
  const words = t.sentence.words;
  const from = Math.max(0, t.index - radius);
  const to = Math.min(words.length, t.index + radius + 1);
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (i !== t.index && w.length >= 3 && !STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

/**
 * The rare form must appear where the common one does: some occurrence of it shares at least two
 * content words, and a quarter of its content words, with the common form's surroundings.
 */
export function similarContext(rare: readonly Token[], common: readonly Token[], exclude: string[]): boolean {
  return sharesContext(rare, contextWords(common), exclude);
}

/** All content words around the tokens (see contentWindow). */
export function contextWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) for (const w of contentWindow(t)) out.add(w);
  return out;
}

/**
 * similarContext against the common form's contextWords. The excluded words need not be taken out
 * of `commonWords`: they are taken out of each rare window, so they are never counted as shared.
 */
export function sharesContext(rare: readonly Token[], commonWords: ReadonlySet<string>, exclude: string[]): boolean {
  return rare.some((t) => {
    const words = new Set(contentWindow(t).filter((w) => !exclude.includes(w)));
    let shared = 0;
    for (const w of words) if (commonWords.has(w)) shared++;
    return shared >= 2 && shared >= words.size / 4;
  });
}

/** Optimal-string-alignment distance over code points: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Infinity);
}

/**
 * The edit distance when it is at most `bound`, else some number above `bound`: it stops once two
 * successive rows exceed the bound, since no later cell can come back under it (each cell is one
 * of the two rows before it, or its left neighbour, plus a non-negative cost).
 */
export function boundedDistance(a: string, b: string, bound: number): number {
  // Reused buffers: this runs for every pair of similarly spelt name forms, and allocating
  // rows for each pair cost more than the comparison.
  const m = codePoints(a, 0);
  const n = codePoints(b, 1);
  // A distance is at least the difference in length.
  if (Math.abs(m - n) > bound) return Math.abs(m - n);
  const x = codes[0]!;
  const y = codes[1]!;
  if (rows[0]!.length < n + 1) rows = rows.map(() => new Int32Array(2 * n + 2));
  let [older, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, older[j - 2]! + 1);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > bound && prevMin > bound) return rowMin;
    prevMin = rowMin;
    [older, prev, row] = [prev, row, older];
  }
  return prev[n]!;
}

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
const codes = [new Int32Array(64), new Int32Array(64)];

/** Writes the code points of `s` to codes[which] (grown as needed) and returns how many there are. */
function codePoints(s: string, which: 0 | 1): number {
  if (codes[which]!.length < s.length) codes[which] = new Int32Array(2 * s.length);
  const out = codes[which]!;
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    // A surrogate pair is one code point; a lone surrogate counts as one, as string iteration does.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out[k++] = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    out[k++] = unit;
  }
  return k;
}

/** "002" or "000, 001 and 004": the labels of the sources the tokens occur in, in source order. */
export function mentionList(tokens: readonly { slot: Slot }[], labels: readonly string[]): string {
  const indexes = [...new Set(tokens.map((t) => t.slot.index))].sort((a, b) => a - b);
  const names = indexes.map((i) => labels[i] ?? String(i));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Where a token sits, as a mention in a discrepancy. */
export function toMention(t: Token): SourceSpan {
  return { source: t.source, start: t.start, end: t.end };
}

// Letters that spell the same sound in different transliterations (sorted pairs).
const SOUND_ALIKE = new Set(['ck', 'sz', 'iy', 'vw']);

/** One sound-alike letter swapped, a letter doubled or undoubled, or two adjacent letters swapped. */
export function isVariantSpelling(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (x.length === y.length) {
    const diff = x.map((_, i) => i).filter((i) => x[i] !== y[i]);
    if (diff.length === 1) return SOUND_ALIKE.has([x[diff[0]!]!, y[diff[0]!]!].sort().join(''));
    const [i, j] = diff;
    return diff.length === 2 && j === i! + 1 && x[i!] === y[j] && x[j] === y[i!];
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (long.length !== short.length + 1) return false;
  return long.some(
    (ch, i) => (ch === long[i - 1] || ch === long[i + 1]) && [...long.slice(0, i), ...long.slice(i + 1)].join('') === short.join(''),
  );
}
