// One deadline or end date two sources state in full is one event, though their sentences share
// only a word. Our own wordings.
import { describe, expect, it } from 'vitest';
import { runTimeline } from './runTimeline';

describe('one end date stated in full by two sources is one event', () => {
  it.each([
    ['until / through', 'The new contract stays in effect until April 30, 2036.', 'The contract is set to run through April 30, 2036.'],
    ['expires / will end', 'The contract expires on April 30, 2036, the union said.', 'Under the contract, pay talks will end on April 30, 2036.'],
  ])('%s', (_, a, b) => {
    const r = runTimeline({ a: `Date: 2032-03-06\n\n${a}`, b: `Date: 2032-03-06\n\n${b}` });
    expect(r.timeline.filter((e) => e.date === '2036-04-30')).toHaveLength(1);
  });

  it('past days stated in full with one word in common stay apart', () => {
    const r = runTimeline({ a: 'Date: 2032-03-06\n\nThe contract was signed on March 2, 2032.', b: 'Date: 2032-03-06\n\nA fire hit the contract office on March 2, 2032.' });
    expect(r.timeline.filter((e) => e.date === '2032-03-02')).toHaveLength(2);
  });
});
