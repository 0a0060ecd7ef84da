// The one entry point of the core: Source[] -> Analysis. Per-source work (segmentation, figure
// extraction) is cached by the source's text, so re-analysing after an edit to one source
// re-parses only that source; the stages across sources keep what an edit did not touch.
//
// All state lives here, in the Analyzer: createAnalyzer() makes each stage's state (parses,
// per-source work, alignment blocks, textual names, reference dates and timeline, judgements)
// and passes it down, so two analyzers never share any and a test can start from a fresh one.
// No module of the core keeps state of its own (test/unit/architecture.test.ts checks it).
import type { Analysis, AnalysisOptions, Figure, Segmentation, Source, SourceSummary, Verdict } from './types';
import { segment } from './text/segment';
import { extractFigures } from './figures/extract';
import { createAligner, foldRepeats } from './align/aligner';
import { createClaimBuilder } from './judge/claims';
import { createDiagnosticWriter } from './judge/claimDiagnostics';
import { createTextualStage } from './textual/discrepancies';
import { withIdentities } from './align/identity';
import { sourceYear } from './align/marks';
import { placeAliases } from './align/names';
import { extractDateExpressions, type DateExpression } from './dates/expressions';
import { createTimelineStage } from './dates/timeline';
import { withoutTaken } from './dates/dateClaims';
import { labelerFor } from './text/labels';
import { Parser } from './text/parser';
import { BINARY_REASON, looksBinary } from './text/binaryText';
import { htmlSourceText, type HtmlSourceText } from './html/article';
import { remapSpans } from './html/remap';

export interface Analyzer {
  /** Analyses the set; per-source work is cached by text, so unchanged sources cost nothing. */
  analyze(sources: readonly Source[], options?: AnalysisOptions): Analysis;
  /** Milliseconds each stage of the last analyze() took (for `npm run bench`'s breakdown). */
  readonly timings: Readonly<Record<Stage, number>>;
  /** Sentence texts this analyzer has had compromise parse (tests check that its cache spares re-parses). */
  readonly parseCount: number;
}

export type Stage = 'extract' | 'align' | 'textual' | 'timeline' | 'claims' | 'diagnostics';

interface SourceWork {
  text: string;
  optionsKey: string;
  segmentation: Segmentation;
  /**
   * Where the source's figures are, as start, end pairs (a date inside one is not a date claim).
   * Only the spans: the figures themselves are garbage once folded (issue 16: the raw figures of
   * a 40,000-sentence file held 38 MB through the rest of the analysis).
   */
  figureSpans: Int32Array;
  /** The figures with the source's repeats folded, as alignment takes them (kept: the aligner reuses blocks by identity). */
  folded: Figure[];
  dates: DateExpression[];
  /** The source's readable word for each context stem, for claim descriptions. */
  surfaces: ReadonlyMap<string, string>;
}

const VERDICT_ORDER: Record<Verdict, number> = { conflict: 0, discrepancy: 1, agree: 2 };

/** Text that is not an article. */
function skipReason(source: Source): string | undefined {
  return looksBinary(source.text) ? BINARY_REASON : undefined;
}

/** How an analyzer is used. */
export interface AnalyzerOptions {
  /**
   * False for an analyzer that analyses once (`analyze()`, the CLI): it keeps no parses once a
   * source is read and no comparisons for later calls, which are only memory in one call (issue
   * 16: the parses and comparisons of a 40,000-sentence file are about 65 MB). The results are
   * the same either way.
   */
  reanalyse?: boolean;
}

