// Dates of two different happenings are no date conflict: a fire in one year and a flood in another,
// told in alike sentences, stay two events. And a year that ends a name ("the Agenda 2040 plan")
// dates no happening. Our own wordings.
import { describe, expect, it } from 'vitest';
import { matchDates } from '../../../../src/core/dates/grammar';
import { differentKinds, eventClassesOf } from '../../../../src/core/dates/eventNouns';
import { runTimeline } from './runTimeline';

describe('the kind of happening a label names', () => {
  it.each([
    ['A blaze swept the valley', 'Wildfires destroyed the town', true],
    ['The quake struck the coast', 'An earthquake shook the city', true],
    ['The fire killed 30 people', 'A flood killed 30 people', false],
    ['The bombing killed 12', 'A blast killed 12', true],
    ['Voters went to the polls', 'The election was held', true],
  ])('%s / %s: same kind %s', (a, b, same) => {
    expect(differentKinds(new Set(eventClassesOf(a)), new Set(eventClassesOf(b)))).toBe(!same);
  });

  it('a label naming no kind is never of a different kind', () => {
    expect(differentKinds(new Set(eventClassesOf('The mayor said the town was lost')), new Set(eventClassesOf('A flood hit')))).toBe(false);
  });
});

describe('two happenings of different kinds are no date conflict', () => {
  const A = 'Date: 2031-07-02\n\nThe valley fire is the deadliest disaster on the island since a flood killed 40 people on the island in 1971.';
  it.each([
    ['another happening in another year', 'Date: 2031-07-02\n\nIt is the deadliest disaster on the island since a big fire killed 40 people on the island in 1988.'],
    ['a kind named by a synonym', 'Date: 2031-07-02\n\nIt is the deadliest disaster on the island since a big blaze killed 40 people on the island in 1988.'],
  ])('%s', (_, b) => {
    const r = runTimeline({ a: A, b });
    expect(r.timeline.some((e) => e.dateConflict)).toBe(false);
    expect(r.timeline.map((e) => e.date).sort()).toEqual(['1971', '1988']);
  });

  it('the same kind on two dates is still a conflict', () => {
    const b = 'Date: 2031-07-02\n\nThe valley fire is the deadliest disaster on the island since a flood killed 40 people on the island in 1973.';
    const r = runTimeline({ a: A, b });
    expect(r.timeline.filter((e) => e.dateConflict)).toHaveLength(1);
  });
});

describe('a year that ends a name dates no happening', () => {
  it.each([
    'The carmaker set out its Drive Ahead 2035 strategic plan on Monday.',
    'The ministry said the Agenda 2040 goals were on track.',
    'Under the Horizon 2027 programme, the port will grow.',
  ])('%s', (sentence) => {
    expect(matchDates(sentence).map((m) => sentence.slice(m.start, m.end))).not.toContainEqual(expect.stringMatching(/20\d\d/));
  });

  it.each([
    ['The port will grow by 2027.', 'by 2027'],
    ['The plan was drafted in 2027, the ministry said.', '2027'],
    ['In March 2027 the port grew.', 'March 2027'],
    ['The 2027 election was close.', '2027'],
  ])('still a year: %s', (sentence, year) => {
    expect(matchDates(sentence).map((m) => sentence.slice(m.start, m.end))).toContain(year);
  });
});

describe('a state of things told on two days is no date conflict', () => {
  it('"were still raging" on two days (the verb be, however the parser spells it)', () => {
    const r = runTimeline({
      a: 'Date: 2031-07-05\n\nFires on the northern island were still raging across the hills on Friday, county officials said.',
      b: 'Date: 2031-07-05\n\nFires on the northern island were still raging across the hills on Wednesday night, county officials said.',
    });
    expect(r.timeline.some((e) => e.dateConflict)).toBe(false);
  });
});
