import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/features/configValues';
import { claimAt, countDisagreements, inReadingOrder, shownDiagnostics, stepTarget, visibleDiagnostics } from '../../../src/features/conflicts';
import { troopAnalysis } from '../views/analysisFixture';

const none = (): boolean => false;

describe('conflict navigation and counts', () => {
  const analysis = troopAnalysis();
  const ordered = inReadingOrder(analysis, analysis.diagnostics);

  it('orders diagnostics by source order, then offset', () => {
    expect(ordered.map((d) => `${d.source}@${d.start}`)).toEqual(['b@40', 'c@90']);
  });

  it('steps forward and backward, wrapping around', () => {
    expect(stepTarget(analysis, ordered, { source: 'a', offset: 0 }, 1)?.source).toBe('b');
    expect(stepTarget(analysis, ordered, { source: 'b', offset: 40 }, 1)?.source).toBe('c');
    expect(stepTarget(analysis, ordered, { source: 'c', offset: 90 }, 1)?.source).toBe('b');
    expect(stepTarget(analysis, ordered, { source: 'b', offset: 40 }, -1)?.source).toBe('c');
    expect(stepTarget(analysis, ordered, { source: 'c', offset: 95 }, -1)?.source).toBe('c');
    expect(stepTarget(analysis, ordered, { source: undefined, offset: 0 }, -1)?.source).toBe('c');
    expect(stepTarget(analysis, [], { source: 'a', offset: 0 }, 1)).toBeUndefined();
  });

  it('hides ignored claims and severity "none"', () => {
    expect(visibleDiagnostics(analysis, DEFAULT_CONFIG, (id) => id === 'budget').map((d) => d.claim)).toEqual(['troops']);
    const quiet = { ...DEFAULT_CONFIG, severity: { conflict: 'warning' as const, discrepancy: 'none' as const } };
    expect(visibleDiagnostics(analysis, quiet, none).map((d) => d.claim)).toEqual(['budget']);
  });

  it('gives each shown diagnostic the severity of its kind from the settings', () => {
    const loud = { ...DEFAULT_CONFIG, severity: { conflict: 'error' as const, discrepancy: 'hint' as const } };
    expect(shownDiagnostics(analysis, loud, none).map((s) => [s.model.claim, s.severity])).toEqual([
      ['budget', 'error'],
      ['troops', 'hint'],
    ]);
  });

  it('counts claims by verdict, without ignored ones', () => {
    expect(countDisagreements(analysis, none)).toEqual({ conflicts: 1, discrepancies: 1 });
    expect(countDisagreements(analysis, (id) => id === 'troops')).toEqual({ conflicts: 1, discrepancies: 0 });
  });

  it('finds the claim whose figure is under the cursor', () => {
    expect(claimAt(analysis, 'b', 45)?.claim.id).toBe('troops');
    expect(claimAt(analysis, 'b', 5)).toBeUndefined();
  });
});
