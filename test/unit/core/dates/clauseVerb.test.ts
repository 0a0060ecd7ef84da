// Which verb a date hangs on when the sentence sets it off with commas: a day at the end of the
// sentence, after an apposition or a relative clause, dates the main clause; a day inside a clause
// of nouns dates that noun phrase, not the verb of another clause. Our own wordings.
import { describe, expect, it } from 'vitest';
import { extractDateExpressions } from '../../../../src/core/dates/expressions';
import { parseIsoDay, resolveExpression } from '../../../../src/core/dates/resolve';
import { segment } from '../../../../src/core/text/segment';

function first(text: string, which?: string) {
  const source = { id: 's', uri: 's', text };
  const all = extractDateExpressions(source, segment(text).sentences);
  const e = which ? all.find((x) => x.text === which) : all[0];
  expect(e, `no date expression in: ${text}`).toBeDefined();
  return e!;
}

describe('a day set off at the end of the sentence dates the main clause', () => {
  it.each([
    ['The regulator approved the sale of the steel maker, the largest employer in the region, on Tuesday.', 'past', 'approve'],
    ['Acme completed its purchase of rival grocer Widget, the second-biggest chain in the country, on Monday.', 'past', 'complete'],
    // the tagger reads "on" after "bank," as a verb: a preposition is never the verb
    ['The insurer completed its takeover of rival Fidelia, the country\'s second-largest bank, on Monday.', 'past', 'complete'],
    ['The two carriers signed a code-share pact, which could be worth up to 2 billion euros a year, on Thursday.', 'past', 'sign'],
    ['The ministry will publish the figures, which unions dispute, on Thursday.', 'future', 'publish'],
    // not set off: the nearest verb, as before
    ['The storm, which made landfall on Monday, flooded the delta.', 'past', 'make'],
  ])('%s -> %s, %s', (text, tense, verb) => {
    const e = first(text);
    expect(e.tense).toBe(tense);
    expect(e.verb).toBe(verb);
  });

  it('the label names the main happening, not the apposition before the day', () => {
    const e = first('Acme completed its purchase of rival grocer Widget, the second-biggest chain in the country, on Monday.');
    expect(e.label).toMatch(/^Acme completed its purchase/);
  });

  it('a day inside a list ("on the 31st – 1.1 million") still stands for the verb before it', () => {
    const e = first('Police said 900,000 people marched on January 19, on the 31st – 1.1 million, and on March 7 – 1.2 million.', 'the 31st');
    expect(e.verb).toBe('march');
  });
});

describe('a day in a clause of nouns dates that noun phrase', () => {
  it.each([
    // Sunday reference: the Friday two days before, not the one after ("will pay" is another clause's)
    ['The buyer will pay 4 euros a share, a 30% premium to the stock\'s closing price of 3.10 euros on Friday, in cash.', '2025-03-30', '2025-03-28'],
    ['Shareholders will get 12 dollars each, well above the average price of the shares on Thursday.', '2025-03-30', '2025-03-27'], // the nearest Thursday,
    // the verb's own clause: the future still counts
    ['The buyer will pay the shareholders on Friday.', '2025-03-30', '2025-04-04'],
  ])('%s (ref %s) -> %s', (text, ref, date) => {
    const e = first(text);
    expect(resolveExpression(e, { day: parseIsoDay(ref)!, inferred: false })!.date).toBe(date);
  });
});
