// Figure[] of all sources -> groups that state the same measure: each source's repeats folded,
// then every block of figures that can pair grouped on its own (alignBlock.ts, scored by
// alignScore.ts). The aligner keeps blocks between calls, so an edit regroups only what it touched.
import type { Figure } from '../types';
import { ContextWeights, frequencyStep, sentenceFrequencies, weightScale, type SentenceFrequencies } from './contextWeights';
import type { AlignedGroup } from './score';
import { groupBlock, reweighed, type BlockResult } from './block';

/** A repeat states the same fact about the same event (a headline may name less than the body: no subject or estimator). */
const identityKey = (f: Figure) => (f.identity ? JSON.stringify([f.identity.anchor ?? '', f.identity.dated ?? '']) : '');

/**
 * Folds a source's repeated statements of one figure (headline and body, summary and detail) into
 * the first, so each source has one figure per measure. Same kind, unit, concept, rate,
 * qualifier and value; returns new objects, the input is not changed. `headline`: the indices
 * of the sentences of the source's headline, whose rounded figures fold into the body's.
 */
export function foldRepeats(figures: readonly Figure[], headline?: ReadonlySet<number>): Figure[] {
  const kept = new Map<string, Figure>();
  const out: Figure[] = [];
  for (const f of figures) {
    // A count's noun tells two figures apart ("two ministers", "two countries"); for amounts,
    // shares and measures a source stating the same value twice means the same thing.
    const what = f.unit.kind === 'count' ? f.concept : '';
    const key = [f.source, f.unit.kind, f.unit.name, f.per ?? '', f.canonical.value, what, f.role ?? '', identityKey(f)].join('|');
    const first = kept.get(key);
    if (first && headline?.has(first.sentence) && !headline.has(f.sentence) && first.qualifier === 'exact' && f.qualifier === 'approximate') {
      // "Record £40m bill" / "a bill in the region of £40m": the headline rounds off what the body
      // says is approximate; the figure reads as the body states it
      Object.assign(first, { qualifier: f.qualifier, low: f.low, high: f.high, canonical: f.canonical });
    }
    if (first) {
      first.repeats = [...(first.repeats ?? []), { span: f.span, text: f.text }];
      // A headline has few words; the body's sentence says more about what the figure measures.
      first.context = [...new Set([...first.context, ...f.context])];
      if (!first.counted && f.counted) first.counted = f.counted;
      // the body's "derailed Monday" tells the day of the headline's "More than 200 people were aboard"
      if (first.identity && !first.identity.day && f.identity?.day) first.identity = { ...first.identity, day: f.identity.day };
      continue;
    }
    // a restatement read with the figure (a bracketed conversion) stays; the source's other repeats are added below
    const copy = { ...f, repeats: f.repeats ? [...f.repeats] : undefined };
    kept.set(key, copy);
    out.push(copy);
  }
  return headline ? foldRoundedHeadlines(out, headline) : out;
}

/** A headline rounds: "$3bn deal" over a body's "more than $3.1 billion" is one figure within this ratio. */
const HEADLINE_ROUNDING = 1.1;

/**
 * A figure in the headline that rounds one of the body's ("UBS agrees $3bn deal" / "more than
 * $3.1 billion") is that figure stated again: the body's, more exact, keeps the value and the
 * headline's place joins its repeats. Same kind, unit, rate, role and event, and for counts the
 * same concept (an amount's noun varies: "deal", "offer").
 */
function foldRoundedHeadlines(figures: Figure[], headline: ReadonlySet<number>): Figure[] {
  const sameMeasure = (h: Figure, b: Figure) =>
    h.unit.kind === b.unit.kind && h.unit.name === b.unit.name && (h.per ?? '') === (b.per ?? '') && (h.unit.kind === 'money' || h.concept === b.concept) && (h.role ?? '') === (b.role ?? '') && identityKey(h) === identityKey(b);
  const rounds = (h: Figure, b: Figure) => {
    const [x, y] = [Math.abs(h.canonical.value), Math.abs(b.canonical.value)];
    return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) <= HEADLINE_ROUNDING;
  };
  const dropped = new Set<Figure>();
  for (const h of figures) {
    if (!headline.has(h.sentence)) continue;
    const candidates = figures.filter((b) => b !== h && !headline.has(b.sentence) && !dropped.has(b) && sameMeasure(h, b) && rounds(h, b));
    // only when the body says it once: two body figures near the headline's are two facts
    if (candidates.length !== 1) continue;
    const body = candidates[0]!;
    body.repeats = [...(body.repeats ?? []), { span: h.span, text: h.text }, ...(h.repeats ?? [])];
    body.context = [...new Set([...body.context, ...h.context])];
    dropped.add(h);
  }
  return dropped.size ? figures.filter((f) => !dropped.has(f)) : figures;
}

/** One source's figures, in the order the source states them. */
export interface SourceFigures {
  id: string;
  figures: readonly Figure[];
}

export interface Aligner {
  /**
   * Groups the figures of the set (sources in set order). Keeps what it computed: a block of
   * alignable figures whose members and word weights are unchanged since the last call is not
   * grouped again, so re-aligning after an edit to one source regroups only its blocks.
   */
  align(sources: readonly SourceFigures[]): AlignedGroup[];
}

/**
 * Groups figures that state the same measure. Returns multi-source groups and leaves every other
 * figure in a group of its own, in a stable order (by source order, then offset).
 */
