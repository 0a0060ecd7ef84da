// Reading who or where a figure is about: proper names, places and their aliases, headings, name-like noise.
export const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
export const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** Capitalised words that are not names: sentence openers, titles, calendar words. */
export const NOT_NAMES = new RegExp(
  `^(?:${MONTHS}|${WEEKDAYS}|the|a|an|this|that|these|those|it|its|in|on|at|of|for|from|by|with|and|but|or|as|after|before|since|until|during|while|when|where|if|more|less|about|around|nearly|almost|over|under|some|at|least|most|total|totals|all|both|each|every|no|not|so|also|there|here|they|he|she|we|his|her|their|our|i|meanwhile|however|although|though|because|including|according|among|between|up|earlier|later|last|next|first|second|third|new|old|mr|mrs|ms|dr|president|minister|secretary|prime|general|chief|director|spokesman|spokeswoman|spokesperson|officials?|police|government|ministry|department|ap|afp|reuters|editor|note|photo|update|updated|read|watch|see|breaking|live|news|report|reports|total|dead|injured|hospitalized|hospitalised|killed|wounded|missing)$`,
  'i',
);

/** Places coordinated after a preposition of place: "in Chile and Peru", "at Paris, Lyon and Nantes" (a total over them). */
export const JOINT = /\b(?:in|at|across|throughout|from|of)\s+(?:the\s+)?[A-Z][\p{L}’'.-]*(?:\s+(?:es|de|del|da|el|al)?\s*[A-Z][\p{L}’'.-]*)*(?:,\s+[A-Z][\p{L}’'. -]*)*,?\s+and\s+(?:the\s+)?[A-Z]/u;

/** Several subjects named together by number: "the two banks", "both teams", "a combined 40 goals". */
export const SEVERAL = /\b(?:both (?:of (?:the|them|these)\b|[a-z]+s\b)|the (?:two|three|four|five|six) [a-z]+s\b|combined|together)/i;

/** "there" as a place ("wounded there"), not "there were", "there is". */
export const THERE = /\bthere\b(?!\s+(?:is|are|was|were|will|would|had|has|have|may|might|could|seems?|appears?|remains?)\b)/i;

/** The last name a sentence places with a preposition of place ("in Santiago"). */
export function lastPlace(sentence: string): string | undefined {
  const placed = [...sentence.matchAll(/\b(?:in|at)\s+(?:the\s+)?([A-Z][\p{L}’'-]*(?:[ \t]+(?:(?:es|de|del|da|el|al)[ \t]+)?[A-Z][\p{L}’'-]*)*)/gu)]
    .map((m) => m[1]!)
    .filter((n) => !NOT_NAMES.test(n));
  return placed[placed.length - 1];
}

/** A heading that opens a line ("KENYA:", "Paris —") names what the lines after it are about. */
export const HEADING = /(?:^|\n)\s*([A-Z][A-Z .'-]{2,40}[A-Z])\s*:/g;

/** Proper-name phrases in `text` ("Lima", "Acme Bank"), lower-cased, with where they start. */
export function namesIn(text: string, sentenceStart: boolean, known: ReadonlySet<string> = new Set()): { name: string; at: number; end: number; coordinated: boolean }[] {
  const out: { name: string; at: number; end: number; coordinated: boolean }[] = [];
  const re = /[A-Z][\p{L}’'.&-]*(?:[ \t]+(?:(?:es|de|del|da|di|du|la|le|van|von|al|el|of|and)[ \t]+)?[A-Z][\p{L}’'.&-]*)*/gu;
  for (const m of text.matchAll(re)) {
    let words = m[0].replace(/[’']s$/, '').split(/\s+/);
    let at = m.index!;
    // leading words that are not names ("In Paris" at a clause start, "The Swiss bank")
    while (words.length && NOT_NAMES.test(words[0]!.replace(/[.’']+$/, ''))) {
      at += words[0]!.length + 1;
      words = words.slice(1);
    }
    while (words.length && NOT_NAMES.test(words[words.length - 1]!.replace(/[.’']+$/, ''))) words = words.slice(0, -1);
    if (!words.length) continue;
    // "X and Y" names two things
    const parts = words.join(' ').split(/\s+and\s+/);
    let offset = at;
    for (const part of parts) {
      const name = part.replace(/[.]+$/, '');
      const end = offset + part.length;
      // the first word of a sentence is capitalised anyway: a name only if it reads as one (all caps or several words)
      const first = sentenceStart && offset === 0 && !/\s/.test(name) && !/^[A-Z]{2,}$/.test(name) && !known.has(name);
      if (!first && name.length > 1) out.push({ name: name.toLowerCase(), at: offset, end, coordinated: offset !== at });
      offset = end + 5;
    }
  }
  return out;
}

/** A preposition of place or scope right before a name ("in Paris", "at Acme Bank", "the capital of Chile"). */
export const PLACE_BEFORE = /\b(?:in|at|across|throughout|inside|outside|near|for|from|(?:capital|city|town|province|state|region|county|district|headquarters|offices?|branch(?:es)?|staff|employees|workers|members) of)\s+(?:the\s+)?(?:(?:capital|city|town|province|state|region|county|district)\s+of\s+(?:the\s+)?)?$/i;
/** How many words may stand between a figure and the name it is about. */
export const NEAR_WORDS = 5;
/** After the figure, within its phrase (no comma), a name may sit further off. */
export const NEAR_AFTER = 12;

/** Nouns of happenings a place name may modify ("the Peru blast"). */
export const EVENT_NOUN = /^\s+(?:blast|bombing|attack|explosion|quake|earthquake|tremor|flood|floods|fire|wildfire|crash|collision|storm|hurricane|typhoon|cyclone|landslide|eruption|shooting|riot|protests?|strike|march|election|vote|referendum|match|game|race|final|marathon|derby)s?\b/;

/** A people named as a whole ("Americans", "Iraqis", "Japanese") is counted, not a place the figure is in. */
export const DEMONYM = /^[a-z]+(?:ans|ese)$/;

/**
 * Names one source uses for one place ("Santiago, Chile", "Santiago, the capital of Chile"): each
 * name's others, so a figure "in Santiago" and one "in Chile" of the same source share a subject.
 */
export function placeAliases(text: string): Map<string, string[]> {
  const aliases = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    if (a === b || NOT_NAMES.test(a) || NOT_NAMES.test(b)) return;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      let set = aliases.get(x);
      if (!set) aliases.set(x, (set = new Set()));
      set.add(y);
    }
  };
  const NAME = "[A-Z][\\p{L}’'-]*(?:[ \\t]+(?:(?:es|de|del|da|el|al)[ \\t]+)?[A-Z][\\p{L}’'-]*)*";
  const re = new RegExp(`\\b(?:in|at|of|from)\\s+(${NAME}),\\s+(?:the\\s+(?:capital|largest city|main city|port city|city)\\s+of\\s+)?(${NAME})(?=[,.;)]|\\s+(?:on|and|in|at|to|were|was|had|have|killed|said)\\b)`, 'gu');
  for (const m of text.matchAll(re)) add(m[1]!.toLowerCase(), m[2]!.toLowerCase());
  // "the Peruvian capital of Lima": the capital of the country the adjective names
  const capital = new RegExp(`\\bthe\\s+(\\p{Lu}\\p{Ll}+(?:i)?an)\\s+(?:capital|city|port|town)\\s+(?:city\\s+)?of\\s+(${NAME})`, 'gu');
  for (const m of text.matchAll(capital)) add(m[2]!.toLowerCase(), m[1]!.toLowerCase().replace(/n$/, ''));
  return new Map([...aliases].map(([k, v]) => [k, [...v].sort()]));
}

/** A capitalised word right before a lower-case noun modifies it ("Swiss bank", "Paris march"): not what the clause is about. */
export function modifiesNoun(text: string, end: number): boolean {
  const rest = text.slice(end).replace(/^[.’']s?/, '');
  const next = /^\s+([a-z][a-z-]*)/.exec(rest)?.[1];
  if (!next) return false;
  // a verb after the name makes it the subject ("Peru expelled", "Acme has", "Santiago killed")
  return !/(?:ed|ing|s)$/.test(next) && !/^(?:and|or|of|in|on|at|to|for|from|by|with|has|have|had|is|are|was|were|said|says|will|would|could|can|may|alone|itself|also|only|last|next|this|these|yesterday|today|tonight|earlier|later|ago|again|each|all|which|who|that|where|while|when|after|before|during|since|until|over|under|with|without|but|as|than|then|now|still|just|paid|put|cut|set|hit|lost|won|got|made|told|took|gave|came|saw|sent|left|kept|held|led|fell|rose|grew|did)$/.test(next);
}

/** Capitalised words written after a lower-case word ("shares in Northwind"), i.e. not only as a sentence opener. */
export function knownNamesOf(text: string): Set<string> {
  return new Set([...text.matchAll(/[a-z,]\s+(\p{Lu}\p{Ll}+)\b/gu)].map((m) => m[1]!));
}

export function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /^[A-Za-z]{4,}/.test(w));
  return words.length >= 3 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length > 0.6;
}

/** "in Elm County, where the sheriff has confirmed 17": the place a relative "where" stands for. */
const WHERE_PLACE = /\b(?:in|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*),\s+where\b[^.;]*$/u;
export function placeOfWhere(before: string): string | undefined {
  return WHERE_PLACE.exec(before)?.[1];
}
