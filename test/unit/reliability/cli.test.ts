// The CLI as a user runs it (`node dist/cli.js`, built by `npm run build`): documented exit codes
// (0 ok, 1 findings at or above --fail-on, 2 bad usage or input), one-line errors on stderr and
// never a stack trace, bad files refused or skipped with a message, and no control sequence from
// an article reaching the terminal.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/cliInput';
import { ROOT, SEEDS } from './corpus';

const CLI = join(ROOT, 'dist/cli.js');
let dir: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking this worker's event loop (a long synchronous run starves vitest's RPC). */
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: dir, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error && typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : error ? null : 0;
        resolve({ status: code, stdout, stderr });
      },
    );
  });
}

/** Writes `content` under the temp folder and returns its path. */
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** A user error: exit 2, one line on stderr naming the problem, no stack trace, nothing on stdout. */
function expectUserError(run: Run, message: RegExp): void {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stderr).toMatch(/^crosscheck: [^\n]+\n$/);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:|internal error/);
  expect(run.stdout).toBe('');
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
  for (const s of SEEDS) file(`seeds/${s.id}`, s.text);
  // Two reports that cannot both be true: a flat 50,000 against a flat 35,000.
  file('conflict/a.txt', 'Troops\nThere are 50,000 U.S. troops in Japan.');
  file('conflict/b.txt', 'Troops in Japan\nThere are 35,000 U.S. troops in Japan.');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('CLI exit codes', () => {
  it('0 for help and for a normal run', async () => {
    const help = (await cli('--help'));
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Exit codes: 0 ok, 1 findings at or above --fail-on, 2 bad usage or input/);
    const run = (await cli('seeds'));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Crosscheck summary of 5 sources/);
    expect(run.stderr).toBe('');
  });

  it('1 with --fail-on conflict when a conflict is found, 0 when there is none', async () => {
    expect((await cli('conflict', '--fail-on', 'conflict')).status).toBe(1);
    expect((await cli('conflict')).status).toBe(0);
    // The seeds hold a discrepancy but no figure conflict.
    expect((await cli('seeds', '--fail-on', 'conflict')).status).toBe(0);
    expect((await cli('seeds', '--fail-on', 'discrepancy')).status).toBe(1);
    const json = (await cli('conflict', '--json', '--fail-on', 'conflict'));
    expect(json.status).toBe(1);
    expect((JSON.parse(json.stdout) as { claims: { verdict: string }[] }).claims.map((c) => c.verdict)).toContain('conflict');
  });

  it.each([
    [['--bogus'], /unknown option '--bogus'/],
    [['--format'], /--format needs a value/],
    [['--format', 'yaml'], /unknown format 'yaml'/],
    [['--fail-on', 'everything'], /--fail-on takes conflict or discrepancy/],
    [['--reference-date', '30/03/2025'], /--reference-date takes YYYY-MM-DD/],
    [['--reference-date', '2025-02-30x'], /--reference-date takes YYYY-MM-DD/],
    [['--today', 'yesterday'], /--today takes YYYY-MM-DD/],
    [['--rate', 'JPY=-3'], /--rate takes CODE=UNITS_PER_USD/],
    [['--rate', 'yen'], /--rate takes CODE=UNITS_PER_USD/],
    [['no-such-file.txt'], /no such file or folder: .*no-such-file\.txt/],
  ])('2 for bad usage: %j', async (args, message) => {
    expectUserError((await cli(...args)), message);
  });

  it('2 for a folder without text files', async () => {
    file('empty-folder/picture.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expectUserError((await cli('empty-folder')), /no text files \(\.txt, \.md, \.html\) in folder/);
  });
});

