import { describe, expect, it } from 'vitest';
import { labelerFor, shortLabels } from '../../../../src/core/text/labels';

describe('source labels', () => {
  it('uses distinct leading tokens ("001" for "001_778f.txt")', () => {
    expect(shortLabels(['seeds/000_5d36.txt', 'seeds/001_778f.txt'])).toEqual(['000', '001']);
  });

  it('keeps whole names when leading tokens repeat ("north_daily", "north_wire")', () => {
    expect(shortLabels(['north_daily.txt', 'north_wire.txt', 'south_local.txt'])).toEqual(['north_daily', 'north_wire', 'south_local']);
  });

  it('falls back to paths when file names repeat across folders', () => {
    expect(shortLabels(['a/report.txt', 'b/report.txt'])).toEqual(['a/report.txt', 'b/report.txt']);
  });

  it('maps ids to labels for one set', () => {
    const label = labelerFor([{ id: 'x', uri: 'north_daily.txt' }, { id: 'y', uri: 'north_wire.txt' }]);
    expect([label('x'), label('y'), label('unknown')]).toEqual(['north_daily', 'north_wire', 'unknown']);
  });
});
