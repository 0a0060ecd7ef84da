import { describe, expect, it } from 'vitest';
import { findCycles, importsOf } from './importGraph';

describe('importsOf', () => {
  it.each([
    [`import { a } from './a';`, ['./a']],
    [`import type { B } from "../b";`, ['../b']],
    [`export { c } from './c';\nexport type * from './types';`, ['./c', './types']],
    [`import * as vscode from 'vscode';`, ['vscode']],
    [`import './side-effect';`, ['./side-effect']],
    [`const w = require('./worker') as typeof import('../analysisWorker');`, ['./worker', '../analysisWorker']],
    [`// import { x } from './commented';\n/* import { y } from './block'; */`, []],
    [`import {\n  a,\n  b,\n} from './multi';`, ['./multi']],
  ])('%s', (source, expected) => {
    expect(importsOf(source).sort()).toEqual([...expected].sort());
  });
});

describe('findCycles', () => {
  it('finds a two-module cycle and a longer one, and nothing in a tree', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['a', 'c']],
      ['c', ['d']],
      ['d', ['e']],
      ['e', ['c']],
      ['f', ['a']],
    ]);
    expect(findCycles(edges)).toEqual([['a', 'b'], ['c', 'd', 'e']]);
    expect(findCycles(new Map([['x', ['y', 'z']], ['y', ['z']], ['z', []]]))).toEqual([]);
  });

  it('counts a module that imports itself', () => {
    expect(findCycles(new Map([['s', ['s']]]))).toEqual([['s']]);
  });
});
