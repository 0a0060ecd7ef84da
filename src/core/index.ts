// The public face of the analysis core: the only module that the editor, the worker, the CLI and
// the presentation layer (src/views) import. Everything under src/core/<stage>/ is internal; a
// test (test/unit/architecture.test.ts) fails on a deep import from outside the core.
export { analyze, createAnalyzer, type Analyzer, type AnalyzerOptions, type Stage } from './analyze';
export { countFindings, type FindingCounts } from './judge/findings';
export { describeValue, describeWithCanonical, formatNumber, joinLabels, withUnit } from './judge/format';
// The figure and date stages on their own, for measuring them on tagged corpora (`npm run eval`).
export { readFigures } from './figures/read';
export { readDates } from './dates/read';
export { BINARY_PROBE, BINARY_REASON, looksBinary } from './text/binaryText';
export type * from './types';
// Web pages as sources (src/core/html/): decoding, the article and its metadata, the .txt layout.
export { decodePage, type DecodedPage } from './html/decode';
export { extractArticle, type PageArticle } from './html/extract';
export type { PageMetadata } from './html/metadata';
export { articleAsText, htmlSourceText, sourceFormatOf } from './html/article';
