// One wording of a figure across the views: the same figure reads the same in the hover, the
// Claims tree, the terminal summary and the Markdown summary, and those words are the core's
// (describeValue; the hover and the tree add the conversion, as the core's diagnostics do).
import { describe, expect, it } from 'vitest';
import { describeValue, describeWithCanonical, type Figure } from '../../../src/core';
import { buildClaimsTree } from '../../../src/views/claimsTree';
import { escapeMarkdown } from '../../../src/views/escape';
import { claimHoverMarkdown } from '../../../src/views/hover';
import { buildSummary } from '../../../src/views/summary';
import { renderMarkdown } from '../../../src/views/summaryMarkdown';
import { renderText } from '../../../src/views/summaryText';
import { analysis, claim, figure, type FigureSpec, sourceSet } from '../core/builders';

// Source a states the figure under test; b states a plain 7 in the same claim.
const set = sourceSet({
  a: 'roughly 53,000 troops; more than 50,000 troops; 5 million people; up to 45%; 10 to 12 km; $1.4 billion a year; 211 billion yen a year',
  b: 'only 7 of them',
});
const USD = { kind: 'money', name: 'USD' } as const;
const JPY = { kind: 'money', name: 'JPY' } as const;

const rows: [string, Omit<FigureSpec, 'source'>, Partial<Figure>, string, string][] = [
  ['approximate', { phrase: 'roughly 53,000 troops', number: '53,000', value: 53000, qualifier: 'approximate' }, {}, 'about 53,000', 'about 53,000'],
  ['lower bound', { phrase: 'more than 50,000 troops', number: '50,000', value: 50000, qualifier: 'lowerBound' }, {}, 'more than 50,000', 'more than 50,000'],
  ['a million from 1e6', { phrase: '5 million people', number: '5 million', value: 5e6 }, {}, '5 million', '5 million'],
  ['upper bound, percent', { phrase: 'up to 45%', number: '45', value: 45, qualifier: 'upperBound', unit: { kind: 'percent', name: '%' } }, {}, 'up to 45%', 'up to 45%'],
  ['range with a unit', { phrase: '10 to 12 km', number: '10', value: 11, qualifier: 'range', low: 10, high: 12, unit: { kind: 'distance', name: 'km' } }, {}, 'between 10 km and 12 km', 'between 10 km and 12 km'],
  ['money per period', { phrase: '$1.4 billion a year', number: '1.4 billion', value: 1.4e9, unit: USD, per: 'year' }, {}, '$1.4 billion a year', '$1.4 billion a year'],
  [
    'converted currency',
    { phrase: '211 billion yen a year', number: '211 billion', value: 211e9, unit: JPY, per: 'year' },
    { canonical: { value: 1.41e9, low: 1.41e9, high: 1.41e9, unit: 'USD', converted: true } },
    '¥211 billion a year',
    '¥211 billion a year (≈ $1.41 billion)',
  ],
];

describe('the same figure in the same words everywhere', () => {
  it.each(rows)('%s: "%s" in the summaries, "%s" with its conversion in the hover and the tree', (_, spec, extra, words, withConversion) => {
    const f: Figure = { ...figure(set, { source: 'a.txt', ...spec }), ...extra };
    const other = figure(set, { source: 'b.txt', phrase: '7', number: '7', value: 7 });
    const c = claim('c', 'measure', 'discrepancy', [f, other], [other], 'b says 7');
    const a = analysis(set, { claims: [c] });
    // the core's words, the ones its reasons use
    expect(describeValue(f)).toBe(words);
    expect(describeWithCanonical(f)).toBe(withConversion);

    const hover = claimHoverMarkdown(a, c, other);
    expect(hover).toContain(`| ${escapeMarkdown(withConversion)} |`);

    const row = buildClaimsTree(a).roots[0]!.children.find((n) => n.id.endsWith(f.id))!;
    expect(row.description).toBe(withConversion);
    expect(row.tooltip).toContain(`(${withConversion})`);

    const model = buildSummary(a);
    expect(renderText(model, { width: 1000 })).toContain(`a says ${words}`);
    expect(renderMarkdown(model)).toContain(escapeMarkdown(`a says ${words}`));
  });
});
