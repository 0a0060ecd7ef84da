// What fact a figure states beyond its measure: who or where it is about (subjects), whose count
// it is (attribution), which earlier event it belongs to (anchor), which kind of the thing
// ("original members", "new members"), and when it was reported ("as of Tuesday night"). Read
// from the figure's clause with plain patterns over the source's text, per source, so an edit
// re-reads only the edited source. Alignment never pairs figures whose identities differ
// (sameIdentity); claims name themselves from it.
import type { FigureIdentity } from '../figureIdentity';
import type { Figure, Sentence } from '../types';
import { AS_OF, CHANGE_AFTER, CHANGE_BEFORE, CHANGE_REACH, COUNTED_BY, GUIDANCE, forecastYearOf, SURPASSED, changeMarkOf, standardOf, MODIFIERS, PART, REVISED, SAID_VERBS, saidIn, SUBSET_AFTER, WHOLE, anchorOf, basisOf, baselineOf, clauseOf, datedInList, dimensionOf, estimatorOf, isForecast, isQuote, periodOf, referencePointOf } from './marks';
import { anotherOccasion, eventDayOf, previousValue } from './occasion';
import { segmentOf } from './segment';
import { crossesList, isBoxLine, isBreakdownItem, isListedItem, referredUnitOf } from './breakdown';
import { DEMONYM, EVENT_NOUN, HEADING, JOINT, NEAR_AFTER, NEAR_WORDS, NOT_NAMES, PLACE_BEFORE, SEVERAL, THERE, isTitleCase, knownNamesOf, lastPlace, modifiesNoun, namesIn, placeOfWhere } from './names';

/** "voted to leave", "vote for Ortega", "votes in favour of the deal": the side voted for. */
const VOTED_FOR = /^\s*(?:of (?:the )?(?:vote|votes|ballots?)\s+)?(?:vote[ds]?|voting|backed|backing|chose|choosing)\s+(?:to|for|in favou?r of|against)\s+(?:the\s+)?([\p{L}-]{2,})/iu;

/** The two sides whose counts of one thing differ by design. */
export const SIDES: ReadonlySet<string> = new Set(['official', 'organisers']);

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

/** Reads each figure's identity from its clause; returns new figure objects. */
export function withIdentities(figures: readonly Figure[], input: IdentityInput): Figure[] {
  input = { ...input, knownNames: input.knownNames ?? knownNamesOf(input.text) };
  const byIndex = new Map(input.sentences.map((s) => [s.index, s]));
  const headings = [...input.text.matchAll(HEADING)].map((m) => ({ at: m.index! + m[0].indexOf(m[1]!), name: m[1]!.trim().toLowerCase() }));
  const read = figures.map((f) => {
    const sentence = byIndex.get(f.sentence);
    if (!sentence) return f;
    return { ...f, identity: readIdentity(f, sentence, input, headings, byIndex) };
  });
  const totals = statedTotals(read);
  return read.map((f) => (isPartOfStatedTotal(f, totals) ? { ...f, identity: { ...f.identity!, part: true } } : f));
}

/** Per concept, the values of the totals a source states (how many with each value) and whose they are. */
interface StatedTotals {
  count: number;
  byValue: Map<number, number>;
  /** The estimators' sides of the totals ('' when a total names none). */
  sides: Set<string>;
}

function statedTotals(all: readonly Figure[]): Map<string, StatedTotals> {
  const totals = new Map<string, StatedTotals>();
  for (const g of all) {
    // ("hundreds of thousands across the country" gives an order of magnitude, no total)
    if (!g.concept || !g.identity || g.vague || !(g.identity.joint || g.identity.whole) || g.identity.anchor || g.identity.dated) continue;
    let t = totals.get(g.concept);
    if (!t) totals.set(g.concept, (t = { count: 0, byValue: new Map(), sides: new Set() }));
    t.count++;
    t.byValue.set(g.value, (t.byValue.get(g.value) ?? 0) + 1);
    t.sides.add(sideOf(g.identity.attribution));
  }
  return totals;
}

/** 'official' or 'organisers' for an estimator on one of the two sides, else ''. */
function sideOf(attribution: string | undefined): string {
  return attribution && SIDES.has(attribution) ? attribution : '';
}

/**
 * A count that names no place, in a source that states a total of the same measure with another
 * value ("the toll for both bombings rose to 259" ... "killing 247 people"), is a part of it: a
 * source does not give two totals of one thing. Unless the two are the two sides' estimates ("3.5
 * million across the country, according to the union; according to the authorities, just over a
 * million"): each side has its own total.
 */
