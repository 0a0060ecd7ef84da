// The data model shared by every stage: documents → extraction → alignment → comparison → views.
// Pure types, no runtime code. All offsets are UTF-16 code units into the source's text,
// `end` exclusive, so `text.slice(start, end)` is the span's text.
import type { FigureIdentity } from './figureIdentity';

/** One article the reader opened. `id` is unique in the set (a URI in the editor, a path in the CLI). */
export interface Source {
  id: string;
  /** Path or URI to show and to open; the CLI uses the file path. */
  uri: string;
  text: string;
  /**
   * 'html': `text` is a web page's HTML; its article is analysed (src/core/html/) and every offset
   * of the analysis points into the HTML (see `sourceFormatOf`). Absent: plain text.
   */
  format?: 'html';
}

export interface Span {
  start: number;
  end: number;
}

/** A span in a given source, used for related locations and timeline mentions. */
export interface SourceSpan extends Span {
  source: string;
}

// ---------------------------------------------------------------------------
// Segmentation

export interface Paragraph extends Span {
  index: number;
  /** Page furniture (share counters, promos, bylines, tag lists...) is not part of the article. */
  furniture: boolean;
  /** Why it was judged furniture, for the reader and for tests ("share counter", "byline"...). */
  furnitureReason?: string;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  text: string;
  furniture: boolean;
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** The first non-empty, non-furniture line when it reads as a headline, else undefined. */
  title?: string;
}

// ---------------------------------------------------------------------------
// Figures

/**
 * How the source qualifies the number.
 * exact: "50,000"; approximate: "about/roughly/nearly 53,000"; lowerBound: "more than/over/at least";
 * upperBound: "less than/under/up to"; range: "between 10 and 12", "10-12"; average: "an average of".
 */
export type Qualifier = 'exact' | 'approximate' | 'lowerBound' | 'upperBound' | 'range' | 'average';

/** What kind of quantity a figure is; figures of different kinds are never compared. */
export type UnitKind =
  | 'count'
  | 'money'
  | 'percent'
  | 'distance'
  | 'area'
  | 'mass'
  | 'volume'
  | 'duration'
  | 'age'
  | 'speed'
  | 'temperature'
  | 'energy'
  /** A date mention as a figure of a date claim (value and bounds in epoch days; see Figure.date). */
  | 'date'
  | 'other';

export interface Unit {
  kind: UnitKind;
  /**
   * The unit as stated, normalised: ISO currency code for money ("USD", "JPY"), a symbol for
   * measures ("mi", "km", "kg", "%", "year"), or "count".
   */
  name: string;
}

