// A local web server on 127.0.0.1 (a random free port) serving pages written to look like the web
// (test/fixtures/web/) and the ways real servers fail: a redirect, a redirect loop, a redirect to
// file://, a 404, a JSON answer, a page over the size limit, gzip, and one that never answers.
// It counts every request, so a test can see that extraction made none.
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIXTURES = join(__dirname, '../../fixtures/web');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

export interface WebServer {
  base: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Extra pages a test adds: path → [content type, body]. */
export type Pages = Record<string, [string, string | Buffer]>;

export async function startWebServer(extra: Pages = {}): Promise<WebServer> {
  const requests: string[] = [];
  const hanging = new Set<http.ServerResponse>();
  const html = (res: http.ServerResponse, body: Buffer | string, type = 'text/html; charset=utf-8') => {
    res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const page = extra[path];
    if (page) return html(res, page[1], page[0]);
    switch (path) {
      case '/news/storm-elna':
        return html(res, fixture('coastal-news.html'));
      case '/local/storm-elna-toll':
        return html(res, fixture('harbour-daily.html'));
      case '/lie':
        // UTF-8 bytes, and both the header and the <meta> say ISO-8859-1
        return html(res, fixture('utf8-meta-lie.html'), 'text/html; charset=ISO-8859-1');
      case '/paywall':
        return html(res, fixture('paywall.html'));
      case '/gzip': {
        const body = gzipSync(fixture('harbour-daily.html'));
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': body.length });
        return res.end(body);
      }
      case '/moved':
        res.writeHead(301, { location: '/news/storm-elna' });
        return res.end();
      case '/loop':
        res.writeHead(302, { location: '/loop' });
        return res.end();
      case '/to-file':
        res.writeHead(302, { location: 'file:///etc/passwd' });
        return res.end();
      case '/data.json':
        return html(res, '{"deaths": 14}', 'application/json');
      case '/huge': {
        // 8 MB of article-like text, streamed without a length
        res.writeHead(200, { 'content-type': 'text/html' });
        const para = `<p>${'The storm season brought more rain than any year on record. '.repeat(16)}</p>\n`;
        let sent = 0;
        const write = () => {
          while (sent < 8 * 1024 * 1024) {
            sent += para.length;
            if (!res.write(para)) return void res.once('drain', write);
          }
          res.end();
        };
        return write();
      }
      case '/huge-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': 50 * 1024 * 1024 });
        return res.end();
      case '/hang':
        // accepts the request and never answers
        hanging.add(res);
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/html' });
        return res.end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
