// Which part of a business a measure is about: "data center revenue of $41 billion" is the
// segment's revenue, not the company's ("revenue of $46.7 billion"). The words that narrow the
// measure's noun are read from before it ("gaming revenue", "cloud sales") or from a phrase after
// the figure ("$586 million in automotive revenue"); words that do not narrow it ("total",
// "quarterly", "record", "net", sizes, a company's name) are no segment.

/** Nouns of a business's measures that a segment narrows; and "rate", which its words name ("the unemployment rate", "the longer-run rate"). */
const MEASURE = 'revenues?|sales|income|profits?|earnings|margins?|bookings|shipments|deliveries|orders|spending|subscriptions?|rates?';

/** Words before a measure's noun that do not narrow it (totals, periods, sizes, verbs, determiners). */
const NOT_NARROWING = new Set(
  (
    'the a an its their his her our your this that these those total overall combined consolidated whole net gross ' +
    'quarterly annual yearly monthly weekly daily record all-time full-year half-year fiscal company group ' +
    'strong robust solid weak big bigger biggest huge massive large larger largest small smaller smallest high higher highest ' +
    'low lower lowest new latest same more less much further additional overall core reported posted estimated expected ' +
    'in of on at to for with from by and or as than into over under about around some its’ first second third fourth ' +
    'quarter year month week period per cent percent while whereas but when where which who that also both either ' +
    'since because although though after before its’ ' +
    'had has have having is was were are be been being do does did make makes made get gets got see sees saw ' +
    'bring brings brought take takes took draw draws drew book books generate generates post posts report reports ' +
    'deliver delivers expect expects see forecast forecasts project projects guide guides'
  ).split(' '),
);

/** A word that cannot narrow a measure: a function word, a verb's past form, an adverb, a number, a name (`knownNames` as the source capitalises them). */
function narrows(word: string, atSentenceStart: boolean, knownNames?: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (NOT_NARROWING.has(lower) || /\d/.test(word) || /(?:ed|ly)$/.test(lower) || /['’]s?$/.test(word)) return false;
  if (/^(?:first|second|third|fourth|q[1-4])-quarter$/.test(lower)) return false;
  // a capitalised word inside a sentence is a name (the company's), not a segment; at its start, only if the source writes it so elsewhere
  if (/^\p{Lu}/u.test(word) && (!atSentenceStart || knownNames?.has(word))) return false;
  return /^[\p{L}-]{2,}$/u.test(word);
}

/** Up to two words before `at` in `text` that narrow the measure, lower-cased and joined; '' when none. */
function wordsBefore(text: string, at: number, sentenceStart: boolean, knownNames?: ReadonlySet<string>): string {
  const words = text.slice(0, at).trimEnd().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 2; i--) {
    const word = words[i]!.replace(/^[("“‘]+/, '');
    if (/[,;:)"”]$/.test(words[i]!) || !narrows(word, sentenceStart && i === 0, knownNames)) break;
    kept.unshift(word.toLowerCase());
  }
  return kept.join(' ');
}

const BEFORE = new RegExp(`\\b(?:${MEASURE})\\b(?=[^\\d.;]{0,40}$)`, 'giu');
const AFTER = new RegExp(`^\\s*(?:in|of)\\s+((?:[\\p{L}-]+\\s+){1,2})(?:${MEASURE})\\b`, 'iu');

/**
 * The segment an amount or a share is about, as its words narrow the measure ("data center",
 * "gaming", "automotive"), or undefined. `before`: the clause up to the figure; `after`: the
 * sentence after it; `clauseAtStart`: the clause opens the sentence.
 */
export function segmentOf(before: string, after: string, clauseAtStart: boolean, knownNames?: ReadonlySet<string>): string | undefined {
  const behind = AFTER.exec(after);
  if (behind) {
    const words = behind[1]!.trim().split(/\s+/);
    const kept = words.filter((w) => narrows(w, false, knownNames)).map((w) => w.toLowerCase());
    if (kept.length === words.length) return kept.join(' ');
  }
  const measures = [...before.matchAll(BEFORE)];
  const last = measures[measures.length - 1];
  if (!last) return undefined;
  return wordsBefore(before, last.index!, clauseAtStart, knownNames) || undefined;
}
