// What fact a figure states beyond its measure: who or where it is about (subjects), whose count
// it is (attribution), which earlier event it belongs to (anchor), which kind of the thing
// ("original members", "new members"), and when it was reported ("as of Tuesday night"). Read
// from the figure's clause with plain patterns over the source's text, per source, so an edit
// re-reads only the edited source. Alignment never pairs figures whose identities differ
// (sameIdentity); claims name themselves from it.
import type { Figure, FigureIdentity, Sentence } from '../types';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** Capitalised words that are not names: sentence openers, titles, calendar words. */
const NOT_NAMES = new RegExp(
  `^(?:${MONTHS}|${WEEKDAYS}|the|a|an|this|that|these|those|it|its|in|on|at|of|for|from|by|with|and|but|or|as|after|before|since|until|during|while|when|where|if|more|less|about|around|nearly|almost|over|under|some|at|least|most|total|totals|all|both|each|every|no|not|so|also|there|here|they|he|she|we|his|her|their|our|i|meanwhile|however|although|though|because|including|according|among|between|up|earlier|later|last|next|first|second|third|new|old|mr|mrs|ms|dr|president|minister|secretary|prime|general|chief|director|spokesman|spokeswoman|spokesperson|officials?|police|government|ministry|department|ap|afp|reuters|editor|note|photo|update|updated|read|watch|see|breaking|live|news|report|reports|total|dead|injured|hospitalized|hospitalised|killed|wounded|missing)$`,
  'i',
);

/** Words a source uses for the whole it reports on: "nationwide", "across the country", "in all". */
const WHOLE = /\b(?:in the (?:country|nation)\b(?! of)|nationwide|nation-wide|countrywide|worldwide|statewide|globally|in all|in total|overall|altogether|(?:across|throughout|around|all over) the (?:country|nation|world|region|state|globe)|across (?:the )?(?:country|nation)|both (?:attacks|blasts|bombings|countries|cities|sides|events|sites|quakes|storms|floods|matches|games|races|rounds|banks|companies))\b/i;

/** A clause that marks its figure as a part of the whole ("in Paris alone", "in the capital only"). */
const PART = /\b(?:alone|only in|in [A-Z][\p{L}]+ only)\b/u;

/** The two sides whose counts of one thing differ by design. */
const SIDES = new Set(['official', 'organisers']);

/** Estimators on the side of the state. */
const OFFICIAL = /\b(?:commission|institute|agency|bureau|office|council|service|survey|ministry|minister|ministers|government|governments|police|authorit(?:y|ies)|officials?|prefecture|gendarmerie|regulators?|department|interior|state|administration|embassy|army|military|officers?|spokes(?:man|woman|person)|coroner|hospital)\b/i;
/** Estimators on the side of those who called the event. */
const ORGANISERS = /\b(?:unions?|organi[sz]ers?|organi[sz]ing|confederation|labou?r|syndicat\w*|protesters|campaigners|activists|strikers|workers)\b/i;
/** Who passed a count on, not who made it: the press repeats an estimate, it does not make one. */
const MEDIA = /^(?:the |a |an )?(?:[\w-]+ )?(?:newspaper|paper|daily|publication|media|press|reports?|agency|news agency|broadcaster|television|radio|tv|correspondent|website|outlet|sources?)\b/i;

/** Reporting verbs after an estimator: "the union said", "police counted". */
const SAID_VERBS = 'said|says|say|counted|claimed|estimated|reported|announced|put|gave|told|recalled|noted|stated|added|confirmed|tallied|recorded|measured|registered';
const SAID = new RegExp(
  `(?:^|[,;(]\\s*|\\s)((?:the |a )?(?:\\p{Lu}[\\p{L}\\d’'.-]*|\\p{Ll}[\\p{L}’'-]*)(?: (?:\\p{Lu}[\\p{L}\\d’'.-]*|of|the|and|for|(?!(?:has|have|had|was|were|is|are|been|also|later|then)\\b)\\p{Ll}+(?=(?: \\p{Ll}+)? (?:${SAID_VERBS})\\b))){0,6}) (?:has |have |had |also |later )?(?:${SAID_VERBS})\\b`,
  'gu',
);
const ACCORDING = /\baccording to (?:figures (?:from|by) |data (?:from|by) |estimates (?:from|by) )?((?:the )?[^,.;:()“”"]{2,60}?)(?=\s*(?:[,.;:()“”"]|$|\bwhich\b|\bwho\b|\bthat\b))/i;

