// JSON.stringify(value, null, 2) written in pieces: one piece per top-level field and per element
// of a top-level array, so the CLI's --json output for thousands of articles (hundreds of MB of
// text) never has to be one string (V8 caps a string's length) or sit in memory whole. The
// pieces joined are exactly JSON.stringify(value, null, 2): JSON text never holds a raw line
// break (strings escape them), so indenting a nested piece is inserting spaces after each one.

const indented = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

/** `value` as JSON (2-space indent), in pieces; a value JSON.stringify leaves out yields nothing. */
export function* jsonPieces(value: unknown): Generator<string> {
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
    else yield indented(JSON.stringify(v, null, 2), '  ');
    yield k < entries.length - 1 ? ',\n' : '\n';
  }
  yield '}';
}

/** An array at `indent`, one piece per element. */
function* arrayPieces(list: readonly unknown[], indent: string): Generator<string> {
  if (list.length === 0) {
    yield '[]';
    return;
  }
  const inner = `${indent}  `;
  yield '[\n';
  for (let i = 0; i < list.length; i++) {
    const text = (JSON.stringify(list[i], null, 2) as string | undefined) ?? 'null';
    yield `${inner}${indented(text, inner)}${i < list.length - 1 ? ',\n' : `\n${indent}]`}`;
  }
}
