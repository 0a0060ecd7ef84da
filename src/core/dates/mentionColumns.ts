// The mentions as the timeline's clustering reads them: one object shape per resolved expression
// (Dated), its place in the call's set (Placed), and the columns of the sorted mentions that the
// clustering and the conflict merging both read (Columns). Its own module so that clustering
// (timelineCluster.ts) and conflict merging (timelineConflicts.ts) share it without a cycle.
import type { DateExpression } from './expressions';
import type { Resolved } from './resolve';
import { similarity } from './happenings';
import { eventClassesOf } from './eventNouns';
import type { DatePrecision } from '../types';

/**
 * A resolved expression as the timeline reads it, in one object shape: expressions and their
 * resolutions come in many shapes, and reading those in the loops over every mention is slow.
 */
export interface Dated {
  source: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
  relativeDay: boolean;
  role: string;
  /** The verb of the happening dated, '' for a statement or a state of things (DateExpression.verb). */
  verb: string;
  /** Not told in the past, or told as a span's end ("will meet on", "expires on", "runs through", "until"). */
  ahead: boolean;
  label: string;
  words: readonly string[];
  /** The text of the expression's sentence. */
  sentenceText: string;
  date: string;
  endDate: string | undefined;
  precision: DatePrecision;
  from: number;
  to: number;
  inferred: boolean;
  resolution: string;
  time: string | undefined;
  yearUnknown: boolean;
}

export function datedOf(e: DateExpression, r: Resolved, sentenceText: string): Dated {
  return {
    source: e.source,
    start: e.span.start,
    end: e.span.end,
    text: e.text,
    sentence: e.sentence,
    relativeDay: e.kind === 'relativeDay',
    role: e.role ?? '',
    verb: e.verb ?? '',
    ahead: e.range === 'end' || e.tense !== 'past',
    label: e.label,
    words: e.words,
    sentenceText,
    date: r.date,
    endDate: r.endDate,
    precision: r.precision,
    from: r.from,
    to: r.to,
    inferred: r.inferred,
    resolution: r.resolution,
    time: r.time,
    yearUnknown: r.yearUnknown === true,
  };
}

/** A resolved expression of this call's set: its source's place among the inputs. */
export interface Placed {
  d: Dated;
  sourceIndex: number;
}

export interface Cluster {
  members: Placed[];
  conflict?: Placed[][];
  /** The conflict is on the time of day, the day agreed (timeConflicts.ts); else on the day. */
  conflictOn?: 'time';
}

export const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3, decade: 4 };

/** A cluster as places in the sorted mentions. */
export interface Shape {
  members: number[];
  conflict?: number[][];
}

/** What the clustering reads of each sorted mention. */
export class Columns {
  readonly precision: DatePrecision[] = [];
  readonly rank: number[] = [];
  readonly from: number[] = [];
  readonly to: number[] = [];
  readonly source: string[] = [];
  readonly sentence: number[] = [];
  readonly relativeDay: boolean[] = [];
  readonly words: (readonly string[])[] = [];
  readonly verb: string[] = [];
  readonly inferred: boolean[] = [];
  /** The kinds of happening each mention's label names by its event noun (eventNouns.ts). */
  readonly kinds: (readonly number[])[] = [];
  readonly ahead: boolean[] = [];

  constructor(sorted: readonly Placed[]) {
    for (const { d } of sorted) {
      this.precision.push(d.precision);
      this.rank.push(PRECISION_RANK[d.precision]);
      this.from.push(d.from);
      this.to.push(d.to);
      this.source.push(d.source);
      this.sentence.push(d.sentence);
      this.relativeDay.push(d.relativeDay);
      this.words.push(d.words);
      this.verb.push(d.verb);
      this.inferred.push(d.inferred);
      this.kinds.push(eventClassesOf(d.label));
      this.ahead.push(d.ahead);
    }
  }

  get length(): number {
    return this.from.length;
  }

  /** Every field alike (word lists by content), so the clustering of one is that of the other. */
  alike(o: Columns): boolean {
    const same = <T>(a: readonly T[], b: readonly T[]) => a.every((x, i) => x === b[i]);
    return (
      this.length === o.length &&
      same(this.precision, o.precision) &&
      same(this.from, o.from) &&
      same(this.to, o.to) &&
      same(this.source, o.source) &&
      same(this.sentence, o.sentence) &&
      same(this.relativeDay, o.relativeDay) &&
      same(this.verb, o.verb) &&
      same(this.inferred, o.inferred) &&
      same(this.ahead, o.ahead) &&
      this.kinds.every((k, i) => k.length === o.kinds[i]!.length && k.every((x, j) => x === o.kinds[i]![j])) &&
      this.words.every((w, i) => w === o.words[i] || (w.length === o.words[i]!.length && w.every((x, k) => x === o.words[i]![k])))
    );
  }

  sameSentence(i: number, j: number): boolean {
    return this.source[i] === this.source[j] && this.sentence[i] === this.sentence[j];
  }

  /** Same day: the happening of that day in a news set; wider periods need more shared words. */
  mergeScore(i: number, j: number): number {
    const sameDay = this.precision[i] === 'day' && this.precision[j] === 'day' && this.from[i] === this.from[j];
    if (sameDay) {
      // every "today" of one report is its news day
      if (this.source[i] === this.source[j] && this.relativeDay[i] && this.relativeDay[j]) return 0.12;
      const { shared, score } = similarity(this.words[i]!, this.words[j]!);
      // a day stated in full by two sources as ahead or as a span's end ("expires on", "runs
      // through"): one deadline, one word in common is enough
      if (shared >= 1 && this.ahead[i] && this.ahead[j] && !this.inferred[i] && !this.inferred[j] && this.source[i] !== this.source[j]) return Math.max(score, 0.12);
      return shared >= 2 && score >= 0.12 ? score : 0;
    }
    return wordScore(this.words[i]!, this.words[j]!);
  }
}

/** mergeScore of two mentions not on the same day. */
export function wordScore(a: readonly string[], b: readonly string[]): number {
  const { shared, score } = similarity(a, b);
  return (shared >= 3 && score >= 0.25) || (shared >= 2 && score >= 0.5) ? score : 0;
}
