// Parts of a whole that a source breaks down: an item after "including" ("44 deaths in the state,
// including 30 in X County"), the items of a coordinated breakdown ("killing two aboard and one in
// the truck"), the lines under a fact box's heading ("Dead:" then "Visitors: 12"), and "the
// county's toll" naming the county the sentence or the one before it named.

const ITEM = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|another|\\d[\\d,.]*)';
const QUALIFIER = '(?:(?:about|around|some|at least|more than|nearly|almost|roughly|over)\\s+)?';

/** "including 30 in X": the figure is an item of the whole before it. */
const LISTED = new RegExp(`\\b(?:including|among them|of (?:whom|which|them))\\s+${QUALIFIER}$`, 'i');
export function isListedItem(before: string): boolean {
  return LISTED.test(before);
}

/** Whether the words between a figure and a name hold "including": the name belongs to the list's whole or to another item. */
export function crossesList(between: string): boolean {
  return /\b(?:including|among them)\b/i.test(between);
}

/** Where an item of a breakdown is: aboard, on the train, in the truck, at the scene (a named place makes a subject instead). */
const LOCATOR = "(?:aboard|on board|onboard|(?:in|on|at|inside|outside|from)\\s+(?:the\\s+|a\\s+|an\\s+|their\\s+|its\\s+)?\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*)?)";
/** A figure, its place, then "and" another item with its own: "two aboard and a person in the truck". */
const FIRST_ITEM = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,2}?${LOCATOR}\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${ITEM}\\b`, 'u');
/** "... one in the truck and two aboard": a figure after an item with its place. */
const LATER_ITEM = new RegExp(`\\b${ITEM}\\s+(?:[\\p{L}-]+\\s+){0,2}?${LOCATOR}\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${QUALIFIER}$`, 'u');

/** Whether a count is one item of a breakdown by place ("killing two aboard and a person in the truck"). */
export function isBreakdownItem(before: string, after: string): boolean {
  return FIRST_ITEM.test(after) || LATER_ITEM.test(before);
}

/** A fact box's heading: a short label alone on its line, ending with a colon ("Dead:", "Casualties by country:"). */
const BOX_HEADING = /^\s*[\p{L}][\p{L}\d ,'’()-]{1,40}:\s*$/u;
/** A line of a box: "Label: value". */
const BOX_LINE = /^\s*[-•*]?\s*[\p{L}][\p{L}\d .,'’()-]{0,40}:\s*\S/u;

/** Characters a fact box's line may run on either side of its figure. */
const BOX_REACH = 200;

/** Whether the line at `at` in `text` is a line of a box under a heading with no value ("Dead:" then "Visitors: 12"). */
export function isBoxLine(text: string, at: number): boolean {
  // a box's line is short: look no further than BOX_REACH each way (a one-line file of 40,000
  // sentences must not be scanned again for each of its figures)
  const from = Math.max(0, at - BOX_REACH);
  const back = text.slice(from, at).lastIndexOf('\n');
  if (back < 0 && from > 0) return false;
  const lineStart = back < 0 ? 0 : from + back + 1;
  const ahead = text.slice(at, at + BOX_REACH).indexOf('\n');
  if (ahead < 0 && at + BOX_REACH < text.length) return false;
  const lineEnd = ahead < 0 ? -1 : at + ahead;
  if (!BOX_LINE.test(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd))) return false;
  // up through the box's lines (no blank line between) to its heading
  let end = lineStart - 1;
  for (let lines = 0; end > 0 && lines < 30; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (BOX_HEADING.test(line)) return true;
    if (!BOX_LINE.test(line)) return false;
    end = start - 1;
  }
  return false;
}

const UNIT_OF_PLACE = '(?:County|Province|District|Parish|Prefecture|Municipality)';
const REFERENCE = new RegExp(`\\bthe\\s+(county|province|district|parish|prefecture|municipality)(?:['’]s?)?\\b`, 'i');
const NAMED_UNIT = new RegExp(`\\b((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,2})${UNIT_OF_PLACE}\\b`, 'gu');

/**
 * "the county's death toll": the county the text before it names last (in the sentence up to the
 * figure, else the sentence before), lower-cased ("elm county"), when the clause refers to one.
 */
export function referredUnitOf(clause: string, before: string, previous: string | undefined): string | undefined {
  const ref = REFERENCE.exec(clause);
  if (!ref) return undefined;
  const kind = ref[1]!.toLowerCase();
  for (const text of [before, previous ?? '']) {
    const named = [...text.matchAll(NAMED_UNIT)].filter((m) => m[0].toLowerCase().endsWith(kind));
    const last = named[named.length - 1];
    if (last) return last[0].toLowerCase().replace(/\s+/g, ' ');
  }
  return undefined;
}