export interface Figure {
  /** Stable within one analysis: `${source}#${start}`. */
  id: string;
  source: string;
  /** The whole phrase a reader would select: qualifier, number, scale, unit and counted noun. */
  span: Span;
  /** The number itself ("53,000", "two", "1.4 billion"). */
  valueSpan: Span;
  /** `text.slice(span.start, span.end)` of the source. */
  text: string;
  /** Index of the sentence in the source's segmentation. */
  sentence: number;
  /** The value as stated (for a range, its midpoint), in the stated unit. */
  value: number;
  /** The interval the statement allows, in the stated unit (qualifiers applied; Infinity allowed). */
  low: number;
  high: number;
  /** One unit in the last significant place of the stated value (53,000 → 1,000; 1.4 billion → 0.1 billion). */
  precision: number;
  unit: Unit;
  qualifier: Qualifier;
  /**
   * The value and interval converted to the kind's canonical unit (USD, metres, kilograms,
   * years, ...), so figures in different units compare directly. Equal to the stated values
   * for counts and percentages.
   */
  canonical: { value: number; low: number; high: number; unit: string; converted: boolean };
  /** What is counted or measured, as written ("American service members", "people killed"). */
  counted: string;
  /** Lemma of the head noun of `counted` ("member", "personnel", "yen"); '' when none. */
  head: string;
  /** Concept from the synonym lexicon ("military-personnel", "deaths"), or the head lemma. */
  concept: string;
  /**
   * Who the people of an outcome count were, when the sentence says ("123 police officers were
   * injured": concept "injuries", role "police"); two counts of one outcome with different roles
   * are different facts.
   */
  role?: string;
  /** Lemmas of the sentence's other content words, for alignment. */
  context: string[];
  /** Period the figure is stated per ("year", "month"), when it is a rate ("$1.4 billion a year"). */
  per?: string;
  /**
   * A change rather than a level: "rose 5%" (the 5% is the amount of the rise), "fell to 49.5"
   * (the level reached by a fall), "from 62 to 64" (`value` 64, `from` 62).
   */
  change?: 'up' | 'down';
  /** The value a "from X to Y" change started from, in the stated unit. */
  from?: number;
  /**
   * Set when `value` is the level a change reached ("fell to 49.5", "was up 19 cents at $58.24",
   * "from 62 to 64"), not the amount of the change ("rose 5%").
   */
  reached?: true;
  /**
   * The level stood there before the change the sentence reports: "from $3.9 billion" in "rose to
   * $4.1 billion from $3.9 billion", "up from 4,800", "$5.2 billion a year earlier". Another time's
   * value (its identity's anchor is 'earlier'), never compared with the level now.
   */
  earlier?: true;
  /**
   * Other places where the same source states the same figure (a headline repeated in the body);
   * they share this figure's claim and diagnostics.
   */
  repeats?: { span: Span; text: string }[];
  /**
   * The same amount restated right after it in another currency or unit ("3 billion francs ($3.2
   * billion)"), each read in full; their places are among `repeats`.
   */
  restatements?: Figure[];
  /** A vague quantity ("hundreds of thousands", "scores of"): an order of magnitude, not a count to check. */
  vague?: true;
  /** What the figure is about besides its measure (judge/identity.ts); absent when not read. */
  identity?: FigureIdentity;
  /** Set on the figures of date claims: the resolved date (ISO, as on the timeline) and how it was found. */
  date?: { iso: string; endDate?: string; precision: DatePrecision; inferred: boolean; resolution: string; yearUnknown?: true };
}


// ---------------------------------------------------------------------------
// Claims and verdicts

/**
 * agree: every source's value is compatible as stated;
 * discrepancy: values differ but could both be true given rounding, qualifiers or time of reporting;
 * conflict: values that cannot both be true.
 */
export type Verdict = 'agree' | 'discrepancy' | 'conflict';

export interface Claim {
  /** Stable across re-analyses of unchanged text: derived from the measure and first figure. */
  id: string;
  /** A short description of what is measured ("service members in Japan"). */
  measure: string;
  unit: Unit;
  /** One figure per source, in source order. */
  figures: Figure[];
  /** Single-source claims have verdict 'agree' and are listed apart. */
  verdict: Verdict;
  /** One line a reader understands: "001 says 50,000; 000 and 004 say about 53,000". */
  reason: string;
  /** Figure ids that are outliers (get a diagnostic); empty when the sources agree. */
  outliers: string[];
  /**
   * In a moving count that also conflicts, figures that differ from the latest report only by
   * time of reporting: they get a discrepancy, not the conflict.
   */
  earlier?: string[];
}

/**
 * What kind of finding a diagnostic is; a stable code, shown in the Problems panel and SARIF.
 * The core states the kind, never a severity: the editor and the CLI map kinds to severities
 * (src/views/severity.ts), so a severity setting does not need a new analysis.
 */
export type DiagnosticCode = 'figure-conflict' | 'figure-discrepancy' | 'date-conflict';

export interface DiagnosticModel {
  source: string;
  start: number;
  end: number;
  code: DiagnosticCode;
  message: string;
  /** Claim id (or timeline event id for date conflicts). */
  claim: string;
  related: (SourceSpan & { message: string })[];
}

