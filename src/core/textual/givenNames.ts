// Given names spelt two ways before one surname: "Renata Solberg" and "Renate Solberg" are one
// person even when neither spelling is the majority; the shared surname is the evidence. Part of
// the cross-source name state of names.ts (its NameState owns a Surnames, adds and removes
// sources here, and says which words the set writes in lower case), kept by difference in the
// same way.
import type { TextualDiscrepancy } from '../types';
import { inSourceOrder, type Changes, type SourceWork, type SurnameForms } from './sourceState';
import { boundedDistance, fold, lexiconTag, mentionList, toMention, type Token } from './tokens';

interface SurnameEntry {
  text: string;
  fold: string;
  holders: Map<SourceWork, SurnameForms>;
  /** Given names before it: how many holders have each. */
  givens: Map<string, { fold: string; holders: number }>;
  /** The pairs found for the holders as they are; dropped when one comes or goes. */
  found?: SurnameFindings;
}

interface SurnameFindings {
  /** The given names that counted (not written in lower case in the set). */
  kept: string[];
  /** The holders in source order: the forms' order and occurrences hold while this order does. */
  order: SourceWork[];
  /** Pairs that read as one name spelt two ways, in the order the rule meets them. */
  pairs: { major: string; minor: string; majorTokens: Token[]; minorTokens: Token[] }[];
}

/** The surnames of the current sources with the given names before them; one per NameState. */
export class Surnames {
  private readonly surnames = new Map<string, SurnameEntry>();
  /** Surnames with two given names or more: the only ones that can yield anything. */
  private readonly multi = new Set<SurnameEntry>();

  clear(): void {
    this.surnames.clear();
    this.multi.clear();
  }

  add(work: SourceWork, surname: string, part: SurnameForms): void {
    let entry = this.surnames.get(surname);
    if (!entry) this.surnames.set(surname, (entry = { text: surname, fold: part.fold, holders: new Map(), givens: new Map() }));
    entry.holders.set(work, part);
    for (const [given, form] of part.givens) {
      const g = entry.givens.get(given);
      if (g) g.holders++;
      else entry.givens.set(given, { fold: form.fold, holders: 1 });
    }
    entry.found = undefined;
    if (entry.givens.size > 1) this.multi.add(entry);
  }

  remove(work: SourceWork, surname: string, part: SurnameForms): void {
    const entry = this.surnames.get(surname)!;
    entry.holders.delete(work);
    for (const given of part.givens.keys()) {
      const g = entry.givens.get(given)!;
      if (--g.holders === 0) entry.givens.delete(given);
    }
    entry.found = undefined;
    if (entry.givens.size < 2) this.multi.delete(entry);
    if (entry.holders.size === 0) this.surnames.delete(surname);
  }

  /** Given names spelt two ways before one surname; a minor form already in `claimed` is skipped, a new one added. */
  findVariants(labels: readonly string[], claimed: Set<string>, changes: Changes, isLower: (folded: string) => boolean): TextualDiscrepancy[] {
    // Surnames with a pair, in the order a pass over the set meets their first counted pair.
    const withPairs: { entry: SurnameEntry; source: number; ordinal: number }[] = [];
    for (const entry of this.multi) {
      if (isLower(entry.fold)) continue;
      const found = findingsFor(entry, changes, isLower);
      if (found.pairs.length === 0) continue;
      const kept = new Set(found.kept);
      for (const work of found.order) {
        let ordinal = Infinity;
        for (const [given, form] of entry.holders.get(work)!.givens) {
          if (kept.has(given)) ordinal = Math.min(ordinal, form.tokens[0]!.ordinal);
        }
        if (ordinal < Infinity) {
          withPairs.push({ entry, source: work.slot.index, ordinal });
          break;
        }
      }
    }
    withPairs.sort((a, b) => a.source - b.source || a.ordinal - b.ordinal);

    const out: TextualDiscrepancy[] = [];
    for (const { entry } of withPairs) {
      const surname = entry.text;
      for (const { major: majorText, minor: minorText, majorTokens: major, minorTokens: minor } of entry.found!.pairs) {
        if (claimed.has(minorText)) continue;
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
    return out;
  }
}

/**
 * The surname's pairs, from an earlier call while its holders, their order and the given names
 * that count (those not written in lower case in the set) are the same.
 */
function findingsFor(entry: SurnameEntry, changes: Changes, isLower: (folded: string) => boolean): SurnameFindings {
  let found = entry.found;
  if (found && !changes.lowerWords && !changes.reordered) return found;
  const kept = [...entry.givens].filter(([, g]) => !isLower(g.fold)).map(([given]) => given);
  if (found && sameStrings(found.kept, kept) && inSourceOrder(found.order)) return found;
  const order = [...entry.holders.keys()].sort((a, b) => a.slot.index - b.slot.index);
  const keptSet = new Set(kept);
  // The given names' occurrences in source order, each name placed where it first occurs.
  const forms = new Map<string, Token[]>();
  for (const work of order) {
    for (const [given, form] of entry.holders.get(work)!.givens) {
      if (!keptSet.has(given)) continue;
      const tokens = forms.get(given);
      if (tokens) tokens.push(...form.tokens);
      else forms.set(given, [...form.tokens]);
    }
  }
  const list = [...forms.entries()].sort((a, b) => b[1].length - a[1].length || firstOf(a[1]) - firstOf(b[1]));
  const pairs: SurnameFindings['pairs'] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [major, majorTokens] = list[i]!;
      const [minor, minorTokens] = list[j]!;
      if (isGivenNameVariant(major, minor, majorTokens, minorTokens)) pairs.push({ major, minor, majorTokens, minorTokens });
    }
  }
  return (entry.found = found = { kept, order, pairs });
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

function isGivenNameVariant(a: string, b: string, aTokens: readonly Token[], bTokens: readonly Token[]): boolean {
  const x = fold(a);
  const y = fold(b);
  // "Daniel"/"Daniela" and "Maria"/"Mario" can be two relatives: a suffix or a change of gender is not a spelling.
  if (x[0] !== y[0] || x.startsWith(y) || y.startsWith(x) || boundedDistance(x, y, 1) !== 1) return false;
  const gender = (w: string) => lexiconTag(w)?.find((t) => t === 'MaleName' || t === 'FemaleName');
  const ga = gender(a);
  const gb = gender(b);
  if (ga && gb && ga !== gb) return false;
  // Both in one sentence: two people named together ("Ana and Ane Brezic").
  const sentences = new Set(aTokens.map((t) => `${t.source}#${t.sentenceStart}`));
  return !bTokens.some((t) => sentences.has(`${t.source}#${t.sentenceStart}`));
}

function firstOf(tokens: readonly Token[]): number {
  let first = Infinity;
  for (const t of tokens) first = Math.min(first, t.slot.index * 1e9 + t.start);
  return first;
}