/** A new analyzer with state of its own, which it keeps between calls of its analyze(). */
export function createAnalyzer({ reanalyse = true }: AnalyzerOptions = {}): Analyzer {
  // what this analyzer keeps, stage by stage
  const parser = reanalyse ? new Parser() : new Parser(0);
  const cache = new Map<string, SourceWork>();
  const aligner = createAligner();
  const textualStage = createTextualStage();
  const timelineStage = createTimelineStage();
  const claimBuilder = createClaimBuilder(reanalyse);
  const diagnosticWriter = createDiagnosticWriter();
  // the article of each HTML source, by id, kept while its HTML is unchanged
  const pages = new Map<string, { html: string; page: HtmlSourceText }>();

  function pageFor(source: Source): HtmlSourceText {
    const cached = pages.get(source.id);
    if (cached && cached.html === source.text) return cached.page;
    const page = htmlSourceText(source.text);
    pages.set(source.id, { html: source.text, page });
    return page;
  }

  function workFor(source: Source, options: AnalysisOptions): SourceWork {
    const optionsKey = JSON.stringify(options.exchangeRates ?? {});
    const cached = cache.get(source.id);
    if (cached && cached.text === source.text && cached.optionsKey === optionsKey) return cached;
    const segmentation = segment(source.text);
    // the readable word of each context stem, noted per source while its figures are read
    const surfaces = new Map<string, string>();
    // figures and dates parse the same sentences: one parse each (parser.ts); dates first, so
    // that the figure pass, which reads every sentence with a number, can release each window
    // of parses when it is done with it (a one-shot analysis; see Parser.release)
    const { figures, dates } = parser.withSharedParses(() => {
      const dates = extractDateExpressions(source, segmentation.sentences, parser);
      // what each figure is about (subject, estimator, event), read from its clause
      const figures = withIdentities(
        extractFigures(source, segmentation.sentences, { exchangeRates: options.exchangeRates }, { parser, surfaces }),
        { text: source.text, sentences: segmentation.sentences, year: sourceYear(source.text), aliases: placeAliases(source.text) },
      );
      return { figures, dates };
    });
    const figureSpans = new Int32Array(figures.length * 2);
    figures.forEach((f, k) => ((figureSpans[2 * k] = f.span.start), (figureSpans[2 * k + 1] = f.span.end)));
    const work = { text: source.text, optionsKey, segmentation, figureSpans, folded: foldRepeats(figures, headlineSentences(segmentation)), dates, surfaces };
    cache.set(source.id, work);
    return work;
  }

  const timings: Record<Stage, number> = { extract: 0, align: 0, textual: 0, timeline: 0, claims: 0, diagnostics: 0 };
  let clock = 0;
  /** Charges the time since the last lap to `stage`. */
  const lap = (stage: Stage) => {
    const now = performance.now();
    timings[stage] += now - clock;
    clock = now;
  };

  return {
    timings,
    get parseCount() {
      return parser.parseCount;
    },
    analyze(sources, options = {}) {
      for (const stage of Object.keys(timings) as Stage[]) timings[stage] = 0;
      clock = performance.now();
      const labelOf = labelerFor(sources);
      const summaries: SourceSummary[] = [];
      const usable: { source: Source; work: SourceWork }[] = [];
      const maps = new Map<string, HtmlSourceText>();
      for (const original of sources) {
        const summary: SourceSummary = { id: original.id, path: original.uri, label: labelOf(original.id), chars: original.text.length };
        let skipped = skipReason(original);
        let source = original;
        if (!skipped && original.format === 'html') {
          // the page's article is what is read; its spans are moved back onto the HTML at the end
          const page = pageFor(original);
          if (page.article.paragraphs.length === 0) skipped = 'no article text found in the page';
          source = { id: original.id, uri: original.uri, text: page.text };
          maps.set(original.id, page);
        }
        if (skipped) summary.skipped = skipped;
        else {
          const work = workFor(source, options);
          // No headline: the first sentence of the article itself (never a byline or a counter).
          summary.title = maps.get(source.id)?.article.title ?? work.segmentation.title ?? work.segmentation.sentences.find((x) => !x.furniture)?.text;
          usable.push({ source, work });
        }
        summaries.push(summary);
      }
      // Forget sources that left the set, so the cache does not grow without bound.
      const ids = new Set(sources.map((s) => s.id));
      for (const id of cache.keys()) if (!ids.has(id)) cache.delete(id);
      for (const id of pages.keys()) if (!maps.has(id)) pages.delete(id);

      lap('extract');
      const groups = aligner.align(usable.map((u) => ({ id: u.source.id, figures: u.work.folded })));
      lap('align');
      const textual = textualStage.find(usable.map((u) => ({ source: u.source, sentences: u.work.segmentation.sentences })));
      lap('textual');
      const dated = timelineStage.resolve(
        usable.map((u) => ({ source: u.source, expressions: u.work.dates, sentences: u.work.segmentation.sentences })),
        { referenceDate: options.referenceDate, today: options.today },
      );
      lap('timeline');
      for (const summary of summaries) {
        const ref = dated.referenceDates[summary.id];
        if (ref) {
          summary.referenceDate = ref.date;
          summary.referenceDateInferred = ref.inferred;
          summary.referenceDateHow = ref.how;
          if (ref.notBefore) summary.referenceDateNotBefore = true;
          // a page's "Date:" line is the one its metadata gave (html/article.ts): say where it was read
          const page = maps.get(summary.id)?.article.metadata;
          if (page?.date === ref.date && page.dateFrom && !ref.inferred) summary.referenceDateHow = `the page's ${page.dateFrom}`;
        }
      }
      // Reference dates first: a toll that rose between two reports is not a conflict.
      const { claims, singleSource } = claimBuilder.build(
        groups,
        labelOf,
        (id) => dated.referenceDates[id]?.date,
        (id) => cache.get(id)?.surfaces,
        options.exchangeRates,
      );
      lap('claims');
      // every finding, tagged with its kind: which to show and how loudly is the front end's choice
      const diagnostics = [...diagnosticWriter.write(claims, labelOf), ...dated.diagnostics];
      lap('diagnostics');
      // dates are claims too (dateClaims.ts); their only diagnostics are the date conflicts above
      const numeric = new Map<string, Int32Array>();
      for (const u of usable) numeric.set(u.source.id, u.work.figureSpans);
      const dates = withoutTaken(dated, (source, start, end) => overlapsAny(numeric.get(source), start, end));
      const allClaims = [...claims, ...dates.claims].sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]);
      const analysis = { sources: summaries, claims: allClaims, singleSource: [...singleSource, ...dates.singleSource], diagnostics, timeline: dated.timeline, textual };
      return remapSpans(analysis, maps);
    },
  };
}

