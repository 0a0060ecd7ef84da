// A figure in words, for every view. There is ONE wording of a figure's value: describeValue
// ("about 53,000", "more than $1.4 billion a year") and describeWithCanonical ("¥211 billion a
// year (≈ $1.41 billion)") in core/judge/format.ts, reached through core/index.ts. It lives in the
// core because the core's reasons and diagnostic messages ("001 says 50,000; …") are worded with it
// and are part of the --json output; views reuse it rather than keep a second formatter, so a hover,
// a tree row and the summary word a value exactly as the reason next to them does.
//
// What stays here is the views' other reading of a figure: the source's own words.
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
