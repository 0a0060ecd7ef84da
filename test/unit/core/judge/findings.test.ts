import { describe, expect, it } from 'vitest';
import { countFindings } from '../../../../src/core/judge/findings';
import type { Analysis, Claim, TimelineEvent } from '../../../../src/core/types';

const claim = (id: string, verdict: Claim['verdict']) => ({ id, verdict }) as Claim;
const event = (id: string, conflict: boolean) => ({ id, ...(conflict ? { dateConflict: { reason: 'r', dates: [] } } : {}) }) as TimelineEvent;

describe('countFindings', () => {
  const analysis = {
    sources: [], singleSource: [], diagnostics: [], textual: [],
    claims: [claim('a', 'conflict'), claim('b', 'discrepancy'), claim('c', 'agree'), claim('d', 'conflict')],
    timeline: [event('e1', true), event('e2', false)],
  } as Analysis;

  it('counts date conflicts as conflicts', () => {
    expect(countFindings(analysis)).toEqual({ conflicts: 3, discrepancies: 1, agreements: 1, dateConflicts: 1 });
  });

  it('counts an event whose dates conflict once when it is also a date claim', () => {
    const both = { ...analysis, claims: [...analysis.claims, claim('e1', 'conflict')] } as Analysis;
    expect(countFindings(both)).toEqual({ conflicts: 3, discrepancies: 1, agreements: 1, dateConflicts: 0 });
  });

  it('leaves ignored claims and events out', () => {
    expect(countFindings(analysis, (id) => id === 'a' || id === 'e1')).toEqual({ conflicts: 1, discrepancies: 1, agreements: 1, dateConflicts: 0 });
  });
});
