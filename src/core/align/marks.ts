// Reading a figure's clause and what marks its fact: estimator (attribution), whole or part, change, baseline, anchor, date, source year.
import { MONTHS, WEEKDAYS } from './names';

/** Words a source uses for the whole it reports on: "nationwide", "across the country", "in all". */
export const WHOLE = /\b(?:in the (?:country|nation)\b(?! of)|nationwide|nation-wide|countrywide|worldwide|statewide|globally|in all|in total|overall|altogether|(?:across|throughout|around|all over) the (?:country|nation|world|region|state|globe)|across (?:the )?(?:country|nation)|both (?:attacks|blasts|bombings|countries|cities|sides|events|sites|quakes|storms|floods|matches|games|races|rounds|banks|companies))\b/i;

/** A clause that marks its figure as a part of the whole ("in Paris alone", "in the capital only"). */
export const PART = /\b(?:alone|only in|in [A-Z][\p{L}]+ only)\b/u;

/** Estimators on the side of the state. */
const OFFICIAL = /\b(?:commission|institute|agency|bureau|office|council|service|survey|ministry|minister|ministers|government|governments|police|authorit(?:y|ies)|officials?|prefecture|gendarmerie|regulators?|department|interior|state|administration|embassy|army|military|officers?|spokes(?:man|woman|person)|coroner|hospital)\b/i;
/** Estimators on the side of those who called the event. */
const ORGANISERS = /\b(?:unions?|organi[sz]ers?|organi[sz]ing|confederation|labou?r|syndicat\w*|protesters|campaigners|activists|strikers|workers)\b/i;
/** Who passed a count on, not who made it: the press repeats an estimate, it does not make one. */
const MEDIA = /^(?:the |a |an )?(?:[\w-]+ )?(?:newspaper|paper|daily|publication|media|press|reports?|agency|news agency|broadcaster|television|radio|tv|correspondent|website|outlet|sources?)\b/i;

/** Reporting verbs after an estimator: "the union said", "police counted". */
export const SAID_VERBS = 'said|says|say|counted|claimed|estimated|reported|announced|put|gave|told|recalled|noted|stated|added|confirmed|tallied|recorded|measured|registered';
export const SAID = new RegExp(
  `(?:^|[,;(]\\s*|\\s)((?:the |a )?(?:\\p{Lu}[\\p{L}\\d’'.-]*|\\p{Ll}[\\p{L}’'-]*)(?: (?:\\p{Lu}[\\p{L}\\d’'.-]*|of|the|and|for|(?!(?:has|have|had|was|were|is|are|been|also|later|then)\\b)\\p{Ll}+(?=(?: \\p{Ll}+)? (?:${SAID_VERBS})\\b))){0,6}) (?:(?:has|have|had|also|later|initially|first|earlier|originally|officially|previously) ){0,2}(?:${SAID_VERBS})\\b`,
  'gu',
);
/**
 * The "X said" / "Y estimated" matches of a text that name an estimator: "the party recorded its
 * best result" or "registered their highest tally" tells what a subject achieved, not who counted.
 */
export function saidIn(text: string): RegExpMatchArray[] {
  return [...text.matchAll(SAID)].filter((m) => !(/\b(?:recorded|registered|measured)$/i.test(m[0]) && /^\s+(?:its|their|his|her|our)\s/i.test(text.slice(m.index! + m[0].length))));
}
const ACCORDING = /\baccording to (?:figures (?:from|by) |data (?:from|by) |estimates (?:from|by) )?((?:the )?[^,.;:()“”"]{2,60}?)(?=\s*(?:[,.;:()“”"]|$|\bwhich\b|\bwho\b|\bthat\b))/i;

/** Words that tell one count of a thing from another of the same kind. */
export const MODIFIERS = /\b(original|founding|new|newest|newly|former|remaining|additional|current|existing|permanent|temporary|full-time|part-time)\b/gi;

