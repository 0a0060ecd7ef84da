// Names spelled two ways across a set of sources: a rare form a small edit away from a clear
// majority form ("Hegsett"/"Hegseth"), and a given name spelt two ways before one surname
// ("Renate"/"Renata Solberg": givenNames.ts, whose surname state a NameState owns and updates).
// General rules only (no lists of names); see the notes on each rule for what it misses.
//
// Re-analysing a large set after one edit must be cheap, so nothing here walks every source or
// compares every pair of forms on each call. A NameState (one per analyzer) holds, for the
// sources of its last call, what the rules need from all of them, and each call updates it by
// difference: the sources that left are taken out and the new ones (an edited source is a new
// SourceWork, see sourceState.ts) put in. The state is therefore always a function of the
// current sources:
// - how many sources write each word in lower case (such a word is not a name);
// - each name form with the sources holding it, and the forms spelt nearly alike (only those
//   can be misspellings of one another), found once when a form first appears;
// - the verdict for each such pair, kept until a source holding either form comes or goes;
// - for each surname with two given names before it, the pairs that read as one name spelt two
//   ways, kept until a source holding the surname comes or goes, or the given names that count
//   change.
// Order-dependent steps (which form is the majority, which comes first) are redone every call
// from the current positions. A call that throws clears the state, so a half-done update is never read.
import type { TextualDiscrepancy } from '../types';
import { inSourceOrder, type Changes, type NameOccurrences, type SourceWork } from './sourceState';
import { Surnames } from './givenNames';
import { boundedDistance, contextWords, fold, GIVEN_NAME_TAGS, isVariantSpelling, lexiconTag, mentionList, sharesContext, toMention, type Token } from './tokens';

/** The cross-source name state of one analyzer, updated by difference on each call. */
export class NameState {
  /** The sources of the last call, in order: what the state below describes. */
  private present: SourceWork[] = [];
  /** Folded word → how many sources write it in lower case: a common word, not a name, anywhere in the set. */
  private readonly lowerCount = new Map<string, number>();
  private readonly names = new Map<string, NameEntry>();
  /** Name forms by length and first letter of the folded form, to find nearly-alike spellings without a full scan. */
  private readonly byShape = new Map<string, Set<NameEntry>>();
  private readonly surnames = new Surnames();
  /** The candidate names of the last call in their order: nearly sorted input for this call's sort. */
  private lastOrder: NameEntry[] = [];
  /** Counts calls, to mark per-call facts on entries without clearing them. */
  private call = 0;

  find(works: readonly SourceWork[], labels: readonly string[]): TextualDiscrepancy[] {
    try {
      const changes = this.update(works);
      const claimed = new Set<string>();
      return [...this.findMisspeltNames(labels, claimed), ...this.surnames.findVariants(labels, claimed, changes, this.isLower)];
    } catch (error) {
      this.reset();
      throw error;
    }
  }

  private reset(): void {
    this.present = [];
    this.lowerCount.clear();
    this.names.clear();
    this.byShape.clear();
    this.surnames.clear();
    this.lastOrder = [];
  }

  private update(works: readonly SourceWork[]): Changes {
    this.call++;
    // sourceWorks gives each position its own work, so a set holds each work once.
    const next = new Set(works);
    const before = new Set(this.present);
    const changes: Changes = { lowerWords: false, reordered: false };
    // New sources first, so a form that an edited source still holds is never dropped and re-linked.
    for (const w of works) if (!before.has(w)) this.apply(w, 1, changes);
    for (const w of this.present) if (!next.has(w)) this.apply(w, -1, changes);
    const stayed = this.present.filter((w) => next.has(w));
    changes.reordered = stayed.some((w, i) => i > 0 && stayed[i - 1]!.slot.index > w.slot.index);
    this.present = [...works];
    return changes;
  }

  private apply(work: SourceWork, delta: 1 | -1, changes: Changes): void {
    for (const word of work.lower) {
      const n = (this.lowerCount.get(word) ?? 0) + delta;
      if (n === 0) this.lowerCount.delete(word);
      else this.lowerCount.set(word, n);
      if (n === 0 || n === delta) changes.lowerWords = true;
    }
    for (const part of work.names.values()) {
      if (delta > 0) this.addName(work, part);
      else this.removeName(work, part);
    }
    for (const [surname, part] of work.surnames) {
      if (delta > 0) this.surnames.add(work, surname, part);
      else this.surnames.remove(work, surname, part);
    }
  }

  /** Whether the set writes `folded` in lower case somewhere (an arrow: the surname rules take it as a function). */
  private readonly isLower = (folded: string): boolean => this.lowerCount.has(folded);

  private addName(work: SourceWork, part: NameOccurrences): void {
    const entry = this.names.get(part.text) ?? this.newName(part);
    entry.holders.set(work, part);
    entry.count += part.tokens.length;
    if (part.nonWeak) entry.nonWeak++;
    changed(entry);
  }