/** Whether [start, end) overlaps one of the spans (start, end pairs). */
function overlapsAny(spans: Int32Array | undefined, start: number, end: number): boolean {
  if (!spans) return false;
  for (let k = 0; k < spans.length; k += 2) if (spans[k]! < end && start < spans[k + 1]!) return true;
  return false;
}

/**
 * One-shot analysis: a new analyzer for each call, so no state is kept from or for other calls
 * (there is no shared default analyzer; keep one from createAnalyzer() to re-analyse cheaply).
 */
export function analyze(sources: readonly Source[], options?: AnalysisOptions): Analysis {
  return createAnalyzer({ reanalyse: false }).analyze(sources, options);
}

/**
 * The sentences that read as the source's headlines: a short line of its own, with no closing
 * full stop, among the first three paragraphs (a kicker, the headline, a standfirst).
 */
function headlineSentences(segmentation: Segmentation): Set<number> {
  const lineCount = new Map<number, number>();
  for (const s of segmentation.sentences) lineCount.set(s.paragraph, (lineCount.get(s.paragraph) ?? 0) + 1);
  const firstParagraphs = [...new Set(segmentation.sentences.filter((s) => !s.furniture).map((s) => s.paragraph))].slice(0, 3);
  return new Set(
    segmentation.sentences
      .filter((s) => firstParagraphs.includes(s.paragraph) && lineCount.get(s.paragraph) === 1 && s.text.trim().length <= 120 && !/[.!?]["”’]?\s*$/.test(s.text.trim()))
      .map((s) => s.index),
  );
}
