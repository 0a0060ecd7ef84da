// The summary model that every rendering reads (text, Markdown, HTML), built by summary.ts.
import type { DatePrecision, Span, TextualDiscrepancy, Unit, Verdict } from '../core';

export interface SummarySource {
  id: string;
  path: string;
  label: string;
  /** The source's title, or its first non-empty line when the texts were given. */
  title?: string;
  chars: number;
  referenceDate?: string;
  referenceDateInferred?: boolean;
  /** How the reference date was found. */
  referenceDateHow?: string;
  /** Written on the reference date or later: the text does not say when. */
  referenceDateNotBefore?: true;
  skipped?: string;
}

/** One source's figure in a row of the matrix (or in the single-source list). */
export interface SummaryCell {
  source: string;
  label: string;
  figure: string;
  /** The value as the source writes it, without the counted noun: "roughly 53,000", "More than 50.000". */
  value: string;
  /** The whole phrase: "roughly 53,000 American service members". */
  phrase: string;
  span: Span;
  /** 1-based line and UTF-16 column of the span's start, when the texts were given. */
  line?: number;
  column?: number;
  /** This figure gets the diagnostic (it disagrees with the others). */
  outlier: boolean;
}

/** Sources that state the same value with the same qualifier, for the sentence "000 and 004 say about 53,000". */
export interface ValueGroup {
  labels: string[];
  /** Normalised wording: "about 53,000", "more than 50,000", "$1.4 billion a year". */
  value: string;
  outlier: boolean;
}

export interface SummaryRow {
  claim: string;
  measure: string;
  unit: Unit;
  verdict: Verdict;
  /** The comparison's own one-line reason. */
  reason: string;
  /** One entry per source, in the order of `SummaryModel.sources`; undefined where it is silent. */
  cells: (SummaryCell | undefined)[];
  groups: ValueGroup[];
  /** What the sources say: "001 says 50,000; 000 and 004 say about 53,000". */
  said: string;
  /** "Troops in Japan: 001 says 50,000; 000 and 004 say about 53,000; 002 and 003 say more than 50,000". */
  statement: string;
}

export interface SummaryMention {
  source: string;
  label: string;
  span: Span;
  text: string;
  line?: number;
  column?: number;
}

export interface SummaryEvent {
  id: string;
  date: string;
  endDate?: string;
  precision: DatePrecision;
  /** A day and month no source gives a year for: `date` is "--MM-DD". */
  yearUnknown?: true;
  /** "2025-03-30", "2025-03-24 – 28", "2024-12-30 – 2025-01-03", "March 19, year unknown". */
  when: string;
  label: string;
  inferred: boolean;
  /** Labels of the sources that mention it, in source order. */
  sources: string[];
  mentions: SummaryMention[];
  /** Set when sources put the event on different dates (or, conflictOn 'time', at different times of one day). */
  conflict?: string;
  conflictOn?: 'time';
}

export interface SummaryOnlyOne {
  source: string;
  label: string;
  figures: { claim: string; measure: string; cell: SummaryCell }[];
  events: SummaryEvent[];
}

export interface SummaryTextual {
  id: string;
  kind: TextualDiscrepancy['kind'];
  what: string;
  reason: string;
  variants: { text: string; count: number; sources: string[]; mentions: SummaryMention[] }[];
}

export interface SummaryModel {
  sources: SummarySource[];
  /** The agreement matrix: conflicts, then discrepancies, then agreements. */
  rows: SummaryRow[];
  /** The conflicts and discrepancies in words (rows whose verdict is not 'agree'). */
  findings: SummaryRow[];
  timeline: SummaryEvent[];
  /** What only one source reports, per source in source order; sources with nothing are left out. */
  onlyOne: SummaryOnlyOne[];
  textual: SummaryTextual[];
  counts: {
    sources: number;
    conflicts: number;
    discrepancies: number;
    agreements: number;
    singleSourceFigures: number;
    events: number;
    textual: number;
  };
}

export interface SummaryOptions {
  /** Source id → text: adds line/column to every span and a first-line title where none was found. */
  texts?: ReadonlyMap<string, string>;
}
