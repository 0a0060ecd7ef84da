import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/core/types';
import { claimHoverMarkdown, formatNumber, formatValue } from '../../../src/features/hoverContent';
import { escapeMarkdown } from '../../../src/views/escape';
import { figure, troopAnalysis } from './analysisFixture';

describe('hover content', () => {
  const analysis = troopAnalysis();
  const claim = analysis.claims.find((c) => c.id === 'troops')!;

  it('lists every source with its words and value, the verdict and reason', () => {
    const markdown = claimHoverMarkdown(analysis, claim, claim.figures[0]!);
    expect(markdown).toContain('Discrepancy');
    expect(markdown).toContain('roughly 53,000 American service members');
    expect(markdown).toContain('50,000 U.S. military personnel');
    expect(markdown).toContain('≈ 53,000');
    expect(markdown).toContain('≥ 50,000');
    expect(markdown).toContain('**a.txt** (here)');
    expect(markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Source') && !line.startsWith('| ---'))).toHaveLength(3);
  });

  it('links the other sources through the openSpan command with encoded args', () => {
    const markdown = claimHoverMarkdown(analysis, claim, claim.figures[0]!);
    const link = `command:crosscheck.openSpan?${encodeURIComponent(JSON.stringify(['b', 40, 70]))}`;
    expect(markdown).toContain(link);
    expect(markdown).not.toContain('command:crosscheck.openSpan?' + encodeURIComponent(JSON.stringify(['a', 10, 49])));
  });

  it('escapes article text so it cannot form links, HTML or table cells', () => {
    const hostile: Figure = { ...figure('b', 40, '50 [x](command:workbench.action.quit) <img src=x> | y', 50), id: 'b#40' };
    const markdown = claimHoverMarkdown(analysis, { ...claim, figures: [claim.figures[0]!, hostile] }, claim.figures[0]!);
    expect(markdown).not.toContain('[x](command:');
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('\\|');
    expect(escapeMarkdown('a\nb')).toBe('a b');
  });

  it('formats values readably', () => {
    expect(formatNumber(1.4e9)).toBe('1.4 billion');
    expect(formatNumber(53000)).toBe('53,000');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatValue({ ...figure('a', 0, '$1.4 billion a year', 1.4e9, 'approximate'), per: 'year', canonical: { value: 1.4e9, low: 1.3e9, high: 1.5e9, unit: 'USD', converted: false } })).toBe('≈ 1.4 billion USD / year');
    expect(formatValue({ ...figure('a', 0, '10-12 people', 11, 'range'), canonical: { value: 11, low: 10, high: 12, unit: 'count', converted: false } })).toBe('10–12');
  });
});