/** Words that tell one count of a thing from another of the same kind. */
const MODIFIERS = /\b(original|founding|new|newest|newly|former|remaining|additional|current|existing|permanent|temporary|full-time|part-time)\b/gi;

/** The words of the point a change or comparison is measured from: "from X's peak in 2007" → ["peak", "2007"]. */
function baselineOf(after: string): string[] {
  const m = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:from|than|since|compared (?:with|to)|below|above)\s+([^,;.–—]{3,60})/iu.exec(after);
  if (!m) return [];
  return [...new Set(m[1]!.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length >= 4 && !BASELINE_STOP.has(w)))].sort();
}
const BASELINE_STOP = new Set(['that', 'this', 'those', 'these', 'what', 'when', 'where', 'which', 'with', 'were', 'was', 'been', 'have', 'from', 'than', 'their', 'there', 'they', 'about', 'some', 'more', 'less']);

/** How far before a figure a verb of change may govern it ("reduce its workforce by 20% – some 36,000 positions"). */
const CHANGE_REACH = 90;
/** Verbs and phrases that make a figure a change of a level: cuts, additions, rises and falls "by". */
const CHANGE_BEFORE = /\b(?:cut(?:s|ting)?|slash(?:es|ed|ing)?|sh[e]d(?:s|ding)?|eliminat\w*|lay(?:ing)? off|laid off|ax(?:e|es|ed|ing)|reduc\w*|creat(?:e|es|ed|ing)|add(?:s|ed|ing)?|hir(?:e|es|ed|ing)|(?:rose|rise|rises|rising|fell|fall|falls|falling|grew|grow|grows|increased?|decreased?|dropped|declined?|climbed|jumped|up|down)\s+by)\b[^.;]*$/i;
const CHANGE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:at risk|would be (?:affected|cut|lost)|to be (?:cut|lost|axed|shed)|(?:will|would|could) go|had planned to cut|planned to cut|(?:were|was|will be|would be) (?:cut|shed|axed|eliminated|added|created))\b/iu;

/** Markers that the clause reports on an earlier event. */
const EARLIER = /\b(?:last|previous|preceding|prior|earlier) (?:year['’]s|month['’]s|season['’]s|decade['’]s|election|edition|tournament|war|crisis|storm|hurricane|typhoon|cyclone|quake|earthquake|tremor|flood|fire|wildfire|attack|bombing|outbreak|epidemic|pandemic|strike|protest|match|game|race|final|season|campaign|vote|referendum|census|survey|poll|report)\b/i;
const REVISED = /\b(?:revis\w*|correct(?:ed|ion|s)|adjusted|downgraded|lowered|amended)\b/i;
const AS_OF = new RegExp(
  `\\b(?:as of|as at|by|until|up to)\\s+(?:(?:early|late|mid)[- ]?)?(?:(?:${WEEKDAYS})(?:\\s+(?:morning|afternoon|evening|night))?|(?:this|last)\\s+(?:morning|afternoon|evening|night)|tonight|midday|noon|midnight|(?:${MONTHS})\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTHS})|\\d{1,2}(?::\\d\\d)?\\s*[ap]\\.?m\\.?)`,
  'i',
);

/** Where the clause holding a figure ends: a new number after a comma or "and" starts a new item. */
const CLAUSE_BREAK = /;|\s+as\s+(?=(?:more|less|fewer|about|some|over|nearly|almost|at least|up to|the|a|an|\d)\b)|\s[–—]\s|,\s*(?:while|whereas|but|compared with|compared to|against|versus|as against)\b|\b(?:while|whereas)\b|\band\s+(?=(?:a|an|the|its|their|his|her)\s)|(?:,|\band\b|,\s*and\b)\s+(?=(?:(?:about|around|some|more than|over|at least|nearly|almost|just|roughly|up to|another)\s+)?(?:\d|one |two |three |four |five |six |seven |eight |nine |ten |a million|a thousand)|(?:about|around|some|more than|over|at least|nearly|almost|roughly)\s)/gi;

