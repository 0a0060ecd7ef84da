// Textual discrepancies: the same name spelled two ways, an acronym written two ways or expanded
// two ways, across or within sources. General rules only (no lists of names): a rare variant must
// sit a small edit away from a clear majority form, be unknown to the lexicon, and appear in a
// context like the common form's. See the notes on each rule for what it deliberately misses.
import { shortLabels } from './labels';
import { compromise } from './nlp';
import type { SourceSpan, TextualDiscrepancy } from './types';
import { findAcronymDiscrepancies } from './textualAcronyms';
import {
  editDistance,
  fold,
  mentionList,
  similarContext,
  tokenize,
  type TextualInput,
  type Token,
} from './textualTokens';

export type { TextualInput } from './textualTokens';

/** Finds names spelled two ways and acronyms that differ, over the non-furniture sentences. */
export function findTextualDiscrepancies(inputs: readonly TextualInput[]): TextualDiscrepancy[] {
  const tokens = inputs.flatMap((input, i) => tokenize(input, i));
  // The same short labels the rest of the analysis uses ("001"), unless the caller gives its own.
  const short = shortLabels(inputs.map((i) => i.source.uri || i.source.id));
  const labels = inputs.map((input, i) => input.label ?? short[i] ?? input.source.id);
  const found = [...findNameVariants(tokens, labels), ...findAcronymDiscrepancies(tokens, labels)];
  return found.sort((a, b) => firstMention(a, inputs) - firstMention(b, inputs));
}

// ---------------------------------------------------------------------------
// Names

interface NameForm {
  text: string;
  fold: string;
  occurrences: Token[];
}

/** Words the lexicon knows (any tag): a real word or a known name is not a misspelling of another. */
function lexiconTag(word: string): string[] | undefined {
  const model = compromise().model() as { one?: { lexicon?: Record<string, string | string[]> } };
  const tag = model.one?.lexicon?.[word.toLowerCase()];
  if (tag === undefined) return undefined;
  return Array.isArray(tag) ? tag : [tag];
}

const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** The capitalised word right before a name when it reads as a given name ("Pete" in "Pete Hegseth"). */
function givenName(token: Token): string | undefined {
  const prev = token.prev;
  if (!prev || !/^\p{Lu}\p{Ll}/u.test(prev.text) || prev.gap !== ' ') return undefined;
  const tags = lexiconTag(prev.text);
  // Unknown capitalised words count too (most given names are not in any lexicon); titles and
  // honorifics ("Secretary", "Mr", "Gen") are lexicon words with other tags.
  if (tags === undefined || tags.some((t) => GIVEN_NAME_TAGS.has(t))) return fold(prev.text);
  return undefined;
}

function findNameVariants(tokens: readonly Token[], labels: readonly string[]): TextualDiscrepancy[] {
  // A word written in lower case anywhere in the set is a common word, not a name.
  const lowerWords = new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => fold(t.text)));
  const forms = new Map<string, NameForm>();
  for (const t of tokens) {
    if (!isNameShaped(t.text) || lowerWords.has(fold(t.text))) continue;
    let form = forms.get(t.text);
    if (!form) forms.set(t.text, (form = { text: t.text, fold: fold(t.text), occurrences: [] }));
    form.occurrences.push(t);
  }
  // Capitalisation at the start of a sentence (or in a Title Case headline) says nothing; such
  // a form counts as a name only if it is also capitalised mid-sentence or unknown to the lexicon.
  const names = [...forms.values()].filter(
    (f) => f.occurrences.some((o) => !o.weak) || lexiconTag(f.text) === undefined,
  );
  names.sort((a, b) => b.occurrences.length - a.occurrences.length || a.text.localeCompare(b.text));

  const out: TextualDiscrepancy[] = [];
  const claimed = new Set<string>();
  for (let i = 0; i < names.length; i++) {
    const common = names[i]!;
    for (let j = i + 1; j < names.length; j++) {
      const rare = names[j]!;
      if (claimed.has(rare.text) || !isMisspelling(rare, common)) continue;
      claimed.add(rare.text);
      out.push(nameDiscrepancy(common, rare, labels));
    }
  }
  return [...out, ...findGivenNameVariants(tokens, labels, lowerWords, claimed)];
}

/** Capitalised, then lower case: "Hegseth", "McDonald"; not "NATO", "iPhone" or short words. */
function isNameShaped(text: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(text) && [...text].length >= 5;
}

