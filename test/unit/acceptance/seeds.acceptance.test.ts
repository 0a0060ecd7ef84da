// The human reading of the five seed articles (shared/acceptance/seeds.expected.json, copied to
// test/fixtures/seeds-expected/) as tests: what must be flagged, what must not, the key claims.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { evaluate, loadSet } from './evaluate';

const root = join(__dirname, '../../..');
const { sources, expected } = loadSet(join(root, 'seeds'), join(root, 'test/fixtures/seeds-expected/seeds.expected.json'));
const analysis = analyze(sources);

describe('seeds acceptance', () => {
  it('meets every flag / must-not-flag / claim check of the human reading', () => {
    expect(evaluate(analysis, sources, expected)).toEqual([]);
  });

  it('puts the troop counts of all five sources in one claim, flagging only 001', () => {
    const troops = analysis.claims.find((c) => c.figures.some((f) => f.text.includes('53,000')))!;
    expect(troops.figures.map((f) => f.source.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    expect(troops.verdict).toBe('discrepancy');
    expect(troops.outliers.map((id) => id.slice(0, 3))).toEqual(['001']);
    expect(troops.reason).toBe('001 says 50,000; 000 and 004 say about 53,000; 002 and 003 say more than 50,000');
    const dotted = troops.figures.find((f) => f.source.startsWith('002'))!;
    expect(dotted.value).toBe(50000);
    expect(dotted.qualifier).toBe('lowerBound');
  });

  it('converts yen to dollars: the host-nation payment agrees', () => {
    const payment = analysis.claims.find((c) => c.unit.kind === 'money')!;
    expect(payment.figures.map((f) => f.unit.name).sort()).toEqual(['JPY', 'USD']);
    expect(payment.verdict).toBe('agree');
    expect(analysis.diagnostics.some((d) => payment.figures.some((f) => f.source === d.source && f.span.start === d.start))).toBe(false);
  });

  it('aligns "two percent" with "2%"', () => {
    const share = analysis.claims.find((c) => c.unit.kind === 'percent')!;
    expect(share.figures.map((f) => f.value)).toEqual([2, 2]);
    expect(share.verdict).toBe('agree');
  });

  it('ignores page furniture, model names and names', () => {
    const texts = [...analysis.claims, ...analysis.singleSource].flatMap((c) => c.figures.map((f) => f.text));
    expect(texts.some((t) => /SM-6|World War|^0$|^31$/.test(t))).toBe(false);
  });

  it('reports the single-source figures', () => {
    const single = analysis.singleSource.map((c) => c.figures[0]!.text);
    expect(single).toContain('less than 70 miles');
    expect(single.some((t) => t.startsWith('1,900-mile'))).toBe(true);
  });
});
