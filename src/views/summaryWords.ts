// Wording shared by the summary's model and renderings: values as a reader says them
// ("about 53,000", "$1.4 billion a year") and lists of source labels ("000 and 004").
import type { Figure } from '../core';

/** The phrase without the counted noun, for counts ("roughly 53,000" of "roughly 53,000 American service members"). */
export function writtenValue(f: Figure): string {
  let text = f.text.trim();
  if ((f.unit.kind === 'count' || f.unit.kind === 'percent') && f.counted) {
    const at = text.lastIndexOf(f.counted);
    const valueEnd = f.valueSpan.end - f.span.start;
    if (at >= valueEnd && at > 0) {
      // "about 2% of gross domestic product" → "about 2%": the linking preposition goes too.
      const before = text.slice(0, at).replace(/\s+(?:of|in|for)\s*$/iu, '');
      text = (before + ' ' + text.slice(at + f.counted.length)).trim();
    }
  }
  return text.replace(/[\s,;:]+$/u, '') || f.text;
}

export { describeValue, withUnit, formatNumber, joinLabels } from '../core';
