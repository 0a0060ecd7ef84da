// The CLI with web addresses (`node dist/cli.js URL URL file.txt --save-dir DIR`, built by
// `npm run build`) against a local server: the pages are fetched and analysed with the files,
// --save-dir saves each article as a .txt and never overwrites, a failed URL is a message on
// stderr and the others go on, a URL that is not http(s) is refused before anything is fetched.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, startWebServer, type WebServer } from './webServer';

const CLI = join(__dirname, '../../../dist/cli.js');
let server: WebServer;
let dir: string;

function cli(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      const code = error && typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : error ? null : 0;
      resolve({ status: code, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  server = await startWebServer();
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-cliweb-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('crosscheck URL URL --save-dir DIR', () => {
  it('fetches, saves and analyses the pages with the files', async () => {
    copyFileSync(join(FIXTURES, 'harbour-daily.html'), join(dir, 'harbour.html'));
    const run = await cli(`${server.base}/news/storm-elna`, 'harbour.html', '--save-dir', 'saved', '--json');
    expect(run.stderr).toContain(`saved ${server.base}/news/storm-elna as saved/storm-elna-leaves-14-dead-in-port-averill.txt`);
    expect(run.status).toBe(0);
    const saved = readFileSync(join(dir, 'saved/storm-elna-leaves-14-dead-in-port-averill.txt'), 'utf8');
    expect(saved.startsWith(`Date: 2031-04-12\nSource: ${server.base}/news/storm-elna\nStorm Elna leaves 14 dead in Port Averill\n\nAt least 14 people`)).toBe(true);
    const json = JSON.parse(run.stdout);
    expect(json.sources.map((s: { id: string; referenceDate: string }) => [s.id, s.referenceDate])).toEqual([
      ['harbour.html', '2031-04-13'],
      ['storm-elna-leaves-14-dead-in-port-averill.txt', '2031-04-12'],
    ]);
    const deaths = json.claims.find((c: { figures: { text: string }[] }) => c.figures.some((f) => f.text === '19'));
    expect(deaths.figures.map((f: { source: string; text: string }) => `${f.source}:${f.text}`).sort()).toContain('storm-elna-leaves-14-dead-in-port-averill.txt:14');
    // offsets: into the saved text for the .txt, into the HTML for the .html
    const html = readFileSync(join(dir, 'harbour.html'), 'utf8');
    for (const f of deaths.figures) {
      const text = f.source === 'harbour.html' ? html : saved;
      expect(text.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('never overwrites: a second save of the same page gets a new name', async () => {
    const before = readFileSync(join(dir, 'saved/storm-elna-leaves-14-dead-in-port-averill.txt'), 'utf8');
    writeFileSync(join(dir, 'saved/storm-elna-leaves-14-dead-in-port-averill-2.txt'), 'mine');
    const run = await cli(`${server.base}/news/storm-elna`, '--save-dir', 'saved');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('as saved/storm-elna-leaves-14-dead-in-port-averill-3.txt');
    expect(readFileSync(join(dir, 'saved/storm-elna-leaves-14-dead-in-port-averill.txt'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'saved/storm-elna-leaves-14-dead-in-port-averill-2.txt'), 'utf8')).toBe('mine');
  });

  it('without --save-dir writes nothing', async () => {
    const files = readdirSync(dir).sort();
    const run = await cli(`${server.base}/news/storm-elna`, `${server.base}/local/storm-elna-toll`, '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).sources.map((s: { path: string }) => s.path)).toEqual([`${server.base}/news/storm-elna`, `${server.base}/local/storm-elna-toll`]);
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  it('skips a URL that fails, with its reason, and goes on with the rest', async () => {
    const run = await cli(`${server.base}/nowhere`, `${server.base}/paywall`, `${server.base}/news/storm-elna`, '--json');
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/skipped http:\/\/127\.0\.0\.1:\d+\/nowhere: .*answered 404/);
    expect(run.stderr).toMatch(/skipped .*\/paywall: only \d+ characters of article text/);
    expect(JSON.parse(run.stdout).sources).toHaveLength(1);
  });

  it('fails with exit code 2 when no URL gives a source, or a URL is not http(s)', async () => {
    const none = await cli(`${server.base}/nowhere`);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/nothing to analyse/);
    const before = server.requests.length;
    const bad = await cli('file:///etc/passwd', `${server.base}/news/storm-elna`);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/only http:\/\/ and https:\/\/ addresses/);
    expect(server.requests.length).toBe(before);
    const saveDirAlone = await cli('harbour.html', '--save-dir', 'x');
    expect(saveDirAlone.status).toBe(2);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('reads .html files in a folder', async () => {
    const run = await cli('.', '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).sources.map((s: { id: string }) => s.id)).toContain('harbour.html');
  });
});
