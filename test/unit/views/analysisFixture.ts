// A small hand-built Analysis (the troop-count claim of the seeds, shortened) for the tests of
// the editor-independent view logic.
import type { Analysis, Claim, DiagnosticModel, Figure } from '../../../src/core/types';

export function figure(source: string, start: number, text: string, value: number, qualifier: Figure['qualifier'] = 'exact'): Figure {
  const low = qualifier === 'lowerBound' ? value : qualifier === 'approximate' ? value * 0.95 : value;
  const high = qualifier === 'lowerBound' ? Infinity : qualifier === 'approximate' ? value * 1.05 : value;
  return {
    id: `${source}#${start}`,
    source,
    span: { start, end: start + text.length },
    valueSpan: { start, end: start + 6 },
    text,
    sentence: 0,
    value,
    low,
    high,
    precision: 1,
    unit: { kind: 'count', name: 'count' },
    qualifier,
    canonical: { value, low, high, unit: 'count', converted: false },
    counted: 'troops',
    head: 'troop',
    concept: 'military-personnel',
    context: [],
  };
}

export function troopAnalysis(): Analysis {
  const figures = [
    figure('a', 10, 'roughly 53,000 American service members', 53000, 'approximate'),
    figure('b', 40, '50,000 U.S. military personnel', 50000),
    figure('c', 5, 'More than 50.000 US troops', 50000, 'lowerBound'),
  ];
  const claim: Claim = {
    id: 'troops',
    measure: 'US service members in Japan',
    unit: { kind: 'count', name: 'count' },
    figures,
    verdict: 'discrepancy',
    reason: 'b says 50,000; a says about 53,000',
    outliers: ['b#40'],
  };
  const other: Claim = { ...claim, id: 'budget', verdict: 'conflict', figures: [figure('a', 200, '$5 billion', 5e9), figure('c', 90, '$7 billion', 7e9)], outliers: ['c#90'] };
  const diag = (source: string, start: number, end: number, code: DiagnosticModel['code'], claimId: string): DiagnosticModel => ({
    source, start, end, code, claim: claimId, message: `${claimId} in ${source}`, related: [],
  });
  return {
    sources: ['a', 'b', 'c'].map((id) => ({ id, path: `/w/${id}.txt`, label: id.toUpperCase(), chars: 500 })),
    claims: [other, claim],
    singleSource: [],
    diagnostics: [diag('c', 90, 100, 'figure-conflict', 'budget'), diag('b', 40, 70, 'figure-discrepancy', 'troops')],
    timeline: [],
    textual: [],
  };
}
