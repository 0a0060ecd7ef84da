// Shared by the timeline tests: the timeline of a few texts (id → text), read as analyze() reads
// them, with a fixed "today".
import { extractDateExpressions } from '../../../../src/core/dates/expressions';
import { resolveTimeline, type TimelineResult } from '../../../../src/core/dates/timeline';
import { segment } from '../../../../src/core/text/segment';
import type { Source } from '../../../../src/core/types';

export function runTimeline(texts: Record<string, string>, today = '2026-01-01'): TimelineResult {
  const inputs = Object.entries(texts).map(([id, text]) => {
    const source: Source = { id, uri: id, text };
    const sentences = segment(text).sentences;
    return { source, sentences, expressions: extractDateExpressions(source, sentences) };
  });
  return resolveTimeline(inputs, { today });
}
