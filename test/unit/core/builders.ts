// Hand-built Analysis objects for testing the views (summary, SARIF) without the analysis core:
// figures and mentions are located by searching their phrase in the source text, so every span
// is exact.
import type {
  Analysis,
  Claim,
  DiagnosticModel,
  Figure,
  Qualifier,
  SourceSummary,
  TextualDiscrepancy,
  TimelineEvent,
  Unit,
  Verdict,
} from '../../../src/core/types';

export interface TestSet {
  texts: Map<string, string>;
  sources: SourceSummary[];
}

/** Sources with ids `${label}.txt` from label → text. */
export function sourceSet(texts: Record<string, string>, extra: Partial<Record<string, Partial<SourceSummary>>> = {}): TestSet {
  const map = new Map<string, string>();
  const sources: SourceSummary[] = [];
  for (const [label, text] of Object.entries(texts)) {
    const id = `${label}.txt`;
    map.set(id, text);
    sources.push({ id, path: `articles/${id}`, label, chars: text.length, ...extra[label] });
  }
  return { texts: map, sources };
}

/** Offsets of `phrase` in the source's text (the `nth` occurrence, 0-based); throws when absent. */
export function find(set: TestSet, source: string, phrase: string, nth = 0): { start: number; end: number } {
  const text = set.texts.get(source);
  if (text === undefined) throw new Error(`no source ${source}`);
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" not in ${source}`);
  }
  return { start: at, end: at + phrase.length };
}

export interface FigureSpec {
  source: string;
  phrase: string;
  /** The number as written inside the phrase ("53,000"). */
  number: string;
  value: number;
  qualifier?: Qualifier;
  unit?: Unit;
  counted?: string;
  low?: number;
  high?: number;
  per?: string;
}

const COUNT: Unit = { kind: 'count', name: 'count' };

export function figure(set: TestSet, spec: FigureSpec): Figure {
  const span = find(set, spec.source, spec.phrase);
  const inner = spec.phrase.indexOf(spec.number);
  const qualifier = spec.qualifier ?? 'exact';
  const low = spec.low ?? (qualifier === 'lowerBound' || qualifier === 'exact' ? spec.value : qualifier === 'upperBound' ? 0 : spec.value * 0.95);
  const high = spec.high ?? (qualifier === 'lowerBound' ? Infinity : qualifier === 'exact' || qualifier === 'upperBound' ? spec.value : spec.value * 1.05);
  return {
    id: `${spec.source}#${span.start}`,
    source: spec.source,
    span,
    valueSpan: { start: span.start + inner, end: span.start + inner + spec.number.length },
    text: spec.phrase,
    sentence: 0,
    value: spec.value,
    low,
    high,
    precision: 1,
    unit: spec.unit ?? COUNT,
    qualifier,
    canonical: { value: spec.value, low, high, unit: spec.unit?.name ?? 'count', converted: false },
    counted: spec.counted ?? '',
    head: '',
    concept: '',
    context: [],
    ...(spec.per ? { per: spec.per } : {}),
  };
}

export function claim(id: string, measure: string, verdict: Verdict, figures: Figure[], outliers: Figure[] = [], reason = ''): Claim {
  return { id, measure, unit: figures[0]!.unit, figures, verdict, reason, outliers: outliers.map((f) => f.id) };
}

export function event(
  set: TestSet,
  id: string,
  date: string,
  label: string,
  mentions: { source: string; phrase: string }[],
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  return {
    id,
    date,
    precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    label,
    inferred: false,
    mentions: mentions.map((m) => ({ source: m.source, ...find(set, m.source, m.phrase), text: m.phrase, sentence: m.phrase })),
    ...extra,
  };
}

export function diagnostic(
  f: Figure,
  claimId: string,
  code: DiagnosticModel['code'],
  message: string,
  related: Figure[],
): DiagnosticModel {
  return {
    source: f.source,
    start: f.span.start,
    end: f.span.end,
    code,
    message,
    claim: claimId,
    related: related.map((r) => ({ source: r.source, start: r.span.start, end: r.span.end, message: `${r.source} says ${r.text}` })),
  };
}

export function analysis(set: TestSet, parts: Partial<Omit<Analysis, 'sources'>>): Analysis {
  return {
    sources: set.sources,
    claims: parts.claims ?? [],
    singleSource: parts.singleSource ?? [],
    diagnostics: parts.diagnostics ?? [],
    timeline: parts.timeline ?? [],
    textual: parts.textual ?? [],
  };
}

export function textualSpelling(set: TestSet, common: string, rare: string, reason: string): TextualDiscrepancy {
  const mentionsOf = (word: string) => {
    const out: { source: string; start: number; end: number }[] = [];
    for (const [source, text] of set.texts) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        // Whole words only: "Hegseth" must not match inside "Hegsethx".
        if (!/\p{L}/u.test(text[at + word.length] ?? '')) out.push({ source, start: at, end: at + word.length });
      }
    }
    return out;
  };
  return {
    id: `spelling:${common}|${rare}`,
    kind: 'spelling',
    what: 'name spelling',
    variants: [
      { text: common, mentions: mentionsOf(common) },
      { text: rare, mentions: mentionsOf(rare) },
    ],
    reason,
  };
}
