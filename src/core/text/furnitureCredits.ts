// Page furniture about who made the page: bylines ("By Jane Doe, Staff Writer"), author and
// staff credits ("Reporting by ...", "Jane Doe | Reuters"), copyright lines and automation or
// correction notices. Names are told from sentences by their shape, never by a list of names.
import { anyOf, MONTHS, VERBS, WEEKDAYS } from './furnitureVocabulary';

const CREDIT = /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4})/i;
// These scan a prefix, so they only run on short lines (credits are short).
const CREDIT_TAIL = anyOf([
  /^[^.!?]{0,120}\bcontributed (?:reporting )?to this (?:report|story|article)\.?\)?$/i,
  /^[^!?]{0,150}\ball rights reserved\.?$/i,
]);

const NOTICE = anyOf([
  /^\(?(?:this|the above) (?:article|story|copy|content|report|piece) (?:was|has been|is|had been) (?:auto-?generated|automatically generated|generated|machine[- ]translated)\b/i,
  /^\(?(?:this|the above) (?:article|story|copy|content|piece) (?:was|has been|had been) (?:corrected|updated|amended|refiled|edited|originally published|republished|published from|syndicated)\b/i,
  /^\(?(?:except for the headline|disclaimer:|editor['’]?s note:|correction:|clarification:)/i,
]);
const NOTICE_FEED = /^\(?[^.!?]{0,200}\b(?:automated news agency feed|syndicated feed|has not been edited by)\b/i;

export const AUTHOR_LABEL = /^(?:authors?|byline|reporter|correspondent|writer|words|written by)\s*:\s*\S/i;
// Not first names: "By Tuesday, ...", "By The time ...".
const NOT_NAMES = new Set(`${MONTHS}|${WEEKDAYS}|the|this|that|then|now|law|day|night|year|far|contrast|comparison|design|default|noon|midnight|christmas|spring|summer|autumn|fall|winter|early|late|mid|next|last|all|some|most|many|one|two|way|car|air|sea|land|road|rail`.split('|'));
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|de|da|dos|van|von|der|den|al|el|bin|le|la|du|di|del|y)$/u;

export function isByline(line: string): boolean {
  const m = /^(?:written |words |reported |story |posted )?by\s+(.+)$/i.exec(line);
  if (!m || line.length > 160) return false;
  // "Posted by Jane Doe on March 30, 2025": the date part is not the name.
  const rest = m[1]!.split(/\s(?:on|at|updated|published)\s/i)[0]!;
  // A stop at the end is a sentence unless it closes an initial or "Jr.".
  if (/[.!?]$/.test(rest) && !/(?:^|\s)\S{1,3}\.$/.test(rest)) return false;
  const parts = rest.split(/\s*(?:,|\||—|–|\s-\s|\/|\band\b|&|·|•)\s*/).filter((p) => p.length > 0);
  if (parts.length === 0) return false;
  const name = parts[0]!.split(/\s+/);
  if (name.length > 5 || !/^\p{Lu}/u.test(name[0]!) || NOT_NAMES.has(name[0]!.toLowerCase().replace(/\.$/, '')))
    return false;
  if (!name.every((t) => NAME_TOKEN.test(t))) return false;
  return parts.slice(1).every((p) => {
    const ws = p.split(/\s+/);
    return ws.length <= 6 && !ws.some((w) => VERBS.has(w.toLowerCase()));
  });
}

// "Reporting by Jane Doe in Tokyo; Editing by John Roe", "With assistance from Jane Doe.":
// after the lead, only names and the words of a credit ("Reporting by the Times revealed ..."
// and "Research by economists shows ..." are article text).
const STAFF_CREDIT_LEAD =
  /^\(?(?:with )?(?:additional )?(?:assistance|reporting|writing|editing|research|compiled|compilation|translation|translated|graphics|produced|edited|fact-checking)\s+(?:by|from)\s+/i;
const CREDIT_WORDS = new Set(
  'and in from by with of the at additional reporting writing editing research assistance compiled graphics translation staff writer writers correspondent correspondents reporters reporter bureau desk newsroom team'.split(
    ' ',
  ),
);
export function isCredit(line: string): boolean {
  return CREDIT.test(line) || (line.length <= 160 && CREDIT_TAIL.test(line)) || isStaffCredit(line);
}
export function isNotice(line: string): boolean {
  return NOTICE.test(line) || (line.length <= 260 && NOTICE_FEED.test(line));
}
function isStaffCredit(line: string): boolean {
  const m = STAFF_CREDIT_LEAD.exec(line);
  if (!m || line.length > 300) return false;
  const toks = line
    .slice(m[0].length)
    .split(/[\s;,&/|)(]+/)
    .map((t) => t.replace(/[.:]+$/, ''))
    .filter((t) => t.length > 0);
  return toks.length > 0 && toks.every((t) => /^\p{Lu}/u.test(t) || CREDIT_WORDS.has(t.toLowerCase()));
}

/** "Jane Doe | Reuters", "Jane Doe, Senior Correspondent": a name, then a short role or outlet. */
export function isNameCredit(line: string): boolean {
  if (line.length > 80 || /[.!?:]$/.test(line)) return false;
  const m = /^([^,|]+)\s*(?:,|\|)\s*([^,|]+)$/.exec(line);
  if (!m) return false;
  const name = m[1]!.trim().split(/\s+/);
  const role = m[2]!.trim().split(/\s+/);
  const capitalised = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) && !NOT_NAMES.has(w.toLowerCase());
  return (
    name.length >= 2 &&
    name.length <= 4 &&
    name.every((w) => NAME_TOKEN.test(w) && (capitalised(w) || !/^\p{Lu}/u.test(w))) &&
    capitalised(name[0]!) &&
    role.length <= 5 &&
    role.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|for|the|at|in|&)$/.test(w))
  );
}
