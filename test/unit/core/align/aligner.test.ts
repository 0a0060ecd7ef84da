// Alignment: the same measure across differently worded sources, and nothing else.
import { describe, expect, it } from 'vitest';
import { alignFigures } from '../../../../src/core/align/aligner';
import { extractFigures } from '../../../../src/core/figures/extract';
import { segment } from '../../../../src/core/text/segment';

function groupsOf(texts: string[]): string[][] {
  const figures = texts.flatMap((text, i) => extractFigures({ id: `s${i}`, uri: `s${i}`, text }, segment(text).sentences));
  return alignFigures(figures, texts.map((_, i) => `s${i}`)).map((g) => g.map((f) => `${f.source}:${f.text}`));
}

describe('alignment', () => {
  it('groups troops, service members and military personnel', () => {
    const groups = groupsOf([
      'There are roughly 53,000 American service members based in Japan.',
      'There are 50,000 U.S. military personnel in Japan.',
      'More than 50.000 US troops are stationed in Japan.',
    ]);
    expect(groups).toContainEqual(['s0:roughly 53,000 American service members', 's1:50,000 U.S. military personnel', 's2:More than 50.000 US troops']);
  });

  it('groups killed, dead and death toll', () => {
    const groups = groupsOf(['The quake killed 27 people in the province.', 'The death toll in the province rose to 27.', 'Twenty-seven people are dead in the province.']);
    expect(groups.find((g) => g.length === 3)).toBeDefined();
  });

  it('keeps different measures apart: deaths vs injuries, money vs percent', () => {
    const groups = groupsOf(['The storm killed 12 people and injured 40 others.', 'The storm injured 45 people; 12 people were killed.']);
    const deaths = groups.find((g) => g.some((x) => x.includes('12')))!;
    expect(deaths.every((x) => x.includes('12'))).toBe(true);
    expect(groupsOf(['Profit rose 5%.', 'Profit rose by $5 million.']).every((g) => g.length === 1)).toBe(true);
  });

  it('never puts two figures of one source in a claim', () => {
    const groups = groupsOf(['Officials said 20 people died; later 25 people died.', 'Officials said 25 people died.']);
    for (const g of groups) expect(new Set(g.map((x) => x.split(':')[0])).size).toBe(g.length);
  });

  it('never aligns figures more than ten times apart', () => {
    const groups = groupsOf(['The company employs 300 workers.', 'The company employs 4,000 workers.']);
    expect(groups.every((g) => g.length === 1)).toBe(true);
  });
});
