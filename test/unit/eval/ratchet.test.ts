// The ratchet's comparison: which changes against the accepted numbers fail it.
import { describe, expect, it } from 'vitest';
import { ratchetFailures, ratchetGains } from '../../../scripts/eval/headline';

const accepted = { tolerance: 0.002, numbers: { 'newsquant.value.f1': 0.7, 'clusters.a.align': 0.5, 'clusters.a.falseflags': 3 } };

describe('accuracy ratchet', () => {
  it.each<[string, Record<string, number>, number]>([
    ['all equal', { 'newsquant.value.f1': 0.7, 'clusters.a.align': 0.5, 'clusters.a.falseflags': 3 }, 0],
    ['a tie within the tolerance', { 'newsquant.value.f1': 0.6985, 'clusters.a.align': 0.5, 'clusters.a.falseflags': 3 }, 0],
    ['a score below the tolerance', { 'newsquant.value.f1': 0.69, 'clusters.a.align': 0.5, 'clusters.a.falseflags': 3 }, 1],
    ['one more false flag', { 'newsquant.value.f1': 0.7, 'clusters.a.align': 0.5, 'clusters.a.falseflags': 4 }, 1],
    ['fewer false flags and a better score', { 'newsquant.value.f1': 0.8, 'clusters.a.align': 0.5, 'clusters.a.falseflags': 1 }, 0],
    ['an accepted number no longer measured', { 'newsquant.value.f1': 0.7, 'clusters.a.falseflags': 3 }, 1],
  ])('%s: %i failure(s)', (_, now, failures) => {
    expect(ratchetFailures(now, accepted)).toHaveLength(failures);
  });

  it('lists the gains to accept', () => {
    expect(ratchetGains({ 'newsquant.value.f1': 0.75, 'clusters.a.align': 0.5, 'clusters.a.falseflags': 2 }, accepted)).toEqual([
      'newsquant.value.f1: 0.7 → 0.75',
      'clusters.a.falseflags: 3 → 2',
    ]);
  });
});
