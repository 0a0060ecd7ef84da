// Fetching against a real local server: pages that look like the web, and every way a fetch can
// fail, each with its own message; and a parsed page that makes no request of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, htmlSourceText } from '../../../src/core';
import { FetchError, fetchPage, looksLikeUrl, parseWebUrl, urlProblem } from '../../../src/web/fetchPage';
import { fetchWebSource, freeName, slugFor } from '../../../src/web/webSource';
import { startWebServer, type WebServer } from './webServer';

const LIMITS = { timeoutMs: 1500, maxBytes: 1024 * 1024, maxRedirects: 3 };
let server: WebServer;
beforeAll(async () => {
  server = await startWebServer({
    '/tracker-page': [
      'text/html',
      `<html><head><link rel="stylesheet" href="/track/css"><script src="/track/script"></script><script>fetch('/track/fetch')</script>
       <meta http-equiv="refresh" content="0; url=/track/refresh"></head><body><article><h1>Pixel page</h1>
       <img src="/track/img" onerror="fetch('/track/onerror')"><iframe src="/track/frame"></iframe><video src="/track/video" poster="/track/poster"></video>
       <object data="/track/object"></object><p>${'A paragraph of the story, long enough to be an article. '.repeat(12)}</p>
       <a href="javascript:fetch('/track/js')">js</a> <a href="command:workbench.action.terminal.new">cmd</a></article></body></html>`,
    ],
  });
});
afterAll(() => server.close());

const failure = async (url: string): Promise<FetchError> => {
  try {
    await fetchWebSource(url, LIMITS);
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error(`${url} did not fail`);
};

describe('fetching a page', () => {
  it('reads a news page: the article, its date, title and outlet', async () => {
    const web = await fetchWebSource(`${server.base}/news/storm-elna`, LIMITS);
    expect(web.fileName).toBe('storm-elna-leaves-14-dead-in-port-averill.txt');
    const lines = web.text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['Date: 2031-04-12', `Source: ${server.base}/news/storm-elna`, 'Storm Elna leaves 14 dead in Port Averill', '']);
    expect(web.text).toContain('At least 14 people were killed');
    expect(web.text).not.toMatch(/cookies|Related stories|My cousin|2,315 shares/);
    expect(web.article.metadata.outlet).toBe('Coastal News Network');
  });

  it('reads a UTF-8 page whose header and <meta> both say ISO-8859-1', async () => {
    const web = await fetchWebSource(`${server.base}/lie`, LIMITS);
    expect(web.text).toContain('Médecins du Monde est arrivée à São Brás');
    expect(web.text).not.toContain('Ã');
  });

  it('follows a redirect and names the final address as the source', async () => {
    const web = await fetchWebSource(`${server.base}/moved`, LIMITS);
    expect(web.finalUrl).toBe(`${server.base}/news/storm-elna`);
    expect(web.text).toContain(`Source: ${server.base}/news/storm-elna\n`);
  });

  it('decompresses gzip', async () => {
    expect((await fetchWebSource(`${server.base}/gzip`, LIMITS)).text).toContain('risen to 19');
  });

  it.each([
    ['/nowhere', 'http', /answered 404 \(not found\)/],
    ['/data.json', 'not-html', /not a web page: .* is application\/json/],
    ['/paywall', 'too-short', /only \d+ characters of article text .*paywall/],
    ['/huge', 'too-large', /larger than 1 MB/],
    ['/huge-declared', 'too-large', /larger than 1 MB/],
    ['/loop', 'redirects', /more than 3 redirects/],
    ['/to-file', 'url', /redirects to a file: address, refused/],
  ])('%s fails as %s with a clear message', async (path, kind, message) => {
    const error = await failure(`${server.base}${path}`);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it('gives up on a server that never answers, on time', async () => {
    const started = Date.now();
    const error = await failure(`${server.base}/hang`);
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/no answer from 127\.0\.0\.1:\d+ within 1\.5 s/);
    expect(Date.now() - started).toBeLessThan(LIMITS.timeoutMs + 1000);
  });

  it('says so when nothing listens (offline, refused)', async () => {
    const closed = await startWebServer();
    const base = closed.base;
    await closed.close();
    const error = await failure(`${base}/news/storm-elna`);
    expect(error.kind).toBe('offline');
    expect(error.message).toMatch(/refused the connection/);
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/a.html', 'javascript:alert(1)', 'command:workbench.action.quit', 'data:text/html,<p>x</p>', 'vscode://file/etc/passwd', 'not a url', 'https://user:pw@example.com/'])(
    'refuses %s before any request',
    async (url) => {
      const before = server.requests.length;
      await expect(fetchPage(url, LIMITS)).rejects.toMatchObject({ kind: 'url' });
      expect(server.requests.length).toBe(before);
    },
  );

  it('tells URLs from file names on the command line', () => {
    expect(['https://a.example/x', 'http://a', 'file:///x', 'report.txt', 'C:\\x.txt', 'dir/'].map(looksLikeUrl)).toEqual([true, true, true, false, false, false]);
    expect(parseWebUrl(' https://a.example/x ').href).toBe('https://a.example/x');
  });

  it('validates what is typed in the input box', () => {
    expect(urlProblem('https://news.example/story')).toBeUndefined();
    expect(urlProblem('')).toMatch(/Type or paste/);
    expect(urlProblem('news.example/story')).toMatch(/not a web address/);
    expect(urlProblem('file:///C:/secret.html')).toMatch(/only http:\/\/ and https:\/\//);
  });
});

describe('a parsed page never runs or loads anything', () => {
  it('makes no request for its scripts, styles, images, frames, refreshes or links', async () => {
    const web = await fetchWebSource(`${server.base}/tracker-page`, LIMITS);
    const page = await fetchPage(`${server.base}/tracker-page`, LIMITS);
    htmlSourceText(new TextDecoder().decode(page.bytes));
    extractArticle(new TextDecoder().decode(page.bytes));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.requests.filter((p) => p.startsWith('/track/'))).toEqual([]);
    expect(web.text).not.toMatch(/javascript:|command:|fetch\(/);
    expect(web.text).toContain('A paragraph of the story');
  });
});

describe('file names', () => {
  it('makes a slug of the headline, else of the address', () => {
    expect(slugFor('Storm Elna: 14 dead — “worst in decades”', 'https://x.example/a')).toBe('storm-elna-14-dead-worst-in-decades');
    expect(slugFor('Médecins à São Brás', 'https://x.example/a')).toBe('medecins-a-sao-bras');
    expect(slugFor('日本', 'https://news.example/2031/04/quake')).toBe('news-example-2031-04-quake');
    expect(slugFor(undefined, 'https://x.example/').length).toBeGreaterThan(0);
    expect(slugFor('word '.repeat(40), 'https://x.example/').length).toBeLessThanOrEqual(60);
  });

  it('never takes a name that exists', async () => {
    const taken = new Set(['a.txt', 'a-2.txt']);
    expect(await freeName('a.txt', (n) => taken.has(n))).toBe('a-3.txt');
    expect(await freeName('b.txt', (n) => taken.has(n))).toBe('b.txt');
  });
});
