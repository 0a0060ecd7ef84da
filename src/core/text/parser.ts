// One analyzer's parses. Each sentence text is parsed once: figures (`tagTerms`) and dates
// (`tagSentence`) share one parse through a cache keyed by the exact text parsed, kept whole
// while a source is extracted (`withSharedParses`) and trimmed afterwards to the most recent
// sentences, so re-analysing an edited source re-parses only the sentences that changed. The
// cache belongs to its analyzer: what one analyzer parsed never decides what another keeps.
import { parseTexts, sentenceOf, shifted, type Parse, type Term, type VerbPhrase } from './nlp';

/**
 * Parses kept after a source is done: enough for every parsed sentence of a few hundred articles
 * (250 articles of 4 KB have about 10,000), so an edit to any of them re-parses only the sentence
 * that changed. Measured at about 1.4 KB of heap per kept sentence (14 MB for those 10,000).
 */
const RECENT_PARSES = 20_000;

/**
 * Characters of sentences tagged in one compromise call: enough to share the cost of a call
 * (about a third of a one-sentence parse), few enough that a huge source never becomes one huge
 * compromise document (its extraction calls are superlinear).
 */
const BATCH_CHARS = 10_000;

export class Parser {
  /** Most recently used last, so trimming drops the oldest. */
  private readonly parses = new Map<string, Parse>();
  private scopes = 0;
  private parsed = 0;

  /**
   * `kept`: how many parses stay once a source is done (RECENT_PARSES); 0 for a one-shot analysis,
   * which never re-parses, so that a large set's parses are garbage as soon as its source is read.
   */
  constructor(private readonly kept = RECENT_PARSES) {}

  /** How many texts compromise has parsed for this parser (tests check that the cache spares re-parses). */
  get parseCount(): number {
    return this.parsed;
  }

  /**
   * Runs `extract` with every parse kept until it returns, so the figure and date passes over one
   * source parse each sentence once however long the source is; afterwards only the most recent
   * parses stay. Results are the same with or without it.
   */
  withSharedParses<T>(extract: () => T): T {
    this.scopes++;
    try {
      return extract();
    } finally {
      this.scopes--;
      if (this.scopes === 0) this.trim();
    }
  }

  /**
   * Parses the texts that are not cached yet, several per compromise call, and keeps them for
   * `tagTerms` and `tagSentence`. Call it inside `withSharedParses` with the sentences a pass is
   * about to tag; the results are the same as parsing each text alone.
   */
  parseAhead(texts: Iterable<string>): void {
    let batch: string[] = [];
    let size = 0;
    for (const text of new Set(texts)) {
      if (this.parses.has(text)) continue;
      if (batch.length > 0 && size + text.length > BATCH_CHARS) {
        this.parseBatch(batch);
        batch = [];
        size = 0;
      }
      batch.push(text);
      size += text.length;
    }
    if (batch.length > 0) this.parseBatch(batch);
  }

  /**
   * Done with these texts' parses: a parser that keeps nothing (a one-shot analysis) drops them
   * now rather than when the source is done; one that keeps recent parses keeps them.
   */
  release(texts: Iterable<string>): void {
    if (this.kept > 0) return;
    for (const text of texts) this.parses.delete(text);
  }

  /**
   * Tags `text` and returns its words with offsets shifted by `base` (the text's position in its
   * source). Call it per sentence: compromise's extraction is superlinear in the input length and
   * its number parsing looks across sentence boundaries.
   */
  tagTerms(text: string, base = 0): Term[] {
    return shifted(this.parse(text).terms, base);
  }

  /** Words, lemmas and verb phrases of one sentence (nlp.ts' `sentenceOf`), offsets shifted by `base`. */
  tagSentence(text: string, base = 0): { terms: Term[]; lemmas: string[]; verbs: VerbPhrase[] } {
    return sentenceOf(this.parse(text), text, base);
  }

  private parse(text: string): Parse {
    const cached = this.parses.get(text);
    if (cached) {
      this.parses.delete(text);
      this.parses.set(text, cached);
      return cached;
    }
    this.parseBatch([text]);
    const result = this.parses.get(text)!;
    if (this.scopes === 0) this.trim();
    return result;
  }

  private parseBatch(texts: readonly string[]): void {
    this.parsed += texts.length;
    parseTexts(texts).forEach((parsed, i) => this.parses.set(texts[i]!, parsed));
  }

  private trim(): void {
    if (this.parses.size <= this.kept) return;
    if (this.kept === 0) return this.parses.clear();
    const drop = this.parses.size - this.kept;
    let i = 0;
    for (const key of this.parses.keys()) {
      if (i++ >= drop) break;
      this.parses.delete(key);
    }
  }
}
