// A moving count across reports: a rise is a discrepancy explained by time of reporting, a later
// lower value is a revision when the report says so and a conflict when it does not.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze';

function claimOf(texts: string[]) {
  const a = analyze(texts.map((text, i) => ({ id: `s${i}`, uri: `s${i}.txt`, text })));
  return { claim: a.claims[0]!, diagnostics: a.diagnostics, labels: a.sources.map((s) => s.label) };
}

describe('moving counts', () => {
  it('calls a rising toll a discrepancy and shows the series in time order', () => {
    const { claim } = claimOf([
      'Date: 2026-04-03\n\nThe ferry sinking killed 31 people, the coast guard said.',
      'Date: 2026-04-01\n\nThe ferry sinking killed 12 people, the coast guard said.',
      'Date: 2026-04-02\n\nThe ferry sinking killed 21 people, the coast guard said.',
    ]);
    expect(claim.verdict).toBe('discrepancy');
    expect(claim.reason).toMatch(/^12 \(s1, 2026-04-01\) → 21 \(s2, 2026-04-02\) → 31 \(s0, 2026-04-03\) — the count rose as reports came in$/);
  });

  it('calls a later lower value with a stated revision a revision', () => {
    const { claim } = claimOf([
      'Date: 2026-04-01\n\nThe mine collapse killed 21 people, officials said.',
      'Date: 2026-04-02\n\nOfficials revised the number of people killed in the mine collapse to 19.',
    ]);
    expect(claim.verdict).toBe('discrepancy');
    expect(claim.reason).toMatch(/revised down in s1/);
  });

  it('calls a later lower value without a correction a conflict, and the rise before it a discrepancy', () => {
    const { claim, diagnostics } = claimOf([
      'Date: 2026-04-01\n\nThe stadium crush killed 8 people in the city.',
      'Date: 2026-04-02\n\nThe stadium crush killed 20 people in the city.',
      'Date: 2026-04-05\n\nThe stadium crush killed 18 people in the city.',
    ]);
    expect(claim.verdict).toBe('conflict');
    expect(claim.reason).toMatch(/a later report is lower with no correction stated/);
    const bySource = Object.fromEntries(diagnostics.map((d) => [d.source, d.code]));
    expect(bySource).toEqual({ s0: 'figure-discrepancy', s1: 'figure-conflict', s2: 'figure-conflict' });
  });

  it('leaves a steady measure alone: two values of a price are a conflict whatever the dates', () => {
    const { claim } = claimOf(['Date: 2026-04-01\n\nThe club sold the stadium for $40 million.', 'Date: 2026-04-03\n\nThe club sold the stadium for $48 million.']);
    expect(claim.verdict).toBe('conflict');
    expect(claim.reason).not.toMatch(/→/);
  });
});

describe('a figure\'s own "as of" day places it in the series', () => {
  it('a lower count "as of Thursday" in a later report is an earlier count, not a contradiction', () => {
    const { claim } = claimOf([
      'Date: 2026-08-15\n\nThe flood has killed 64 people, the governor said.',
      'Date: 2026-08-15\n\nThe flood had killed 29 people as of Thursday, the governor said.',
    ]);
    expect(claim.verdict).toBe('discrepancy');
    expect(claim.reason).toMatch(/^29 \(s1, 2026-08-13, as of Thursday\) → 64 \(s0, 2026-08-15\) — the count rose as reports came in$/);
  });

  it('the same day and two values stay a conflict', () => {
    const { claim } = claimOf([
      'Date: 2026-08-15\n\nThe flood has killed 64 people, the governor said.',
      'Date: 2026-08-15\n\nThe flood had killed 29 people as of Saturday, the governor said.',
    ]);
    expect(claim.verdict).toBe('conflict');
  });
});
