// A date conflict on the time of day: two sources put one happening on the same day at times more
// than TIME_TOLERANCE apart, on the same clock. Our own wordings.
import { describe, expect, it } from 'vitest';
import { runTimeline } from './runTimeline';

const run = (texts: Record<string, string>) => runTimeline(texts);

const DEPARTED = 'The overloaded ferry left the harbour of Port Selin at 9 a.m. on Sunday, March 30, 2025, with 300 passengers on board.';

describe('time conflicts', () => {
  it.each([
    ['hours apart, local time', 'The overloaded ferry left the harbour of Port Selin at 11:30 a.m. on Sunday, March 30, 2025, the coastguard said.', '2025-03-30 09:00 local time', '2025-03-30 11:30 local time'],
    ['in UTC, zones told', 'The overloaded ferry left the harbour of Port Selin at 2 p.m. GMT on Sunday, March 30, 2025, the coastguard said.', undefined, undefined],
  ])('%s', (_, other, a, b) => {
    const r = run({ a: a === undefined ? DEPARTED.replace('at 9 a.m.', 'at 9 a.m. GMT') : DEPARTED, b: other });
    const ev = r.timeline.find((e) => e.dateConflict);
    expect(ev, JSON.stringify(r.timeline.map((e) => [e.date, e.label, e.mentions.map((m) => m.time)]))).toBeDefined();
    expect(ev!.dateConflict!.reason).toMatch(/^Sources time this differently: /);
    if (a) expect(ev!.dateConflict!.dates.map((d) => d.date).sort()).toEqual([a, b]);
    const diagnostics = r.diagnostics.filter((d) => d.code === 'date-conflict');
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.claim).toBe(ev!.id);
      expect(d.related.length).toBeGreaterThan(0);
      expect(d.message).toMatch(/ at 2025-03-30 \d\d:\d\d /);
    }
  });

  it.each([
    ['within the tolerance (a rounded time)', 'The overloaded ferry left the harbour of Port Selin at 9:30 a.m. on Sunday, March 30, 2025, the coastguard said.'],
    ['another happening of that day', 'The overloaded ferry reached the island of Ardent at 4 p.m. on Sunday, March 30, 2025, the coastguard said.'],
    ['a UTC time against a local one (the zone unknown)', 'The overloaded ferry left the harbour of Port Selin at 07:00 GMT on Sunday, March 30, 2025, the coastguard said.'],
    ['no time told', 'The overloaded ferry left the harbour of Port Selin on Sunday, March 30, 2025, the coastguard said.'],
  ])('no conflict: %s', (_, other) => {
    const r = run({ a: DEPARTED, b: other });
    expect(r.timeline.filter((e) => e.dateConflict)).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === 'date-conflict')).toEqual([]);
  });
});