function isMisspelling(rare: NameForm, common: NameForm): boolean {
  const r = rare.fold;
  const c = common.fold;
  // One form must be the clear majority: twice as frequent at least.
  if (common.occurrences.length < 2 * rare.occurrences.length) return false;
  if (r[0] !== c[0]) return false;
  if (r === c) {
    // Same letters once accents are removed ("Müller"/"Muller"); a case-only difference is not one.
    if (rare.text.toLowerCase() === common.text.toLowerCase()) return false;
  } else if (r.startsWith(c) || c.startsWith(r)) {
    // A form that extends the other is morphology, not a typo: plurals, demonyms ("Korea"/"Korean").
    return false;
  }
  const shorter = Math.min([...r].length, [...c].length);
  if (Math.abs([...r].length - [...c].length) > 2) return false;
  const distance = editDistance(r, c);
  if (distance > (shorter >= 8 ? 2 : 1)) return false;
  // A rare form the lexicon knows is a word or name in its own right ("Austria" vs "Australia").
  if (lexiconTag(rare.text) !== undefined) return false;
  // Different given names in front: different people who share a surname-like word.
  const rareGiven = new Set(rare.occurrences.map(givenName).filter((g): g is string => !!g));
  const commonGiven = new Set(common.occurrences.map(givenName).filter((g): g is string => !!g));
  if (rareGiven.size > 0 && commonGiven.size > 0 && ![...rareGiven].some((g) => commonGiven.has(g))) return false;
  if (similarContext(rare.occurrences, common.occurrences, [r, c])) return true;
  // Without shared surroundings, still a variant when the one-letter difference is the kind
  // transliterations and typos make ("Dravic"/"Dravik", a doubled or swapped letter) and
  // neither form is a word or name the lexicon knows.
  return distance === 1 && isVariantSpelling(r, c) && lexiconTag(common.text) === undefined;
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

// ---------------------------------------------------------------------------
// Given names: "Renata Solberg" and "Renate Solberg" are one person spelt two ways, even when
// neither spelling is the majority: the shared surname is the evidence.

function findGivenNameVariants(
  tokens: readonly Token[],
  labels: readonly string[],
  lowerWords: ReadonlySet<string>,
  claimed: Set<string>,
): TextualDiscrepancy[] {
  const bySurname = new Map<string, Map<string, Token[]>>();
  for (let k = 1; k < tokens.length; k++) {
    const given = tokens[k - 1]!;
    const surname = tokens[k]!;
    const adjacent = given.source === surname.source && given.sentenceStart === surname.sentenceStart && surname.index === given.index + 1;
    if (!adjacent || surname.prev?.gap !== ' ') continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(given.text) || !/^\p{Lu}\p{Ll}/u.test(surname.text) || [...given.text].length < 4) continue;
    if (lowerWords.has(fold(given.text)) || lowerWords.has(fold(surname.text))) continue;
    const tags = lexiconTag(given.text);
    if (tags !== undefined && !tags.some((t) => GIVEN_NAME_TAGS.has(t))) continue;
    const forms = bySurname.get(surname.text) ?? new Map<string, Token[]>();
    bySurname.set(surname.text, forms);
    forms.set(given.text, [...(forms.get(given.text) ?? []), given]);
  }
  const out: TextualDiscrepancy[] = [];
  for (const [surname, forms] of bySurname) {
    const list = [...forms.entries()].sort((a, b) => b[1].length - a[1].length || firstOf(a[1]) - firstOf(b[1]));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [majorText, major] = list[i]!;
        const [minorText, minor] = list[j]!;
        if (claimed.has(minorText) || !isGivenNameVariant(majorText, minorText, major, minor)) continue;
        claimed.add(minorText);
        const times = minor.length === 1 ? 'once' : `${minor.length} times`;
        out.push({
          id: `spelling:${majorText} ${surname}|${minorText} ${surname}`,
          kind: 'spelling',
          what: 'name spelling',
          variants: [
            { text: majorText, mentions: major.map(toMention) },
            { text: minorText, mentions: minor.map(toMention) },
          ],
          reason: `'${minorText} ${surname}' ${times} in ${mentionList(minor, labels)} vs '${majorText} ${surname}' in ${mentionList(major, labels)}`,
        });
      }
    }
  }
  return out;
}

function isGivenNameVariant(a: string, b: string, aTokens: readonly Token[], bTokens: readonly Token[]): boolean {
  const x = fold(a);
  const y = fold(b);
  // "Daniel"/"Daniela" and "Maria"/"Mario" can be two relatives: a suffix or a change of gender is not a spelling.
  if (x[0] !== y[0] || x.startsWith(y) || y.startsWith(x) || editDistance(x, y) !== 1) return false;
  const gender = (w: string) => lexiconTag(w)?.find((t) => t === 'MaleName' || t === 'FemaleName');
  const ga = gender(a);
  const gb = gender(b);
  if (ga && gb && ga !== gb) return false;
  // Both in one sentence: two people named together ("Ana and Ane Brezic").
  const sentences = new Set(aTokens.map((t) => `${t.source}#${t.sentenceStart}`));
  return !bTokens.some((t) => sentences.has(`${t.source}#${t.sentenceStart}`));
}

function firstOf(tokens: readonly Token[]): number {
  return Math.min(...tokens.map((t) => t.sourceIndex * 1e9 + t.start));
}

function nameDiscrepancy(common: NameForm, rare: NameForm, labels: readonly string[]): TextualDiscrepancy {
  const variants = [common, rare].map((f) => ({ text: f.text, mentions: f.occurrences.map(toMention) }));
  const times = rare.occurrences.length === 1 ? 'once' : `${rare.occurrences.length} times`;
  return {
    id: `spelling:${common.text}|${rare.text}`,
    kind: 'spelling',
    what: 'name spelling',
    variants,
    reason: `'${rare.text}' ${times} in ${mentionList(rare.occurrences, labels)} vs '${common.text}' in ${mentionList(common.occurrences, labels)}`,
  };
}

export function toMention(t: Token): SourceSpan {
  return { source: t.source, start: t.start, end: t.end };
}

function firstMention(d: TextualDiscrepancy, inputs: readonly TextualInput[]): number {
  const order = new Map(inputs.map((input, i) => [input.source.id, i]));
  let best = Infinity;
  for (const v of d.variants) {
    for (const m of v.mentions) best = Math.min(best, (order.get(m.source) ?? 0) * 1e9 + m.start);
  }
  return best;
}
