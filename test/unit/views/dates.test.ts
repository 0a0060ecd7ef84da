// How every view writes an event's date: the Timeline tree's rows and the summary's "when".
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/core';
import { eventDateText } from '../../../src/views/dates';

describe('eventDateText', () => {
  it.each([
    [{ date: '2025-03-29', precision: 'day' }, '2025-03-29'],
    [{ date: '2024-07', precision: 'month' }, '2024-07'],
    [{ date: '1960', precision: 'year' }, '1960'],
    [{ date: '1990', endDate: '1999', precision: 'decade' }, '1990s'],
    [{ date: '2025-03-24', endDate: '2025-03-28', precision: 'week' }, '2025-03-24 – 28'],
    [{ date: '2025-03-30', endDate: '2025-04-02', precision: 'week' }, '2025-03-30 – 04-02'],
    [{ date: '2024-12-30', endDate: '2025-01-03', precision: 'week' }, '2024-12-30 – 2025-01-03'],
    [{ date: '2025-03', endDate: '2025-05', precision: 'month' }, '2025-03 – 05'],
    [{ date: '2025', endDate: '2027', precision: 'year' }, '2025 – 2027'],
    [{ date: '2025-03-30', endDate: '2025-03-30', precision: 'day' }, '2025-03-30'],
  ] as [Pick<TimelineEvent, 'date' | 'endDate' | 'precision'>, string][])('%o → %s', (event, text) => {
    expect(eventDateText(event)).toBe(text);
  });
});
