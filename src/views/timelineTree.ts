// The Timeline view's rows, without an editor: events in date order, grouped by year and month,
// each event's mentions as children. Groups of one are flattened (a year with one event shows the
// event itself; a year with only one month shows "March 2025"), so sparse old dates stay one row.
import { oneLine } from './escape';
import type { Analysis, TimelineEvent } from '../core';
import { eventDateText, yearAndMonth } from './dates';
import { emptyMessage, linkParents, sourceLabel, tooltipText, type ViewNode, type ViewTree } from './viewNode';
import { plural } from './words';

type Mention = TimelineEvent['mentions'][number] & { resolution?: string };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const EVENT_ICON = {
  stated: { id: 'calendar' },
  inferred: { id: 'lightbulb', color: 'charts.blue' },
  conflict: { id: 'warning', color: 'problemsWarningIcon.foreground' },
} as const;

export function buildTimelineTree(analysis: Analysis | undefined): ViewTree {
  const events = analysis?.timeline ?? [];
  if (!analysis || events.length === 0) return { roots: [], message: emptyMessage(analysis, 'dated events') };
  const byYear = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const { year } = yearAndMonth(event);
    byYear.set(year, [...(byYear.get(year) ?? []), event]);
  }
  // days whose year is unknown ('') last, as the core orders them
  const years = [...byYear.keys()].sort((a, b) => Number(a === '') - Number(b === '') || a.localeCompare(b));
  const roots = years.map((year) => yearNode(analysis, year, byYear.get(year)!));
  return { roots: linkParents(roots) };
}

/** A year's events (year-precision ones first, as the core orders them) and its month groups. */
function yearNode(analysis: Analysis, year: string, events: TimelineEvent[]): ViewNode {
  const entries: (TimelineEvent | { month: string; events: TimelineEvent[] })[] = [];
  const months = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const { month } = yearAndMonth(event);
    if (!month) entries.push(event);
    else if (months.has(month)) months.get(month)!.push(event);
    else {
      const list = [event];
      months.set(month, list);
      entries.push({ month, events: list });
    }
  }
  const children = entries.map((entry) =>
    'month' in entry
      ? entry.events.length === 1
        ? eventNode(analysis, entry.events[0]!)
        : monthNode(analysis, year, entry.month, entry.events, false)
      : eventNode(analysis, entry),
  );
  if (children.length === 1) {
    const only = entries[0]!;
    // one month of several events: "March 2025" at the root instead of "2025" > "March"
    return 'month' in only && only.events.length > 1 ? monthNode(analysis, year, only.month, only.events, true) : children[0]!;
  }
  return { id: `year:${year || 'unknown'}`, label: year || 'Year unknown', description: plural(events.length, 'event'), expand: 'expanded', children };
}

function monthNode(analysis: Analysis, year: string, month: string, events: TimelineEvent[], withYear: boolean): ViewNode {
  const name = MONTHS[Number(month) - 1] ?? month;
  return {
    id: `month:${year || 'unknown'}-${month}`,
    label: withYear ? `${name}${year ? ` ${year}` : ', year unknown'}` : name,
    description: plural(events.length, 'event'),
    expand: 'expanded',
    children: events.map((event) => eventNode(analysis, event)),
  };
}

function eventNode(analysis: Analysis, event: TimelineEvent): ViewNode {
  const sources = [...new Set(event.mentions.map((m) => m.source))];
  const date = eventDateText(event);
  const label = oneLine(event.label);
  const marks = [plural(sources.length, 'source'), ...(event.inferred ? ['inferred'] : []), ...(event.dateConflict ? [event.dateConflict.on === 'time' ? 'times differ' : 'dates differ'] : [])];
  return {
    id: `event:${event.id}`,
    label: `${date} · ${label}`,
    description: marks.join(' · '),
    tooltip: tooltipText([
      `${date} · ${label}`,
      `${plural(sources.length, 'source')}: ${sources.map((s) => sourceLabel(analysis, s)).join(', ')}`,
      '',
      `${event.inferred ? 'Inferred date' : 'Stated date'}: ${howDated(analysis, event)}`,
      ...(event.dateConflict ? ['', `Sources disagree. ${event.dateConflict.reason}`] : []),
    ]),
    icon: event.dateConflict ? EVENT_ICON.conflict : event.inferred ? EVENT_ICON.inferred : EVENT_ICON.stated,
    expand: 'collapsed',
    children: event.mentions.map((m) => mentionNode(analysis, event, m)),
  };
}

function mentionNode(analysis: Analysis, event: TimelineEvent, mention: Mention): ViewNode {
  const source = sourceLabel(analysis, mention.source);
  const sentence = oneLine(mention.sentence);
  const conflictDate = event.dateConflict?.dates.find((d) => d.source === mention.source)?.date;
  return {
    id: `mention:${event.id}/${mention.source}#${mention.start}`,
    label: `${source}: ${oneLine(mention.text)}`,
    description:
      conflictDate && event.dateConflict?.on === 'time'
        ? `times it ${conflictDate.slice(conflictDate.indexOf(' ') + 1)} · ${sentence}`
        : conflictDate && conflictDate !== event.date
          ? `dates it ${conflictDate} · ${sentence}`
          : sentence,
    tooltip: tooltipText([sentence, ...mentionHow(analysis, event, mention, source)]),
    icon: { id: 'quote' },
    open: { source: mention.source, start: mention.start, end: mention.end },
    children: [],
  };
}

/** How the event got its date: each mention's words, and what relative ones were read against. */
function howDated(analysis: Analysis, event: TimelineEvent): string {
  const mentions = event.mentions as Mention[];
  if (mentions.some((m) => m.resolution)) {
    return mentions.map((m) => `${sourceLabel(analysis, m.source)} "${oneLine(m.text)}" ${m.resolution ? `(${m.resolution})` : ''}`.trim()).join('; ');
  }
  const byText = new Map<string, string[]>();
  for (const m of mentions) {
    const text = `"${oneLine(m.text)}"`;
    const labels = byText.get(text) ?? [];
    if (!labels.includes(sourceLabel(analysis, m.source))) labels.push(sourceLabel(analysis, m.source));
    byText.set(text, labels);
  }
  const words = [...byText].map(([text, labels]) => `${text} in ${labels.join(', ')}`).join('; ');
  return event.inferred ? `${words}, read against ${referenceText(analysis, mentions.map((m) => m.source))}` : words;
}

/** A mention's own resolution when the core gives one, else (for inferred events) what it was read against. */
function mentionHow(analysis: Analysis, event: TimelineEvent, mention: Mention, source: string): string[] {
  const how = mention.resolution ?? (event.inferred ? `read against ${referenceText(analysis, [mention.source])}` : undefined);
  return how ? ['', `"${oneLine(mention.text)}" in ${source}: ${how}`] : [];
}

function referenceText(analysis: Analysis, sourceIds: readonly string[]): string {
  const refs = new Set<string>();
  for (const id of new Set(sourceIds)) {
    const s = analysis.sources.find((x) => x.id === id);
    if (s?.referenceDate) refs.add(`${s.referenceDateNotBefore ? 'not before ' : ''}${s.referenceDate}${s.referenceDateInferred ? ' (itself inferred from the set)' : ''}`);
  }
  if (refs.size === 0) return 'the dates around it';
  return `the reference date${refs.size > 1 ? 's' : ''} ${[...refs].join(' and ')}`;
}
