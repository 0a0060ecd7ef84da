// Acronyms that differ: one written with a letter more or less than another in the same context
// ("MRAAM" / "AMRAAM"), or one acronym expanded two different ways. Expansions are read from the
// usual patterns: "Long Name (LN)", "Long Name, or LN" and "LN (long name)". Each source's forms
// are read once and cached with its tokens (sourceAcronyms, textualSource.ts); a call joins them.
import type { SourceSpan, TextualDiscrepancy } from '../types';
import { fold, mentionList, similarContext, type Slot, type Token } from './tokens';

interface Expansion {
  acronym: string;
  /** As written ("Advanced Medium Range Air-to-Air Missile"). */
  text: string;
  /** Initial letters of its words, minor words left out ("AMRAAM"). */
  initials: string;
  /** Folded content words, plural "s" dropped, for comparing expansions. */
  normal: string;
  mention: SourceSpan;
  slot: Slot;
}

/** An acronym's occurrences and stated expansions, in the order met: in one source, or in the set. */
export interface AcronymForm {
  text: string;
  occurrences: Token[];
  expansions: Expansion[];
}

// Short function words that expansions leave out of the initials ("Department of Defense" → DOD).
const MINOR = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'a', 'an', 'at', 'by', 'de', 'du', 'la', 'le', 'des', 'del', 'y']);

/** One source's acronyms, by form, in order of first occurrence; cached with the source's tokens. */
export function sourceAcronyms(tokens: readonly Token[]): Map<string, AcronymForm> {
  const forms = new Map<string, AcronymForm>();
  for (const t of tokens) {
    const acronym = acronymOf(t);
    if (!acronym) continue;
    let form = forms.get(acronym);
    if (!form) forms.set(acronym, (form = { text: acronym, occurrences: [], expansions: [] }));
    form.occurrences.push(t);
    const expansion = expansionAround(t, acronym);
    if (expansion) form.expansions.push(expansion);
  }
  return forms;
}

/** Acronyms across the set: each source's forms (from sourceAcronyms), in source order. */
export function findAcronymDiscrepancies(
  perSource: readonly ReadonlyMap<string, AcronymForm>[],
  labels: readonly string[],
): TextualDiscrepancy[] {
  // Joined in source order, a form's occurrences and the forms' order are those of one pass over the set.
  const forms = new Map<string, AcronymForm>();
  for (const source of perSource) {
    for (const [acronym, part] of source) {
      let form = forms.get(acronym);
      if (!form) forms.set(acronym, (form = { text: acronym, occurrences: [], expansions: [] }));
      for (const t of part.occurrences) form.occurrences.push(t);
      for (const e of part.expansions) form.expansions.push(e);
    }
  }
  const all = [...forms.values()];
  const out: TextualDiscrepancy[] = [];
  for (const short of all) {
    for (const long of all) {
      if (long.text.length === short.text.length + 1 && dropsOneLetter(long.text, short.text)) {
        const found = letterDiscrepancy(short, long, labels);
        if (found) out.push(found);
      }
    }
  }
  for (const form of all) {
    const found = expansionDiscrepancy(form, labels);
    if (found) out.push(found);
  }
  return out;
}

/** "AMRAAM", "JJOC", "MRAAMs" → the letters; not roman numerals or words in an all-caps line. */
function acronymOf(t: Token): string | undefined {
  const m = /^(\p{Lu}{3,6})s?$/u.exec(t.text);
  if (!m || /^[IVXLCDM]+$/.test(m[1]!)) return undefined;
  const letters = t.sentenceText.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper > letters.length / 2 ? undefined : m[1];
}

