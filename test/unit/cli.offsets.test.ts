// The CLI's offset contract (README, "The command line"): every `start`/`end` of `--json` and every
// SARIF `charOffset`/`charLength` counts UTF-16 code units in the file's text — its UTF-8 bytes
// decoded, a leading BOM removed, every line end (CRLF, LF, lone CR) kept where it is — and SARIF
// lines and columns count CRLF, LF and lone CR as one line end each, as VS Code does.
//
// The seeds are rewritten with a BOM, CRLF, lone CR, mixed line ends, emoji and CJK Extension B
// characters before the figures and combining marks; the analysis must find the same things as in
// the plain LF seeds, and every span of every output must slice the same characters out of the
// file as the same item does out of the plain file. The CLI runs in-process (`main`), as a user
// runs it, on files in a temp folder.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli';
import { ROOT } from './reliability/corpus';

const SEED_DIR = join(ROOT, 'seeds');
const SEED_FILES = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort();

const BOM = '\uFEFF';
/** Two astral characters (two UTF-16 code units each): an emoji and CJK Extension B U+20000. */
const ASTRAL = ' 😀𠀀';
/** The same with a combining mark on each (one code unit each, no character of its own). */
const ASTRAL_MARKED = ' 😀\u0301𠀀\u0308';
/** "said" with a combining diaeresis: a word the analysis reads past. */
const SAID_MARKED = 'sai\u0308d';

/** Line ends taken in turn from `ends`, in place of each LF. */
const withEnds = (text: string, ends: string[]): string => {
  let i = 0;
  return text.replace(/\n/g, () => ends[i++ % ends.length]!);
};
/** Astral characters at every sentence start and right before the qualified figures ("roughly 53,000"). */
const withAstral = (text: string, astral = ASTRAL): string =>
  text.replace(/\. /g, `.${astral} `).replace(/ (about|roughly|more than|More than|Over|nearly|some|around) /g, `${astral} $1 `);
const withMarks = (text: string): string => withAstral(text, ASTRAL_MARKED).replace(/\bsaid\b/g, SAID_MARKED);

/** Back to the plain LF text: what a span of a variant must read once its changes are undone. */
const plainEnds = (s: string): string => s.replace(/\r\n?/g, '\n');
const noAstral = (s: string): string => s.split(ASTRAL_MARKED).join('').split(ASTRAL).join('');
const noMarks = (s: string): string => noAstral(s).split(SAID_MARKED).join('said');

interface Variant {
  name: string;
  /** The file's content, from the plain LF seed. */
  write: (lf: string) => string;
  /** A span of this variant's text, with the variant's changes undone. */
  back: (s: string) => string;
}

const VARIANTS: Variant[] = [
  { name: 'BOM and CRLF', write: (t) => BOM + withEnds(t, ['\r\n']), back: plainEnds },
  { name: 'lone CR', write: (t) => withEnds(t, ['\r']), back: plainEnds },
  { name: 'mixed CRLF, LF and CR after a BOM', write: (t) => BOM + withEnds(t, ['\r\n', '\n', '\r']), back: plainEnds },
  { name: 'emoji and CJK Extension B before the figures, CRLF', write: (t) => withEnds(withAstral(t), ['\r\n']), back: (s) => noAstral(plainEnds(s)) },
  { name: 'combining marks', write: (t) => withMarks(t), back: noMarks },
  { name: 'all at once: BOM, lone CR, astral characters, combining marks', write: (t) => BOM + withEnds(withMarks(t), ['\r']), back: (s) => noMarks(plainEnds(s)) },
];

interface Span {
  source: string;
  start: number;
  end: number;
}
interface JsonOut {
  sources: { id: string; chars: number }[];
  claims: { figures: (Span & { text: string })[] }[];
  singleSource: { figures: (Span & { text: string })[] }[];
  diagnostics: (Span & { related: Span[] })[];
  timeline: { mentions: (Span & { text: string })[] }[];
  textual: { variants: { text: string; mentions: Span[] }[] }[];
}
interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
}
interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region: Region };
}
interface SarifOut {
  runs: {
    columnKind: string;
    newlineSequences: string[];
    artifacts: { location: { uri: string }; length?: number }[];
    results: { locations: SarifLocation[]; relatedLocations: SarifLocation[] }[];
  }[];
}

