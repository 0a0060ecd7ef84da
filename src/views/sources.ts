// One way to name a source: its short label from the core ("001" for "001_778f94a180eceaa4.txt"),
// the name the core's reasons and diagnostics already use. So a hover row, a tree row and a
// summary cell say "001" next to a reason that says "001 says 50,000". A source without a label
// is named by its id. The file name is only for columns that show the file itself.
import type { SourceSummary } from '../core';

type Named = Pick<SourceSummary, 'id' | 'label'>;

const nameOf = (s: Named): string => s.label || s.id;

/** The name of one source of the set. */
export function sourceName(sources: readonly Named[], id: string): string {
  const source = sources.find((s) => s.id === id);
  return source ? nameOf(source) : id;
}

/** Source id → name, looked up once per set (for the summary, which names every cell). */
export function sourceNames(sources: readonly Named[]): (id: string) => string {
  const names = new Map(sources.map((s) => [s.id, nameOf(s)]));
  return (id) => names.get(id) ?? id;
}

/** The file name of a path (POSIX or Windows separators): "001_778f94a180eceaa4.txt". */
export function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) || path;
}
