// Where the repository and the shared material are: ../shared is the `shared` folder beside the
// repository (CI clones it there), or CROSSCHECK_SHARED. A user's clone has none: eval says so.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder above `from` that holds src/core/index.ts. */
export function findRepo(from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'src', 'core', 'index.ts')) && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no repository root above ${from}`);
  }
}

/** The shared folder, or undefined when it is absent (with the place it was looked for). */
export function findShared(repo: string, env = process.env): { dir?: string; looked: string } {
  const looked = resolve(env.CROSSCHECK_SHARED || join(dirname(repo), 'shared'));
  const ok = existsSync(looked) && statSync(looked).isDirectory() && existsSync(join(looked, 'corpora'));
  return ok ? { dir: looked, looked } : { looked };
}

export const SHARED_ABSENT = (looked: string) =>
  `no shared corpora at ${looked} (set CROSSCHECK_SHARED to the shared folder): nothing to evaluate`;
