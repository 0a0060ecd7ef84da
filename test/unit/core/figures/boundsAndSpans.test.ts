// Qualifiers a careful reader hears in news, each row a wording of our own: bounds that include
// their value ("at least", "up to", "as many as") and those that do not ("more than"),
// approximations ("in the region of"), and "over" + a duration as the span of something rather
// than a lower bound.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../src/core/figures/extract';
import { segment } from '../../../../src/core/text/segment';
import type { Figure } from '../../../../src/core/types';

function figuresOf(text: string): Figure[] {
  return extractFigures({ id: 't', uri: 't', text }, segment(text).sentences);
}

const round = (x: number) => (Number.isFinite(x) ? Number(x.toFixed(6)) : x);

describe('bounds: inclusive when the words allow the value itself', () => {
  it.each<[string, string, string, number, number]>([
    ['As many as 40 boats sank in the harbour.', 'As many as 40 boats', 'upperBound', 0, 40],
    ['Fares could climb as much as 18 percent next spring.', 'as much as 18 percent', 'upperBound', 0, 18],
    ['Up to 250 nurses may strike.', 'Up to 250 nurses', 'upperBound', 0, 250],
    ['The hall seats no more than 600 guests.', 'no more than 600 guests', 'upperBound', 0, 600],
    ['A maximum of 12 boats may enter.', 'A maximum of 12 boats', 'upperBound', 0, 12],
    ['At least 75 shops closed.', 'At least 75 shops', 'lowerBound', 75, Infinity],
    ['Polls say the greens may win as few as 14 seats.', 'as few as 14 seats', 'lowerBound', 14, Infinity],
    ['No fewer than 9 ministers resigned.', 'No fewer than 9 ministers', 'lowerBound', 9, Infinity],
    ['The club signed 30 or more players.', '30 or more players', 'lowerBound', 30, Infinity],
    // strict bounds keep their value out
    ['More than 75 shops closed.', 'More than 75 shops', 'lowerBound', 75.000075, Infinity],
    ['Fewer than 250 nurses turned up.', 'Fewer than 250 nurses', 'upperBound', 0, 249.99975],
  ])('%s', (text, span, qualifier, low, high) => {
    const [f] = figuresOf(text);
    expect([f!.text, f!.qualifier, round(f!.low), round(f!.high)]).toEqual([span, qualifier, round(low), round(high)]);
  });
});

describe('approximations: "in the region of", "in the order of"', () => {
  it.each<[string, string, string]>([
    ['The bill is expected to be in the region of £40m.', 'in the region of £40m', 'bill'],
    ['The loss is in the order of $2 billion.', 'in the order of $2 billion', 'loss'],
    ['The project will cost somewhere around €90 million.', 'somewhere around €90 million', 'project'],
  ])('%s', (text, span, concept) => {
    const [f] = figuresOf(text);
    expect([f!.text, f!.qualifier, f!.concept]).toEqual([span, 'approximate', concept]);
    expect(f!.low).toBeLessThan(f!.value);
    expect(f!.high).toBeGreaterThan(f!.value);
  });
});

describe('"over" before a duration: the span something is spread across, or a lower bound', () => {
  it.each<[string, string, string]>([
    ['The contract gives nurses 14 percent raises over three years.', 'three years', 'exact'],
    ['The plan cuts 2,000 posts over five years.', 'five years', 'exact'],
    ['Over six months, the agency hired 90 inspectors.', 'six months', 'exact'],
    ['Rents climbed over two years.', 'two years', 'exact'],
    ['The city will spend $80 million over the next four years.', 'four years', 'exact'],
    // a bound after words of lasting, age or "ago", and as the clause's subject
    ['He served over seven years in office.', 'over seven years', 'lowerBound'],
    ['The talks have lasted over two years.', 'over two years', 'lowerBound'],
    ['She taught there for over 12 years.', 'over 12 years', 'lowerBound'],
    ['The quarrel began over two decades ago.', 'over two decades ago', 'lowerBound'],
    ['Over five years have passed since the vote.', 'Over five years', 'lowerBound'],
  ])('%s', (text, span, qualifier) => {
    const f = figuresOf(text).find((x) => x.unit.kind === 'duration');
    expect([f?.text, f?.qualifier]).toEqual([span, qualifier]);
  });
});