describe('CLI bad input', () => {
  it('an empty file and a white-space file: exit 0, nothing found', async () => {
    file('bad/empty.txt', '');
    file('bad/space.txt', ' \r\n\t\n   ');
    const run = (await cli('bad/empty.txt', 'bad/space.txt', '--json'));
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { sources: { chars: number }[]; claims: unknown[] };
    expect(json.sources.map((s) => s.chars)).toEqual([0, 8]);
    expect(json.claims).toEqual([]);
  });

  it('a binary file among the inputs is skipped with a one-line message; the rest is analysed', async () => {
    file('mixed/zz_binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x35, 0x30, 0x00, 0xff]));
    for (const s of SEEDS.slice(0, 2)) file(`mixed/${s.id}`, s.text);
    const run = (await cli('mixed', '--json'));
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^crosscheck: skipped \S*zz_binary\.txt: binary file \(contains NUL bytes\)\n$/);
    const json = JSON.parse(run.stdout) as { sources: { id: string; skipped?: string }[] };
    expect(json.sources.filter((s) => !s.skipped)).toHaveLength(2);
    // Only binary input: nothing to do, a user error (still one line).
    expectUserError((await cli('mixed/zz_binary.txt')), /nothing to analyse: skipped \S*zz_binary\.txt: binary file/);
  });

  it(`a 10 MB file is refused above ${MAX_FILE_BYTES / 1024 / 1024} MB with a clear one-line message`, async () => {
    const big = file('big/ten.txt', 'About 53,000 troops are based in Japan. '.repeat(Math.ceil(10_000_000 / 40)));
    expectUserError((await cli(big)), new RegExp(`file larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, refused: .*ten\\.txt`));
  });

  it('one 1 MB line with no newline: analysed, exact offsets', async () => {
    const filler = 'The committee met again and the discussion went on without any decision being taken ';
    let line = 'About 53,000 troops are based in Japan, officials said. ';
    while (line.length < 1_000_000) line += filler;
    file('line/one.txt', line);
    const run = (await cli('line/one.txt', '--json'));
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { singleSource: { figures: { start: number; end: number; text: string }[] }[] };
    const figures = json.singleSource.flatMap((c) => c.figures);
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(line.slice(f.start, f.end)).toBe(f.text);
  });

  it('CRLF and a UTF-8 BOM: JSON offsets land on the figure text (the BOM is not counted)', async () => {
    const seed = SEEDS[0]!;
    const crlf = seed.text.replace(/\n/g, '\r\n');
    file('enc/crlf.txt', crlf);
    file('enc/bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed.text)]));
    file('enc/plain.txt', seed.text);
    const figures = async (name: string) => {
      const run = (await cli(`enc/${name}`, '--json'));
      expect(run.status).toBe(0);
      return (JSON.parse(run.stdout) as { singleSource: { figures: { start: number; end: number; text: string }[] }[] }).singleSource.flatMap((c) => c.figures);
    };
    const plain = await figures('plain.txt');
    expect(plain.length).toBeGreaterThan(0);
    for (const f of await figures('crlf.txt')) expect(crlf.slice(f.start, f.end)).toBe(f.text);
    const at = (fs: { start: number; end: number; text: string }[]) => fs.map((f) => `${f.start}-${f.end} ${f.text}`);
    expect(at(await figures('bom.txt'))).toEqual(at(plain));
  });

  it('a file of 10,000 numbers beside the seeds: exit 0, the seeds\' findings unchanged', async () => {
    file('numbers/numbers.txt', Array.from({ length: 10_000 }, (_, i) => String((i * 7919) % 1_000_003)).join('\n'));
    for (const s of SEEDS) file(`numbers/${s.id}`, s.text);
    const verdicts = (run: Run) => (JSON.parse(run.stdout) as { claims: { verdict: string; figures: { source: string }[] }[] }).claims.map((c) => `${c.verdict} ${c.figures.map((f) => f.source).join(',')}`);
    const withNumbers = (await cli('numbers', '--json'));
    expect(withNumbers.status).toBe(0);
    expect(verdicts(withNumbers)).toEqual(verdicts((await cli('seeds', '--json'))));
  });

  it('invalid UTF-8 bytes: analysed, shown as U+FFFD', async () => {
    file('enc/invalid.txt', Buffer.concat([Buffer.from('About 53,000 troops '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff]), Buffer.from(' are in Japan.')]));
    const run = (await cli('enc/invalid.txt', '--json'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\uFFFD');
  });
});

describe('CLI large sets', () => {
  it('a set of one source and a set of 500 generated sources: exit 0, every source read, bounded time', async () => {
    const one = (await cli(`seeds/${SEEDS[0]!.id}`, '--json', '--fail-on', 'conflict'));
    expect(one.status).toBe(0);
    expect((JSON.parse(one.stdout) as { claims: unknown[] }).claims).toEqual([]);
    for (let i = 0; i < 500; i++) file(`many/r${String(i).padStart(3, '0')}.txt`, `There are about 53,000 U.S. troops in Japan, report ${i} says.`);
    const started = Date.now();
    const run = (await cli('many', '--json', '--fail-on', 'conflict'));
    const ms = Date.now() - started;
    console.log(`cli: 500 sources in ${ms} ms`);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { sources: unknown[]; claims: { figures: unknown[]; verdict: string }[] };
    expect(json.sources).toHaveLength(500);
    expect(json.claims.map((c) => `${c.verdict} ${c.figures.length}`)).toEqual(['agree 500']);
    expect(ms).toBeLessThan(90_000);
  });
});

describe('CLI hostile text', () => {
  const hostile =
    'Crisis \u001b[2J\u001b[31mred\u001b[0m \u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 update\n' +
    'About 53,000 troops \u202Eevil\u202C are in Japan \u200B<script>alert(1)</script> [x](command:workbench.action.terminal.new), officials said on \u001b[1mMarch 30, 2025\u001b[0m.\n';

  it('no control sequence from an article reaches the terminal, in any format', async () => {
    file('hostile/a.txt', hostile);
    file('hostile/b.txt', 'About 35,000 troops are in Japan, officials said on March 30, 2025.\n');
    for (const format of ['text', 'markdown']) {
      const run = (await cli('hostile', '--format', format));
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/53,000/);
      // ESC, BEL and bidi overrides are removed, not just escaped.
      expect(run.stdout, format).not.toMatch(/[\u001b\u0007\u202E\u202C\u200B]/);
    }
    for (const format of ['json', 'sarif']) {
      // JSON escapes control characters (\u001b), so the terminal never receives them raw.
      const run = (await cli('hostile', '--format', format));
      expect(run.status).toBe(0);
      expect(run.stdout, format).not.toMatch(/[\u001b\u0007]/);
      expect(() => JSON.parse(run.stdout)).not.toThrow();
    }
  });

  it('a file name with control characters is printed without them', async () => {
    file('names/\u001b[31mred.txt', '\u0000binary');
    file('names/ok.txt', 'About 53,000 troops are in Japan.');
    const run = (await cli('names'));
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^crosscheck: skipped \S*\[31mred\.txt: binary/);
    expect(run.stderr).not.toMatch(/\u001b/);
  });
});