// ---------------------------------------------------------------------------
// Dates and timeline

export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'decade';

export interface DateMention {
  source: string;
  span: Span;
  text: string;
  sentence: number;
  /** ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD` of the start (`--MM-DD` when yearUnknown); undefined when unresolved. */
  date?: string;
  /** ISO end for ranges ("last week", "2025-03-24/2025-03-28"). */
  endDate?: string;
  precision: DatePrecision;
  /** True when resolved against an inferred reference date or by weekday/relative arithmetic. */
  inferred: boolean;
  /** How it was resolved, for the reader: "Saturday before the reference date 2025-03-30". */
  resolution: string;
  /** The time of day told with it: "05:15 UTC", or "14:15 local time" when no zone is told. */
  time?: string;
  /** The day and time of day as the text tells them, on its own clock (no zone applied): "1998-08-07T10:35". */
  dateTime?: string;
  /** A day and month whose year no source of the set tells: `date` is ISO 8601's year-less "--MM-DD". */
  yearUnknown?: true;
}

export interface TimelineEvent {
  id: string;
  date: string;
  endDate?: string;
  precision: DatePrecision;
  label: string;
  inferred: boolean;
  /** Its day and month are told but no source of the set tells a year: `date` is "--MM-DD", and it sorts after every dated event. */
  yearUnknown?: true;
  /** Each source's mention, with the date it resolved to and how (for hovers and the tree). */
  mentions: (SourceSpan & { text: string; sentence: string; date?: string; inferred?: boolean; resolution?: string; time?: string })[];
  /**
   * Set when sources put this happening on different dates, or (`on: 'time'`) on the same day at
   * different times of day; each date is then the day and time, "2025-03-30 14:00 UTC".
   */
  dateConflict?: { reason: string; dates: { source: string; date: string }[]; on?: 'time' };
}

// ---------------------------------------------------------------------------
// Textual discrepancies (a name spelled two ways, an acronym that differs)

export interface TextualDiscrepancy {
  id: string;
  kind: 'spelling' | 'acronym' | 'wording';
  /** What differs, for the reader: "name spelling", "acronym". */
  what: string;
  /** Each variant with where it occurs; the first is the majority form when there is one. */
  variants: { text: string; mentions: SourceSpan[] }[];
  /** One line: "'Hegsett' once in 002 vs 'Hegseth' in 000, 001, 002, 003, 004". */
  reason: string;
}

// ---------------------------------------------------------------------------
// The analysis of a set

export interface SourceSummary {
  id: string;
  path: string;
  /** Short label used in reasons ("001" for "001_778f94a180eceaa4.txt"). */
  label: string;
  chars: number;
  title?: string;
  /** ISO date the source's relative dates hang on, and whether it was inferred. */
  referenceDate?: string;
  referenceDateInferred?: boolean;
  /** How the reference date was found ("the \"Date:\" line at the top of the file", ...). */
  referenceDateHow?: string;
  /** The source was written on referenceDate or later; its text does not say when. */
  referenceDateNotBefore?: true;
  /** Set when the source could not be analysed (binary, too large...); the message says why. */
  skipped?: string;
}

export interface Analysis {
  sources: SourceSummary[];
  /** Claims stated by two or more sources, conflicts first. */
  claims: Claim[];
  /** Figures that no other source states, as single-figure claims. */
  singleSource: Claim[];
  diagnostics: DiagnosticModel[];
  timeline: TimelineEvent[];
  textual: TextualDiscrepancy[];
}

export interface AnalysisOptions {
  /** ISO date to resolve relative dates against, overriding inference for every source. */
  referenceDate?: string;
  /**
   * The reader's date (ISO): a year inferred for a set that states none is the latest not after
   * it. The run's date when not given.
   */
  today?: string;
  /** Units of currency per US dollar, overriding or extending the built-in table. */
  exchangeRates?: Record<string, number>;
}
