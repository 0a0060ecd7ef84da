// Two of compromise's per-sentence costs, made cheaper without changing one result (issue 16: a
// 40,000-sentence file spends most of its time in the parse). Installed once on compromise's
// world by nlp.ts, the only module that imports compromise; every nlp() of the process uses them.
//
// 1. The pattern sweep (`methods.one.bulkMatch`, the postTagger's ~570 match rules): for every
//    sentence, compromise walks all ~730 keys of the rules' hook index to pick the rules whose
//    words or tags the sentence has (a third of a parse, measured with --cpu-prof on the bench's
//    big file). Here each sentence is swept on its own with an index narrowed to the keys it has,
//    taken in the index's own key order, so the rules it tries, their order and its matches are
//    those of the full index; only the walk is shorter.
// 2. `toSingular` (the lemma of a plural, asked for every plural noun by compute('root')) inverts
//    compromise's table of irregular plurals on every call; here the inverted table is made once
//    per table and the rules run as before.

type Hooks = Record<string, unknown[]>;
interface Net {
  hooks: Hooks;
  always: unknown[];
  isNet?: boolean;
}
interface Found {
  pointer: number[];
}
type Methods = { one: Record<string, unknown> & { cacheDoc(document: unknown[]): Set<string>[] } };
type BulkMatch = (document: unknown[], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => Found[];
type ToSingular = (word: string, model: { two: { irregularPlurals: Record<string, string> } }) => string;

export interface CompromiseWorld {
  methods: {
    one: { bulkMatch: BulkMatch };
    two: { transform: { noun: { toSingular: ToSingular } } };
  };
}

/** Installs the two on `world`, each keeping compromise's own as `original` (a second call finds them installed). */
export function speedUp(world: CompromiseWorld): void {
  const one = world.methods.one as { bulkMatch: BulkMatch & { original?: BulkMatch } };
  if (!one.bulkMatch.original) one.bulkMatch = Object.assign(narrowedSweep(one.bulkMatch), { original: one.bulkMatch });
  const noun = world.methods.two.transform.noun as { toSingular: ToSingular & { original?: ToSingular } };
  if (!noun.toSingular.original) noun.toSingular = Object.assign(tabledSingular(noun.toSingular), { original: noun.toSingular });
}

/**
 * `sweep` run sentence by sentence, each with the hook index narrowed to the keys its own cache
 * has. compromise's sweep picks a sentence's rules by walking `Object.keys(net.hooks)` and keeping
 * the keys the sentence's cache has; the narrowed index holds exactly those keys, inserted in that
 * order (integer-like keys, which any object lists first, are first in both), so the picked rules
 * are the same list. Matching is per sentence in compromise too (`match([document[n]], rule)`),
 * so the matches are the same, in the same order; their pointers are set back to the sentence's
 * place in the document. `matchOne` (stop at the first match of the document) keeps the original.
 */
export function narrowedSweep(sweep: BulkMatch): BulkMatch {
  const keyOrder = new WeakMap<Hooks, { keys: string[]; at: Map<string, number> }>();
  return (document, net, methods, opts = {}) => {
    if (opts.matchOne || document.length === 0) return sweep(document, net, methods, opts);
    let order = keyOrder.get(net.hooks);
    if (!order) {
      const keys = Object.keys(net.hooks);
      order = { keys, at: new Map(keys.map((k, i) => [k, i])) };
      keyOrder.set(net.hooks, order);
    }
    const caches = methods.one.cacheDoc(document);
    // the sweep's own cacheDoc call hands back the cache made above for the sentence in hand
    let current: Set<string>[] = [];
    const ownOne = Object.create(methods.one) as Methods['one'];
    ownOne.cacheDoc = () => current;
    const ownMethods = Object.create(methods) as Methods;
    ownMethods.one = ownOne;
    const found: Found[] = [];
    const positions: number[] = [];
    for (let n = 0; n < document.length; n++) {
      const cache = caches[n]!;
      positions.length = 0;
      for (const item of cache) {
        const at = order.at.get(item);
        if (at !== undefined) positions.push(at);
      }
      if (positions.length === 0 && net.always.length === 0) continue;
      positions.sort((a, b) => a - b);
      const hooks: Hooks = {};
      for (const at of positions) hooks[order.keys[at]!] = net.hooks[order.keys[at]!]!;
      current = [cache];
      for (const match of sweep([document[n]], { hooks, always: net.always, isNet: true }, ownMethods, opts)) {
        match.pointer[0] = n;
        found.push(match);
      }
    }
    return found;
  };
}

/**
 * `toSingular` with the table of irregular plurals inverted once per table: compromise checks the
 * inverted table first and otherwise applies its rules; the rules are run by the original, given
 * an empty table (nothing to invert, nothing found in it).
 */
export function tabledSingular(toSingular: ToSingular): ToSingular {
  const inverted = new WeakMap<object, Map<string, string>>();
  const noIrregulars = { two: { irregularPlurals: {} } };
  return (word, model) => {
    const table = model.two.irregularPlurals;
    let singularOf = inverted.get(table);
    if (!singularOf) {
      singularOf = new Map();
      for (const singular of Object.keys(table)) singularOf.set(table[singular]!, singular);
      inverted.set(table, singularOf);
    }
    const irregular = singularOf.get(word);
    return irregular !== undefined ? irregular : toSingular(word, noIrregulars);
  };
}
