// One happening put on the same day at different times of day by different sources ("the ferry
// left at 9 a.m." / "left at 11:30 a.m."): a date conflict on the time, as mergeConflicts
// (timelineConflicts.ts) records one on the day. Times are compared only on the same clock: two
// in UTC (a zone was told), or two in local time (none was); a UTC time and a local one are not
// compared, since the local zone is unknown.
import { similarity } from './happenings';
import { LIGHT_VERB } from './timelineConflicts';
import { parseIsoDay } from './resolve';
import type { Cluster, Dated, Placed } from './mentionColumns';

/**
 * Minutes two times of one happening may be apart and still agree: a rounded time ("about
 * 10 a.m.", "shortly before 11") against an exact one ("10:35") is the same time.
 */
export const TIME_TOLERANCE = 45;

interface Clock {
  /** Minutes from the start of the mention's day, on its clock (a UTC time on the next day is past 1440). */
  minutes: number;
  utc: boolean;
}

/** The mention's time of day ("05:15 UTC", "14:15 local time", "23:30 UTC on 2025-03-29"). */
export function clockOf(d: Dated): Clock | undefined {
  const m = /^(\d{2}):(\d{2}) (UTC|local time)(?: on (\d{4}-\d{2}-\d{2}))?$/.exec(d.time ?? '');
  if (!m || d.precision !== 'day') return undefined;
  const other = m[4] ? parseIsoDay(m[4]) : undefined;
  const shift = other === undefined ? 0 : other - d.from;
  return { minutes: shift * 1440 + +m[1]! * 60 + +m[2]!, utc: m[3] === 'UTC' };
}

/** The day and time a mention gives, as a reader reads it: "2025-03-30 14:00 UTC". */
export const whenOf = (d: Dated): string => (d.time ? `${d.date} ${d.time.replace(/ on \d{4}-\d{2}-\d{2}$/, '')}` : d.date);

/** Two timed mentions of different sources telling one happening: the same verb of the happening, strongly alike words. */
function oneHappening(a: Dated, b: Dated): boolean {
  if (a.source === b.source || a.from !== b.from || !a.verb || a.verb !== b.verb || LIGHT_VERB.has(a.verb)) return false;
  const s = similarity(a.words, b.words);
  return s.shared >= 3 && s.score >= 0.5;
}

/**
 * The clusters with a time conflict recorded where two sources time one happening of one day more
 * than TIME_TOLERANCE apart on the same clock: its groups are the timed mentions of that
 * happening, by time (mentions within the tolerance of each other in one group). New cluster
 * objects where one is found; a cluster with a day conflict already keeps that one.
 */
export function withTimeConflicts(clusters: readonly Cluster[]): Cluster[] {
  return clusters.map((c) => {
    if (c.conflict) return c;
    const timed = c.members.flatMap((m) => {
      const clock = clockOf(m.d);
      return clock ? [{ m, clock }] : [];
    });
    let pair: [Placed, Placed] | undefined;
    for (let i = 0; i < timed.length && !pair; i++) {
      for (let j = i + 1; j < timed.length && !pair; j++) {
        const [a, b] = [timed[i]!, timed[j]!];
        if (a.clock.utc === b.clock.utc && Math.abs(a.clock.minutes - b.clock.minutes) > TIME_TOLERANCE && oneHappening(a.m.d, b.m.d)) pair = [a.m, b.m];
      }
    }
    if (!pair) return c;
    // the timed mentions of that happening on that clock, in order of time; a gap beyond the tolerance starts a group
    const seed = pair[0].d;
    const utc = clockOf(seed)!.utc;
    const same = timed
      .filter(({ m, clock }) => clock.utc === utc && (m === pair![0] || m === pair![1] || oneHappening(m.d, seed) || oneHappening(m.d, pair![1].d)))
      .sort((x, y) => x.clock.minutes - y.clock.minutes);
    const groups: Placed[][] = [];
    let last = -Infinity;
    for (const { m, clock } of same) {
      if (clock.minutes - last > TIME_TOLERANCE || groups.length === 0) groups.push([m]);
      else groups[groups.length - 1]!.push(m);
      last = clock.minutes;
    }
    if (groups.length < 2) return c;
    return { members: c.members, conflict: groups, conflictOn: 'time' as const };
  });
}
