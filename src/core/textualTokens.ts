// Words with offsets and their surroundings, for the textual-discrepancy rules (textual.ts,
// textualAcronyms.ts). Only non-furniture sentences are read.
import type { Sentence, Source } from './types';

export interface TextualInput {
  source: Source;
  sentences: readonly Sentence[];
  /** Short name used in reasons ("001"); defaults to the analysis's shortLabels of the uris. */
  label?: string;
}

export interface Token {
  /** The word as written, without a possessive ending ("Hegseth" for "Hegseth’s"). */
  text: string;
  source: string;
  sourceIndex: number;
  start: number;
  end: number;
  /** Capitalisation here says nothing: first word of a sentence or quote, or a Title Case line. */
  weak: boolean;
  /** The word before, in the same sentence, and what separates them. */
  prev?: { text: string; gap: string };
  /** All words of the sentence, and this token's index among them, for context windows. */
  words: readonly string[];
  index: number;
  /** The sentence's text and its offset in the source, for finding expansions around acronyms. */
  sentenceText: string;
  sentenceStart: number;
}

// Letters, with inner apostrophes ("O’Brien", "doesn’t"); hyphens split words.
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*/gu;
const OPENING = /[“"‘'(\[]\s*$/u;

export function tokenize(input: TextualInput, sourceIndex: number): Token[] {
  const out: Token[] = [];
  for (const sentence of input.sentences) {
    if (sentence.furniture) continue;
    const text = input.source.text.slice(sentence.start, sentence.end);
    const matches = [...text.matchAll(WORD)];
    const words = matches.map((m) => fold(stripPossessive(m[0])));
    const titleCase = isTitleCase(matches.map((m) => m[0]));
    matches.forEach((m, index) => {
      const word = stripPossessive(m[0]);
      const at = m.index ?? 0;
      const before = matches[index - 1];
      const gap = before ? text.slice((before.index ?? 0) + before[0].length, at) : text.slice(0, at);
      out.push({
        text: word,
        source: input.source.id,
        sourceIndex,
        start: sentence.start + at,
        end: sentence.start + at + word.length,
        weak: titleCase || index === 0 || OPENING.test(gap) || /[:.!?]\s*$/.test(gap),
        prev: before ? { text: stripPossessive(before[0]), gap } : undefined,
        words,
        index,
        sentenceText: text,
        sentenceStart: sentence.start,
      });
    });
  }
  return out;
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

/** Lower case without accents: "Müller" → "muller". */
export function fold(word: string): string {
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
  const from = Math.max(0, t.index - radius);
  const to = Math.min(t.words.length, t.index + radius + 1);
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const w = t.words[i]!;
    if (i !== t.index && w.length >= 3 && !STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

/**
 * The rare form must appear where the common one does: some occurrence of it shares at least two
 * content words, and a quarter of its content words, with the common form's surroundings.
 */
export function similarContext(rare: readonly Token[], common: readonly Token[], exclude: string[]): boolean {
  const commonWords = new Set(common.flatMap((t) => contentWindow(t)));
  for (const e of exclude) commonWords.delete(e);
  return rare.some((t) => {
    const words = new Set(contentWindow(t).filter((w) => !exclude.includes(w)));
    const shared = [...words].filter((w) => commonWords.has(w)).length;
    return shared >= 2 && shared >= words.size / 4;
  });
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[x.length]![y.length]!;
}

/** "002" or "000, 001 and 004": the labels of the sources the tokens occur in, in source order. */
export function mentionList(tokens: readonly { sourceIndex: number }[], labels: readonly string[]): string {
  const indexes = [...new Set(tokens.map((t) => t.sourceIndex))].sort((a, b) => a - b);
  const names = indexes.map((i) => labels[i] ?? String(i));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