/** The words of the point a change or comparison is measured from: "from X's peak in 2007" → ["peak", "2007"]. */
export function baselineOf(after: string): string[] {
  const m = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:from|than|since|compared (?:with|to)|below|above)\s+([^,;.–—]{3,60})/iu.exec(after);
  if (!m) return [];
  return [...new Set(m[1]!.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length >= 4 && !BASELINE_STOP.has(w)))].sort();
}
const BASELINE_STOP = new Set(['that', 'this', 'those', 'these', 'what', 'when', 'where', 'which', 'with', 'were', 'was', 'been', 'have', 'from', 'than', 'their', 'there', 'they', 'about', 'some', 'more', 'less']);

/** Nouns that make the figure beside them the amount of a change, and which way it went. */
const CHANGE_NOUNS_UP = 'increases?|rises?|raises?|gains?|jumps?|leaps?|hikes?|growth|boosts?|surges?|spikes?|upswing';
const CHANGE_NOUNS_DOWN = 'decreases?|drops?|falls?|declines?|loss|losses|cuts?|reductions?|slumps?|dips?|plunges?|downswing';
const CHANGE_NOUN_AFTER = new RegExp(`^\\s*(?:(?!(?:of|in|on|to|the|a|an|for|from|by|with|and|or|at|as)\\s)[\\p{L}-]+\\s+)?(?:(${CHANGE_NOUNS_UP})|(${CHANGE_NOUNS_DOWN}))\\b`, 'iu');
const QUALIFIERS = '(?:(?:about|around|some|over|nearly|almost|roughly|just|more than|less than|at least|up to|an estimated)\\s+)*';
const CHANGE_NOUN_BEFORE = new RegExp(`\\b(?:(${CHANGE_NOUNS_UP})|(${CHANGE_NOUNS_DOWN})|swing|change)\\s+of\\s+${QUALIFIERS}([+−-]?)\\s*$`, 'iu');

/**
 * Whether a figure is the amount of a change, and its direction when the words say: a change
 * noun after it ("a 18% increase", "a 12% pay raise") or before it ("the loss of 87 seats", "an
 * increase of 211", "a swing of +29 seats"), or a sign ("+120 seats"). `before` ends at the
 * figure, `after` starts right after its number. 'change' when it is a change of no stated way.
 */
