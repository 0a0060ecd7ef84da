// Textual discrepancies after edits: a stage's per-source and cross-source caches give what a
// fresh stage gives.
import { describe, it, expect } from 'vitest';
import { createTextualStage } from '../../../../src/core/textual/discrepancies';
import { simpleSentences } from '../sentences';
import type { Sentence } from '../../../../src/core/types';
import { seeds, set, variantTexts } from './textualInputs';

describe('textual discrepancies after an edit (per-source and cross-source caches)', () => {
  type Input = ReturnType<typeof seeds>[number];
  const withText = (input: Input, text: string): Input => ({ ...input, source: { ...input.source, text }, sentences: simpleSentences(text) });
  /** What a first analysis gives: a stage that has seen nothing. */
  const fresh = (inputs: readonly Input[]) => createTextualStage().find(inputs);

  it('gives at every step of a run of edits what a first analysis of the same inputs gives', () => {
    const base = seeds();
    const hegseth = base[1]!.source.text.indexOf('Hegseth');
    const steps: Input[][] = [base];
    // A name respelled once in one source: a second misspelling of the majority form.
    const respelled = base[1]!.source.text.slice(0, hegseth) + 'Hegsetj' + base[1]!.source.text.slice(hegseth + 7);
    steps.push(base.map((x, i) => (i === 1 ? withText(x, respelled) : x)));
    // The same texts under new Source objects (the sentence arrays are the cached ones).
    steps.push(steps.at(-1)!.map((x) => ({ ...x, source: { ...x.source } })));
    // A source removed, then another added, then the order changed.
    steps.push(steps.at(-1)!.filter((_, i) => i !== 2));
    steps.push([...steps.at(-1)!, withText({ ...base[2]!, source: { ...base[2]!.source, id: 'new', uri: 'new.txt' } }, base[2]!.source.text)]);
    steps.push([...steps.at(-1)!].reverse());
    // A misspelt form written in lower case elsewhere becomes a common word, then is a name again.
    const lower = steps.at(-1)!;
    steps.push(lower.map((x, i) => (i === 0 ? withText(x, `${x.source.text}\nThe hegsett of it.`) : x)));
    steps.push(lower);
    // Labels given by the caller; the same input twice.
    steps.push(lower.map((x, i) => ({ ...x, label: `L${i}` })));
    steps.push([...lower, lower[0]!]);

    const expected = steps.map((inputs) => fresh(inputs));
    expect(variantTexts(expected[1]!)).toContainEqual(['Hegseth', 'Hegsetj']);
    expect(variantTexts(expected[6]!)).not.toContainEqual(['Hegseth', 'Hegsett']);
    const stage = createTextualStage();
    steps.forEach((inputs, i) => expect(stage.find(inputs), `step ${i}`).toStrictEqual(expected[i]));
  });

  it('follows given names across edits: a respelling, a source that makes one a common word, its removal', () => {
    const p = 'Finance chief Ingrid Halvorsen said the merger would save $40 million a year.';
    const q = 'The savings of $40 million were confirmed by finance chief Ingrad Halvorsen on Tuesday.';
    const base = set({ p, q }) as Input[];
    const steps: Input[][] = [base];
    steps.push([base[0]!, withText(base[1]!, q.replace('Ingrad', 'Ingrud'))]);
    steps.push([...steps.at(-1)!, ...(set({ r: 'An ingrud is not a word, but here it is one.' }) as Input[])]);
    steps.push(steps.at(-1)!.slice(0, 2));
    steps.push(base);
    const expected = steps.map((inputs) => fresh(inputs));
    expect(variantTexts(expected[1]!)).toEqual([['Ingrid', 'Ingrud']]);
    expect(expected[2]).toEqual([]);
    const stage = createTextualStage();
    steps.forEach((inputs, i) => expect(stage.find(inputs), `step ${i}`).toStrictEqual(expected[i]));
  });

  it('re-judges a pair when a source holding either form changes', () => {
    const a = 'Senator Wallace Brannigan proposed the levy on fuel imports. Brannigan defended the levy on fuel imports.';
    const b = 'Brannigan said the levy on fuel imports would raise revenue.';
    const c = 'In sport, the Brannigen Rovers won the cup final at the weekend.';
    const base = set({ a, b, c }) as Input[];
    const steps: Input[][] = [base];
    // The rare form now in the common form's surroundings; then back; then the common form in the rare one's.
    steps.push([base[0]!, base[1]!, withText(base[2]!, 'Brannigen said the levy on fuel imports would fall.')]);
    steps.push(base);
    steps.push([withText(base[0]!, `${a} Brannigan watched the cup final at the weekend.`), base[1]!, base[2]!]);
    const expected = steps.map((inputs) => fresh(inputs));
    expect(expected.map((found) => found.length)).toEqual([0, 1, 0, 1]);
    const stage = createTextualStage();
    steps.forEach((inputs, i) => expect(stage.find(inputs), `step ${i}`).toStrictEqual(expected[i]));
  });

  it('re-reads a sentence array that was reused for another text or changed in place', () => {
    const inputs = seeds();
    const stage = createTextualStage();
    const first = stage.find(inputs);
    // Same array, the whole of source 2 now furniture: its Hegsett is no longer read.
    const sentences = inputs[2]!.sentences as Sentence[];
    const flags = sentences.map((s) => s.furniture);
    for (const s of sentences) s.furniture = true;
    const changed = stage.find(inputs);
    expect(changed).toStrictEqual(fresh(inputs));
    expect(variantTexts(changed)).not.toContainEqual(['Hegseth', 'Hegsett']);
    sentences.forEach((s, i) => (s.furniture = flags[i]!));
    expect(stage.find(inputs)).toStrictEqual(first);
    // Same array under another source's text.
    const swapped = inputs.map((x, i) => (i === 2 ? { ...x, source: { ...x.source, text: x.source.text.replace(/Hegsett/g, 'Hegseth') } } : x));
    expect(stage.find(swapped)).toStrictEqual(fresh(swapped));
  });
});
