// The TS port of ../shared/tools/score.py on tiny hand-made keys and outputs: each row is one case
// with the metrics score.py gives for it (worked out by hand from its code).
import { describe, expect, it } from 'vitest';
import { articlesOf } from '../../../scripts/eval/clusters/articles';
import { loadKeyObject, type ClusterKey } from '../../../scripts/eval/clusters/key';
import { frac, locate } from '../../../scripts/eval/clusters/places';
import { scoreCluster, type ClusterMetrics } from '../../../scripts/eval/clusters/score';
import type { ToolOutput } from '../../../scripts/eval/clusters/toolOutput';

const A = 'a.txt';
const B = 'b.txt';
//           0         1         2         3
//           0123456789012345678901234567890123456
const TA = 'Bombs killed 257 people on Friday.\n0\n';
const TB = 'The blasts killed 247 people.\n';
const articles = articlesOf('/tiny', new Map([[A, Buffer.from(TA)], [B, Buffer.from(TB)], ['notes.md', Buffer.from('not an article')]]));

const at = (file: string, text: string) => {
  const t = file === A ? TA : TB;
  const start = t.indexOf(text);
  if (start < 0) throw new Error(`test setup: ${text} not in ${file}`);
  return { source: `/somewhere/${file}`, start, end: start + text.length };
};
const key = (k: Partial<ClusterKey>): ClusterKey => ({ claims: [], differentMeasures: [], mustNotFlag: [], timeline: [], ...k });
const out = (o: Partial<ToolOutput>): ToolOutput => ({ claims: [], singleSource: [], diagnostics: [], timeline: [], ...o });
const toll = (verdict: 'agree' | 'soft' | 'hard') => ({ id: 'toll', verdict, figures: [{ file: A, span: '257 people' }, { file: B, span: 'killed 247' }] });

const cases: { name: string; key: ClusterKey; out: ToolOutput; expect: Partial<ClusterMetrics> }[] = [
  {
    name: 'nothing read: extract and align 0, no diagnostics so warn_precision undefined',
    key: key({ claims: [toll('hard')] }),
    out: out({}),
    expect: { extract: 0, align: 0, separate: null, hard: 0, soft: null, falseflags: 0, warn_precision: null, diagnostics: 0, timeline: null },
  },
  {
    name: 'a single-source figure overlapping a span counts as extracted, not aligned; touching spans do not overlap',
    key: key({ claims: [toll('agree')] }),
    out: out({ singleSource: [{ figures: [at(A, '257')] }, { figures: [{ ...at(B, 'killed'), start: at(B, 'killed').start - 1, end: at(B, 'killed').start }] }] }),
    expect: { extract: 0.5, align: 0 },
  },
  {
    name: 'both figures in one claim: aligned; a diagnostic on an agree claim is a false flag',
    key: key({ claims: [toll('agree')] }),
    out: out({ claims: [{ id: 'c1', figures: [at(A, '257 people'), at(B, '247 people')] }], diagnostics: [{ ...at(B, '247'), severity: 'warning' }] }),
    expect: { extract: 1, align: 1, falseflags: 1, warn_precision: 0, diagnostics: 1 },
  },
  {
    name: 'figures in two different claims are not aligned, so a different-measure pair is kept apart',
    key: key({ claims: [toll('soft')], differentMeasures: [[{ file: A, span: '257 people' }, { file: B, span: '247 people' }]] }),
    out: out({ claims: [{ id: 'c1', figures: [at(A, '257')] }, { id: 'c2', figures: [at(B, '247')] }] }),
    expect: { align: 0, separate: 1, soft: 0 },
  },
  {
    name: 'hard surfaced by any diagnostic; information does not count for warn_precision',
    key: key({ claims: [toll('hard')] }),
    out: out({ diagnostics: [{ ...at(A, '257'), severity: 'information' }, { ...at(A, 'Friday'), severity: 'error' }] }),
    expect: { hard: 1, warn_precision: 0, diagnostics: 2 },
  },
  {
    name: 'mustNotFlag: a flagged furniture line counts, a span inside a hard claim does not',
    key: key({ claims: [toll('hard')], mustNotFlag: [{ file: A, line: '0' }, { file: A, span: '257' }, { file: B, line: 'absent' }] }),
    out: out({ diagnostics: [{ ...at(A, '0\n'), end: at(A, '0\n').start + 1, severity: 'warning' }, { ...at(A, '257'), severity: 'warning' }] }),
    expect: { falseflags: 1, warn_precision: 0.5 },
  },
  {
    name: 'timeline: a coarser date is not found, a finer one is; without mentions the source prefix decides',
    key: key({
      timeline: [
        { date: '1998-08-07', event: 'bombing', mentions: [{ file: A, span: 'Friday' }] },
        { date: '1998-08', event: 'month', sources: ['b.t'] },
        { date: '1998', event: 'year', sources: ['zzz'] },
      ],
    }),
    out: out({ timeline: [{ date: '1998-08', mentions: [at(A, 'Friday')] }, { date: '1998-08-09', mentions: [at(B, 'blasts')] }] }),
    expect: { timeline: 0.333 },
  },
  {
    name: 'pairs within one file are not counted; one of two cross-file pairs aligned',
    key: key({ claims: [{ id: 'x', verdict: 'agree', figures: [{ file: A, span: '257' }, { file: B, span: '247' }, { file: B, span: 'people' }] }] }),
    out: out({ claims: [{ id: 'c', figures: [at(A, '257'), at(B, '247')] }, { id: 'd', figures: [at(B, 'people'), at(A, 'Friday')] }] }),
    expect: { align: 0.5, extract: 1 },
  },
];

