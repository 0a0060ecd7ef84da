// Messages from the summary webview. The page is fed untrusted article text, so whatever it posts
// is treated as untrusted too: a jump is honoured only for a source of the current analysis and
// offsets inside that source's text. No `vscode` import, so it is unit-tested directly.
import type { Analysis } from '../core';
import type { OpenSpanArgs } from './commandIds';

export type SummaryMessage = { type: 'ready'; version: number } | { type: 'open'; args: OpenSpanArgs };

const MAX_ID_LENGTH = 4096;

/** The message, checked; undefined when it is malformed or names a span that does not exist. */
export function parseSummaryMessage(message: unknown, analysis: Analysis | undefined): SummaryMessage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type === 'ready') return { type: 'ready', version: Number.isSafeInteger(m.version) ? (m.version as number) : 0 };
  if (m.type !== 'open' || !analysis) return undefined;
  const { source, start, end } = m;
  if (typeof source !== 'string' || source.length === 0 || source.length > MAX_ID_LENGTH) return undefined;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return undefined;
  const s = start as number;
  const e = end as number;
  const known = analysis.sources.find((x) => x.id === source && x.skipped === undefined);
  if (!known || s < 0 || e < s || e > known.chars) return undefined;
  return { type: 'open', args: [source, s, e] };
}