/** True when `long` is `short` with one letter inserted somewhere. */
function dropsOneLetter(long: string, short: string): boolean {
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

function letterDiscrepancy(a: AcronymForm, b: AcronymForm, labels: readonly string[]): TextualDiscrepancy | undefined {
  // Evidence that the two name one thing: a stated expansion spells the other form, the two
  // are expanded alike, or they are written in similar sentences. Otherwise "GDP"/"GDPR"-like
  // pairs of different things would be reported.
  const spellsOther = (x: AcronymForm, y: AcronymForm) => x.expansions.filter((e) => e.initials === y.text);
  const crossed = [...spellsOther(a, b), ...spellsOther(b, a)];
  const alike = a.expansions.some((e) => b.expansions.some((f) => overlap(e.normal, f.normal) >= 0.6));
  if (crossed.length === 0 && !alike && !similarContext(a.occurrences, b.occurrences, [fold(a.text), fold(b.text)])) {
    return undefined;
  }
  // The majority form first; on a tie, the form the expansions spell.
  const support = (f: AcronymForm) =>
    f.occurrences.length + 0.5 * [...a.expansions, ...b.expansions].filter((e) => e.initials === f.text).length;
  const [major, minor] = support(a) >= support(b) ? [a, b] : [b, a];
  let reason = `'${minor.text}' in ${mentionList(minor.occurrences, labels)} vs '${major.text}' in ${mentionList(major.occurrences, labels)}`;
  const telling = minor.expansions.find((e) => e.initials === major.text);
  if (telling) {
    const where = mentionList(minor.expansions.filter((e) => e.initials === major.text), labels);
    reason += `; the expansion in ${where} ('${telling.text}') spells ${major.text}`;
  }
  return {
    id: `acronym:${major.text}|${minor.text}`,
    kind: 'acronym',
    what: 'acronym',
    variants: [major, minor].map((f) => ({ text: f.text, mentions: f.occurrences.map(toSpan) })),
    reason,
  };
}

function expansionDiscrepancy(form: AcronymForm, labels: readonly string[]): TextualDiscrepancy | undefined {
  const groups = new Map<string, Expansion[]>();
  for (const e of form.expansions) groups.set(e.normal, [...(groups.get(e.normal) ?? []), e]);
  if (groups.size < 2) return undefined;
  const sorted = [...groups.values()].sort((x, y) => y.length - x.length);
  const parts = sorted.map((g) => `'${g[0]!.text}' in ${mentionList(g, labels)}`);
  return {
    id: `acronym-expansion:${form.text}`,
    kind: 'acronym',
    what: 'acronym expansion',
    variants: sorted.map((g) => ({ text: g[0]!.text, mentions: g.map((e) => e.mention) })),
    reason: `${form.text} is expanded as ${parts.join(' but as ')}`,
  };
}

function toSpan(t: Token): SourceSpan {
  return { source: t.source, start: t.start, end: t.end };
}

/** Share of the shorter word list found in the other. */
function overlap(a: string, b: string): number {
  const x = a.split(' ');
  const y = new Set(b.split(' '));
  return x.filter((w) => y.has(w)).length / Math.max(1, Math.min(x.length, y.size));
}

// ---------------------------------------------------------------------------
// Expansions

interface Part {
  text: string;
  start: number;
  end: number;
}

function expansionAround(t: Token, acronym: string): Expansion | undefined {
  const rel = t.start - t.sentenceStart;
  const before = t.sentenceText.slice(0, rel);
  const after = t.sentenceText.slice(rel + t.text.length).replace(/^s\b/, '');
  const afterOffset = t.sentenceText.length - after.length;
  // "LN (long name)"
  const paren = /^\s*\(([^()]{3,160})\)/u.exec(after);
  if (paren) {
    const inner = paren[1]!;
    const innerStart = afterOffset + paren[0].indexOf('(') + 1;
    const parts = wordParts(inner, innerStart);
    if (parts.length > 0 && matchesAcronym(initialsOf(parts), acronym)) return makeExpansion(t, acronym, parts);
  }
  // "Long Name (LN" or "Long Name, or LN"
  const marker = /(?:\(\s*|,?\s+or\s+(?:the\s+)?)$/iu.exec(before);
  if (!marker) return undefined;
  const parts = wordParts(before.slice(0, marker.index), 0);
  const run = capitalisedRun(parts, before);
  if (run.length > 0 && matchesAcronym(initialsOf(run), acronym)) return makeExpansion(t, acronym, run);
  // A lower-case expansion: the shortest tail whose initials are exactly the acronym.
  for (let k = 1; k <= Math.min(parts.length, acronym.length * 2 + 2); k++) {
    const tail = parts.slice(parts.length - k);
    if (MINOR.has(tail[0]!.text.toLowerCase())) continue;
    if (initialsOf(tail) === acronym) return makeExpansion(t, acronym, tail);
  }
  return undefined;
}

/** Words split at spaces and hyphens, with offsets relative to the sentence (plus `base`). */
function wordParts(text: string, base: number): Part[] {
  return [...text.matchAll(/\p{L}[\p{L}\p{M}'’]*/gu)].map((m) => ({
    text: m[0],
    start: base + (m.index ?? 0),
    end: base + (m.index ?? 0) + m[0].length,
  }));
}

/**
 * The Title Case words right before the marker ("such as the Advanced Medium Range Air-to-Air
 * Missile" → from "Advanced"), minor words allowed inside; any punctuation other than a hyphen ends it.
 */
function capitalisedRun(parts: readonly Part[], text: string): Part[] {
  let i = parts.length;
  while (i > 0) {
    const p = parts[i - 1]!;
    const next = parts[i];
    if (next && !/^[\s-]+$/.test(text.slice(p.end, next.start))) break;
    if (!/^\p{Lu}/u.test(p.text) && !MINOR.has(p.text.toLowerCase())) break;
    i--;
  }
  let run = parts.slice(i);
  while (run.length > 0 && MINOR.has(run[0]!.text.toLowerCase())) run = run.slice(1);
  return run;
}

function initialsOf(parts: readonly Part[]): string {
  return parts
    .filter((p) => !MINOR.has(p.text.toLowerCase()))
    .map((p) => p.text[0]!.toUpperCase())
    .join('');
}

/** Initials that are the acronym give or take one letter (a mistaken acronym still has its expansion). */
function matchesAcronym(initials: string, acronym: string): boolean {
  if (initials === acronym) return true;
  if (Math.abs(initials.length - acronym.length) > 1 || initials[initials.length - 1] !== acronym[acronym.length - 1]) {
    return false;
  }
  const [long, short] = initials.length >= acronym.length ? [initials, acronym] : [acronym, initials];
  return long.length === short.length + 1 && dropsOneLetter(long, short);
}

function makeExpansion(t: Token, acronym: string, parts: readonly Part[]): Expansion {
  const start = parts[0]!.start;
  const end = parts[parts.length - 1]!.end;
  const normal = parts
    .map((p) => fold(p.text))
    .filter((w) => !MINOR.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
  return {
    acronym,
    text: t.sentenceText.slice(start, end),
    initials: initialsOf(parts),
    normal,
    mention: { source: t.source, start: t.sentenceStart + start, end: t.sentenceStart + end },
    slot: t.slot,
  };
}
