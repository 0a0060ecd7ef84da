// `crosscheck [files or folders]`: the same analysis as the editor, in a terminal.
// Exit codes: 0 ok; 1 findings at or above --fail-on; 2 bad usage or input (one line on stderr).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from './core';
import { buildSummary } from './views/summary';
import { renderMarkdown } from './views/summaryMarkdown';
import { renderText } from './views/summaryText';
import { toSarif } from './views/sarif';
import { withSeverities } from './views/severity';
import { countFindings } from './core';
import type { Analysis, AnalysisOptions } from './core';
import { type LoadedSource, loadSources, UserError } from './cliInput';
import { oneLine } from './views/escape';
import { loadWebSources } from './cliWeb';
import { looksLikeUrl, parseWebUrl } from './web/fetchPage';
import { jsonPieces, MappedArray } from './views/jsonStream';

const USAGE = `Usage: crosscheck [options] [files, folders or URLs...]

Lines up the figures and dates that several reports of the same event state,
and shows where they agree, differ or conflict. Default input: the bundled seeds/.
Files: .txt, .md, and saved web pages (.html, .htm: their article is read).
URLs (http:// or https://): the page is fetched and its article read.

Options:
  --format text|json|markdown|sarif   output format (default text)
  --json                              same as --format json
  --fail-on conflict|discrepancy      exit 1 when such findings exist
  --reference-date YYYY-MM-DD         date relative dates hang on (default: inferred)
  --today YYYY-MM-DD                  the reader's date: a year no source states is the
                                      latest not after it (default: the run's date)
  --rate CODE=UNITS_PER_USD           override an exchange rate (repeatable), e.g. --rate JPY=148
  --save-dir DIR                      save each URL's article there as a .txt
                                      (Date:, Source:, title, text; never overwrites)
  --no-color                          plain text even on a terminal
  -h, --help                          this help

Exit codes: 0 ok, 1 findings at or above --fail-on, 2 bad usage or input.`;

interface CliOptions {
  format: 'text' | 'json' | 'markdown' | 'sarif';
  failOn?: 'conflict' | 'discrepancy';
  color: boolean;
  inputs: string[];
  saveDir?: string;
  analysis: AnalysisOptions;
}

function parseArgs(argv: readonly string[]): CliOptions | 'help' {
  const options: CliOptions = { format: 'text', color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, inputs: [], analysis: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UserError(`${arg} needs a value`);
      return v;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--json') options.format = 'json';
    else if (arg === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'markdown' && f !== 'sarif') throw new UserError(`unknown format '${f}' (text, json, markdown or sarif)`);
      options.format = f;
    } else if (arg === '--fail-on') {
      const f = value();
      if (f !== 'conflict' && f !== 'discrepancy') throw new UserError(`--fail-on takes conflict or discrepancy, not '${f}'`);
      options.failOn = f;
    } else if (arg === '--reference-date') {
      const d = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d))) throw new UserError(`--reference-date takes YYYY-MM-DD, not '${d}'`);
      options.analysis.referenceDate = d;
    } else if (arg === '--today') {
      const d = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d))) throw new UserError(`--today takes YYYY-MM-DD, not '${d}'`);
      options.analysis.today = d;
    } else if (arg === '--rate') {
      const m = /^([A-Za-z]{3})=(\d+(?:\.\d+)?)$/.exec(value());
      if (!m || Number(m[2]) <= 0) throw new UserError(`--rate takes CODE=UNITS_PER_USD, e.g. JPY=148`);
      options.analysis.exchangeRates = { ...options.analysis.exchangeRates, [m[1]!.toUpperCase()]: Number(m[2]) };
    } else if (arg === '--save-dir') options.saveDir = value();
    else if (arg === '--no-color') options.color = false;
    else if (arg.startsWith('-') && arg !== '-') throw new UserError(`unknown option '${arg}' (see --help)`);
    else options.inputs.push(arg);
  }
  return options;
}

/** The default input: seeds/ next to the package (works from a clone and from an install). */
function defaultInputs(): string[] {
  for (const candidate of [join(__dirname, '..', 'seeds'), join(process.cwd(), 'seeds')]) {
    if (existsSync(candidate)) return [candidate];
  }
  throw new UserError('no input given and no seeds/ folder found; pass files or folders (see --help)');
}

