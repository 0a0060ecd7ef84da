// Dates are claims too: each timeline event is one happening, so its mentions are the figures of
// one date claim ("the protest day": "this Thursday, March 23" in one report, "on Thursday" in
// another). Built from the timeline's clustering so that "the same happening" means one thing
// everywhere. Events told by two or more sources become claims; the others single-source claims.
import type { Claim, Figure, TimelineEvent, Verdict } from '../types';
import type { Cluster, Placed } from './mentionColumns';

export interface DateClaims {
  claims: Claim[];
  singleSource: Claim[];
}

/**
 * One claim per event (`events[i]` built from `clusters[i]`), with the event's id so that the
 * event's date-conflict diagnostics name it. Verdicts: conflict when the sources put the happening
 * on different days (the timeline's date conflict); agree when the dates are compatible at their
 * precisions ("in March" / "on March 19"); discrepancy when they only overlap pairwise.
 */
export function dateClaims(events: readonly TimelineEvent[], clusters: readonly Cluster[], sourceLabel: (id: string) => string): DateClaims {
  const claims: Claim[] = [];
  const singleSource: Claim[] = [];
  events.forEach((ev, i) => {
    const members = [...clusters[i]!.members].sort((a, b) => a.sourceIndex - b.sourceIndex || a.d.start - b.d.start);
    const figures = members.map((m) => dateFigure(m, ev.label));
    const sources = new Set(members.map((m) => m.d.source));
    const outliers = outliersOf(clusters[i]!);
    const verdict: Verdict = ev.dateConflict ? 'conflict' : sources.size > 1 && !commonDay(members) ? 'discrepancy' : 'agree';
    const claim: Claim = {
      id: ev.id,
      measure: `date: ${ev.label}`,
      unit: { kind: 'date', name: ev.precision },
      figures,
      verdict,
      reason: ev.dateConflict?.reason ?? reasonOf(members, sourceLabel),
      outliers,
    };
    (sources.size > 1 ? claims : singleSource).push(claim);
  });
  return { claims, singleSource };
}

/**
 * The date claims without the mentions a numeric figure already reads ("80 years ago" is also a
 * duration of 80 years): one place is one figure. A claim left with one source is single-source.
 */
export function withoutTaken(dc: DateClaims, taken: (source: string, start: number, end: number) => boolean): DateClaims {
  const out: DateClaims = { claims: [], singleSource: [] };
  for (const c of [...dc.claims, ...dc.singleSource]) {
    const figures = c.figures.filter((f) => !taken(f.source, f.span.start, f.span.end));
    if (figures.length === 0) continue;
    const ids = new Set(figures.map((f) => f.id));
    const claim = figures.length === c.figures.length ? c : { ...c, figures, outliers: c.outliers.filter((id) => ids.has(id)) };
    (new Set(figures.map((f) => f.source)).size > 1 ? out.claims : out.singleSource).push(claim);
  }
  return out;
}

/**
 * Whether one day lies in every mention's interval: "in March" and "on March 19" are compatible at
 * their precisions (agree); "last week" and a day after it are not, though one happening (discrepancy).
 */
function commonDay(members: readonly Placed[]): boolean {
  let from = -Infinity;
  let to = Infinity;
  for (const { d } of members) (from = Math.max(from, d.from)), (to = Math.min(to, d.to));
  return from <= to;
}

/** "01 and 04 say 2023-03-23; 05 says 2023-03". */
function reasonOf(members: readonly Placed[], sourceLabel: (id: string) => string): string {
  const byDate = new Map<string, Set<string>>();
  for (const m of members) {
    const key = m.d.endDate ? `${m.d.date} to ${m.d.endDate}` : m.d.date;
    byDate.set(key, (byDate.get(key) ?? new Set()).add(sourceLabel(m.d.source)));
  }
  return [...byDate]
    .map(([date, labels]) => {
      const list = [...labels];
      const who = list.length <= 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
      return `${who} ${list.length > 1 ? 'say' : 'says'} ${date}`;
    })
    .join('; ');
}

/** The mentions of the groups that are not the majority date (all groups when none is). */
function outliersOf(c: Cluster): string[] {
  if (!c.conflict) return [];
  const sizes = c.conflict.map((g) => new Set(g.map((m) => m.d.source)).size);
  const max = Math.max(...sizes);
  const majority = sizes.filter((s) => s === max).length === 1 ? sizes.indexOf(max) : -1;
  return c.conflict.flatMap((g, gi) => (gi === majority ? [] : g.map((m) => figureId(m))));
}

const figureId = (m: Placed): string => `${m.d.source}#${m.d.start}`;

/** A date mention as a figure: its value is the interval of days it allows (epoch days). */
function dateFigure(m: Placed, label: string): Figure {
  const { d } = m;
  const span = { start: d.start, end: d.end };
  return {
    id: figureId(m),
    source: d.source,
    span,
    valueSpan: { ...span },
    text: d.text,
    sentence: d.sentence,
    value: d.from,
    low: d.from,
    high: d.to,
    precision: d.to - d.from + 1,
    unit: { kind: 'date', name: d.precision },
    qualifier: d.endDate ? 'range' : 'exact',
    canonical: { value: d.from, low: d.from, high: d.to, unit: 'day', converted: false },
    counted: label,
    head: '',
    concept: 'date',
    context: [...d.words],
    date: { iso: d.date, ...(d.endDate ? { endDate: d.endDate } : {}), precision: d.precision, inferred: d.inferred, resolution: d.resolution, ...(d.yearUnknown ? { yearUnknown: true as const } : {}) },
  };
}