  private removeName(work: SourceWork, part: NameOccurrences): void {
    const entry = this.names.get(part.text)!;
    entry.holders.delete(work);
    entry.count -= part.tokens.length;
    if (part.nonWeak) entry.nonWeak--;
    changed(entry);
    if (entry.holders.size > 0) return;
    for (const other of entry.near.keys()) other.near.delete(entry);
    const key = shapeKey(entry.length, entry.fold.slice(0, 1));
    const shape = this.byShape.get(key)!;
    shape.delete(entry);
    if (shape.size === 0) this.byShape.delete(key);
    this.names.delete(entry.text);
  }

  /** A form seen for the first time: links it to the forms present spelt nearly alike. */
  private newName(part: NameOccurrences): NameEntry {
    const entry: NameEntry = {
      text: part.text,
      fold: part.fold,
      length: [...part.fold].length,
      lower: part.text.toLowerCase(),
      count: 0,
      nonWeak: 0,
      holders: new Map(),
      near: new Map(),
      verdicts: new Map(),
      call: 0,
      isName: false,
      rank: -1,
    };
    const initial = entry.fold.slice(0, 1);
    for (let length = entry.length - 2; length <= entry.length + 2; length++) {
      for (const other of this.byShape.get(shapeKey(length, initial)) ?? []) {
        const distance = spellingDistance(entry, other);
        if (distance === undefined) continue;
        entry.near.set(other, distance);
        other.near.set(entry, distance);
      }
    }
    const key = shapeKey(entry.length, initial);
    let shape = this.byShape.get(key);
    if (!shape) this.byShape.set(key, (shape = new Set()));
    shape.add(entry);
    this.names.set(entry.text, entry);
    return entry;
  }

  private findMisspeltNames(labels: readonly string[], claimed: Set<string>): TextualDiscrepancy[] {
    // Only names with a nearly-alike name can pair up; the others cannot change the result.
    const candidates = new Set<NameEntry>();
    for (const entry of this.names.values()) {
      if (entry.near.size === 0 || !this.isName(entry)) continue;
      for (const other of entry.near.keys()) {
        if (this.isName(other)) {
          candidates.add(entry);
          break;
        }
      }
    }
    // Most frequent first, then alphabetical, then the one a pass over the set meets first. Last
    // call's order first, so the sort mostly confirms runs already in order.
    const list = this.lastOrder.filter((e) => candidates.delete(e));
    for (const e of candidates) list.push(e);
    list.sort((a, b) => b.count - a.count || a.text.localeCompare(b.text) || compareFirst(a, b));
    this.lastOrder = list;
    list.forEach((e, i) => (e.rank = i));

    const out: TextualDiscrepancy[] = [];
    const rares: NameEntry[] = [];
    for (let i = 0; i < list.length; i++) {
      const common = list[i]!;
      rares.length = 0;
      // Every near name is a candidate (the common form is its near name), so has this call's rank.
      for (const other of common.near.keys()) if (other.call === this.call && other.isName && other.rank > i) rares.push(other);
      if (rares.length > 1) rares.sort((a, b) => a.rank - b.rank);
      for (const rare of rares) {
        if (claimed.has(rare.text) || !isMisspelling(rare, common)) continue;
        claimed.add(rare.text);
        out.push(nameDiscrepancy(common, rare, labels));
      }
    }
    return out;
  }

  /**
   * Capitalisation at the start of a sentence (or in a Title Case headline) says nothing; such a
   * form counts as a name only if it is also capitalised mid-sentence or unknown to the lexicon.
   * Also marks the entry as seen this call (its rank is set only if it becomes a candidate).
   */
  private isName(e: NameEntry): boolean {
    if (e.call !== this.call) {
      e.call = this.call;
      e.rank = -1;
      e.isName = !this.isLower(e.fold) && (e.nonWeak > 0 || !(e.known ??= lexiconTag(e.text) !== undefined));
    }
    return e.isName;
  }
}

// ---------------------------------------------------------------------------
// Names

interface NameEntry {
  text: string;
  fold: string;
  /** Length of the folded form in code points. */
  length: number;
  lower: string;
  count: number;
  /** How many holders capitalise it where capitals mean something (not only at a sentence start). */
  nonWeak: number;
  holders: Map<SourceWork, NameOccurrences>;
  /** Forms present that pass the spelling tests of isMisspelling, with their edit distance. */
  near: Map<NameEntry, number>;
  /** Verdicts with this form as the rare one, by the common form. */
  verdicts: Map<NameEntry, boolean>;
  /** Read from the occurrences when first needed; dropped when a holder comes or goes. */
  tokens?: Token[];
  givens?: Set<string>;
  context?: Set<string>;
  /** The occurrences in source order, with the holders in that order (valid while it holds). */
  ordered?: { works: SourceWork[]; tokens: Token[] };
  /** Per-call facts, valid when `call` is this call's number. */
  call: number;
  isName: boolean;
  rank: number;
  /** Whether the lexicon knows the form (it never changes), looked up when first needed. */
  known?: boolean;
}

