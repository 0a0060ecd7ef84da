// The CLI's JSON in pieces is byte for byte JSON.stringify(value, null, 2).
import { describe, expect, it } from 'vitest';
import { jsonPieces, MappedArray } from '../../../src/views/jsonStream';
import { analyze } from '../../../src/core';
import { toJson } from '../../../src/cli';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const joined = (value: unknown) => [...jsonPieces(value)].join('');

describe('JSON in pieces', () => {
  it.each([
    ['an empty object', {}],
    ['an empty array', []],
    ['scalars', { a: 1, b: 'x\ny "q"', c: null, d: true, e: -0.5 }],
    ['undefined, functions and NaN', { a: undefined, b: () => 1, c: NaN, d: [undefined, () => 1, Infinity], e: 2 }],
    ['nested arrays and objects', { list: [[], {}, [1, [2, { x: [3] }]], { y: { z: [] } }], empty: [], obj: { k: [1, 2] } }],
    ['a top-level array', [1, { a: [2, 3] }, [], 'text']],
    ['a scalar', 42],
    ['a date (toJSON)', { when: new Date(0) }],
  ])('%s', (_, value) => {
    expect(joined(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('the seeds analysis as the CLI prints it', () => {
    const dir = join(__dirname, '../../../seeds');
    const sources = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: f, uri: f, text: readFileSync(join(dir, f), 'utf8') }));
    const json = toJson(analyze(sources));
    const pieces = [...jsonPieces(json)];
    expect(pieces.join('')).toBe(JSON.stringify(json, null, 2));
    expect(pieces.length).toBeGreaterThan(20);
    // the CLI's lazy tree writes the same bytes, through jsonPieces and through JSON.stringify
    const lazy = toJson(analyze(sources), { lazy: true });
    expect(Object.values(lazy as object).some((v) => v instanceof MappedArray)).toBe(true);
    expect([...jsonPieces(lazy)].join('')).toBe(JSON.stringify(json, null, 2));
    expect(JSON.stringify(lazy, null, 2)).toBe(JSON.stringify(json, null, 2));
  });

  it('a mapped array, at the top and in a field, is the array of its mapped items', () => {
    const items = [{ n: 1 }, { n: 2 }, { n: 3 }];
    const made: number[] = [];
    const map = (x: { n: number }) => (made.push(x.n), x.n === 2 ? undefined : { twice: [x.n * 2] });
    const expected = { a: 1, list: items.map(map), empty: [] };
    made.length = 0;
    expect([...jsonPieces({ a: 1, list: new MappedArray(items, map), empty: new MappedArray([], map) })].join('')).toBe(JSON.stringify(expected, null, 2));
    expect(made).toEqual([1, 2, 3]);
    expect([...jsonPieces(new MappedArray(items, map))].join('')).toBe(JSON.stringify(items.map(map), null, 2));
  });
});