/** A set this large (files or characters) gets progress lines on stderr; a smaller one takes a few seconds at most. */
export const PROGRESS_MIN_FILES = 100;
export const PROGRESS_MIN_CHARS = 1_000_000;

/**
 * Whether `main` prints "analysing N files…" and a final line on stderr: only when stderr is a
 * terminal (never into a pipe, a CI log or a file, and never on stdout, so --json and SARIF stay
 * clean) and only for a large set.
 */
export function shouldShowProgress(set: { files: number; chars: number }, stderrIsTTY: boolean): boolean {
  return stderrIsTTY && (set.files >= PROGRESS_MIN_FILES || set.chars >= PROGRESS_MIN_CHARS);
}

/** The Analysis as the documented JSON shape (infinite bounds become null). */
/**
 * The analysis as the CLI's JSON. `lazy`: the large arrays (claims, single-source figures,
 * diagnostics, timeline) are made element by element as jsonPieces writes them (MappedArray);
 * JSON.stringify writes the same text either way.
 */
export function toJson(analysis: Analysis, { lazy = false } = {}): unknown {
  const mapped = <T>(list: readonly T[], map: (item: T) => unknown) => (lazy ? new MappedArray(list, map) : list.map(map));
  const figure = (f: Analysis['claims'][number]['figures'][number]) => ({
    source: f.source,
    start: f.span.start,
    end: f.span.end,
    text: f.text,
    value: f.value,
    low: Number.isFinite(f.low) ? f.low : null,
    high: Number.isFinite(f.high) ? f.high : null,
    unit: f.unit.name,
    unitKind: f.unit.kind,
    qualifier: f.qualifier,
    counted: f.counted,
    canonical: { ...f.canonical, low: Number.isFinite(f.canonical.low) ? f.canonical.low : null, high: Number.isFinite(f.canonical.high) ? f.canonical.high : null },
    ...(f.date ? { date: f.date } : {}),
  });
  const claim = (c: Analysis['claims'][number]) => ({
    id: c.id,
    measure: c.measure,
    unit: c.unit.name,
    unitKind: c.unit.kind,
    verdict: c.verdict,
    reason: c.reason,
    outliers: c.outliers,
    // every place a source states the figure: a headline repeated in the body is listed too
    // (marked `repeat`), as its diagnostics are
    figures: c.figures.flatMap((f) => [
      figure(f),
      // a restatement in another currency gives its own value; a plain repeat states the figure's
      ...(f.repeats ?? []).map((r) => {
        const restated = f.restatements?.find((g) => g.span.start === r.span.start);
        return { ...figure(restated ?? f), start: r.span.start, end: r.span.end, text: r.text, repeat: true };
      }),
    ]),
  });
  return {
    sources: analysis.sources.map((s) => ({ id: s.id, path: s.path, chars: s.chars, label: s.label, title: s.title, referenceDate: s.referenceDate, referenceDateInferred: s.referenceDateInferred, referenceDateHow: s.referenceDateHow, ...(s.referenceDateNotBefore ? { referenceDateNotBefore: true } : {}), skipped: s.skipped })),
    claims: mapped(analysis.claims, claim),
    singleSource: mapped(analysis.singleSource, claim),
    // severities from the settings' defaults, in the place the field has always had
    diagnostics: mapped(withSeverities(analysis.diagnostics), ({ model: d, severity }) => ({
      source: d.source,
      start: d.start,
      end: d.end,
      severity,
      code: d.code,
      message: d.message,
      claim: d.claim,
      related: d.related.map((r) => ({ source: r.source, start: r.start, end: r.end, message: r.message })),
    })),
    timeline: mapped(analysis.timeline, (e) => ({ date: e.date, endDate: e.endDate, precision: e.precision, ...(e.yearUnknown ? { yearUnknown: true } : {}), label: e.label, inferred: e.inferred, dateConflict: e.dateConflict, mentions: e.mentions.map((m) => ({ source: m.source, start: m.start, end: m.end, text: m.text, ...(m.time ? { time: m.time } : {}) })) })),
    textual: analysis.textual,
  };
}