export function alignFigures(figures: readonly Figure[], sourceOrder: readonly string[]): AlignedGroup[] {
  const bySource = new Map<string, Figure[]>(sourceOrder.map((id) => [id, []]));
  for (const f of figures) bySource.get(f.source)?.push(f);
  return createAligner().align([...bySource].map(([id, list]) => ({ id, figures: list })));
}

export function createAligner(): Aligner {
  // per source: its figures (by identity) and their sentence frequencies
  const frequencies = new Map<string, { figures: readonly Figure[]; counts: SentenceFrequencies }>();
  const df = new Map<string, number>();
  let total = 0;
  let weights: ContextWeights | undefined;
  let blocks = new Map<string, BlockResult>();
  // each source's figures in offset order with their block keys, once per figures array
  const keyed = new WeakMap<readonly Figure[], KeyedFigure[]>();

  const forgetAll = () => {
    frequencies.clear();
    df.clear();
    total = 0;
    weights = undefined;
    blocks = new Map();
  };

  return {
    align(sources) {
      try {
        return alignKeeping(sources);
      } catch (error) {
        // a call that failed half-way leaves nothing half-updated for the next one
        forgetAll();
        throw error;
      }
    },
  };

  function alignKeeping(sources: readonly SourceFigures[]): AlignedGroup[] {
    // Word weights: the set's frequencies, updated by the sources that changed. The words
    // whose frequency step moved (and the scale) decide which scores must be recomputed.
    const before = new Map<string, number>();
    const bump = (counts: SentenceFrequencies, sign: 1 | -1) => {
      for (const [w, n] of counts.df) {
        const v = (df.get(w) ?? 0) + sign * n;
        if (!before.has(w)) before.set(w, df.get(w) ?? 0);
        if (v === 0) df.delete(w);
        else df.set(w, v);
      }
    };
    const present = new Set(sources.map((s) => s.id));
    for (const [id, entry] of frequencies) {
      if (present.has(id)) continue;
      bump(entry.counts, -1);
      frequencies.delete(id);
    }
    let sentences = 0;
    for (const source of sources) {
      let entry = frequencies.get(source.id);
      if (entry?.figures !== source.figures) {
        if (entry) bump(entry.counts, -1);
        entry = { figures: source.figures, counts: sentenceFrequencies(source.figures) };
        bump(entry.counts, 1);
        frequencies.set(source.id, entry);
      }
      sentences += entry.counts.sentences;
    }
    const changedWords = new Set([...before].filter(([w, was]) => frequencyStep(df.get(w) ?? 0) !== frequencyStep(was)).map(([w]) => w));
    const nextTotal = weightScale(sentences);
    const allChanged = nextTotal !== total || !weights;
    total = nextTotal;
    // The weights and context vectors carry over while the scale holds, minus what an edit reweighed.
    if (allChanged) weights = new ContextWeights(df, total);
    else if (changedWords.size > 0) weights!.forget(changedWords, sources.flatMap((source) => source.figures.map((f) => f.context)));
    const w = weights!;

    // Blocks of figures that can pair at all, each in set order (source order, then offset).
    const blockOf = new Map<string, Figure[]>();
    const rank = new Map<Figure, number>();
    for (const source of sources) {
      for (const { figure, key } of keyedInOrder(source.figures, keyed)) {
        rank.set(figure, rank.size);
        let members = blockOf.get(key);
        if (!members) blockOf.set(key, (members = []));
        members.push(figure);
      }
    }

    const nextBlocks = new Map<string, BlockResult>();
    // each group at its first figure's place in set order: the output order without a sort
    const byFirst: AlignedGroup[] = new Array(rank.size);
    for (const [key, members] of blockOf) {
      const cached = blocks.get(key);
      // Cached scores hold for pairs of unchanged figures whose words kept their weight; a new
      // scale reweighs every word.
      const reusable = cached && !allChanged ? cached : undefined;
      const unchanged =
        reusable &&
        reusable.members.length === members.length &&
        reusable.members.every((f, k) => f === members[k]) &&
        !members.some((f) => reweighed(f, changedWords));
      const result = unchanged ? reusable : groupBlock(members, w, reusable, changedWords);
      nextBlocks.set(key, result);
      result.figures ??= result.groups.map((group) => group.map((k) => members[k]!));
      for (const group of result.figures) byFirst[rank.get(group[0]!)!] = group;
    }
    blocks = nextBlocks;
    return byFirst.filter((g) => g !== undefined);
  }
}

type KeyedFigure = { figure: Figure; key: string };

/** A source's figures in offset order with their block keys, from the aligner's `cache` when seen before. */
function keyedInOrder(figures: readonly Figure[], cache: WeakMap<readonly Figure[], KeyedFigure[]>): KeyedFigure[] {
  let keyed = cache.get(figures);
  if (!keyed) {
    keyed = [...figures].sort((a, b) => a.span.start - b.span.start).map((figure) => ({ figure, key: blockKey(figure) }));
    cache.set(figures, keyed);
  }
  return keyed;
}

/**
 * Figures can pair only if `pairScore` can score them above 0: the kinds match and the
 * per-period agrees (`sameKind` and the `per` test are equalities, so they make a key); counts
 * only with the same concept, none counting as one (`conceptScore` gives 0 otherwise). Blocks
 * are independent, so each is grouped alone. If `conceptScore` ever scores counts of different
 * concepts, drop the concept from the key.
 */
function blockKey(f: Figure): string {
  const kind = f.unit.kind;
  return [
    kind,
    kind === 'other' || kind === 'temperature' ? f.unit.name : '',
    kind === 'money' ? f.canonical.unit : (f.per ?? ''),
    kind === 'count' ? f.concept || '' : '',
  ].join('\u0000');
}