const shapeKey = (length: number, initial: string) => `${length}:${initial}`;

/** The form's occurrences changed: what was read from them is void, and verdicts both ways round. */
function changed(entry: NameEntry): void {
  entry.tokens = entry.givens = entry.context = entry.ordered = undefined;
  entry.verdicts.clear();
  for (const other of entry.near.keys()) other.verdicts.delete(entry);
}

/**
 * The tests of isMisspelling that read only the two spellings (the same either way round): the
 * edit distance when they pass, else undefined. Callers have matched the first letter and the
 * lengths to within two.
 */
function spellingDistance(a: NameEntry, b: NameEntry): number | undefined {
  if (a.fold === b.fold) {
    // Same letters once accents are removed ("Müller"/"Muller"); a case-only difference is not one.
    return a.lower === b.lower ? undefined : 0;
  }
  // A form that extends the other is morphology, not a typo: plurals, demonyms ("Korea"/"Korean").
  if (a.fold.startsWith(b.fold) || b.fold.startsWith(a.fold)) return undefined;
  const bound = Math.min(a.length, b.length) >= 8 ? 2 : 1;
  const distance = boundedDistance(a.fold, b.fold, bound);
  return distance <= bound ? distance : undefined;
}

/** Which form a pass over the set (source by source, token by token) meets first. */
function compareFirst(a: NameEntry, b: NameEntry): number {
  const [as, ao] = firstOccurrence(a);
  const [bs, bo] = firstOccurrence(b);
  return as - bs || ao - bo;
}

function firstOccurrence(e: NameEntry): [number, number] {
  let best: [number, number] = [Infinity, Infinity];
  for (const [work, part] of e.holders) if (work.slot.index < best[0]) best = [work.slot.index, part.tokens[0]!.ordinal];
  return best;
}

/** The form's occurrences in source order. */
function occurrences(e: NameEntry): Token[] {
  const o = e.ordered;
  if (o && inSourceOrder(o.works)) return o.tokens;
  const works = [...e.holders.keys()].sort((a, b) => a.slot.index - b.slot.index);
  const tokens = works.flatMap((w) => e.holders.get(w)!.tokens);
  e.ordered = { works, tokens };
  return tokens;
}

/** Whether `rare` is a misspelling of `common`, given that the spellings alone allow it. */
function isMisspelling(rare: NameEntry, common: NameEntry): boolean {
  // One form must be the clear majority: twice as frequent at least.
  if (common.count < 2 * rare.count) return false;
  let verdict = rare.verdicts.get(common);
  if (verdict === undefined) rare.verdicts.set(common, (verdict = readsAsMisspelling(rare, common)));
  return verdict;
}

/** The tests that read the occurrences (in any order: none depends on it). */
function readsAsMisspelling(rare: NameEntry, common: NameEntry): boolean {
  const r = rare.fold;
  const c = common.fold;
  // A rare form the lexicon knows is a word or name in its own right ("Austria" vs "Australia").
  if (lexiconTag(rare.text) !== undefined) return false;
  // Different given names in front: different people who share a surname-like word.
  const rareGiven = givensOf(rare);
  const commonGiven = givensOf(common);
  if (rareGiven.size > 0 && commonGiven.size > 0 && ![...rareGiven].some((g) => commonGiven.has(g))) return false;
  if (sharesContext(tokensOf(rare), (common.context ??= contextWords(tokensOf(common))), [r, c])) return true;
  // Without shared surroundings, still a variant when the one-letter difference is the kind
  // transliterations and typos make ("Dravic"/"Dravik", a doubled or swapped letter) and
  // neither form is a word or name the lexicon knows.
  return common.near.get(rare) === 1 && isVariantSpelling(r, c) && lexiconTag(common.text) === undefined;
}

function tokensOf(e: NameEntry): Token[] {
  return (e.tokens ??= [...e.holders.values()].flatMap((p) => p.tokens));
}

function givensOf(e: NameEntry): Set<string> {
  return (e.givens ??= new Set(tokensOf(e).map(givenName).filter((g): g is string => !!g)));
}

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

function nameDiscrepancy(common: NameEntry, rare: NameEntry, labels: readonly string[]): TextualDiscrepancy {
  const commonTokens = occurrences(common);
  const rareTokens = occurrences(rare);
  const times = rare.count === 1 ? 'once' : `${rare.count} times`;
  return {
    id: `spelling:${common.text}|${rare.text}`,
    kind: 'spelling',
    what: 'name spelling',
    variants: [
      { text: common.text, mentions: commonTokens.map(toMention) },
      { text: rare.text, mentions: rareTokens.map(toMention) },
    ],
    reason: `'${rare.text}' ${times} in ${mentionList(rareTokens, labels)} vs '${common.text}' in ${mentionList(commonTokens, labels)}`,
  };
}