/** The bounds of the clause of `sentence` that holds [start, end). */
export function clauseOf(sentence: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const at = m.index!;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { start: from, end: to };
}

/** Places coordinated after a preposition of place: "in Kenya and Tanzania", "at Paris, Lyon and Nantes" (a total over them). */
const JOINT = /\b(?:in|at|across|throughout|from|of)\s+(?:the\s+)?[A-Z][\p{L}’'.-]*(?:\s+(?:es|de|del|da|el|al)?\s*[A-Z][\p{L}’'.-]*)*(?:,\s+[A-Z][\p{L}’'. -]*)*,?\s+and\s+(?:the\s+)?[A-Z]/u;

/** Several subjects named together by number: "the two banks", "both teams", "a combined 40 goals". */
const SEVERAL = /\b(?:both (?:of (?:the|them|these)\b|[a-z]+s\b)|the (?:two|three|four|five|six) [a-z]+s\b|combined|together)/i;

/** "there" as a place ("wounded there"), not "there were", "there is". */
const THERE = /\bthere\b(?!\s+(?:is|are|was|were|will|would|had|has|have|may|might|could|seems?|appears?|remains?)\b)/i;

/** The last name a sentence places with a preposition of place ("in Nairobi"). */
function lastPlace(sentence: string): string | undefined {
  const placed = [...sentence.matchAll(/\b(?:in|at)\s+(?:the\s+)?([A-Z][\p{L}’'-]*(?:[ \t]+(?:(?:es|de|del|da|el|al)[ \t]+)?[A-Z][\p{L}’'-]*)*)/gu)]
    .map((m) => m[1]!)
    .filter((n) => !NOT_NAMES.test(n));
  return placed[placed.length - 1];
}

/** A heading that opens a line ("KENYA:", "Paris —") names what the lines after it are about. */
const HEADING = /(?:^|\n)\s*([A-Z][A-Z .'-]{2,40}[A-Z])\s*:/g;

/** Proper-name phrases in `text` ("Dar es Salaam", "Credit Suisse"), lower-cased, with where they start. */
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

/** A preposition of place or scope right before a name ("in Paris", "at Credit Suisse", "the capital of Kenya"). */
const PLACE_BEFORE = /\b(?:in|at|across|throughout|inside|outside|near|for|from|(?:capital|city|town|province|state|region|county|district|headquarters|offices?|branch(?:es)?|staff|employees|workers|members) of)\s+(?:the\s+)?(?:(?:capital|city|town|province|state|region|county|district)\s+of\s+(?:the\s+)?)?$/i;
/** How many words may stand between a figure and the name it is about. */
const NEAR_WORDS = 5;
/** After the figure, within its phrase (no comma), a name may sit further off. */
const NEAR_AFTER = 12;

/** Nouns of happenings a place name may modify ("the Tanzania blast"). */
const EVENT_NOUN = /^\s+(?:blast|bombing|attack|explosion|quake|earthquake|tremor|flood|floods|fire|wildfire|crash|collision|storm|hurricane|typhoon|cyclone|landslide|eruption|shooting|riot|protests?|strike|march|election|vote|referendum|match|game|race|final|marathon|derby)s?\b/;

/** A people named as a whole ("Americans", "Iraqis", "Japanese") is counted, not a place the figure is in. */
const DEMONYM = /^[a-z]+(?:ans|ese)$/;

/**
 * Names one source uses for one place ("Nairobi, Kenya", "Nairobi, the capital of Kenya"): each
 * name's others, so a figure "in Nairobi" and one "in Kenya" of the same source share a subject.
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
  // "the Tanzanian capital of Dar es Salaam": the capital of the country the adjective names
  const capital = new RegExp(`\\bthe\\s+(\\p{Lu}\\p{Ll}+(?:i)?an)\\s+(?:capital|city|port|town)\\s+(?:city\\s+)?of\\s+(${NAME})`, 'gu');
  for (const m of text.matchAll(capital)) add(m[2]!.toLowerCase(), m[1]!.toLowerCase().replace(/n$/, ''));
  return new Map([...aliases].map(([k, v]) => [k, [...v].sort()]));
}

/** A capitalised word right before a lower-case noun modifies it ("Swiss bank", "Paris march"): not what the clause is about. */
function modifiesNoun(text: string, end: number): boolean {
  const rest = text.slice(end).replace(/^[.’']s?/, '');
  const next = /^\s+([a-z][a-z-]*)/.exec(rest)?.[1];
  if (!next) return false;
  // a verb after the name makes it the subject ("Tanzania expelled", "UBS has", "Nairobi killed")
  return !/(?:ed|ing|s)$/.test(next) && !/^(?:and|or|of|in|on|at|to|for|from|by|with|has|have|had|is|are|was|were|said|says|will|would|could|can|may|alone|itself|also|only|last|next|this|these|yesterday|today|tonight|earlier|later|ago|again|each|all|which|who|that|where|while|when|after|before|during|since|until|over|under|with|without|but|as|than|then|now|still|just|paid|put|cut|set|hit|lost|won|got|made|told|took|gave|came|saw|sent|left|kept|held|led|fell|rose|grew|did)$/.test(next);
}

export interface IdentityInput {
  text: string;
  sentences: readonly Sentence[];
  /** The year the source was written, when known (its date line, or the year it names most). */
  year?: number;
  /** Capitalised words the source also writes inside a sentence: names even when they open one. */
  knownNames?: ReadonlySet<string>;
  /** Other names the source gives each place (placeAliases). */
  aliases?: ReadonlyMap<string, readonly string[]>;
}

/** The year a source reads as written in: its date line's, else the year it names most (latest on ties). */
export function sourceYear(text: string): number | undefined {
  const line = /^\s*(?:date|dated|published|updated|posted)\s*:\s*.*?\b((?:19|20)\d\d)\b/im.exec(text.slice(0, 400));
  if (line) return Number(line[1]);
  // without a date line, the year the text names most, if it names it more than once
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/\b((?:19|20)\d\d)\b/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best !== undefined && counts.get(best)! >= 2 ? best : undefined;
}

function attributionOf(clause: string, sentence: string): string | undefined {
  for (const text of [clause, sentence]) {
    const according = ACCORDING.exec(text);
    const said = [...text.matchAll(SAID)].map((m) => m[1]!.trim()).filter((s) => !MEDIA.test(s) && !/^(?:it|he|she|they|we|i|which|who|that|this)$/i.test(s));
    // "a summary by the union, according to which 3.5 million...": the estimator is the phrase before
    const whom = according && /^(?:which|whom|them|it)$/i.test(according[1]!.trim()) ? text.slice(Math.max(0, according.index - 80), according.index) : according?.[1];
    for (const who of [whom, ...said]) {
      if (!who || MEDIA.test(who.trim())) continue;
      // "Rescuers said": a single word opening the sentence is capitalised anyway, not a name
      const opener = !/\s/.test(who.trim()) && sentence.trimStart().startsWith(who.trim());
      if (ORGANISERS.test(who)) return 'organisers';
      if (OFFICIAL.test(who)) return 'official';
      const name = who.replace(/^(?:the|a|an)\s+/i, '').split(/\s*[©|/]/)[0]!.toLowerCase().trim();
      if (opener || /^[a-z]/.test(who.replace(/^(?:the|a|an)\s+/i, ''))) continue; // a description ("one witness"), not a named estimator
      if (name) return name;
    }
  }
  return undefined;
}

/** Capitalised words written after a lower-case word ("shares in Northwind"), i.e. not only as a sentence opener. */
export function knownNamesOf(text: string): Set<string> {
  return new Set([...text.matchAll(/[a-z,]\s+(\p{Lu}\p{Ll}+)\b/gu)].map((m) => m[1]!));
}

/** Reads each figure's identity from its clause; returns new figure objects. */
export function withIdentities(figures: readonly Figure[], input: IdentityInput): Figure[] {
  input = { ...input, knownNames: input.knownNames ?? knownNamesOf(input.text) };
  const byIndex = new Map(input.sentences.map((s) => [s.index, s]));
  const headings = [...input.text.matchAll(HEADING)].map((m) => ({ at: m.index! + m[0].indexOf(m[1]!), name: m[1]!.trim().toLowerCase() }));
  const read = figures.map((f) => {
    const sentence = byIndex.get(f.sentence);
    if (!sentence) return f;
    return { ...f, identity: readIdentity(f, sentence, input, headings) };
  });
  const totals = statedTotals(read);
  return read.map((f) => (isPartOfStatedTotal(f, totals) ? { ...f, identity: { ...f.identity!, part: true } } : f));
}

/** Per concept, the values of the totals a source states (how many with each value): one pass, so a long file stays linear. */
interface StatedTotals {
  count: number;
  byValue: Map<number, number>;
}

function statedTotals(all: readonly Figure[]): Map<string, StatedTotals> {
  const totals = new Map<string, StatedTotals>();
  for (const g of all) {
    if (!g.concept || !g.identity || !(g.identity.joint || g.identity.whole) || g.identity.anchor || g.identity.dated) continue;
    let t = totals.get(g.concept);
    if (!t) totals.set(g.concept, (t = { count: 0, byValue: new Map() }));
    t.count++;
    t.byValue.set(g.value, (t.byValue.get(g.value) ?? 0) + 1);
  }
  return totals;
}

/**
 * A count that names no place, in a source that states a total of the same measure with another
 * value ("the toll for both bombings rose to 259" ... "killing 247 people"), is a part of it: a
 * source does not give two totals of one thing.
 */
function isPartOfStatedTotal(f: Figure, totals: ReadonlyMap<string, StatedTotals>): boolean {
  const id = f.identity;
  if (!id || f.unit.kind !== 'count' || !f.concept || id.subjects.length || id.joint || id.whole) return false;
  // f is no total itself (neither joint nor whole), so any total with another value makes it a part
  const t = totals.get(f.concept);
  return !!t && t.count - (t.byValue.get(f.value) ?? 0) > 0;
}

function readIdentity(f: Figure, sentence: Sentence, input: IdentityInput, headings: readonly { at: number; name: string }[]): FigureIdentity {
  const s = sentence.text;
  const start = f.span.start - sentence.start;
  const end = f.span.end - sentence.start;
  const clause = clauseOf(s, start, end);
  const clauseText = s.slice(clause.start, clause.end);
  const attribution = attributionOf(clauseText, s);
  // names in the clause, except the figure's own words, the estimator and nouns' modifiers
  const headline = isTitleCase(s);
  const accordingAt = /according to[^,.;]*/i.exec(clauseText);
  const saidAt = [...clauseText.matchAll(SAID)];
  let subjects: string[] = [];
  // the subjects as written, with the preposition that placed them ('' for a clause's subject)
  const named: { text: string; prep: string }[] = [];
  let joint = false;
  if (!headline) {
    const names = namesIn(clauseText, clause.start === 0, input.knownNames);
    let placedBefore = false;
    let nearBefore = false;
    for (const n of names) {
      const absolute = clause.start + n.at;
      if (absolute >= start && absolute < end) continue;
      if (accordingAt && n.at >= accordingAt.index && n.at < accordingAt.index + accordingAt[0].length) continue;
      if (saidAt.some((m) => n.at >= m.index! && n.at < m.index! + m[0].length)) continue;
      if (DEMONYM.test(n.name)) continue;
      const before = clauseText.slice(Math.max(0, n.at - 40), n.at);
      // "in Kenya and Tanzania": the second name is placed as the first one is
      const placed: boolean = PLACE_BEFORE.test(before) || (n.coordinated && placedBefore);
      placedBefore = placed;
      // a name that opens the clause is what it is about ("UBS has more than 74,000 employees")
      const opening =
        /^\W*(?:[^,]{0,40},\s*)?(?:(?:the|in|at)\s+)?$/i.test(clauseText.slice(0, n.at)) || new RegExp(`\\b(?:${SAID_VERBS})\\s+(?:that\\s+)?(?:the\\s+)?$`, 'i').test(before);
      // "the Tanzania blast", "the Paris attack": a place naming the event is what the figure is about
      const namesEvent = EVENT_NOUN.test(clauseText.slice(n.end, n.end + 24));
      if (!namesEvent && ((!placed && !opening) || modifiesNoun(clauseText, n.end))) continue;
      if (/\b(?:based|headquartered|located|born|listed|registered)\s+(?:in|at)\s+(?:the\s+)?$/i.test(before)) continue; // where a party is, not what the figure covers
      // Only a name next to the figure says what it covers ("119,000 protesters in Paris", "UBS
      // has 74,000", "in Nairobi killed 253"); a name further off may be about anything else.
      const figureAt = start - clause.start;
      const figureEnd = end - clause.start;
      const between = n.at >= figureEnd ? clauseText.slice(figureEnd, n.at) : clauseText.slice(n.end, figureAt);
      const words = between.trim().split(/\s+/).filter(Boolean).length;
      // before the figure a few words, commas allowed ("in Nairobi, killing 40"); after it, further
      // within the phrase ("4 people were killed in an explosion near the embassy in Dar es Salaam")
      const near: boolean = (n.coordinated && nearBefore) || (n.at >= figureEnd ? !/[,;(]/.test(between) && words <= NEAR_AFTER : !/[;(]/.test(between) && words <= NEAR_WORDS);
      nearBefore = near;
      if (!near) continue;
      subjects.push(n.name, ...(input.aliases?.get(n.name) ?? []));
      named.push({ text: clauseText.slice(n.at, n.end).replace(/[.’']+$/, ''), prep: placed ? (/\b(in|at|across|throughout|for|from|of)\s+(?:the\s+)?$/i.exec(before)?.[1]?.toLowerCase() ?? 'in') : '' });
    }
    joint = (JOINT.test(clauseText.replace(/according to.*$/i, '')) && subjects.length >= 2) || SEVERAL.test(clauseText);
  }
  // "75 people were killed there": the place the previous sentence put the story in
  if (subjects.length === 0 && !headline && THERE.test(s)) {
    const previous = input.sentences.find((x) => x.index === sentence.index - 1 && x.paragraph === sentence.paragraph);
    const place = previous && lastPlace(previous.text);
    if (place) {
      subjects.push(place.toLowerCase(), ...(input.aliases?.get(place.toLowerCase()) ?? []));
      named.push({ text: place, prep: 'in' });
    }
  }
  // a heading above the figure ("KENYA:") when the clause names nothing
  if (subjects.length === 0) {
    const heading = [...headings].reverse().find((h) => h.at <= f.span.start && h.at >= sentence.start - 400);
    if (heading && !NOT_NAMES.test(heading.name)) {
      subjects = [heading.name];
      named.push({ text: heading.name.replace(/\b\p{L}/gu, (c) => c.toUpperCase()), prep: 'in' });
    }
  }
  subjects = [...new Set(subjects)].sort();
  const modifiers = [...new Set([...(f.text + ' ' + s.slice(Math.max(clause.start, start - 20), start)).matchAll(MODIFIERS)].map((m) => m[1]!.toLowerCase()))]
    .map((m) => (m === 'newest' || m === 'newly' ? 'new' : m === 'founding' ? 'original' : m))
    .sort();
  // what places the figure in time: the clause up to it and a little after it, not past the next number
  const after = s.slice(end, clause.end);
  const nextNumber = after.search(/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\b/i);
  const around = s.slice(clause.start, start) + ' ' + after.slice(0, nextNumber < 0 ? 60 : Math.min(60, nextNumber));
  const anchor = anchorOf(around, input.year);
  const asOf = AS_OF.exec(clauseText)?.[0] ?? AS_OF.exec(s)?.[0];
  // "99% below its 2007 peak", "60% less than it was worth on Friday": what a change is measured from
  const baseline = baselineOf(s.slice(end, clause.end));
  // a cut, a rise "by", jobs "at risk": a change of a level, never the level itself
  const change = CHANGE_BEFORE.test(s.slice(Math.max(0, start - CHANGE_REACH), start)) || CHANGE_AFTER.test(s.slice(end, end + 40));
  const dated = datedInList(s, start);
  const first = named[0];
  const label = first && (joint && named.length > 1 ? { text: `${named.slice(0, -1).map((x) => x.text).join(', ')} and ${named[named.length - 1]!.text}`, prep: first.prep } : first);
  return {
    subjects,
    ...(label ? { subjectLabel: label.text, subjectPrep: label.prep } : {}),
    joint,
    whole: WHOLE.test(clauseText),
    part: PART.test(clauseText),
    attribution,
    anchor,
    dated,
    modifiers: [...new Set(modifiers)],
    revised: REVISED.test(s),
    ...(change ? { change } : {}),
    ...(baseline.length ? { baseline } : {}),
    asOf,
  };
}

const DATE_ON = new RegExp(`\\bon\\s+(?:(?:${WEEKDAYS}),?\\s+)?(?:((?:${MONTHS})\\.?\\s+\\d{1,2})|(\\d{1,2}\\s+(?:${MONTHS}))|the\\s+(\\d{1,2})(?:st|nd|rd|th))\\b`, 'gi');

/**
 * A sentence that lists values by date ("on January 19, 1.12 million; on the 31st, 1.27 million;
 * on March 7, 1.28 million") ties each value to its date: they are other days' figures, never
 * today's. Returns the date written before the figure ("january 19", "31"), or undefined when
 * the sentence dates fewer than two values.
 */
function datedInList(sentence: string, figureAt: number): string | undefined {
  const dates = [...sentence.matchAll(DATE_ON)];
  if (dates.length < 2) return undefined;
  const before = dates.filter((m) => m.index! < figureAt);
  const last = before[before.length - 1];
  if (!last) return undefined;
  // only when no other number sits between the date and the figure
  if (/\d/.test(sentence.slice(last.index! + last[0].length, figureAt))) return undefined;
  return (last[1] ?? last[2] ?? last[3]!).toLowerCase().replace(/\s+/g, ' ');
}

/** A past year the clause ties the figure to ("In 1985, ...", "the 2011 flood"), or 'earlier'. */
function anchorOf(around: string, year: number | undefined): string | undefined {
  if (EARLIER.test(around)) return 'earlier';
  if (year === undefined) return undefined;
  for (const m of around.matchAll(/\b((?:19|20)\d\d)\b(?!\s*(?:[-–]\s*\d|people|persons|troops|members|[a-z]+s\b))/g)) {
    if (Number(m[1]) < year) return m[1];
  }
  return undefined;
}

function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /^[A-Za-z]{4,}/.test(w));
  return words.length >= 3 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length > 0.6;
}

/**
 * Whether two figures' identities let them be the same fact: the same subjects (or one names
 * none), a total never against a part, the same estimator when both name one, the same event.
 */
export function sameIdentity(a: Figure, b: Figure): boolean {
  const x = a.identity;
  const y = b.identity;
  if (!x || !y) return true;
  if ((x.anchor ?? '') !== (y.anchor ?? '')) return false;
  // the state's count against the organisers' count (police and organisers, ministry and union)
  if (x.attribution && y.attribution && x.attribution !== y.attribution && SIDES.has(x.attribution) && SIDES.has(y.attribution)) return false;
  if (x.modifiers.join(' ') !== y.modifiers.join(' ')) return false;
  // 36,000 jobs cut is not a workforce of 74,000
  if (!!x.change !== !!y.change) return false;
  // changes measured from different points ("from its 2007 peak", "than on Friday")
  if (x.baseline?.length && y.baseline?.length && !x.baseline.some((w) => y.baseline!.includes(w))) return false;
  // a total over several ("the two banks", "in Kenya and Tanzania") is not one of them
  if (x.joint !== y.joint && (x.joint ? y : x).subjects.length > 0) return false;
  if ((x.dated ?? '') !== (y.dated ?? '')) return false;
  if (x.subjects.length && y.subjects.length) {
    if (x.joint !== y.joint) return false;
    if (!x.subjects.some((s) => y.subjects.some((t) => sameName(s, t)))) return false;
  }
  // the whole ("across the country") or a total over several against a part the source marks as
  // one ("in Paris alone", or a count beside the source's own total)
  if ((x.whole || x.joint) !== (y.whole || y.joint) && ((x.whole || x.joint) ? y.part : x.part)) return false;
  return true;
}

/** "iwo jima" and "battle of iwo jima" name the same thing: one's words run inside the other's. */
function sameName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return ` ${long} `.includes(` ${short} `);
}
