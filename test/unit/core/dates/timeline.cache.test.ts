// A timeline stage keeps work between calls (reference dates, each source's resolved dates, the
// clustering of the last set). Whatever it kept, a call must give what a first call on the same
// inputs gives: here every result after an edit is compared with a fresh stage's.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDateExpressions } from '../../../../src/core/dates/expressions';
import { segment } from '../../../../src/core/text/segment';
import { createTimelineStage, type TimelineInput, type TimelineResult } from '../../../../src/core/dates/timeline';
import type { Source } from '../../../../src/core/types';

const ROOT = resolve(__dirname, '../../../..');
const load = (dir: string): Source[] =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, uri: f, text: readFileSync(join(ROOT, dir, f), 'utf8') }));

const inputOf = (source: Source): TimelineInput => {
  const sentences = segment(source.text).sentences;
  return { source, sentences, expressions: extractDateExpressions(source, sentences) };
};

/** A first call: a stage that has seen nothing. */
function fresh(inputs: readonly TimelineInput[], options: { referenceDate?: string } = {}): TimelineResult {
  return createTimelineStage().resolve(inputs, options);
}

/** The text with its first match of `pattern` replaced (the pattern must match). */
function edit(text: string, pattern: RegExp, by: string): string {
  expect(text).toMatch(pattern);
  return text.replace(pattern, by);
}

const seeds = load('seeds');
const quake = load('test/fixtures/earthquake');

