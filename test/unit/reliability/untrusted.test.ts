// Untrusted workspaces (issue 7): Crosscheck declares that it works in Restricted Mode and in
// virtual workspaces, and nothing in it could run code from a workspace: no child processes, no
// eval, no dynamic require of a workspace path. The source is scanned, so a later change that
// adds one fails here and has to revisit the declaration.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './corpus';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  capabilities?: { untrustedWorkspaces?: { supported?: boolean | string }; virtualWorkspaces?: boolean };
  contributes?: { configuration?: { properties?: Record<string, { scope?: string; restrictedConfigurations?: unknown }> } };
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('untrusted workspaces', () => {
  it('package.json declares full support for untrusted and virtual workspaces', () => {
    expect(manifest.capabilities?.untrustedWorkspaces?.supported).toBe(true);
    expect(manifest.capabilities?.virtualWorkspaces).toBe(true);
  });

  it('the extension and the core run nothing: no child processes, eval, Function or vm', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const [what, re] of [
        ['child_process', /['"](?:node:)?child_process['"]/],
        ['eval', /\beval\s*\(/],
        ['Function constructor', /\bnew\s+Function\s*\(/],
        ['vm', /['"](?:node:)?vm['"]/],
        ['terminal', /createTerminal|sendText/],
      ] as const) {
        if (re.test(text)) offenders.push(`${file.slice(ROOT.length + 1)}: ${what}`);
      }
      // A require() may only load the extension's own bundled files, never a workspace path.
      for (const m of text.matchAll(/\brequire\(([^)]*)\)/g)) {
        if (!/^(?:WORKER_SCRIPT|'[^']+'|"[^"]+")$/.test(m[1]!.trim())) offenders.push(`${file.slice(ROOT.length + 1)}: require(${m[1]})`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
