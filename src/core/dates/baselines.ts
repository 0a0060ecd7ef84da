// A date that only says what a figure is compared with is no happening of the report: "turnout was
// higher than in the 2015 election", "the highest share since 1992", "tumbled from a peak of $269 in
// February 2015", "lows last seen in 1985", "compared with the same period in 2019". Such a date is
// still read and placed on the calendar (a mention), but it is no event of the timeline and no date
// claim: two sources comparing with different years do not disagree about when anything happened.
// Pure: reads the sentence's text before the date.

// "higher than (in) (the)": a comparative before "than"; "no later than", "earlier than", "other
// than" are deadlines and exclusions, not comparisons
const THAN = /\b([a-z]+)\s+than\s+(?:(?:in|at|during|on|for|that\s+of|those\s+of)\s+)?(?:the\s+|a\s+)?$/i;
const NOT_COMPARATIVE = new Set(['later', 'earlier', 'sooner', 'other', 'rather']);
// "the highest (proportion) since (the)", "the country's deadliest ... since", "the first time
// since": a superlative after a determiner or a possessive, in the date's clause (lower case: "the West since 1990" is none)
const SINCE = /(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Za-z]+['’]s)\s+(?:[a-z]+est|most|least|fewest)|\bfirst\s+time)\b[^,;:()]*\bsince\s+(?:the\s+)?$/;
// "from a peak of $269 in", "a record high of 5.1% in", "as low as $101 (in)", "last seen in"
const LEVEL = /\b(?:peak|high|low|record|trough|level)\s+of\s+\S+(?:\s+\S+){0,2}?\s+(?:in|on|at)\s+(?:the\s+)?$|\bas\s+(?:low|high)\s+as\s+\S+\s+(?:in\s+|on\s+)?$|\blast\s+seen\s+(?:in\s+|on\s+)?(?:the\s+)?$/i;
// "compared with (the same period in)", "versus"
const COMPARED = /\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?:same\s+[a-z]+\s+(?:in|of|last)\s+)?$/i;

/**
 * Whether the date at `start`..`end` of `sentence` (offsets into it) is a comparison's baseline.
 * A leading "since" inside the date's own span ("since 1992") counts as text before it.
 */
export function isComparisonBaseline(sentence: string, start: number, end: number): boolean {
  const lead = /^since\s+/i.exec(sentence.slice(start, end))?.[0] ?? '';
  const before = sentence.slice(Math.max(0, start - 120), start) + lead;
  const than = THAN.exec(before);
  if (than && !NOT_COMPARATIVE.has(than[1]!.toLowerCase())) return true;
  return SINCE.test(before) || LEVEL.test(before) || COMPARED.test(before);
}
