// JSON.stringify(value, null, 2) written in pieces: one piece per top-level field and per element
// of a top-level array, so the CLI's --json output for thousands of articles (hundreds of MB of
// text) never has to be one string (V8 caps a string's length) or sit in memory whole. The
// pieces joined are exactly JSON.stringify(value, null, 2): JSON text never holds a raw line
// break (strings escape them), so indenting a nested piece is inserting spaces after each one.

const indented = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

/**
 * An array whose elements are made as they are written: `map` of each item of `list`, in order.
 * JSON.stringify writes it as that array (toJSON); jsonPieces makes one element at a time, so the
 * CLI never holds a second copy of a large analysis as JSON-ready objects.
 */
export class MappedArray<T> {
  constructor(
    readonly list: readonly T[],
    readonly map: (item: T) => unknown,
  ) {}

  toJSON(): unknown[] {
    return this.list.map((item) => this.map(item));
  }
}

/** `value` as JSON (2-space indent), in pieces; a value JSON.stringify leaves out yields nothing. */
export function* jsonPieces(value: unknown): Generator<string> {
  if (value instanceof MappedArray) {
    yield* arrayPieces(value.list, '', value.map);
    return;
  }
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const text = JSON.stringify(value, null, 2) as string | undefined;
    if (text !== undefined) yield text;
    return;
  }
  if (Array.isArray(value)) {
    yield* arrayPieces(value, '');
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (const [k, [key, v]] of entries.entries()) {
    yield `  ${JSON.stringify(key)}: `;
    if (Array.isArray(v)) yield* arrayPieces(v, '  ');
    else if (v instanceof MappedArray) yield* arrayPieces(v.list, '  ', v.map);
    else yield indented(JSON.stringify(v, null, 2), '  ');
    yield k < entries.length - 1 ? ',\n' : '\n';
  }
  yield '}';
}

/** An array at `indent`, one piece per element (each element `map` of the item, if given). */
function* arrayPieces<T>(list: readonly T[], indent: string, map?: (item: T) => unknown): Generator<string> {
  if (list.length === 0) {
    yield '[]';
    return;
  }
  const inner = `${indent}  `;
  yield '[\n';
  for (let i = 0; i < list.length; i++) {
    const text = (JSON.stringify(map ? map(list[i]!) : list[i], null, 2) as string | undefined) ?? 'null';
    yield `${inner}${indented(text, inner)}${i < list.length - 1 ? ',\n' : `\n${indent}]`}`;
  }
}
