// test/accuracy/accepted.json: the last accepted numbers, which the ratchet test holds every run
// to. Written from the committed corpora only (never the web clusters, which CI does not have).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalResults } from './evaluate';
import { headline, type Accepted } from './headline';

export const ACCEPTED_PATH = 'test/accuracy/accepted.json';
export const TOLERANCE = 0.002;

export function readAccepted(repo: string): Accepted {
  return JSON.parse(readFileSync(join(repo, ACCEPTED_PATH), 'utf8')) as Accepted;
}

export function writeAccepted(repo: string, results: EvalResults): void {
  const accepted: Accepted = {
    about: 'Last accepted accuracy numbers (npm run eval -- --write-baseline). test/accuracy/ratchet.test.ts fails when a run falls below one (above, for falseflags) by more than the tolerance. Raise them in the commit that improves them; see docs/accuracy.md.',
    tolerance: TOLERANCE,
    numbers: headline(results, { web: false }),
  };
  writeFileSync(join(repo, ACCEPTED_PATH), `${JSON.stringify(accepted, null, 2)}\n`);
}
