// Dates as claims: each timeline event is one happening, its mentions the figures of one date claim.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze';
import { describeValue } from '../../../../src/core/judge/format';
import type { Analysis, Claim } from '../../../../src/core/types';

const run = (texts: Record<string, string>): Analysis => analyze(Object.entries(texts).map(([id, text]) => ({ id, uri: id, text })));
const dateClaimsOf = (a: Analysis, list: 'claims' | 'singleSource' = 'claims'): Claim[] => a[list].filter((c) => c.unit.kind === 'date');

describe('date claims', () => {
  it('the same happening dated by two sources is one claim whose figures carry the resolved date', () => {
    const a = run({
      a: 'Date: 2019-10-04\nThe museum reopened its doors on Thursday after a long renovation.',
      b: 'Date: 2019-10-04\nThe museum reopened its doors on October 3 after a long renovation.',
    });
    const [claim, ...rest] = dateClaimsOf(a);
    expect(rest).toEqual([]);
    expect(claim!.verdict).toBe('agree');
    expect(claim!.figures.map((f) => [f.source, f.text, f.date?.iso])).toEqual([
      ['a', 'Thursday', '2019-10-03'],
      ['b', 'October 3', '2019-10-03'],
    ]);
    expect(describeValue(claim!.figures[0]!)).toBe('2019-10-03');
    // no diagnostic for dates that agree
    expect(a.diagnostics.filter((d) => d.code === 'date-conflict')).toEqual([]);
  });

  it('a coarser date of the same happening agrees at its precision, without a diagnostic', () => {
    const a = run({
      a: 'Date: 2019-10-04\nThe museum reopened its doors to visitors on October 3 after a long renovation.',
      b: 'Date: 2019-10-20\nThe museum reopened its doors to visitors earlier this month after a long renovation.',
    });
    const claim = dateClaimsOf(a).find((c) => c.figures.some((f) => f.text === 'October 3'));
    expect(claim?.verdict).toBe('agree');
    expect(claim!.figures.map((f) => f.source).sort()).toEqual(['a', 'b']);
    expect(a.diagnostics).toEqual([]);
  });

  it('the same happening on different days is a conflict claim that names the date-conflict diagnostics', () => {
    const a = run({
      a: 'Date: 2022-11-10\nVoters went to the polls on Tuesday to elect a new governor in the state election.',
      b: 'Date: 2022-11-10\nVoters went to the polls on November 7 to elect a new governor in the state election.',
      c: 'Date: 2022-11-10\nVoters went to the polls on November 8 to elect a new governor in the state election.',
    });
    const claim = dateClaimsOf(a).find((c) => c.verdict === 'conflict')!;
    expect(claim.outliers).toEqual(['b#' + a.claims.flatMap((c) => c.figures).find((f) => f.text === 'November 7')!.span.start]);
    const diags = a.diagnostics.filter((d) => d.code === 'date-conflict');
    expect(diags.map((d) => [d.source, d.claim])).toEqual([['b', claim.id]]);
  });

  it('a happening only one source dates is single-source; a date a numeric figure reads is not a second figure', () => {
    const a = run({ a: 'Date: 2020-06-01\nThe bridge, built 80 years ago, closed on Friday for repairs.' });
    const single = dateClaimsOf(a, 'singleSource');
    expect(single.map((c) => c.figures.map((f) => f.text))).toEqual([['Friday']]);
    expect(single[0]!.figures[0]!.date).toMatchObject({ iso: '2020-05-29', precision: 'day' });
  });
});
