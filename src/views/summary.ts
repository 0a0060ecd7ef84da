// The summary of a set: one model built from the Analysis, rendered as Markdown (export, preview),
// plain text (the CLI) or HTML (the webview adapter). Every view shows the same content because
// every view reads this model; the renderers only lay it out and escape article text.
import { countFindings, describeValue, joinLabels } from '../core';
import { eventDateText } from './dates';
import { writtenValue } from './figureWords';
import { LineIndex } from './position';
import { sourceNames } from './sources';
import { byVerdict } from './verdicts';
import { capitalise } from './words';
import type { SummarySource, SummaryCell, ValueGroup, SummaryRow, SummaryMention, SummaryEvent, SummaryOnlyOne, SummaryTextual, SummaryModel, SummaryOptions } from './summaryTypes';
import type {
  Analysis,
  Claim,
  Figure,
  SourceSummary,
  TextualDiscrepancy,
  TimelineEvent,
  Verdict,
} from '../core';

export function buildSummary(analysis: Analysis, options: SummaryOptions = {}): SummaryModel {
  const ctx = new Context(analysis, options.texts);
  const rows = analysis.claims
    .map((claim, i) => ({ row: buildRow(claim, ctx), i }))
    .sort((a, b) => byVerdict(a.row, b.row) || a.i - b.i)
    .map((x) => x.row);
  const timeline = analysis.timeline.map((e) => buildEvent(e, ctx));
  const onlyOne: SummaryOnlyOne[] = [];
  for (const s of analysis.sources) {
    const figures = analysis.singleSource
      .filter((c) => c.figures[0]?.source === s.id)
      .map((c) => ({ claim: c.id, measure: c.measure, cell: ctx.cell(c.figures[0]!, c) }));
    const events = timeline.filter((e) => new Set(e.mentions.map((m) => m.source)).size === 1 && e.mentions[0]!.source === s.id);
    if (figures.length > 0 || events.length > 0) onlyOne.push({ source: s.id, label: s.label, figures, events });
  }
  const textual = analysis.textual.map((d) => buildTextual(d, ctx));
  const count = (v: Verdict) => rows.filter((r) => r.verdict === v).length;
  return {
    sources: analysis.sources.map((s) => ctx.source(s)),
    rows,
    findings: rows.filter((r) => r.verdict !== 'agree'),
    timeline,
    onlyOne,
    textual,
    counts: {
      sources: analysis.sources.length,
      conflicts: countFindings(analysis).conflicts,
      discrepancies: count('discrepancy'),
      agreements: count('agree'),
      singleSourceFigures: analysis.singleSource.length,
      events: timeline.length,
      textual: textual.length,
    },
  };
}

/** Labels and line indexes, looked up once per source. */
class Context {
  readonly label: (source: string) => string;
  private readonly order = new Map<string, number>();
  private readonly indexes = new Map<string, LineIndex>();

  constructor(
    readonly analysis: Analysis,
    private readonly texts?: ReadonlyMap<string, string>,
  ) {
    this.label = sourceNames(analysis.sources);
    analysis.sources.forEach((s, i) => this.order.set(s.id, i));
  }

  rank(source: string): number {
    return this.order.get(source) ?? Number.MAX_SAFE_INTEGER;
  }

  position(source: string, offset: number): { line?: number; column?: number } {
    const text = this.texts?.get(source);
    if (text === undefined) return {};
    let index = this.indexes.get(source);
    if (!index) this.indexes.set(source, (index = new LineIndex(text)));
    return index.lineColumnAt(offset);
  }

  source(s: SourceSummary): SummarySource {
    const text = this.texts?.get(s.id);
    const firstLine = text?.split(/\r\n|\r|\n/).find((l) => l.trim() !== '')?.trim();
    const title = s.title ?? (firstLine && firstLine.length > 120 ? firstLine.slice(0, 119) + '…' : firstLine);
    return {
      id: s.id,
      path: s.path,
      label: this.label(s.id),
      ...(title !== undefined ? { title } : {}),
      chars: s.chars,
      ...(s.referenceDate !== undefined ? { referenceDate: s.referenceDate, referenceDateInferred: !!s.referenceDateInferred } : {}),
      ...(s.referenceDateHow !== undefined ? { referenceDateHow: s.referenceDateHow } : {}),
      ...(s.referenceDateNotBefore ? { referenceDateNotBefore: true as const } : {}),
      ...(s.skipped !== undefined ? { skipped: s.skipped } : {}),
    };
  }

