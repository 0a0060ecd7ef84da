// Text -> Figure[]: the figure stage on its own, so it can be measured against tagged corpora
// (`npm run eval`). The same reading analyze() does per source, before alignment folds repeats.
import type { Figure } from '../types';
import { segment } from '../text/segment';
import { extractFigures } from './extract';
import type { FigureOptions } from './buildFigure';

/** Every figure stated in `text` (read as one article), in text order, restatements ("(€2.05 billion)") included. */
export function readFigures(text: string, options: FigureOptions = {}): Figure[] {
  return extractFigures({ id: 'text', uri: 'text', text }, segment(text).sentences, options).flatMap((f) => [f, ...(f.restatements ?? [])]);
}
