// What reference-date inference reads of one source: the source and its date expressions. Its own
// module so that the inference, its memo and the happenings index share it without a cycle.
import type { Source } from '../types';
import type { DateExpression } from './expressions';

export interface SourceDates {
  source: Source;
  expressions: readonly DateExpression[];
}
