// "Today", "tonight", "yesterday" and "tomorrow" inside quoted speech are the speaker's, not the
// report's: '"We have delivered a sobering verdict tonight," he said on Friday' is Friday night
// whatever day the report is dated. When the sentence states outside the quotation the day the
// words were said (a date resolved to the day), the relative day hangs on it. Pure.
import type { DateExpression } from './expressions';
import { resolveExpression, type Reference, type Resolved } from './resolve';

const QUOTE = /["“”]/g;

/** Whether `at` (an offset into `text`, the sentence starting at `start`) is inside a quotation. */
function quoted(text: string, start: number, at: number): boolean {
  const before = text.slice(0, at - start);
  return (before.match(QUOTE) ?? []).length % 2 === 1;
}

/**
 * The relative day `e` resolved against the day its speech was given, when `e` lies inside a
 * quotation of its sentence and the sentence dates the speech outside it; else undefined.
 * `sentence`: the text and start of e's sentence; `resolved`: the source's other resolutions.
 */
export function resolveInQuote(
  e: DateExpression,
  sentence: { text: string; start: number } | undefined,
  all: readonly DateExpression[],
  resolved: ReadonlyMap<DateExpression, Resolved>,
  ref: Reference | undefined,
): Resolved | undefined {
  if (e.kind !== 'relativeDay' || !sentence || !quoted(sentence.text, sentence.start, e.span.start)) return undefined;
  const said = all.find((x) => x !== e && x.sentence === e.sentence && !quoted(sentence.text, sentence.start, x.span.start) && resolved.get(x)?.precision === 'day');
  const day = said && resolved.get(said);
  if (!day) return undefined;
  const r = resolveExpression(e, { day: day.from, inferred: day.inferred || !!ref?.inferred });
  return r && { ...r, resolution: `in quoted speech, relative to when it was said ("${said.text}", ${day.date}): ${r.resolution}` };
}