/** Every span the JSON reports, in output order, with the text it claims to hold when it has one. */
function spansOf(json: JsonOut): (Span & { what: string; text?: string })[] {
  return [
    ...[...json.claims, ...json.singleSource].flatMap((c) => c.figures.map((f) => ({ what: 'figure', ...f }))),
    ...json.diagnostics.flatMap((d) => [
      { what: 'diagnostic', source: d.source, start: d.start, end: d.end },
      ...d.related.map((r) => ({ what: 'related location', source: r.source, start: r.start, end: r.end })),
    ]),
    ...json.timeline.flatMap((e) => e.mentions.map((m) => ({ what: 'timeline mention', ...m }))),
    ...json.textual.flatMap((t) => t.variants.flatMap((v) => v.mentions.map((m) => ({ what: 'textual mention', ...m, text: v.text })))),
  ];
}

let root: string;

/** Runs the CLI in-process and returns what it printed on stdout. */
function cli(...args: string[]): string {
  let out = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    expect(main(args)).toBe(0);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  return out;
}

/** The contract's text of a file: its bytes as UTF-8, a leading BOM removed, nothing else changed. */
function fileText(dir: string, id: string): string {
  const text = readFileSync(join(dir, id)).toString('utf8');
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** (1-based line, 1-based UTF-16 column) → offset, counting CRLF, LF and lone CR as one line end each. */
function offsetAt(text: string, line: number, column: number): number {
  const starts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
  return starts[line - 1]! + column - 1;
}

function writeSet(name: string, write: (lf: string) => string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const f of SEED_FILES) writeFileSync(join(dir, f), write(readFileSync(join(SEED_DIR, f), 'utf8')));
  return dir;
}

let plain: { what: string; source: string; at: string }[];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'crosscheck-offsets-'));
  const dir = writeSet('plain', (t) => t);
  const json = JSON.parse(cli('--json', dir)) as JsonOut;
  plain = spansOf(json).map((s) => ({ what: s.what, source: s.source, at: fileText(dir, s.source).slice(s.start, s.end) }));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('CLI offsets land on the file\'s characters (BOM removed, line ends kept)', () => {
  it('the plain seeds give spans of every kind to compare with', () => {
    const kinds = new Set(plain.map((s) => s.what));
    expect([...kinds].sort()).toEqual(['diagnostic', 'figure', 'related location', 'textual mention', 'timeline mention']);
    expect(plain.find((s) => s.at.startsWith('roughly 53,000'))?.at).toBe('roughly 53,000 American service members');
  });

  it.each(VARIANTS)('$name: every JSON span and SARIF region', ({ name, write, back }) => {
    const dir = writeSet(name.replace(/\W+/g, '-'), write);
    const json = JSON.parse(cli('--json', dir)) as JsonOut;
    const spans = spansOf(json);

    // --json: each span slices the same characters out of this file as out of the plain one.
    expect(spans.map((s) => ({ what: s.what, source: s.source, at: back(fileText(dir, s.source).slice(s.start, s.end)) }))).toEqual(plain);
    for (const s of spans) if (s.text !== undefined) expect(fileText(dir, s.source).slice(s.start, s.end), `${s.what} in ${s.source}`).toBe(s.text);
    for (const s of json.sources) expect(s.chars, s.id).toBe(fileText(dir, s.id).length);

    // --format sarif: the same spans as offsets, and lines/columns that point at them.
    const run = (JSON.parse(cli('--format', 'sarif', dir)) as SarifOut).runs[0]!;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.newlineSequences).toEqual(['\r\n', '\n', '\r']);
    for (const artifact of run.artifacts) {
      // `length` is the file's size in bytes (SARIF §3.24.5), its BOM included.
      expect(artifact.length, artifact.location.uri).toBe(statSync(join(dir, basename(decodeURIComponent(artifact.location.uri)))).size);
    }
    expect(run.results).toHaveLength(json.diagnostics.length);
    run.results.forEach((result, i) => {
      const d = json.diagnostics[i]!;
      const pairs: [SarifLocation, Span][] = [[result.locations[0]!, d], ...result.relatedLocations.map((l, k): [SarifLocation, Span] => [l, d.related[k]!])];
      expect(pairs).toHaveLength(1 + d.related.length);
      for (const [location, span] of pairs) {
        const { artifactLocation, region } = location.physicalLocation;
        expect(basename(decodeURIComponent(artifactLocation.uri))).toBe(span.source);
        expect([region.charOffset, region.charOffset + region.charLength]).toEqual([span.start, span.end]);
        const text = fileText(dir, span.source);
        expect([offsetAt(text, region.startLine, region.startColumn), offsetAt(text, region.endLine, region.endColumn)], `${span.source} ${JSON.stringify(region)}`).toEqual([span.start, span.end]);
      }
    });
  });
});
