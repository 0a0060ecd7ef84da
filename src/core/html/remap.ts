// An analysis of article texts, moved back onto the HTML files they came from: every span of a
// mapped source (figures and their repeats, diagnostics and their related places, timeline
// mentions, textual variants) gets the HTML range of its characters. Generic on purpose: any
// `{start, end}` under an object whose `source` is a mapped one is moved, so a span added to the
// Analysis later is moved too. Returns a copy; the analyzer's cached objects are never touched.
import { mapSpan, type MappedText } from './sourceMap';

export function remapSpans<T>(value: T, maps: ReadonlyMap<string, MappedText>): T {
  if (maps.size === 0) return value;
  const visit = (v: unknown, source: string | undefined): unknown => {
    if (Array.isArray(v)) return v.map((x) => visit(x, source));
    if (!v || typeof v !== 'object') return v;
    const object = v as Record<string, unknown>;
    const here = typeof object.source === 'string' ? object.source : source;
    const out: Record<string, unknown> = {};
    for (const [key, x] of Object.entries(object)) out[key] = visit(x, here);
    const map = here === undefined ? undefined : maps.get(here);
    if (map && typeof object.start === 'number' && typeof object.end === 'number') Object.assign(out, mapSpan(map, object.start, object.end));
    return out;
  };
  return visit(value, undefined) as T;
}