  cell(f: Figure, claim: Claim): SummaryCell {
    return {
      source: f.source,
      label: this.label(f.source),
      figure: f.id,
      value: writtenValue(f),
      phrase: f.text,
      span: { start: f.span.start, end: f.span.end },
      ...this.position(f.source, f.span.start),
      outlier: claim.outliers.includes(f.id),
    };
  }

  mention(m: { source: string; start: number; end: number }, text: string): SummaryMention {
    return { source: m.source, label: this.label(m.source), span: { start: m.start, end: m.end }, text, ...this.position(m.source, m.start) };
  }
}

function buildRow(claim: Claim, ctx: Context): SummaryRow {
  const cells = ctx.analysis.sources.map((s) => {
    const f = claim.figures.find((x) => x.source === s.id);
    return f ? ctx.cell(f, claim) : undefined;
  });
  const groups = groupValues(claim, ctx);
  const measure = capitalise(claim.measure.trim()) || 'Figure';
  const said = groups.map((g) => `${joinLabels(g.labels)} ${g.labels.length > 1 ? 'say' : 'says'} ${g.value}`).join('; ');
  const statement = `${measure}: ${said}`;
  return { claim: claim.id, measure, unit: claim.unit, verdict: claim.verdict, reason: claim.reason, cells, groups, said, statement };
}

/** Sources stating the same value and qualifier form one group; outliers' groups come first. */
export function groupValues(claim: Claim, ctx: { label(s: string): string; rank(s: string): number }): ValueGroup[] {
  const groups = new Map<string, { figures: Figure[]; value: string }>();
  const figures = [...claim.figures].sort((a, b) => ctx.rank(a.source) - ctx.rank(b.source));
  for (const f of figures) {
    const key = [f.unit.kind, f.unit.name, f.qualifier, f.low, f.high, f.value, f.per ?? ''].join('|');
    const g = groups.get(key);
    if (g) g.figures.push(f);
    else groups.set(key, { figures: [f], value: describeValue(f) });
  }
  const out = [...groups.values()].map((g, i) => ({
    labels: [...new Set(g.figures.map((f) => ctx.label(f.source)))],
    value: g.value,
    outlier: g.figures.some((f) => claim.outliers.includes(f.id)),
    i,
  }));
  out.sort((a, b) => Number(b.outlier) - Number(a.outlier) || a.i - b.i);
  return out.map(({ labels, value, outlier }) => ({ labels, value, outlier }));
}

function buildEvent(e: TimelineEvent, ctx: Context): SummaryEvent {
  const mentions = [...e.mentions]
    .sort((a, b) => ctx.rank(a.source) - ctx.rank(b.source) || a.start - b.start)
    .map((m) => ctx.mention(m, m.text));
  return {
    id: e.id,
    date: e.date,
    ...(e.endDate !== undefined ? { endDate: e.endDate } : {}),
    precision: e.precision,
    ...(e.yearUnknown ? { yearUnknown: true as const } : {}),
    when: eventDateText(e),
    label: e.label,
    inferred: e.inferred,
    sources: [...new Set(mentions.map((m) => m.label))],
    mentions,
    ...(e.dateConflict ? { conflict: e.dateConflict.reason, ...(e.dateConflict.on ? { conflictOn: e.dateConflict.on } : {}) } : {}),
  };
}

function buildTextual(d: TextualDiscrepancy, ctx: Context): SummaryTextual {
  return {
    id: d.id,
    kind: d.kind,
    what: d.what,
    reason: d.reason,
    variants: d.variants.map((v) => {
      const mentions = [...v.mentions]
        .sort((a, b) => ctx.rank(a.source) - ctx.rank(b.source) || a.start - b.start)
        .map((m) => ctx.mention(m, v.text));
      return { text: v.text, count: v.mentions.length, sources: [...new Set(mentions.map((m) => m.label))], mentions };
    }),
  };
}
