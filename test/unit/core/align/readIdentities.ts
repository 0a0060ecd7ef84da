// Shared by the alignment tests: a text's figures with their identities read as analyze() reads
// them, and whether two figures of a set of texts end up in one group.
import { alignFigures } from '../../../../src/core/align/aligner';
import { withIdentities } from '../../../../src/core/align/identity';
import { sourceYear } from '../../../../src/core/align/marks';
import { placeAliases } from '../../../../src/core/align/names';
import { extractFigures } from '../../../../src/core/figures/extract';
import { segment } from '../../../../src/core/text/segment';
import type { Figure } from '../../../../src/core/types';

export function figuresOf(text: string, id = 's0'): Figure[] {
  const sentences = segment(text).sentences;
  return withIdentities(extractFigures({ id, uri: id, text }, sentences), { text, sentences, year: sourceYear(text), aliases: placeAliases(text) });
}

/** The identity of the first figure whose text includes `figure`; throws when there is none. */
export function identityOf(text: string, figure: string) {
  const f = figuresOf(text).find((g) => g.text.includes(figure));
  if (!f) throw new Error(`no figure ${figure} in ${text}`);
  return f.identity!;
}

/** The aligned groups of texts s0, s1, …, each figure written "s<i>:<its text>". */
export function groupsOf(texts: string[]): string[][] {
  const figures = texts.flatMap((text, i) => figuresOf(text, `s${i}`));
  return alignFigures(figures, texts.map((_, i) => `s${i}`)).map((g) => g.map((f) => `${f.source}:${f.text}`));
}

/** Whether some group holds a figure matching `a` and one matching `b` (substrings of "s<i>:<text>"). */
export function inOneGroup(groups: string[][], a: string, b: string): boolean {
  return groups.some((g) => g.some((x) => x.includes(a)) && g.some((x) => x.includes(b)));
}
