// A claim's name as a person would write it: the measure and what it is about ("Deaths in
// Chile", "Acme Bank employees", "Protesters in Paris, according to the organisers",
// "Amount of the deal", "Deaths in 1985"), from the figures' concept, counted noun and identity,
// never a list of keywords.
import type { FigureIdentity } from '../figureIdentity';
import type { Figure } from '../types';
import { conceptById, isGenericConcept } from '../figures/lexicon';

/** Words a counted phrase may hold that name nothing counted. */
const NOT_NOUNS = /^(?:less|more|fewer|than|across|alone|worldwide|nationwide|each|apiece|higher|lower|up|down|over|under|of|in|on|at|to|for)\b/i;
/** Nor the rest of a unit ("per cent"), a time of day ("p.m.") or a time ("last February", "Monday"). */
const NOT_THINGS = /^(?:per\s*cent|percent|cent|[ap]\.m\b|[ap]m\b|(?:last|next|this|early|late)\s|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|$)|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The counted noun phrase, without numbers and qualifiers ("U.S. military personnel" → "U.S. military personnel"). */
function countedNoun(figures: readonly Figure[]): string {
  const count = figures[0]!.unit.kind === 'count';
  const counted = figures
    .map((f) => f.counted.trim().replace(/^(?:the|a|an|its|their|his|her|our|this|that)\s+/i, ''))
    // a word of the sentence that is not a noun ("60% less", "3.5 million across") or a name ("$180 million Castellan")
    .filter((c) => c && !/\d/.test(c) && !NOT_NOUNS.test(c) && !NOT_THINGS.test(c) && (count || !/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}|$)/u.test(c)))
    .map((c) => (/^\p{Lu}\p{Ll}+(?:\s+\p{Ll}|$)/u.test(c) && !count ? c.charAt(0).toLowerCase() + c.slice(1) : c));
  // the shortest wording is usually the plainest ("troops" over "American service members based in")
  return counted.sort((a, b) => a.length - b.length)[0] ?? '';
}

/** What is measured: "deaths", "employees", "amount of the deal", "share of the vote", "distance". */
function measureOf(figures: readonly Figure[]): string {
  const f = figures[0]!;
  const concept = conceptById(f.concept);
  const noun = countedNoun(figures);
  const thing = concept && !isGenericConcept(concept.id) ? concept.label : noun || concept?.label || '';
  switch (f.unit.kind) {
    case 'count':
      return f.role ? `${thing || 'number'}: ${roleLabel(f.role)}` : thing || 'number';
    case 'money':
      // the noun right after an amount says what it pays for ("$3bn deal", "9 billion-franc guarantee"); one further off may not
      return thing && figures.some((g) => g.text.toLowerCase().includes(thing.toLowerCase())) ? `amount of the ${thing}` : 'amount of money';
    case 'percent':
      return thing ? `share of ${thing}` : 'percentage';
    case 'duration':
      return f.per === 'ago' ? 'time since' : 'duration';
    case 'distance':
      return thing ? `distance (${thing})` : 'distance';
    case 'age':
      return 'age';
    case 'other':
      return f.unit.name;
    default:
      return f.unit.kind;
  }
}

/** Who an outcome happened to: a kind of person ("police and security forces") or a people named ("Americans"). */
function roleLabel(role: string): string {
  const known = conceptById(role)?.label;
  return known ?? capitalise(role) + (/s$/.test(role) ? '' : 's');
}

/** The identity most figures share (a field is kept only when no figure says otherwise). */
function sharedIdentity(figures: readonly Figure[]): Partial<FigureIdentity> {
  const ids = figures.map((f) => f.identity).filter((x): x is FigureIdentity => !!x);
  const withSubject = ids.find((x) => x.subjectLabel);
  const attributed = ids.find((x) => x.attribution);
  const attribution = attributed?.attribution;
  return {
    subjectLabel: withSubject?.subjectLabel,
    subjectPrep: withSubject?.subjectPrep,
    whole: ids.length > 0 && ids.some((x) => x.whole) && !withSubject,
    attribution: attribution && ids.every((x) => !x.attribution || x.attribution === attribution) ? attribution : undefined,
    attributionLabel: attributed?.attributionLabel,
    anchor: ids[0]?.anchor,
    dated: ids[0]?.dated,
  };
}

function byWhom(attribution: string, label?: string): string {
  if (attribution === 'official') return 'according to officials';
  if (attribution === 'organisers') return 'according to the organisers';
  // as the source writes it ("CNBC", "the U.S. Geological Survey"), else capitalised
  return `according to ${label ?? attribution.replace(/(^|\s)(\p{L})/gu, (_, space: string, c: string) => space + c.toUpperCase())}`;
}

/** "Deaths in Chile", "Acme employees", "Protesters in Paris, according to the organisers". */
export function nameClaim(figures: readonly Figure[]): string {
  const f = figures[0]!;
  const measure = measureOf(figures);
  const id = sharedIdentity(figures);
  let name = capitalise(measure);
  if (id.subjectLabel) {
    // a clause's own subject reads as an owner ("Acme employees"); a placed one with its preposition
    if (measure === 'time since') name = `Time since ${id.subjectLabel}`;
    else name = id.subjectPrep ? `${name} ${id.subjectPrep} ${id.subjectLabel}` : f.unit.kind === 'count' ? `${id.subjectLabel} ${measure}` : `${name} (${id.subjectLabel})`;
  } else if (id.whole) name += ' in all';
  if (f.per && f.per !== 'ago') name += ` per ${f.per}`;
  if (id.anchor) name += id.anchor === 'earlier' ? ' (an earlier event)' : id.anchor === 'forecast' ? ' (forecast)' : id.anchor === 'another' ? ' (another event)' : ` in ${id.anchor}`;
  if (id.dated) name += ` on ${id.dated.replace(/^\p{L}/u, (c) => c.toUpperCase())}`;
  if (id.attribution) name += `, ${byWhom(id.attribution, id.attributionLabel)}`;
  return name;
}
