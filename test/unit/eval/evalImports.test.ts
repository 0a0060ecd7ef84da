// The eval measures the analysis as its users get it: scripts/eval reaches src/ only through the
// core's public face (src/core/index.ts) and the presentation layer the CLI also uses (src/views,
// e.g. the default severities of --json), never a stage module, the CLI or the editor.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from '../importGraph';

const ROOT = resolve(__dirname, '../../..');
const EVAL = join(ROOT, 'scripts/eval');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
}

describe('scripts/eval', () => {
  it('imports src/ only through src/core/index.ts and src/views', () => {
    const all = files(EVAL);
    expect(all.length).toBeGreaterThan(10);
    const deep = all.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((s) => s.startsWith('.'))
        .map((s) => relative(ROOT, resolve(dirname(file), s)))
        .filter((target) => target.startsWith('src') && target !== join('src', 'core') && target !== join('src', 'core', 'index') && !target.startsWith(join('src', 'views') + '/'))
        .map((target) => `${relative(ROOT, file)} → ${target}`),
    );
    expect(deep).toEqual([]);
  });
});