function isPartOfStatedTotal(f: Figure, totals: ReadonlyMap<string, StatedTotals>): boolean {
  const id = f.identity;
  if (!id || f.unit.kind !== 'count' || !f.concept || id.subjects.length || id.joint || id.whole) return false;
  // f is no total itself (neither joint nor whole), so any total with another value makes it a part
  const t = totals.get(f.concept);
  if (!t || t.count - (t.byValue.get(f.value) ?? 0) <= 0) return false;
  const side = sideOf(id.attribution);
  return !(side && t.sides.size === 1 && !t.sides.has(side) && !t.sides.has(''));
}

/** A list item's label: a capitalised name of up to four words (an acronym in brackets allowed) after a line start or a list mark, then a colon, right before the figure. */
const ITEM_LABEL = /(?:^|[-–—•;|]\s+|\n\s*)((?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*)(?:\s*\([A-Z]{2,6}\))?\s*:\s*$/;

function readIdentity(f: Figure, sentence: Sentence, input: IdentityInput, headings: readonly { at: number; name: string }[], byIndex: ReadonlyMap<number, Sentence>): FigureIdentity {
  const s = sentence.text;
  const start = f.span.start - sentence.start;
  const end = f.span.end - sentence.start;
  const clause = clauseOf(s, start, end);
  const clauseText = s.slice(clause.start, clause.end);
  const estimator = estimatorOf(clauseText, s);
  // "Nordco said ...": a one-word estimator opening the sentence, if the text names it elsewhere too
  const opener = /^\s*(\p{Lu}\p{Ll}+)\s+(?:also\s+|later\s+)?(?:said|says|told|announced|confirmed|estimated)\b/u.exec(s);
  const written = estimator?.written ?? (opener && input.knownNames?.has(opener[1]!) && !NOT_NAMES.test(opener[1]!) ? opener[1] : undefined);
  const attribution = written === 'official' || written === 'organisers' ? written : written?.toLowerCase();
  // names in the clause, except the figure's own words, the estimator and nouns' modifiers
  const headline = isTitleCase(s);
  const accordingAt = /according to[^,.;]*/i.exec(clauseText);
  const countedBy = COUNTED_BY.exec(clauseText);
  const saidAt = saidIn(clauseText);
  let subjects: string[] = [];
  // the subjects as written, with the preposition that placed them ('' for a clause's subject)
  const named: { text: string; prep: string }[] = [];
  let joint = false;
  let several = false;
  // the clause's subject that has the figure, named too far off to be a subject of its own
  let holder: { name: string; text: string } | undefined;
  if (!headline) {
    const names = namesIn(clauseText, clause.start === 0, input.knownNames);
    let placedBefore = false;
    let nearBefore = false;
    for (const n of names) {
      const absolute = clause.start + n.at;
      if (absolute >= start && absolute < end) continue;
      if (accordingAt && n.at >= accordingAt.index && n.at < accordingAt.index + accordingAt[0].length) continue;
      // "were counted by the union": the estimator, not what the count is about
      if (countedBy && n.at >= countedBy.index && n.at < countedBy.index + countedBy[0].length) continue;
      if (saidAt.some((m) => n.at >= m.index! && n.at < m.index! + m[0].length)) continue;
      if (DEMONYM.test(n.name)) continue;
      const before = clauseText.slice(Math.max(0, n.at - 40), n.at);
      // "in Chile and Peru": the second name is placed as the first one is
      const placed: boolean = PLACE_BEFORE.test(before) || (n.coordinated && placedBefore);
      placedBefore = placed;
      // a name that opens the clause is what it is about ("Acme has more than 12,000 employees")
      const opening =
        /^\W*(?:[^,]{0,40},\s*)?(?:(?:the|in|at)\s+)?$/i.test(clauseText.slice(0, n.at)) || new RegExp(`\\b(?:${SAID_VERBS})\\s+(?:that\\s+)?(?:the\\s+)?$`, 'i').test(before);
      // "the Peru blast", "the Paris attack": a place naming the event is what the figure is about
      const namesEvent = EVENT_NOUN.test(clauseText.slice(n.end, n.end + 24));
      if (!namesEvent && ((!placed && !opening) || modifiesNoun(clauseText, n.end))) continue;
      if (/\b(?:based|headquartered|located|born|listed|registered)\s+(?:in|at)\s+(?:the\s+)?$/i.test(before)) continue; // where a party is, not what the figure covers
      // Only a name next to the figure says what it covers ("40,000 protesters in Paris", "Acme
      // has 12,000", "in Santiago killed 180"); a name further off may be about anything else.
      const figureAt = start - clause.start;
      const figureEnd = end - clause.start;
      const between = n.at >= figureEnd ? clauseText.slice(figureEnd, n.at) : clauseText.slice(n.end, figureAt);
      // "44 deaths in the state including 30 in X": a name across "including" is the whole's or another item's
      if (crossesList(between)) continue;
      const words = between.trim().split(/\s+/).filter(Boolean).length;
      // before the figure a few words, commas allowed ("in Santiago, killing 40"); after it, further
      // within the phrase ("4 people were killed in an explosion near the embassy in Lima")
      const near: boolean = (n.coordinated && nearBefore) || (n.at >= figureEnd ? !/[,;(]/.test(between) && words <= NEAR_AFTER : !/[;(]/.test(between) && words <= NEAR_WORDS);
      nearBefore = near;
      if (!near) {
        if (!holder && opening && !placed && n.at < figureAt && holds(clauseText, n.end, figureAt, f) && !names.some((m) => m.at > n.end && m.at < figureAt)) holder = { name: n.name, text: clauseText.slice(n.at, n.end) };
        continue;
      }
      subjects.push(n.name, ...(input.aliases?.get(n.name) ?? []));
      named.push({ text: clauseText.slice(n.at, n.end).replace(/[.’']+$/, ''), prep: placed ? (/\b(in|at|across|throughout|for|from|of)\s+(?:the\s+)?$/i.exec(before)?.[1]?.toLowerCase() ?? 'in') : '' });
    }
    // "the three countries" counted is not a total over three countries: the figure's own words are left out
    const aroundFigure = clauseText.slice(0, Math.max(0, start - clause.start)) + ' '.repeat(Math.max(0, end - start)) + clauseText.slice(Math.max(0, end - clause.start));
    // only an amount or a count adds up over several; a duration, share or date does not
    const adds = f.unit.kind === 'count' || f.unit.kind === 'money';
    several = adds && SEVERAL.test(aroundFigure);
    joint = adds && ((JOINT.test(clauseText.replace(/according to.*$/i, '')) && subjects.length >= 2) || several);
  }
  if (holder && named.length === 0) named.push({ text: holder.text.replace(/[.’']+$/, ''), prep: '' });
  // "51.9% voted to leave", "48% vote for the incumbent": the side a share or a count of votes is for
  const side = subjects.length === 0 && !headline ? VOTED_FOR.exec(s.slice(end, end + 60)) : null;
  if (side) {
    subjects.push(side[1]!.toLowerCase());
    named.push({ text: side[1]!, prep: 'for' });
  }
  // "75 people were killed there": the place the previous sentence put the story in
  if (subjects.length === 0 && !headline && THERE.test(s)) {
    const before = byIndex.get(sentence.index - 1);
    const previous = before?.paragraph === sentence.paragraph ? before : undefined;
    const place = previous && lastPlace(previous.text);
    if (place) {
      subjects.push(place.toLowerCase(), ...(input.aliases?.get(place.toLowerCase()) ?? []));
      named.push({ text: place, prep: 'in' });
    }
  }
  // "the county's death toll": the county named just before; the place a relative "where" stands for
  if (subjects.length === 0 && !headline) {
    const previous = byIndex.get(sentence.index - 1);
    // "in Elm County, where the sheriff has confirmed 17": the place "where" stands for
    const unit = placeOfWhere(s.slice(0, start))?.toLowerCase() ?? referredUnitOf(clauseText, s.slice(0, start), previous?.text);
    if (unit) {
      subjects.push(unit, ...(input.aliases?.get(unit) ?? []));
      named.push({ text: unit.replace(/\b\p{L}/gu, (c) => c.toUpperCase()), prep: 'in' });
    }
  }
  // "- Green Party: 12 seats - Liberal Party: 40 seats": a list item's label names what its figure is about
  const item = subjects.length === 0 ? ITEM_LABEL.exec(s.slice(Math.max(0, start - 50), start)) : null;
  if (item && !NOT_NAMES.test(item[1]!.split(/\s+/)[0]!)) {
    subjects.push(item[1]!.toLowerCase(), ...(input.aliases?.get(item[1]!.toLowerCase()) ?? []));
    named.push({ text: item[1]!, prep: '' });
  }
  // a heading above the figure ("KENYA:") when the clause names nothing
  if (subjects.length === 0) {
    const heading = [...headings].reverse().find((h) => h.at <= f.span.start && h.at >= sentence.start - 400);
    if (heading && !NOT_NAMES.test(heading.name)) {
      subjects = [heading.name, ...(input.aliases?.get(heading.name) ?? [])];
      named.push({ text: heading.name.replace(/\b\p{L}/gu, (c) => c.toUpperCase()), prep: 'in' });
    }
  }
  // "we look forward to welcoming our 8,600 employees back, Jones said", "Nordco said it is calling
  // 3,100 of its workers back": what the speaker calls its own is the speaker's
  if (subjects.length === 0 && written && written !== 'official' && written !== 'organisers' && OWN.test(s.slice(Math.max(0, start - 8), start) + '|' + f.text)) {
    subjects.push(written.toLowerCase());
    named.push({ text: written, prep: '' });
  }
  subjects = [...new Set(subjects)].sort();
  const near = f.text + ' ' + s.slice(Math.max(clause.start, start - 20), start);
  // "former" before a name describes the name, not a kind of the thing counted ("three former Warsaw Pact countries")
  const describesName = (m: RegExpMatchArray) => /^former$/i.test(m[1]!) && /^\s+\p{Lu}/u.test(near.slice(m.index! + m[0].length));
  // a kind ("original", "new") is of the things counted; "the newest members just a decade ago" gives the decade none
  const modifiers = [...new Set([...(f.unit.kind === 'count' ? near.matchAll(MODIFIERS) : [])].filter((m) => !describesName(m)).map((m) => m[1]!.toLowerCase()))]
    .map((m) => (m === 'newest' || m === 'newly' ? 'new' : m === 'founding' ? 'original' : m))
    .sort();
  // what places the figure in time: the clause up to it and a little after it, not past the next number
  const after = s.slice(end, clause.end);
  const nextNumber = after.search(/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\b/i);
  // "killed more than 1,400 in 1974": a year the figure is "in" right after it is its time, not the next figure
  const yearAfter = /^\D{0,30}?\b(?:in|during)\s+(?:19|20)\d\d\b/.exec(after);
  const reach = yearAfter && yearAfter[0].length > nextNumber ? yearAfter[0].length : nextNumber < 0 ? 60 : Math.min(60, nextNumber);
  const around = s.slice(clause.start, start) + ' ' + after.slice(0, reach);
  // a poll's or a forecast's figure is not what happened
  // (an amount, count or share is predicted; an age or an anniversary is not)
  const predictable = f.unit.kind === 'count' || f.unit.kind === 'money' || f.unit.kind === 'percent';
  // "invited the three countries at last year's summit": a definite count names things already known, not a count of that event
  // (an event named after it still places it: "the 40 people killed in last year's flood")
  const definite = f.unit.kind === 'count' && (/^(?:the|these|those)\s/i.test(f.text) || /\b(?:the|these|those|its|their)\s+$/i.test(s.slice(Math.max(0, start - 12), start)));
  const surpassed = predictable && SURPASSED.test(s.slice(Math.max(clause.start, start - 80), start)) ? 'earlier' : undefined;
  // "up from 4,800", "a year earlier": the level before the change is another time's (figures/earlier.ts), its year when named
  const anchor =
    anchorOf(definite ? ' ' + after.slice(0, reach) : around, input.year) ??
    (f.earlier ? 'earlier' : undefined) ??
    anotherOccasion(clauseText) ??
    previousValue(s.slice(Math.max(0, start - 100), start)) ??
    surpassed ??
    (predictable && (isForecast(s.slice(0, start), f.unit.kind === 'percent') || GUIDANCE.test(clauseText)) ? 'forecast' : undefined);
  // "2,300 homes damaged or destroyed" counts more than "1,700 homes destroyed": what happened to the things counted
  const harm = f.unit.kind === 'count' ? harmOf(s.slice(Math.max(clause.start, start - 40), Math.min(clause.end, end + 40))) : undefined;
  // a forecast for 2025 is not one for this year
  const forYear = anchor === 'forecast' ? forecastYearOf(s.slice(clause.start, start), s.slice(end, clause.end), input.year) : undefined;
  // "On Sunday, a train carrying 85 people crashed": the day the clause gives its own event (an opening "On Sunday," too)
  // (not the day something was said: "On Monday, officials said 40 people were aboard")
  const saidFirst = new RegExp(`\\b(?:${SAID_VERBS})\\b`, 'i').test(s.slice(0, start));
  const day = saidFirst ? undefined : eventDayOf(clauseText) ?? (clause.start > 0 ? eventDayOf(/^\s*on\s+[^,]{3,24},/i.exec(s)?.[0] ?? '') : undefined);
  const asOf = AS_OF.exec(clauseText)?.[0] ?? AS_OF.exec(s)?.[0];
  // "99% below its 2007 peak", "60% less than it was worth on Friday": what a change is measured from
  // a distance is from a point ("18 miles southwest of X"): from another point it is another distance
  // (or is a dimension: "a depth of 12 km" is no distance from a town)
  const dimension = f.unit.kind === 'distance' ? dimensionOf(s.slice(Math.max(0, start - 40), start), s.slice(end, end + 20)) : undefined;
  const baseline = dimension ? [dimension] : f.unit.kind === 'distance' && !baselineOf(s.slice(end, clause.end)).length ? referencePointOf(s.slice(end)) : baselineOf(s.slice(end, clause.end));
  // a cut, a rise "by", jobs "at risk": a change of a level, never the level itself
  // (a rise is not a fall: "plummeting by 20 points" and "rose by 16 points" are two facts)
  // the words after the number, its scale and sign (a figure in words keeps only what follows it)
  const afterNumber = (/\d/.test(f.text) ? f.text.replace(/^\D*[\d.,]+\s*(?:%|percent\b|per cent\b)?(?:\s*(?:thousand|million|billion|trillion|bn|m|k)\b)?/i, '') : '') + s.slice(end, end + 40);
  const marked = changeMarkOf(s.slice(Math.max(0, start - 60), start), afterNumber);
  const direction = marked === 'up' || marked === 'down' ? marked : f.change && !f.reached ? f.change : undefined;
  // "two other plants in the valley were 65% repaired": another subject than the one the story is about
  const other = OTHER_SUBJECT.test(s.slice(0, start));
  // "the identification of 140 bodies", "divers recovered 40 bodies": a stage of the work on the dead, not their number
  const staged = f.unit.kind === 'count' && f.head === 'body' ? (STAGE_BEFORE.exec(s.slice(Math.max(clause.start, start - 40), start)) ?? STAGE_AFTER.exec(s.slice(end, end + 40))) : null;
  const stage = staged ? (/^identif/i.test(staged[1]!) ? 'identified' : 'recovered') : undefined;
  const standard = standardOf(s.slice(Math.max(0, start - 60), start), afterNumber);
  const change = !!marked || !!direction || CHANGE_BEFORE.test(s.slice(Math.max(0, start - CHANGE_REACH), start)) || CHANGE_AFTER.test(s.slice(end, end + 40));
  const dated = datedInList(s, start);
  // GAAP against non-GAAP, on the quarter against on the year: other facts
  const basis = f.unit.kind === 'money' || f.unit.kind === 'percent' ? basisOf(s.slice(clause.start, start), s.slice(end, end + 40)) : undefined;
  const period = f.unit.kind === 'percent' || f.unit.kind === 'money' ? periodOf(s.slice(start, end + 60), s.slice(Math.max(0, start - 40), start)) : undefined;
  // "data center revenue of $41 billion": a segment's measure, not the company's
  const segment = f.unit.kind === 'percent' || f.unit.kind === 'money' ? segmentOf(s.slice(clause.start, start), s.slice(end, clause.end), clause.start === 0, input.knownNames) : undefined;
  const first = named[0];
  const label = first && (joint && named.length > 1 ? { text: `${named.slice(0, -1).map((x) => x.text).join(', ')} and ${named[named.length - 1]!.text}`, prep: first.prep } : first);
  return {
    subjects,
    ...(label ? { subjectLabel: label.text, subjectPrep: label.prep } : {}),
    joint,
    ...(several ? { several } : {}),
    whole: WHOLE.test(clauseText),
    part: PART.test(clauseText) || isListedItem(s.slice(Math.max(0, start - 40), start)),
    attribution,
    ...(written && written !== attribution ? { attributionLabel: written } : {}),
    ...(estimator?.name ? { estimator: estimator.name.toLowerCase() } : {}),
    anchor,
    dated,
    ...(day ? { day } : {}),
    modifiers: [...new Set(modifiers)],
    revised: REVISED.test(s),
    ...((f.unit.kind === 'money' || f.unit.kind === 'percent') && isQuote(clauseText) ? { quote: true } : {}),
    ...(basis ? { basis } : {}),
    ...(period ? { period } : {}),
    ...(segment ? { segment } : {}),
    ...(SUBSET_AFTER.test((/\s(?:of|among)\s.*$/i.exec(f.text)?.[0] ?? '') + s.slice(end)) || (f.unit.kind === 'count' && (isBreakdownItem(s.slice(Math.max(0, start - 80), start), s.slice(end, end + 80)) || isBoxLine(input.text, f.span.start))) ? { subset: true } : {}),
    ...(change ? { change } : {}),
    ...(direction ? { direction } : {}),
    ...(holder && !subjects.includes(holder.name) ? { holder: holder.name } : {}),
    ...(standard ? { standard } : {}),
    ...(other ? { other } : {}),
    ...(stage ? { stage } : {}),
    ...(harm ? { harm } : {}),
    ...(forYear ? { forYear } : {}),
    ...(baseline.length ? { baseline } : {}),
    asOf,
  };
}

/**
 * Whether the clause's subject has the figure: it wins, holds or loses it ("the Greens hit
 * their record low, winning just 57 seats"; "with 33 seats"), or a participle after a comma tells
 * of it ("..., resulting in the loss of 87 seats"); "the league decided to invite the four clubs"
 * does not. Only a count, an amount or a share can be had ("the 50-year-old alliance" is no one's).
 */
function holds(clauseText: string, nameEnd: number, figureAt: number, f: Figure): boolean {
  if (f.unit.kind !== 'count' && f.unit.kind !== 'money' && f.unit.kind !== 'percent') return false;
  return HOLDS_BEFORE.test(clauseText.slice(Math.max(0, figureAt - 30), figureAt)) || PARTICIPLE_CLAUSE.test(clauseText.slice(nameEnd, figureAt));
}

/** Before a figure: the speaker's own ("our 8,600 employees"); in it: "3,100 of its workers". */
const OWN = /\b(?:our|its|their)\s+\|| of\s+(?:our|its|their)\b/i;
/** Work on the dead that goes on after the toll, said of the bodies counted: "the identification of 140 bodies", "recovered 40 bodies", "12 bodies were recovered". */
const STAGE_BEFORE = /\b(identif\w*|recover\w*|retriev\w*|exhum\w*)\s+(?:of\s+)?(?:(?:the|another|some|more|a\s+further)\s+)?$/i;
const STAGE_AFTER = /^\s*(?:(?:have|had)\s+been\s+|were\s+|been\s+)?(identif\w*|recover\w*|retriev\w*|exhum\w*)/i;
/** What happened to the things counted: destroyed, damaged, or either ("damaged or destroyed"). */
function harmOf(text: string): 'destroyed' | 'damaged' | 'damaged or destroyed' | undefined {
  const destroyed = /\b(?:destroy(?:ed|s|ing)?|flattened|razed|levelled|leveled|burned down|burnt down)\b/i.test(text);
  const damaged = /\bdamag(?:ed|es|ing)\b/i.test(text);
  return destroyed && damaged ? 'damaged or destroyed' : destroyed ? 'destroyed' : damaged ? 'damaged' : undefined;
}

/** The clause's subject is another one ("two other wildfires ... were", "another plant had"). */
const OTHER_SUBJECT = /(?:\b(?:two|three|four|five|several|some|many|the|\d+)\s+other|\banother)\s+\p{L}+(?:\s+\p{L}+){0,3}?\s+(?:was|were|is|are|had|has|have)\b[^,;]*$/iu;

/** A participle opening the last comma-clause before a figure, which tells of the clause's subject. */
const PARTICIPLE_CLAUSE = /,\s+\p{L}+ing\b[^,]*$/u;

/** Words right before a figure that make it what the clause's subject has: won, holds, with, lost. */
const HOLDS_BEFORE = /\b(?:with|winning|won|wins|taking|took|holding|holds|held|securing|secured|claiming|claimed|gaining|gained|losing|lost|keeping|kept|having|has|have|had)\s+(?:(?:just|only|about|around|some|over|nearly|almost|more than|at least|a total of|an? \p{L}+ of)\s+)*$/iu;
