// The Timeline view's rows without an editor: year/month grouping with groups of one
// flattened, event and mention rows, escaping of article text, and the real seeds.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { buildTimelineTree } from '../../../src/views/timelineTree';
import { nodeAt, type ViewNode } from '../../../src/views/viewNode';
import { loadSet } from '../acceptance/evaluate';
import { analysis, event, sourceSet } from '../core/builders';

const shape = (nodes: ViewNode[]): unknown[] => nodes.map((n) => (n.children.length && n.expand !== 'collapsed' ? { [n.label]: shape(n.children) } : n.label));

describe('buildTimelineTree', () => {
  const set = sourceSet({
    A: 'In 1960 the treaty was signed. On March 29 they met. On March 30 they spoke. In 2027 it ends. In March 2027 too.',
    B: 'On Saturday they met. In July 2024 it began. On Sunday they spoke.',
  });
  const events = [
    event(set, 'e1960', '1960', 'Treaty signed', [{ source: 'A.txt', phrase: '1960' }]),
    event(set, 'e2407', '2024-07', 'It began', [{ source: 'B.txt', phrase: 'July 2024' }]),
    event(set, 'e0329', '2025-03-29', 'They met', [{ source: 'A.txt', phrase: 'March 29' }, { source: 'B.txt', phrase: 'Saturday' }], { inferred: true }),
    event(set, 'e0330', '2025-03-30', 'They spoke', [{ source: 'A.txt', phrase: 'March 30' }, { source: 'B.txt', phrase: 'Sunday' }], {
      dateConflict: { reason: 'A says 2025-03-30; B says 2025-03-31', dates: [{ source: 'A.txt', date: '2025-03-30' }, { source: 'B.txt', date: '2025-03-31' }] },
    }),
    event(set, 'e2027', '2027', 'It ends', [{ source: 'A.txt', phrase: '2027' }]),
    event(set, 'e2703', '2027-03', 'Too', [{ source: 'A.txt', phrase: 'March 2027' }]),
  ];
  const tree = buildTimelineTree(analysis(set, { timeline: events }));

  it('groups by year then month; a year or month of one event is the event itself', () => {
    expect(shape(tree.roots)).toEqual([
      '1960 · Treaty signed',
      '2024-07 · It began',
      { 'March 2025': ['2025-03-29 · They met', '2025-03-30 · They spoke'] },
      { '2027': ['2027 · It ends', '2027-03 · Too'] },
    ]);
    expect(tree.roots[2]!.description).toBe('2 events');
  });

  it('an event row counts its sources and marks inferred dates and disagreement', () => {
    const [met, spoke] = tree.roots[2]!.children;
    expect(met).toMatchObject({ description: '2 sources · inferred', icon: { id: 'lightbulb' }, expand: 'collapsed' });
    expect(met!.tooltip).toMatch(/Inferred date: "March 29" in A; "Saturday" in B/);
    expect(met!.children[1]!.tooltip).toBe('Saturday\n\n"Saturday" in B: read against the dates around it');
    expect(tree.roots[0]!.children[0]!.tooltip).toBe('1960'); // stated: the sentence only
    expect(spoke).toMatchObject({ description: '2 sources · dates differ', icon: { id: 'warning' } });
    expect(spoke!.tooltip).toContain('Sources disagree. A says 2025-03-30; B says 2025-03-31');
    expect(tree.roots[0]).toMatchObject({ description: '1 source', icon: { id: 'calendar' } });
  });

  it('each mention opens its span and names its source; a dissenting source shows its date', () => {
    const spoke = tree.roots[2]!.children[1]!;
    expect(spoke.children.map((m) => m.label)).toEqual(['A: March 30', 'B: Sunday']);
    const b = spoke.children[1]!;
    expect(b.open).toEqual({ source: 'B.txt', start: set.texts.get('B.txt')!.indexOf('Sunday'), end: set.texts.get('B.txt')!.indexOf('Sunday') + 6 });
    expect(b.description).toMatch(/^dates it 2025-03-31 · /);
    expect(b.parent).toBe(spoke);
    expect(spoke.parent).toBe(tree.roots[2]);
  });

  it('a conflict on the time of day says times differ, and each mention its time', () => {
    const timed = event(set, 'e0330t', '2025-03-30', 'They spoke', [{ source: 'A.txt', phrase: 'March 30' }, { source: 'B.txt', phrase: 'Sunday' }], {
      dateConflict: {
        reason: 'Sources time this differently: A says 2025-03-30 09:00 local time; B says 2025-03-30 11:30 local time',
        dates: [{ source: 'A.txt', date: '2025-03-30 09:00 local time' }, { source: 'B.txt', date: '2025-03-30 11:30 local time' }],
        on: 'time',
      },
    });
    const row = buildTimelineTree(analysis(set, { timeline: [timed] })).roots[0]!;
    expect(row.description).toBe('2 sources · times differ');
    expect(row.children.map((m) => m.description!.split(' · ')[0])).toEqual(['times it 09:00 local time', 'times it 11:30 local time']);
  });

  it('ids are unique and stable', () => {
    const ids: string[] = [];
    const walk = (nodes: ViewNode[]): void => nodes.forEach((n) => (ids.push(n.id), walk(n.children)));
    walk(tree.roots);
    expect(new Set(ids).size).toBe(ids.length);
    expect(buildTimelineTree(analysis(set, { timeline: events })).roots.map((n) => n.id)).toEqual(tree.roots.map((n) => n.id));
  });

  it('nodeAt finds the mention under the cursor', () => {
    const at = set.texts.get('B.txt')!.indexOf('Saturday') + 3;
    expect(nodeAt(tree.roots, 'B.txt', at)?.label).toBe('B: Saturday');
    expect(nodeAt(tree.roots, 'B.txt', 0)).toBeUndefined();
  });

  it('strips bidi and zero-width controls from article text', () => {
    const evil = event(set, 'evil', '1960', 'Tre\u202Eaty\u200B [x](command:rm)', [{ source: 'A.txt', phrase: '1960' }]);
    evil.mentions[0]!.sentence = 'In \u2066 1960\n the treaty';
    const node = buildTimelineTree(analysis(set, { timeline: [evil] })).roots[0]!;
    expect(node.label).toBe('1960 · Treaty [x](command:rm)');
    expect(node.children[0]!.tooltip).toBe('In 1960 the treaty');
  });

  it('says why it is empty', () => {
    expect(buildTimelineTree(undefined).message).toMatch(/analysing/);
    expect(buildTimelineTree(analysis(set, {})).message).toBe('No dated events in the sources.');
  });

  it('groups days whose year is unknown under "Year unknown", after every dated year', () => {
    const yearless = sourceSet({ A: 'In 1960 the treaty was signed. On March 29 they met. On March 30 they spoke. On May 2 they left.' });
    const day = (id: string, date: string, label: string, phrase: string) => event(yearless, id, date, label, [{ source: 'A.txt', phrase }], { precision: 'day', yearUnknown: true });
    const rows = buildTimelineTree(
      analysis(yearless, {
        timeline: [event(yearless, 'e1960', '1960', 'Treaty signed', [{ source: 'A.txt', phrase: '1960' }]), day('m29', '--03-29', 'They met', 'March 29'), day('m30', '--03-30', 'They spoke', 'March 30'), day('m02', '--05-02', 'They left', 'May 2')],
      }),
    );
    expect(shape(rows.roots)).toEqual([
      '1960 · Treaty signed',
      { 'Year unknown': [{ March: ['March 29, year unknown · They met', 'March 30, year unknown · They spoke'] }, 'May 2, year unknown · They left'] },
    ]);
    // one month of a year-less set: "March, year unknown" at the root
    const march = buildTimelineTree(analysis(yearless, { timeline: [day('m29', '--03-29', 'They met', 'March 29'), day('m30', '--03-30', 'They spoke', 'March 30')] }));
    expect(march.roots.map((n) => n.label)).toEqual(['March, year unknown']);
  });
});

describe('the seeds timeline as rows', () => {
  const root = join(__dirname, '../../..');
  const { sources } = loadSet(join(root, 'seeds'), join(root, 'test/fixtures/seeds-expected/seeds.expected.json'));
  const tree = buildTimelineTree(analyze(sources));
  const events = (nodes: ViewNode[]): ViewNode[] => nodes.flatMap((n) => (n.id.startsWith('event:') ? [n] : events(n.children)));

  it('has the Iwo Jima ceremony once, on 2025-03-29, with four sources', () => {
    const ceremony = events(tree.roots).filter((n) => n.label.startsWith('2025-03-29 '));
    expect(ceremony).toHaveLength(1);
    expect(ceremony[0]!.description).toMatch(/^4 sources/);
    expect(ceremony[0]!.children.map((m) => m.label.slice(0, 3))).toEqual(['001', '002', '003', '004']);
    expect(ceremony[0]!.parent?.label).toBe('March 2025');
  });

  it('puts July 2024 at the root (one event that year) with three sources', () => {
    const july = tree.roots.find((n) => n.label.startsWith('2024-07 '));
    expect(july?.description).toMatch(/^3 sources/);
  });
});
