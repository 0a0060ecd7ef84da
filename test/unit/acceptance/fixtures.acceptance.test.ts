// Our own multi-source sets (test/fixtures/*: a disaster toll, an election, a company deal) read
// against their human readings. Misreadings we know of are listed below as expected failures:
// the test fails if a new check breaks AND if a listed one starts passing (so the list shrinks).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { evaluate, loadSet } from './evaluate';
import { KNOWN_MISREADINGS } from './knownMisreadings';

const root = join(__dirname, '../../..');

describe.each(['earthquake', 'election', 'acquisition'])('fixture set %s', (set) => {
  const { sources, expected } = loadSet(join(root, 'test/fixtures', set), join(root, 'test/fixtures', set, `${set}.expected.json`));
  const failures = evaluate(analyze(sources), sources, expected);

  it('has no misreading beyond the known ones', () => {
    expect(failures.filter((f) => !KNOWN_MISREADINGS[set]!.includes(f))).toEqual([]);
  });

  it('still has every known misreading (remove the fixed ones from the list)', () => {
    expect(KNOWN_MISREADINGS[set]!.filter((f) => !failures.includes(f))).toEqual([]);
  });
});
