// A change whose two ends each say when or where (issue 13, branch figs4): "from X at <time> to Y",
// "from X on Friday to Y on Sunday". One figure, the level reached remembering where it started.
// Every row is a wording of our own (no corpus sentence).
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../../src/core';

const read = (text: string) => readFigures(text).map((f) => [f.text, f.value, f.from, f.qualifier === 'range' ? [f.low, f.high] : f.change]);

describe('the ends of a change apart', () => {
  it.each<[string, unknown[][]]>([
    ['The coin slid from $2,100 at 9.30pm on Monday to $1,950 by morning.', [['from $2,100 at 9.30pm on Monday to $1,950', 1950, 2100, 'down']]],
    ['Attendance grew from 4,000 on Friday to 6,500 on Sunday.', [['from 4,000 on Friday to 6,500', 6500, 4000, 'up']]],
    ['The index moved from 300 points in the morning to 320 points.', [['from 300 points in the morning to 320 points', 320, 300, 'up']]],
    ['Tolls went from €3 in 2015 to €5.', [['from €3 in 2015 to €5', 5, 3, 'up']]],
    // after "range" the two ends are a span
    ['Prices range from $5 in winter to $9 in summer.', [['$5 in winter to $9', 7, undefined, [5, 9]]]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<[string, unknown[][]]>([
    // different things at each end are two figures
    ['Aid came from 40 donors in Paris to 12 charities.', [['40 donors', 40, undefined, undefined], ['12 charities', 12, undefined, undefined]]],
    // a clause break between them
    ['Sales rose from 300 units, analysts said, to a record.', [['300 units', 300, undefined, undefined]]],
  ])('%s', (text, want) => {
    expect(read(text).map(([t, v, f, c]) => [t, v, f, c === 'up' ? undefined : c])).toEqual(want);
  });
});
