// The shape of src/, checked on the import graph itself: the core is reached only through its
// public face (src/core/index.ts), the core and the presentation layer never import `vscode`,
// layers only point down (features → views → core), and no module imports itself in a cycle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importsOf } from './importGraph';

const SRC = resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module of src/ with what it imports: relative imports resolved to repository paths. */
const graph = new Map<string, { relative: string[]; packages: string[] }>();
for (const file of sourceFiles(SRC)) {
  const specifiers = importsOf(readFileSync(file, 'utf8'));
  const relativeTargets = specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => resolveModule(dirname(file), s));
  graph.set(rel(file), { relative: relativeTargets, packages: specifiers.filter((s) => !s.startsWith('.')) });
}

function rel(path: string): string {
  return relative(SRC, path).split('\\').join('/');
}

function resolveModule(fromDir: string, specifier: string): string {
  const base = resolve(fromDir, specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
    try {
      if (statSync(candidate).isFile()) return rel(candidate);
    } catch {
      // not this candidate
    }
  }
  return rel(base);
}

const inCore = (path: string) => path.startsWith('core/');
const inViews = (path: string) => path.startsWith('views/');

describe('architecture of src/', () => {
  it('finds the modules it checks', () => {
    expect(graph.size).toBeGreaterThan(60);
    expect(graph.has('core/index.ts')).toBe(true);
  });

  it('reaches the core only through src/core/index.ts from outside it', () => {
    const deep = [...graph].flatMap(([from, { relative: targets }]) =>
      inCore(from) ? [] : targets.filter((t) => inCore(t) && t !== 'core/index.ts').map((t) => `${from} → ${t}`),
    );
    expect(deep).toEqual([]);
  });

  it('keeps vscode out of the core and the presentation layer', () => {
    const leaks = [...graph]
      .filter(([from, { packages }]) => (inCore(from) || inViews(from)) && packages.includes('vscode'))
      .map(([from]) => from);
    expect(leaks).toEqual([]);
  });

  it('points layers down only: the core imports nothing above it, views nothing of the editor', () => {
    const upward = [...graph].flatMap(([from, { relative: targets }]) =>
      targets
        .filter((t) => (inCore(from) && !inCore(t)) || (inViews(from) && !inViews(t) && !inCore(t)))
        .map((t) => `${from} → ${t}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no import cycle', () => {
    const edges = new Map([...graph].map(([from, { relative: targets }]) => [from, targets]));
    expect(findCycles(edges)).toEqual([]);
  });
});