function render(analysis: Analysis, sources: readonly LoadedSource[], options: CliOptions): string {
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  switch (options.format) {
    case 'json':
      return JSON.stringify(toJson(analysis), null, 2);
    case 'sarif':
      return JSON.stringify(toSarif(analysis, texts, { byteLengths: new Map(sources.map((s) => [s.id, s.bytes])) }), null, 2);
    case 'markdown':
      return renderMarkdown(buildSummary(analysis, { texts }));
    case 'text':
      return renderText(buildSummary(analysis, { texts }), { color: options.color, width: process.stdout.columns || 100 });
  }
}

/**
 * Runs the CLI. Synchronous for files and folders; with URL inputs the result is a promise (the
 * pages are fetched first).
 */
export function main(argv: readonly string[]): number | Promise<number> {
  let options: CliOptions | 'help';
  try {
    options = parseArgs(argv);
    if (options === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const urls = options.inputs.filter(looksLikeUrl);
    if (options.saveDir !== undefined && urls.length === 0) throw new UserError('--save-dir applies to URL inputs; none given');
    if (urls.length === 0) return run(loadSources(options.inputs.length ? options.inputs : defaultInputs()), options);
    for (const url of urls) parseWebUrlOrFail(url);
    const files = loadSources(options.inputs.filter((i) => !looksLikeUrl(i)));
    const chosen = options;
    return loadWebSources(urls, { saveDir: chosen.saveDir, takenIds: new Set(files.map((f) => f.id)) }).then(
      ({ sources, notes }) => {
        notes.forEach(warn);
        return run([...files, ...sources], chosen);
      },
      failed,
    );
  } catch (error) {
    return failed(error);
  }
}

function parseWebUrlOrFail(url: string): void {
  try {
    parseWebUrl(url);
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error));
  }
}

function failed(error: unknown): number {
  if (error instanceof UserError) {
    warn(error.message);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  warn(`internal error: ${message.split('\n')[0]} (please report it)`);
  return 2;
}

function run(sources: LoadedSource[], options: CliOptions): number {
  try {
    if (sources.length === 0) throw new UserError('nothing to analyse: no source could be read');
    const chars = sources.reduce((n, s) => n + s.text.length, 0);
    const progress = shouldShowProgress({ files: sources.length, chars }, Boolean(process.stderr.isTTY));
    const files = `${sources.length.toLocaleString('en-US')} file${sources.length === 1 ? '' : 's'}`;
    const started = Date.now();
    if (progress) warn(`analysing ${files} (${(chars / 1e6).toFixed(1)} M characters)…`);
    const analysis = analyze(sources, options.analysis);
    if (progress) warn(`analysed ${files} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const skipped = analysis.sources.filter((s) => s.skipped).map((s) => `skipped ${s.path}: ${s.skipped}`);
    if (skipped.length === sources.length) throw new UserError(`nothing to analyse: ${skipped.join('; ')}`);
    skipped.forEach(warn);
    if (options.format === 'json') writePieces(jsonPieces(toJson(analysis, { lazy: true })));
    else process.stdout.write(`${render(analysis, sources, options)}\n`);
    if (options.failOn) {
      const found = countFindings(analysis);
      if (found.conflicts > 0 || (options.failOn === 'discrepancy' && found.discrepancies > 0)) return 1;
    }
    return 0;
  } catch (error) {
    return failed(error);
  }
}

/**
 * Writes JSON pieces to stdout about 32 K characters at a time, then a line break: the output of
 * a newsroom's set is hundreds of megabytes, more than one string may hold (views/jsonStream.ts).
 * (Not a megabyte: a string that large is born in V8's old generation, where only a full
 * collection frees it; the 28 MB of a big file's output then stayed until the process ended.)
 */
function writePieces(pieces: Iterable<string>): void {
  let buffer: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    buffer.push(piece);
    size += piece.length;
    if (size < 1 << 15) continue;
    process.stdout.write(buffer.join(''));
    buffer = [];
    size = 0;
  }
  buffer.push('\n');
  process.stdout.write(buffer.join(''));
}

/** One line on stderr; file names and messages may hold controls (ESC, bidi), so they are removed. */
function warn(message: string): void {
  process.stderr.write(`crosscheck: ${oneLine(message)}\n`);
}

if (require.main === module) {
  void Promise.resolve(main(process.argv.slice(2))).then((code) => {
    process.exitCode = code;
  });
}