describe('cluster scorer (score.py in TypeScript)', () => {
  it.each(cases)('$name', ({ key: k, out: o, expect: want }) => {
    const got = scoreCluster(k, articles, o);
    expect(Object.fromEntries(Object.keys(want).map((m) => [m, got[m as keyof ClusterMetrics]]))).toEqual(want);
  });

  it('fails loudly when a key span is not in its article', () => {
    expect(() => scoreCluster(key({ claims: [{ id: 'x', verdict: 'agree', figures: [{ file: A, span: 'not there' }] }] }), articles, out({}))).toThrow(/key span not in a.txt/);
  });

  it.each([
    [1, 16, 0.062],
    [3, 16, 0.188],
    [2, 3, 0.667],
    [1, 3, 0.333],
    [0, 5, 0],
    [5, 5, 1],
  ])('frac(%i, %i) = %f, as round(n / d, 3) in Python', (n, d, want) => {
    expect(frac(n, d)).toBe(want);
  });

  it.each([
    ['BOM and CRLF', [0xef, 0xbb, 0xbf], '\r\n', 9, 9],
    ['CRLF', [], '\r\n', 8, 9],
    ['BOM', [0xef, 0xbb, 0xbf], '\n', 9, 8],
  ])('finds key spans where Python reads the file, not where the CLI does (%s)', (_, bom, eol, python, cli) => {
    const bytes = Buffer.concat([Buffer.from(bom), Buffer.from(`12 dead${eol}15 dead${eol}`)]);
    const one = articlesOf('/eol', new Map([['c.txt', bytes]]));
    expect(locate(one, { file: 'c.txt', span: '15 dead' })?.start).toBe(python);
    expect(one.sources[0]!.text.indexOf('15 dead')).toBe(cli);
  });

  it('converts the seeds key as score.py does', () => {
    const seeds = {
      referenceDate: '2025-03-30',
      claims: [{ id: 'c', verdict: 'discrepancy', values: [{ source: A, span: '257 people' }, { source: B, span: '247 people' }], mustNotFlag: ['247 people'] }],
      mustNotFlag: [{ source: '*', span: 'people' }, { source: A, line: '0' }],
      timeline: [{ date: '1998-08-07', event: 'e', sources: ['a'] }, { date: 'August 1998', event: 'not ISO', sources: ['a'] }],
    };
    const k = loadKeyObject(seeds, articles);
    expect(k.claims).toEqual([{ id: 'c', verdict: 'soft', figures: [{ file: A, span: '257 people' }, { file: B, span: '247 people' }] }]);
    expect(k.mustNotFlag).toEqual([{ file: A, span: 'people' }, { file: B, span: 'people' }, { file: A, line: '0' }, { file: B, span: '247 people' }]);
    expect(k.timeline.map((e) => e.date)).toEqual(['1998-08-07']);
  });
});
