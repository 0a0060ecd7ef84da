// The reference-date memo: its key is what the inference reads of a set (options, ids, uris,
// `Date:` lines, expressions without span, sentence and label), and a LastSetMemo (one per
// analyzer) keeps the last set's value while the key stays the same, so an edit that leaves every
// date expression as it was reuses the last set's inference.
import type { DateExpression } from './expressions';
import type { SourceDates } from './sourceDates';

export interface MemoKey {
  referenceDate: string | undefined;
  today: string | undefined;
  ids: string[];
  uris: string[];
  /** Each input's dateline (datelineKey). */
  datelines: (string | undefined)[];
  /** Each input's expressions array, and the expressions that were in it. */
  arrays: (readonly DateExpression[])[];
  items: DateExpression[][];
}

/** `datelines`: each input's `Date:` line (datelineOf), read by the caller. */
export function keyOf(inputs: readonly SourceDates[], options: { referenceDate?: string; today?: string }, datelines: (string | undefined)[]): MemoKey {
  return {
    referenceDate: options.referenceDate,
    today: options.today,
    ids: inputs.map((i) => i.source.id),
    uris: inputs.map((i) => i.source.uri),
    datelines,
    arrays: inputs.map((i) => i.expressions),
    items: inputs.map((i) => [...i.expressions]),
  };
}

const sameList = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The value computed for the last set, kept while the key stays the same. */
export class LastSetMemo<T> {
  private last: { key: MemoKey; value: T } | undefined;
  // everything the inference and resolveExpression read of an expression, spans left out, as
  // JSON (expressions are plain data); kept per expressions array, asked only of arrays that differ
  private readonly signatures = new WeakMap<readonly DateExpression[], { items: readonly DateExpression[]; sig: string }>();

  /** The last value when `key` is the same as the last key, else `compute()`'s, kept for the next call. */
  get(key: MemoKey, compute: () => T): T {
    if (!this.last || !this.sameKey(this.last.key, key)) this.last = { key, value: compute() };
    return this.last.value;
  }

  private sameKey(a: MemoKey, b: MemoKey): boolean {
    return (
      a.referenceDate === b.referenceDate &&
      a.today === b.today &&
      sameList(a.ids, b.ids) &&
      sameList(a.uris, b.uris) &&
      sameList(a.datelines, b.datelines) &&
      a.arrays.every((_, i) => this.sameExpressions(a, b, i))
    );
  }

  /** The same expressions, or others that read the same (a source re-extracted after an edit elsewhere in it). */
  private sameExpressions(a: MemoKey, b: MemoKey, i: number): boolean {
    return (
      (a.arrays[i] === b.arrays[i] && sameList(a.items[i]!, b.items[i]!)) ||
      this.signatureOf(a.arrays[i]!, a.items[i]!) === this.signatureOf(b.arrays[i]!, b.items[i]!)
    );
  }

  private signatureOf(expressions: readonly DateExpression[], items: readonly DateExpression[]): string {
    const hit = this.signatures.get(expressions);
    if (hit && sameList(hit.items, items)) return hit.sig;
    const sig = JSON.stringify(items.map(({ span: _span, sentence: _sentence, label: _label, ...read }) => read));
    this.signatures.set(expressions, { items, sig });
    return sig;
  }
}
