// Related locations of a diagnostic stay bounded however many sources state the claim.
import { describe, expect, it } from 'vitest';
import { analyze, type Source } from '../../../../src/core';
import { MAX_RELATED } from '../../../../src/core/judge/claimDiagnostics';

const troops = (id: string, value: string): Source => ({ id, uri: id, text: `There are ${value} U.S. military personnel in Japan, officials said.` });

describe('related locations', () => {
  it(`a claim of ${MAX_RELATED * 2 + 1} sources links the first ${MAX_RELATED} others under its outlier and says how many there are`, () => {
    const sources = [troops('outlier.txt', '35,000'), ...Array.from({ length: MAX_RELATED * 2 }, (_, i) => troops(`s${String(i).padStart(3, '0')}.txt`, '50,000'))];
    const { diagnostics } = analyze(sources);
    const flagged = diagnostics.filter((d) => d.source === 'outlier.txt');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.related.map((r) => r.source)).toEqual(sources.slice(1, MAX_RELATED + 1).map((s) => s.id));
    expect(flagged[0]!.message).toContain(`The first ${MAX_RELATED} of the ${MAX_RELATED * 2} other sources are linked.`);
  });

  it('a claim of a few sources links every other one and says nothing more', () => {
    const { diagnostics } = analyze([troops('a.txt', '35,000'), troops('b.txt', '50,000'), troops('c.txt', '50,000')]);
    const [d] = diagnostics.filter((x) => x.source === 'a.txt');
    expect(d!.related.map((r) => r.source)).toEqual(['b.txt', 'c.txt']);
    expect(d!.message).not.toContain('are linked');
  });
});
