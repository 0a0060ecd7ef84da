// One moment told on two clocks is one happening: the bracketed restatement in another time zone
// stays a mention but is no second timeline event. Our own wordings.
import { describe, expect, it } from 'vitest';
import { runTimeline } from './runTimeline';

const TOP = 'Date: 2022-05-10\n\n';

describe('a moment told again in another time zone', () => {
  it.each([
    ['local, then UTC the next day', 'The ferry reached port at 23:40 local time on May 8 (04:40 UTC on May 9).', 'May 9'],
    ['a zone after the first date', 'The ferry reached port on May 8 EDT (May 9 GMT), the operator said.', 'May 9'],
    ['12-hour clock and GMT', 'The ferry reached port at 11:40 p.m. on May 8 (0340 GMT on May 9).', 'May 9'],
    ['weekdays', 'The ferry reached port at 11:40 p.m. on Sunday (04:40 GMT Monday).', 'Monday'],
    ['over a month end', 'The ferry reached port at 22:00 on April 30 (03:00 UTC on May 1).', 'May 1'],
  ])('%s', (_, sentence, restated) => {
    const r = runTimeline({ a: TOP + sentence });
    const m = r.mentions.find((x) => x.text.endsWith(restated))!;
    expect(m.date).toBeDefined(); // still placed
    expect(r.timeline).toHaveLength(1);
    expect(r.timeline[0]!.mentions.some((x) => x.source === m.source && x.start === m.span.start)).toBe(false);
  });

  it.each([
    ['two days apart', 'The ferry left at 23:40 on May 6 (and reached port at 04:40 UTC on May 8).'],
    ['a bracket that is no clock', 'The ferry left on May 6 (its crew joined on May 7).'],
    ['no bracket', 'The ferry left on May 6 and reached port on May 7.'],
  ])('two happenings: %s', (_, sentence) => {
    const r = runTimeline({ a: TOP + sentence });
    expect(r.timeline.length).toBe(2);
  });
});
