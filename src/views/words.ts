// Small English helpers every view shares, so counts and headings read the same everywhere.

/** "1 source", "3 sources", "2 discrepancies". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Troops in Japan" from "troops in Japan". */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
