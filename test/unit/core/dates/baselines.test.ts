// A date that only says what a figure is compared with is no happening: table rows of our own
// wording, and a set where two sources compare with different years and must not conflict.
import { describe, expect, it } from 'vitest';
import { extractDateExpressions } from '../../../../src/core/dates/expressions';
import { resolveTimeline } from '../../../../src/core/dates/timeline';
import { segment } from '../../../../src/core/text/segment';
import type { Source } from '../../../../src/core/types';

function inputsOf(texts: Record<string, string>) {
  return Object.entries(texts).map(([id, text]) => {
    const source: Source = { id, uri: id, text };
    const sentences = segment(text).sentences;
    return { source, sentences, expressions: extractDateExpressions(source, sentences) };
  });
}

describe('comparison baselines', () => {
  it.each([
    // sentence, the date, baseline?
    ['Attendance was lower than in the 2019 season, the league said.', '2019', true],
    ['Exports grew faster than in 2021.', '2021', true],
    ['It was the wettest summer since 1976.', 'since 1976', true],
    ['It was the highest rainfall since 1976, forecasters said.', 'since 1976', true],
    ['Membership is at its lowest since the 2008 crash.', '2008', true],
    ['It is the first time since 2011 that the pass has closed.', 'since 2011', true],
    ['The shares fell from a high of $80 in March 2021 to $12.', 'March 2021', true],
    ['The index closed at levels last seen in 1998.', '1998', true],
    ['Output rose 4% compared with the same quarter in 2022.', '2022', true],
    // not baselines
    ['The bill must pass no later than March 2026.', 'March 2026', false],
    ['The plant has been closed since 2019.', 'since 2019', false],
    ['The firm was founded in 1998 and listed in 2004.', '1998', false],
    ['Fewer people voted in 2022, when the rules changed.', '2022', false],
    ['Protests have continued in the West since 2019.', 'since 2019', false], // no superlative: "Protest", "West"
    ['Rents hit their steepest rise since March 2009.', 'since March 2009', true],
    ["It was the region's strongest storm since 1987.", 'since 1987', true],
  ])('%s (%s) -> %s', (text, which, baseline) => {
    const [input] = inputsOf({ s: text });
    const e = input!.expressions.find((x) => x.text === which);
    expect(e, `no "${which}" in: ${text}`).toBeDefined();
    expect(!!e!.baseline).toBe(baseline);
  });

  it('two sources comparing with different years: mentions, but no event and no date conflict', () => {
    const r = resolveTimeline(
      inputsOf({
        a: 'Date: 2025-05-05\nTurnout in the city vote reached 61%, higher than in the 2021 city vote.',
        b: 'Date: 2025-05-05\nTurnout in the city vote reached 61%, the highest since the 1994 city vote.',
      }),
    );
    const years = r.mentions.filter((m) => m.text === '2021' || m.text === '1994');
    expect(years.map((m) => m.date).sort()).toEqual(['1994', '2021']);
    expect(r.timeline.filter((ev) => ev.date === '2021' || ev.date === '1994')).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === 'date-conflict')).toEqual([]);
  });
});
