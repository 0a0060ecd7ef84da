// A source stating one figure twice: a headline and its body, an exact repeat, a headline that
// rounds. Each source keeps one figure per measure, with the other places as its repeats.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze';

function claimsOf(texts: string[]) {
  const a = analyze(texts.map((text, i) => ({ id: `s${i}`, uri: `s${i}.txt`, text })));
  return a.claims.map((c) => c.figures.map((f) => `${f.source}:${f.text}` + (f.repeats?.length ? ` +${f.repeats.map((r) => r.text).join('+')}` : '')));
}

describe('repeats within one source', () => {
  it('folds a headline that rounds the body figure into it, keeping the body value', () => {
    const claims = claimsOf([
      'Retailer agrees $2bn sale of its stores\n\nThe retailer is selling its stores to a rival for more than $2.1 billion, it said on Monday.',
      'The retailer said on Monday it would sell its stores to a rival for $2.1 billion.',
    ]);
    expect(claims).toContainEqual(['s0:more than $2.1 billion +$2bn sale', 's1:$2.1 billion']);
  });

  it('reads the headline figure with the body qualifier when the body says it is approximate', () => {
    const a = analyze([
      { id: 's0', uri: 's0.txt', text: 'Insurer faces two billion euro penalty\n\nRegulators plan a penalty in the region of €2bn for the insurer, people familiar said.' },
      { id: 's1', uri: 's1.txt', text: 'Regulators fined the insurer €2.3 billion on Monday.' },
    ]);
    const mine = [...a.claims, ...a.singleSource].flatMap((c) => c.figures).find((f) => f.source === 's0' && f.unit.kind === 'money');
    expect([mine?.text, mine?.qualifier, mine?.repeats?.map((r) => r.text)]).toEqual(['two billion euro penalty', 'approximate', ['in the region of €2bn']]);
    expect(mine!.low).toBeLessThan(2e9);
  });

  it('does not fold a headline figure that two body figures are near', () => {
    const claims = claimsOf([
      'Retailer agrees $2bn sale\n\nThe retailer first offered $2.05 billion. It then raised the price to $2.1 billion, it said on Monday.',
      'The retailer raised the price to $2.1 billion on Monday.',
    ]);
    expect(claims.flat().some((f) => f.includes('+$2bn'))).toBe(false);
  });

  it('does not fold a body sentence that ends with a full stop', () => {
    const claims = claimsOf(['The retailer made $2bn.\n\nIt later said it made more than $2.1 billion.', 'It made $2.1 billion.']);
    expect(claims.flat().some((f) => f.includes('+$2bn'))).toBe(false);
  });
});
