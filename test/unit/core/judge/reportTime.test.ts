// The day a figure was true: its own "as of" day seen from its report's day.
import { describe, expect, it } from 'vitest';
import { asOfDay } from '../../../../src/core/judge/reportTime';

describe('asOfDay: the day an "as of" phrase names, from the report\'s day', () => {
  it.each<[string, string, string | undefined]>([
    // 2026-08-15 is a Saturday
    ['as of early Friday', '2026-08-15', '2026-08-14'],
    ['as of Thursday night', '2026-08-15', '2026-08-13'],
    ['by late Saturday', '2026-08-15', '2026-08-15'],
    ['as of Sunday', '2026-08-15', '2026-08-09'],
    ['as of Aug. 10', '2026-08-15', '2026-08-10'],
    ['as at 12 August', '2026-08-15', '2026-08-12'],
    ['as of December 30', '2026-01-02', '2025-12-30'],
    ['as of noon', '2026-08-15', undefined],
    ['by tonight', '2026-08-15', undefined],
    ['as of Feb. 30', '2026-08-15', undefined],
    // Feb 29 after a leap day's report, looked up in the year before (no leap day): no day
    ['as of Feb. 29', '2028-02-10', undefined],
    ['as of Feb. 29', '2028-03-10', '2028-02-29'],
  ])('%s in a report of %s → %s', (asOf, day, expected) => {
    expect(asOfDay(asOf, day)).toBe(expected);
  });
});
