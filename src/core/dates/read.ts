// Text + reference date -> DateMention[]: the date stage on its own, so it can be measured against
// tagged corpora (`npm run eval`) with the corpus's own creation date as the reference.
import type { DateMention } from '../types';
import { segment } from '../text/segment';
import { extractDateExpressions } from './expressions';
import { resolveTimeline } from './timeline';

/**
 * Every date expression of `text` (read as one article) with the ISO value it resolves to against
 * `referenceDate` (YYYY-MM-DD); `date` is undefined where it cannot be placed.
 */
export function readDates(text: string, referenceDate: string): DateMention[] {
  const source = { id: 'text', uri: 'text', text };
  const sentences = segment(text).sentences;
  const expressions = extractDateExpressions(source, sentences);
  return resolveTimeline([{ source, expressions, sentences }], { referenceDate }).mentions;
}
