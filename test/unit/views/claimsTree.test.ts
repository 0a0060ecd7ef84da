// The Claims view's rows without an editor: verdict marks, each source's figure as a child that
// opens its span, outliers marked, single-source figures in one collapsed group.
import { describe, expect, it } from 'vitest';
import { buildClaimsTree, MAX_SINGLE_SOURCE_ROWS, SINGLE_SOURCE_ID } from '../../../src/views/claimsTree';
import { nodeAt } from '../../../src/views/viewNode';
import { figure, troopAnalysis } from './analysisFixture';

describe('buildClaimsTree', () => {
  const base = troopAnalysis();
  const single = { ...base.claims[1]!, id: 'solo', measure: 'distance', verdict: 'agree' as const, figures: [figure('a', 300, '1,200 miles', 1200)], outliers: [] };
  const tree = buildClaimsTree({ ...base, singleSource: [single] });

  it('lists the multi-source claims in the analysis order with their verdict icon and reason', () => {
    expect(tree.roots.map((n) => [n.label, n.icon?.id])).toEqual([
      ['US service members in Japan', 'warning'],
      ['US service members in Japan', 'info'],
      ['Only one source', 'circle-slash'],
    ]);
    expect(tree.roots[1]).toMatchObject({ description: 'b says 50,000; a says about 53,000', expand: 'expanded' });
    expect(tree.roots[1]!.tooltip).toMatch(/^Discrepancy: US service members in Japan\n/);
  });

  it("each source's figure is a child that opens its span; the outlier is marked", () => {
    const troops = tree.roots[1]!;
    expect(troops.children.map((c) => c.label)).toEqual(['A: roughly 53,000 American service members', 'B: 50,000 U.S. military personnel', 'C: More than 50.000 US troops']);
    expect(troops.children.map((c) => c.description)).toEqual(['about 53,000', '50,000 · differs', 'more than 50,000']);
    expect(troops.children[1]!.open).toEqual({ source: 'b', start: 40, end: 70 });
    expect(troops.children[1]!.icon).toEqual({ id: 'circle-filled', color: 'problemsInfoIcon.foreground' });
    expect(nodeAt(tree.roots, 'b', 45)).toBe(troops.children[1]);
  });

  it('single-source figures sit in one collapsed group', () => {
    const group = tree.roots.find((n) => n.id === SINGLE_SOURCE_ID)!;
    expect(group).toMatchObject({ expand: 'collapsed', description: '1 figure' });
    expect(group.children[0]).toMatchObject({ label: 'A: 1,200 miles', description: 'distance', open: { source: 'a', start: 300, end: 311 } });
  });

  it(`lists the first ${MAX_SINGLE_SOURCE_ROWS} single-source figures and counts the rest in a last row`, () => {
    const many = Array.from({ length: MAX_SINGLE_SOURCE_ROWS + 234 }, (_, i) => ({ ...single, id: `solo${i}`, figures: [{ ...single.figures[0]!, id: `a#${i}` }] }));
    const group = buildClaimsTree({ ...base, singleSource: many }).roots.find((n) => n.id === SINGLE_SOURCE_ID)!;
    expect(group.description).toBe(`${MAX_SINGLE_SOURCE_ROWS + 234} figures`);
    expect(group.children).toHaveLength(MAX_SINGLE_SOURCE_ROWS + 1);
    expect(group.children.at(-2)!.id).toBe(`single:a#${MAX_SINGLE_SOURCE_ROWS - 1}`);
    expect(group.children.at(-1)!.label).toBe('… and 234 more figures');
  });

  it('says why it is empty', () => {
    expect(buildClaimsTree(undefined).message).toMatch(/analysing/);
    expect(buildClaimsTree({ ...base, claims: [] }).message).toBe('No figures in the sources.');
  });
});