export function changeMarkOf(before: string, after: string): 'up' | 'down' | 'change' | undefined {
  const b = CHANGE_NOUN_BEFORE.exec(before);
  if (b) return b[3] === '+' ? 'up' : b[3] ? 'down' : b[1] ? 'up' : b[2] ? 'down' : 'change';
  const a = CHANGE_NOUN_AFTER.exec(after.replace(/^\s*(?:%|percent\b|per cent\b)/i, ''));
  if (a) return a[1] ? 'up' : 'down';
  if (/(?:^|[\s(])\+$/.test(before)) return 'up';
  return undefined;
}

const MARGIN_NOUNS = 'majority|lead|margin|advantage|deficit|gap';
const THRESHOLD_NOUNS = 'mark|threshold|target|requirement|minimum|maximum|cap|ceiling|limit|goal|quota|benchmark';
const STANDARD_BEFORE = new RegExp(`\\b(?:(${MARGIN_NOUNS})|(${THRESHOLD_NOUNS}))\\s+of\\s+${QUALIFIERS}$`, 'iu');
/** "votes more than Smith": a difference from someone named (case matters: "more than expected" is none). */
const MORE_THAN_NAME = /^\s*(?:\p{L}+\s+)?(?:more|fewer|less) than\s+(?:the\s+)?\p{Lu}/u;
const STANDARD_AFTER = new RegExp(`^[\\s-]*(?:(?!(?:of|in|on|to|the|a|an|for|from|by|with|and|or|at|as)\\s)[\\p{L}]+[\\s-]+)?(?:(${MARGIN_NOUNS}|ahead|behind)\\b|(needed|required|necessary)\\s+(?:to|for)\\b)`, 'iu');

/**
 * What a figure is measured against, when it is not a level: a margin ("a majority of 64", "a
 * 12-point lead") or a threshold ("the majority mark of 201 seats", "201 seats needed to win").
 * Neither is the count it is a margin of or a threshold for; "1.2 million votes ahead of X" and
 * "votes more than X" are margins too. `before` ends at the figure, `after`
 * starts right after its number.
 */
export function standardOf(before: string, after: string): 'margin' | 'threshold' | undefined {
  const b = STANDARD_BEFORE.exec(before);
  if (b) return b[1] ? 'margin' : 'threshold';
  const a = STANDARD_AFTER.exec(after);
  if (a) return a[1] ? 'margin' : 'threshold';
  if (MORE_THAN_NAME.test(after)) return 'margin';
  return undefined;
}

/** How far before a figure a verb of change may govern it ("reduce its workforce by 20% – some 36,000 positions"). */
export const CHANGE_REACH = 90;
/** Verbs and phrases that make a figure a change of a level: cuts, additions, rises and falls "by". */
export const CHANGE_BEFORE = /\b(?:cut(?:s|ting)?|slash(?:es|ed|ing)?|sh[e]d(?:s|ding)?|eliminat\w*|lay(?:ing)? off|laid off|ax(?:e|es|ed|ing)|reduc\w*|creat(?:e|es|ed|ing)|(?<!\b(?:he|she|they|it|we|i|and)\s)add(?:s|ed|ing)?(?!\s+that\b|\s*[,:"“])|hir(?:e|es|ed|ing)|(?:rose|rise|rises|rising|fell|fall|falls|falling|grew|grow|grows|increased?|decreased?|dropped|declined?|climbed|jumped|up|down)\s+by)\b[^.;]*$/i;
export const CHANGE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:at risk|would be (?:affected|cut|lost)|to be (?:cut|lost|axed|shed)|(?:will|would|could) go|had planned to cut|planned to cut|(?:were|was|will be|would be) (?:cut|shed|axed|eliminated|added|created))\b/iu;

/**
 * A figure someone predicted rather than one that happened: polls, forecasts, projections ("polls
 * predicted Remain would win with 52%", "the toll is expected to rise to 100", "beat estimates of
 * $1.01", "the toll could reach 20,000"); a company's own target ("expects $180 million in savings") is its fact, no forecast. Read in the
 * sentence before the figure, back to a turn ("but", "however", a semicolon), so "analysts had
 * forecast $5bn, but it reported $5.2bn" leaves the reported figure alone.
 */
const PREDICTION = /\b(?:(?:could|may|might|can)\s+(?:reach|rise\s+to|climb\s+to|top|exceed|hit|surpass)|predict(?:s|ed|ing)?|forecasts?|forecast(?:ed|ing)|(?:is|are|was|were|had been)\s+(?:expected|projected|forecast|predicted)\s+to|projections?|analysts?\s+(?:had\s+)?(?:expected|estimated|forecast|predicted)|(?:estimates?|expectations?|consensus)\s+(?:of|for|at|was|were|is|had|calls))\b/i;
/**
 * The year a forecast is for: "3.4% by the end of 2025", "to 4.4% this year", "100bps next year to
 * 3.4%". A year stated ('2025'), or one relative to the report's ('+0', '+1') when the report's year
 * is unknown. `before` is the clause up to the figure, `after` the text after it.
 */
export function forecastYearOf(before: string, after: string, reportYear: number | undefined): string | undefined {
  const stated = /^\D{0,15}?\b(?:in|by|for|during|through)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b/i.exec(after);
  if (stated) return stated[1];
  const relative = /\b(this|next|the following|the coming)\s+year\b(?![^,;]*\b(?:this|next|the following|the coming)\s+year\b)[^.;]{0,30}$/i.exec(before) ?? /^\D{0,15}?\b(this|next|the following|the coming)\s+year\b/i.exec(after);
  if (!relative) return undefined;
  const ahead = /^this$/i.test(relative[1]!) ? 0 : 1;
  return reportYear === undefined ? `+${ahead}` : String(reportYear + ahead);
}

/** A company's outlook for a period to come: "its outlook for the third quarter, saying revenue would be", "expects $12 billion next quarter". */
export const GUIDANCE = /\b(?:outlook|guidance)\b|\b(?:expects?|expected|sees|anticipates?|projects?|forecasts?)\b[^.;]{0,80}\b(?:next|coming|following)\s+(?:quarter|year|month|season|fiscal\s+year)\b/i;
/** A poll gives shares: "polls showed 52%"; "polls show most people oppose raising the age to 64" gives none. */
const POLL = /\b(?:(?:opinion|exit|latest|recent)\s+polls?|polls?\s+(?:showed|suggested|predicted|found|gave|had|put|say|said|show|suggest)|polling\s+(?:showed|suggested|found|had)|according\s+to\s+(?:the\s+)?(?:latest\s+|recent\s+)?polls?)\b/i;
const TURN = /\b(?:but|however|yet|whereas|while|instead|in fact|actually)\b|;/gi;

/** Whether the sentence before a figure (from its last turn) says it was predicted, not found; a poll's only for a share. */
export function isForecast(before: string, share = true): boolean {
  let from = 0;
  for (const turn of before.matchAll(TURN)) from = turn.index! + turn[0].length;
  const said = before.slice(from);
  return PREDICTION.test(said) || (share && POLL.test(said));
}

/** "Two of those killed", "three of them", "five of the victims": a subset of a group, not the group's count. */
export const SUBSET_AFTER = /^\s*(?:of|among)\s+(?:those|them|whom|these|the\s+(?:dead|victims|injured|wounded|killed|passengers|casualties|missing|people\s+(?:killed|injured|hurt)))\b/i;

const DIRECTION = '(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|due\\s+(?:north|south|east|west))';
const REFERENCE = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${DIRECTION}\\s+of|away\\s+from|from|outside|off)\\s+(?:the\\s+)?([^,;.()]{2,60})`, 'iu');

/**
 * The point a distance is measured from: "18 miles southwest of Zhaotong in X county" → ["zhaotong"],
 * "23 km southwest of the county seat of Y" → ["y"]: the first name after the direction, else the
 * phrase's longer words. Distances from different points are different facts.
 */
export function referencePointOf(after: string): string[] {
  const m = REFERENCE.exec(after);
  if (!m) return [];
  const phrase = m[1]!;
  const name = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u.exec(phrase);
  if (name) return [name[0].toLowerCase()];
  return [...new Set(phrase.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length >= 4 && !BASELINE_STOP.has(w)))].sort();
}

const DIMENSION_BEFORE = /\b(depth|height|altitude|elevation|length|width|diameter|radius|deep|high|long|wide|tall)\s+(?:of\s+)?(?:(?:about|around|some|nearly|almost|roughly|approximately|just|over|under|more than|less than)\s+)*$/i;
const DIMENSION_AFTER = /^\s*(?:deep|high|long|wide|tall|in (?:depth|height|length|width|diameter))\b/i;
const DIMENSION_WORD: Record<string, string> = { deep: 'depth', high: 'height', tall: 'height', altitude: 'height', elevation: 'height', long: 'length', wide: 'width' };

/**
 * What dimension a distance measures when its words say so ("a depth of 12 km", "6 miles deep",
 * "a 40 km long queue"): a depth is never a distance from a place, nor a height a length.
 */
export function dimensionOf(before: string, after: string): string | undefined {
  const word = (DIMENSION_BEFORE.exec(before)?.[1] ?? /^\s*(?:in\s+)?(\w+)/.exec(DIMENSION_AFTER.exec(after)?.[0] ?? '')?.[1])?.toLowerCase();
  return word ? (DIMENSION_WORD[word] ?? word) : undefined;
}

/**
 * A market quote: a share price or a stock's move, which changes all day ("shares surged 47% to
 * near $193", "the stock is trading at $192.56", "its shares closed down 3.2%"). Two reports quote
 * it at different moments; the price a buyer offers per share is no quote, nor a close ("closed
 * at", "Friday's closing price"), which is one price of one day. "Share" alone is a market's or a
 * vote's share ("its share of the vote rose to 34%"), no quote.
 */
const QUOTE = /\b(?:shares|stocks?|share price|stock price)\b[^.;]{0,50}?\b(?:trad(?:e|es|ed|ing)|surg(?:e|es|ed|ing)|jump(?:s|ed|ing)?|ros(?:e|en)|ris(?:e|es|ing)|climb(?:s|ed|ing)?|fell|fall(?:s|ing)?|dropp?(?:s|ed|ing)?|slump(?:s|ed|ing)?|plung(?:e|es|ed|ing)|soar(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|gain(?:s|ed|ing)?|los(?:e|es|t|ing)|declin(?:e|es|ed|ing)|(?:was|were|is|are)\s+(?:up|down))\b|\b(?:trading at|changing hands at)\b/i;

/** Whether a clause quotes a market price or move (see QUOTE). */
export function isQuote(clause: string): boolean {
  return QUOTE.test(clause);
}

/**
 * The accounting basis of an amount or a share ("GAAP earnings per share of $1.08, non-GAAP $1.05,
 * or $1.04 excluding the item"): the nearest basis word before the figure in its sentence, or
 * right after it. Figures on different bases are different facts.
 */
const BASIS = /\b(non-GAAP|GAAP|adjusted|underlying|pro forma|unadjusted|excluding|ex-items)\b/gi;
export function basisOf(before: string, after: string): string | undefined {
  const right = /^\s*(?:\([^)]*\)\s*)?(excluding|adjusted|on an adjusted basis|non-GAAP|GAAP)\b/i.exec(after)?.[1];
  if (right) return basisWord(right);
  let last: string | undefined;
  for (const m of before.slice(-60).matchAll(BASIS)) last = m[1];
  return last ? basisWord(last) : undefined;
}
const basisWord = (w: string) => (/adjusted basis/i.test(w) ? 'adjusted' : w.toLowerCase());

/**
 * The period a change is measured over: "up 5% sequentially" (on the previous quarter) is not
 * "up 49% year on year". Read from the figure on (its own words may hold "year").
 */
const PERIOD_QUARTER = /^\s*(?:\S+\s+){0,3}?(?:sequentially|quarter[- ]on[- ]quarter|q\/q|(?:from|on|over|than)\s+(?:the\s+)?(?:previous|prior|preceding|last|first|second|third|fourth)\s+quarter)\b/iu;
const PERIOD_YEAR = /^\s*(?:\S+\s+){0,3}?(?:year[- ]on[- ]year|year[- ]over[- ]year|y\/y|(?:from|on|over|than)\s+(?:a|the)\s+year\s+(?:earlier|ago|before)|(?:from|on|over|than)\s+(?:the\s+)?(?:same|year-ago)\s+(?:period|quarter|month))/iu;
export function periodOf(after: string, before = ''): string | undefined {
  if (PERIOD_QUARTER.test(after)) return 'quarter';
  if (PERIOD_YEAR.test(after)) return 'year';
  if (PERIOD_FIRST_BEFORE.test(before) || PERIOD_FIRST.test(after)) return 'first';
  if (PERIOD_SPAN.test(after)) return 'span';
  return undefined;
}
/** A raise over a whole span ("18% over three years", "over the life of the contract") against its first step ("6% in the first year", "an immediate raise of 6%"). */
const PERIOD_SPAN = /^\s*(?:\S+\s+){0,6}?over\s+(?:(?:the\s+)?(?:life|course|term|length|duration)\s+of|(?:a\s+|the\s+)?(?:next\s+|coming\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)[- ](?:years?|months?)\b)/iu;
const PERIOD_FIRST = /^\s*(?:\S+\s+){0,3}?(?:(?:in|for|during)\s+(?:the|its)\s+first\s+(?:year|month|quarter)|(?:up)?on\s+ratification|immediately)\b/iu;
const PERIOD_FIRST_BEFORE = /\b(?:immediate|initial|up-?front|first-year)\s+(?:[\p{L}-]+\s+){0,2}(?:of\s+)?$/iu;

/**
 * A figure that is what another is compared with: "exceeding a 2.3-billion-euro penalty", "would
 * surpass its toughest punishment to date, a €1.1bn fine", "broke the record of 40": an earlier
 * fact, never the one that surpasses it. Read in the words before the figure; the thing surpassed
 * has a determiner ("sales exceeded $2 billion" is a bound on the sales, not another fact).
 */
export const SURPASSED = /\b(?:(?:surpass\w*|exceed(?:s|ed|ing)?|eclips\w*|outstrip\w*|overtak\w*|overtook|dwarf\w*)\s+(?:[\p{L}’'-]+\s+){0,6}?(?:[\p{L}’'-]+,\s+)?(?:a|an|the|its|their)\s+|(?:broke|break(?:s|ing)?|beat(?:s|ing)?|topp(?:ed|ing))\s+(?:(?:the|a|its|their)\s+)?(?:[\p{L}’'-]+\s+){0,3}?record\s+(?:[\p{L}’'-]+\s+){0,8}?(?:of\s+)?)$/iu;

/** Markers that the clause reports on an earlier event. */
const EARLIER = /\bprevious\s+(?:[\p{L}.-]+\s+){0,3}?record\b|\b(?:last|previous|preceding|prior|earlier) (?:year['’]s|month['’]s|season['’]s|decade['’]s|election|edition|tournament|war|crisis|storm|hurricane|typhoon|cyclone|quake|earthquake|tremor|flood|fire|wildfire|attack|bombing|outbreak|epidemic|pandemic|strike|protest|match|game|race|final|season|campaign|vote|referendum|census|survey|poll|report)\b/iu;
export const REVISED = /\b(?:revis\w*|correct(?:ed|ion|s)|adjusted|downgraded|lowered|amended)\b/i;
export const AS_OF = new RegExp(
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

/**
 * "were counted by the union", "was estimated in the Interior Ministry's tally", "counted in the
 * NTU": a passive count names its estimator after it ("recorded in Elm County", "reported in
 * North Carolina" name a place: after "in", only an acronym or an owner's name is an estimator).
 */
export const COUNTED_BY = /\b(?:was|were|is|are|been)\s+(?:counted|estimated|tallied|recorded|registered|reported|measured|rated|put)\s+(?:(?:at\s+[^,;]{1,30}?\s+)?by|in(?=\s+(?:the\s+)?(?:\p{Lu}{2,}\b|(?:\p{Lu}[\p{L}’'.-]*\s+){0,4}\p{Lu}[\p{L}.-]*['’]s\s)))\s+((?:the\s+)?\p{Lu}[\p{L}\d’'.\u2024-]*(?:\s+\p{Lu}[\p{L}\d’'.\u2024-]*){0,4})/u;

/** "U.S.", "U.N.": dots inside an abbreviation, masked (same length) so they do not end a phrase. */
const ABBREVIATION = /\b(?:\p{Lu}\.){2,}/gu;
const MASKED_DOT = '\u2024';
const maskAbbreviations = (text: string) => text.replace(ABBREVIATION, (m) => m.replaceAll('.', MASKED_DOT));

/**
 * Whose estimate the clause gives: 'official', 'organisers', or a named estimator as the source
 * writes it ("the U.S. Geological Survey" → "U.S. Geological Survey", "CNBC"); callers compare it
 * lower-cased.
 */
export function attributionOf(clause: string, sentence: string): string | undefined {
  return estimatorOf(clause, sentence)?.written;
}

/**
 * The estimator as attributionOf reads it (`written`), and its proper name when the source gives
 * one, whatever its side (`name`: "U.S. Geological Survey", "China Earthquake Networks Center";
 * none for "officials said" or "the union").
 */
export function estimatorOf(clause: string, sentence: string): { written: string; name?: string } | undefined {
  const found = estimatorIn(maskAbbreviations(clause), maskAbbreviations(sentence));
  if (!found) return undefined;
  const unmask = (x: string) => x.replaceAll(MASKED_DOT, '.');
  return { written: unmask(found.written), ...(found.name ? { name: unmask(found.name) } : {}) };
}

/** Every word of a proper name capitalised, but for the small words inside it ("Ministry of the Interior"). */
const PROPER_NAME = /^\p{Lu}[\p{L}\d.\u2024’'-]*(?:\s+(?:of|for|and|the|on|de|du|des|la|le)?\s*\p{Lu}[\p{L}\d.\u2024’'-]*)*$/u;

function estimatorIn(clause: string, sentence: string): { written: string; name?: string } | undefined {
  for (const text of [clause, sentence]) {
    const according = ACCORDING.exec(text);
    const passive = COUNTED_BY.exec(text);
    // "a summary by the union, according to which 3.5 million...": the estimator is the phrase before
    const whom = according && /^(?:which|whom|them|it)$/i.test(according[1]!.trim()) ? text.slice(Math.max(0, according.index - 80), according.index) : according?.[1];
    // the first named in the text: who measured it ("the Center had initially measured it at 6.5, ...,
    // according to the agency") comes before who passed it on
    const candidates = [
      ...(according && whom ? [{ who: whom, at: according.index }] : []),
      ...(passive ? [{ who: passive[1]!, at: passive.index }] : []),
      ...saidIn(text).map((m) => ({ who: m[1]!.trim(), at: m.index! })),
    ]
      .filter((c) => !MEDIA.test(c.who.trim()) && !/^(?:it|he|she|they|we|i|which|who|that|this)$/i.test(c.who.trim()))
      .sort((a, b) => a.at - b.at);
    for (const { who } of candidates) {
      // "Rescuers said": a single word opening the sentence is capitalised anyway, not a name
      const opener = !/\s/.test(who.trim()) && sentence.trimStart().startsWith(who.trim());
      // "the Journal's report about the deal": the owner is the estimator; "MPs who signed": not the relative clause
      const name = who.replace(/^(?:the|a|an)\s+/i, '').split(/\s*[©|/]/)[0]!.replace(/['’]s\s+\p{Ll}.*$/u, '').replace(/\s+(?:who|which|that)\b.*$/i, '').trim();
      const proper = !opener && PROPER_NAME.test(name) ? { name } : {};
      if (ORGANISERS.test(who)) return { written: 'organisers', ...proper };
      if (OFFICIAL.test(who)) return { written: 'official', ...proper };
      if (opener || /^[a-z]/.test(who.replace(/^(?:the|a|an)\s+/i, ''))) continue; // a description ("one witness"), not a named estimator
      if (name) return { written: name, ...proper };
    }
  }
  return undefined;
}

const DATE_ON = new RegExp(`\\bon\\s+(?:(?:${WEEKDAYS}),?\\s+)?(?:((?:${MONTHS})\\.?\\s+\\d{1,2})|(\\d{1,2}\\s+(?:${MONTHS}))|the\\s+(\\d{1,2})(?:st|nd|rd|th))\\b`, 'gi');

/**
 * A sentence that lists values by date ("on January 19, 1.12 million; on the 31st, 1.27 million;
 * on March 7, 1.28 million") ties each value to its date: they are other days' figures, never
 * today's. Returns the date written before the figure ("january 19", "31"), or undefined when
 * the sentence dates fewer than two values.
 */
export function datedInList(sentence: string, figureAt: number): string | undefined {
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
export function anchorOf(around: string, year: number | undefined): string | undefined {
  if (EARLIER.test(around)) return 'earlier';
  if (year === undefined) return undefined;
  for (const m of around.matchAll(/\b((?:19|20)\d\d)\b(?!\s*(?:[-–]\s*\d|people|persons|troops|members|[a-z]+s\b))/g)) {
    if (Number(m[1]) < year) return m[1];
  }
  return undefined;
}
