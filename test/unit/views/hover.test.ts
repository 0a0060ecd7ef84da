import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/core';
import { escapeMarkdown } from '../../../src/views/escape';
import { claimHoverMarkdown } from '../../../src/views/hover';
import { figure, troopAnalysis } from './analysisFixture';

describe('hover content', () => {
  const analysis = troopAnalysis();
  const claim = analysis.claims.find((c) => c.id === 'troops')!;
  const linkSpan = (source: string, span: { start: number; end: number }) => `open:${source}/${span.start}-${span.end}`;

  it('lists every source with its words and value, the verdict and reason', () => {
    const markdown = claimHoverMarkdown(analysis, claim, claim.figures[0]!);
    expect(markdown).toContain('Discrepancy');
    expect(markdown).toContain('roughly 53,000 American service members');
    expect(markdown).toContain('50,000 U.S. military personnel');
    expect(markdown).toContain('| about 53,000 |');
    expect(markdown).toContain('| more than 50,000 |');
    expect(markdown).toContain('**A** (here)');
    expect(markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Source') && !line.startsWith('| ---'))).toHaveLength(3);
  });

  it('links the other sources (not the one under the cursor) through the given target', () => {
    const markdown = claimHoverMarkdown(analysis, claim, claim.figures[0]!, { linkSpan });
    expect(markdown).toContain('| [B](open:b/40-70 "Open B at this figure") ⚠ |');
    expect(markdown).not.toContain('open:a/');
    expect(claimHoverMarkdown(analysis, claim, claim.figures[0]!)).not.toContain('](');
  });

  it('percent-encodes what would end a link early in the target', () => {
    const markdown = claimHoverMarkdown(analysis, claim, claim.figures[0]!, { linkSpan: () => 'open:x (1)<y>' });
    expect(markdown).toContain('](open:x%20%281%29%3Cy%3E "Open');
  });

  it('escapes article text so it cannot form links, HTML or table cells', () => {
    const hostile: Figure = { ...figure('b', 40, '50 [x](command:workbench.action.quit) <img src=x> | y', 50), id: 'b#40' };
    const markdown = claimHoverMarkdown(analysis, { ...claim, figures: [claim.figures[0]!, hostile] }, claim.figures[0]!, { linkSpan });
    expect(markdown).not.toContain('[x](command:');
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('\\|');
    expect(escapeMarkdown('a\nb')).toBe('a b');
  });
});
