// The kind of happening a date's own clause names, by its event noun: "the Camp Fire killed 85
// people in 2018" is a fire, "a 1960 tsunami killed 61 people" a tsunami. Two groups of dates that
// each name a kind, and no kind in common, are different happenings however alike their sentences'
// words (both sentences tell of deaths on an island): their dates are no conflict. Nouns of the
// same kind are one class (a blaze is a fire, a quake an earthquake). General-purpose, for news of
// any kind; listed in docs/lexicon.md.

const CLASSES: readonly (readonly string[])[] = [
  ['fire', 'wildfire', 'blaze', 'bushfire', 'inferno'],
  ['earthquake', 'quake', 'tremor', 'aftershock'],
  ['tsunami'],
  ['flood', 'flooding', 'deluge'],
  ['storm', 'hurricane', 'typhoon', 'cyclone', 'tornado'],
  ['eruption', 'volcano'],
  ['drought', 'famine'],
  ['attack', 'bombing', 'bomb', 'blast', 'explosion', 'shooting', 'stabbing'],
  ['crash', 'collision', 'derailment', 'shipwreck', 'sinking'],
  ['election', 'vote', 'referendum', 'ballot', 'poll'],
  ['strike', 'walkout', 'lockout'],
  ['protest', 'demonstration', 'rally', 'riot'],
  ['war', 'invasion', 'ceasefire', 'truce'],
  ['pandemic', 'epidemic', 'outbreak'],
  ['fine', 'penalty'],
];

const CLASS_OF = new Map<string, number>(CLASSES.flatMap((nouns, k) => nouns.map((n) => [n, k] as const)));

/** The classes of the event nouns a label names (a plural as its singular), in order, each once. */
export function eventClassesOf(label: string): number[] {
  const out: number[] = [];
  for (const raw of label.toLowerCase().match(/[a-z]+/g) ?? []) {
    const k = CLASS_OF.get(raw) ?? (raw.endsWith('s') ? CLASS_OF.get(raw.slice(0, -1)) : undefined);
    if (k !== undefined && !out.includes(k)) out.push(k);
  }
  return out;
}

/** Two groups name different happenings: each names a kind, and they share none. */
export function differentKinds(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const k of a) if (b.has(k)) return false;
  return true;
}