describe('a timeline stage after edits equals a fresh one', () => {
  it('unchanged inputs, and the same texts under new Source objects', () => {
    const stage = createTimelineStage();
    const inputs = seeds.map(inputOf);
    const first = stage.resolve(inputs);
    expect(first).toEqual(fresh(inputs));
    expect(stage.resolve(inputs)).toEqual(first);
    const renewed = inputs.map((i) => ({ ...i, source: { ...i.source } }));
    expect(stage.resolve(renewed)).toEqual(first);
  });

  it('a number changed before the dates of a source: its spans move, nothing else', () => {
    const stage = createTimelineStage();
    let inputs = seeds.map(inputOf);
    const before = stage.resolve(inputs);
    // the first number of the longest seed, early in its text
    const i = inputs.findIndex((x) => x.source.id.startsWith('004'));
    const text = edit(inputs[i]!.source.text, /\d+/, '123456');
    inputs = inputs.map((x, j) => (j === i ? inputOf({ ...x.source, text }) : x));
    const after = stage.resolve(inputs);
    expect(after).toEqual(fresh(inputs));
    // the same dates and events, with the edited source's spans moved
    expect(after.referenceDates).toEqual(before.referenceDates);
    expect(after.timeline.map((e) => e.id)).toEqual(before.timeline.map((e) => e.id));
    const moved = (r: TimelineResult) => r.mentions.filter((m) => m.source === inputs[i]!.source.id).map((m) => m.span.start);
    expect(moved(after)).not.toEqual(moved(before));
  });

  it('a date changed in one source', () => {
    const stage = createTimelineStage();
    let inputs = seeds.map(inputOf);
    const before = stage.resolve(inputs);
    const i = inputs.findIndex((x) => x.source.id.startsWith('001'));
    const text = edit(inputs[i]!.source.text, /March 30/, 'March 29');
    inputs = inputs.map((x, j) => (j === i ? inputOf({ ...x.source, text }) : x));
    const after = stage.resolve(inputs);
    expect(after).toEqual(fresh(inputs));
    expect(after).not.toEqual(before);
    // and back
    inputs = seeds.map(inputOf);
    expect(stage.resolve(inputs)).toEqual(before);
  });

  it('a year changed in one source (the set lower bound and the conflicts move)', () => {
    const stage = createTimelineStage();
    let inputs = quake.map(inputOf);
    stage.resolve(inputs);
    for (let i = 0; i < inputs.length; i++) {
      const m = /\b(19|20)\d\d\b/.exec(inputs[i]!.source.text);
      if (!m) continue;
      const text = inputs[i]!.source.text.replace(m[0], String(Number(m[0]) - 3));
      inputs = inputs.map((x, j) => (j === i ? inputOf({ ...x.source, text }) : x));
      expect(stage.resolve(inputs), inputs[i]!.source.id).toEqual(fresh(inputs));
    }
  });

  it('sources removed, added back and reordered', () => {
    const stage = createTimelineStage();
    const all = seeds.map(inputOf);
    stage.resolve(all);
    const without = all.filter((_, i) => i !== 2);
    expect(stage.resolve(without)).toEqual(fresh(without));
    expect(stage.resolve(all)).toEqual(fresh(all));
    const reversed = [...all].reverse();
    const r = stage.resolve(reversed);
    expect(r).toEqual(fresh(reversed));
    // reference dates do not depend on the order of the sources
    expect(r.referenceDates).toEqual(stage.resolve(all).referenceDates);
    const mixed = [...all, ...quake.map(inputOf)];
    expect(stage.resolve(mixed)).toEqual(fresh(mixed));
  });

  it('the same texts under other file names: the labels in the reasons follow', () => {
    const stage = createTimelineStage();
    const inputs = seeds.map(inputOf);
    stage.resolve(inputs);
    const renamed = inputs.map((x) => ({ ...x, source: { ...x.source, uri: `renamed/${x.source.uri.replace(/^\d+_/, 'r_')}` } }));
    const r = stage.resolve(renamed);
    expect(r).toEqual(fresh(renamed));
    expect(JSON.stringify(r)).not.toEqual(JSON.stringify(stage.resolve(inputs)));
  });

  it('the same expressions under a text with a Date: line, and the referenceDate option', () => {
    const stage = createTimelineStage();
    const inputs = quake.map(inputOf);
    stage.resolve(inputs);
    const dated = inputs.map((x, j) => (j === 1 ? { ...x, source: { ...x.source, text: `Date: 2024-02-01\n${x.source.text}` } } : x));
    const r = stage.resolve(dated);
    expect(r).toEqual(fresh(dated));
    expect(r.referenceDates[dated[1]!.source.id]).toMatchObject({ date: '2024-02-01', inferred: false });
    expect(stage.resolve(inputs, { referenceDate: '2024-01-10' })).toEqual(fresh(inputs, { referenceDate: '2024-01-10' }));
    expect(stage.resolve(inputs)).toEqual(fresh(inputs));
  });

  it('the same arrays under a text changed elsewhere: the sentences quoted follow the text', () => {
    const stage = createTimelineStage();
    const inputs = seeds.map(inputOf);
    const before = stage.resolve(inputs);
    // one letter of a dated sentence, same length: spans and expressions stay right
    const i = inputs.findIndex((x) => x.source.id.startsWith('002'));
    const text = edit(inputs[i]!.source.text, /Defense Secretary/, 'Defence Secretary');
    const changed = inputs.map((x, j) => (j === i ? { ...x, source: { ...x.source, text } } : x));
    const after = stage.resolve(changed);
    expect(after).toEqual(fresh(changed));
    expect(JSON.stringify(after.timeline)).toContain('Defence Secretary');
    expect(JSON.stringify(before.timeline)).not.toContain('Defence Secretary');
  });

  it('words of one mention changed, its dates not: the events follow', () => {
    const stage = createTimelineStage();
    const inputs = seeds.map(inputOf);
    const before = stage.resolve(inputs);
    // a mention of an event more than one source tells, made to tell something else
    const shared = before.timeline.find((ev) => new Set(ev.mentions.map((m) => m.source)).size > 1)!;
    const m = shared.mentions[0]!;
    const changed = inputs.map((x) =>
      x.source.id === m.source
        ? { ...x, expressions: x.expressions.map((e) => (e.span.start === m.start ? { ...e, words: ['quartz', 'sailing', 'violin', 'zebra'] } : e)) }
        : x,
    );
    const after = stage.resolve(changed);
    expect(after).toEqual(fresh(changed));
    expect(after.timeline).not.toEqual(before.timeline);
  });

  it('a caller changing a result does not change the next one', () => {
    const stage = createTimelineStage();
    const inputs = seeds.map(inputOf);
    const first = stage.resolve(inputs);
    const expected = structuredClone(first);
    const id = Object.keys(first.referenceDates)[0]!;
    first.referenceDates[id]!.date = '1999-01-01';
    first.timeline[0]!.mentions.length = 0;
    first.mentions[0]!.span.start = -1;
    first.diagnostics.length = 0;
    expect(stage.resolve(inputs)).toEqual(expected);
  });
});
