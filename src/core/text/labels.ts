// Short labels for sources in reasons and tables: "001" for "001_778f94a180eceaa4.txt" when the
// leading tokens of the file names tell the sources apart, else the file name without extension.

function baseName(pathOrUri: string): string {
  const decoded = (() => {
    try {
      return decodeURIComponent(pathOrUri);
    } catch {
      return pathOrUri;
    }
  })();
  const name = decoded.split(/[\\/]/).pop() ?? decoded;
  return name.replace(/\.[A-Za-z0-9]{1,5}$/, '') || name;
}

/** Labels in the same order as `paths`, unique within the set. */
export function shortLabels(paths: readonly string[]): string[] {
  const names = paths.map(baseName);
  const firstTokens = names.map((n) => n.split(/[_\s.-]+/)[0] || n);
  if (new Set(firstTokens).size === names.length && firstTokens.every((t) => t.length >= 2)) return firstTokens;
  if (new Set(names).size === names.length) return names;
  // Same file names in different folders: fall back to the full paths.
  return paths.map((p, i) => (names.filter((n) => n === names[i]).length > 1 ? p : names[i]!));
}

/** A function from source id to its short label, for the sources of one set. */
export function labelerFor(sources: readonly { id: string; uri: string }[]): (id: string) => string {
  const labels = shortLabels(sources.map((s) => s.uri || s.id));
  const byId = new Map(sources.map((s, i) => [s.id, labels[i]!]));
  return (id) => byId.get(id) ?? id;
}
