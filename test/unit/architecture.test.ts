// The shape of src/, checked on the import graph itself: the core is reached only through its
// public face (src/core/index.ts), the core and the presentation layer never import `vscode`,
// layers only point down (features → views → core), and no module imports itself in a cycle.
// Also, on the source text: the core and the presentation layer keep no state at module level
// (state belongs to the analyzer, so two analyzers never share any).
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

/**
 * Module-level declarations that look like state: a `let` or `var`; an empty Map/Set/WeakMap/
 * WeakSet, array or object, made to be filled later; an instance of any other class, or what a
 * `create...()` factory makes (a stage, a parser: one would be shared by every analyzer). Lookup
 * tables built whole at load (`new Set([...])`, `new Map(entries)`, `new RegExp(...)`, `Intl`
 * formats, `Object.fromEntries(...)`) are not matched. A heuristic, not a proof: it catches the
 * usual shapes of a cache.
 */
const STATE_LIKE =
  /^(?:export )?(?:(?:let|var) +([\w$]+)|const +([\w$]+)(?:: [^=]+)? *= *(?:new (?:Map|Set|WeakMap|WeakSet)(?:<.*>)?\(\)|new (?!(?:Map|Set|RegExp)\b|Intl\.)[A-Z]|create[A-Z]\w*\(|\[\]|\{\}))/gm;

/** The module-level state that is allowed, and why. */
const ALLOWED_STATE = new Set([
  // pure memos of a word's lemma / spelled number under compromise's fixed model, size-bounded
  'core/text/nlp.ts lemmaCache',
  'core/text/nlp.ts numberCache',
  // scratch rows of the edit distance: written before read on every call, nothing carries over
  'core/textual/tokens.ts rows',
]);

const inCore = (path: string) => path.startsWith('core/');
const inViews = (path: string) => path.startsWith('views/');

describe('architecture of src/', () => {
  it('re-exports only from the public face: no shim left behind by a split in core or views', () => {
    const shims = [...graph.keys()]
      .filter((path) => (inCore(path) || inViews(path)) && path !== 'core/index.ts')
      .filter((path) => /^export\s+(?:type\s+)?(?:\{[^}]*\}|\*)\s+from\s/m.test(readFileSync(join(SRC, path), 'utf8')));
    expect(shims).toEqual([]);
  });

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

  it('keeps no state at module level in the core or the presentation layer, beyond the allowed memos', () => {
    const found = [...graph.keys()]
      .filter((path) => inCore(path) || inViews(path))
      .flatMap((path) => [...readFileSync(join(SRC, path), 'utf8').matchAll(STATE_LIKE)].map((m) => `${path} ${m[1] ?? m[2]}`));
    expect(found.filter((entry) => !ALLOWED_STATE.has(entry))).toEqual([]);
    // every allowance still names a declaration, so the list does not outlive what it excuses
    expect([...ALLOWED_STATE].filter((entry) => !found.includes(entry))).toEqual([]);
  });
});
