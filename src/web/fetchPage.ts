// Fetches one web page for "Add Source from URL" and the CLI's URL inputs: http and https only,
// with a deadline, a size limit and a redirect limit, and one clear sentence for each way it can
// fail. Node's http/https modules: in VS Code's extension host these are the ones VS Code patches
// with its proxy and certificate settings, so the editor fetches through VS Code's network stack.
// Nothing here runs or loads anything from the page; the caller only reads its text.
import * as http from 'node:http';
import * as https from 'node:https';
import * as zlib from 'node:zlib';

export interface FetchLimits {
  /** Whole request (connect, redirects, body), in ms. */
  timeoutMs: number;
  /** Largest body accepted, in bytes (after decompression). */
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export type FetchFailure = 'url' | 'offline' | 'timeout' | 'http' | 'not-html' | 'too-large' | 'redirects' | 'too-short';

/** A fetch that did not give a usable page; `message` is one sentence for the reader. */
export class FetchError extends Error {
  constructor(
    readonly kind: FetchFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface FetchedPage {
  /** The address the page was finally read from (after redirects). */
  url: string;
  bytes: Uint8Array;
  contentType?: string;
}

/** The URL when it is an absolute http(s) address, else a FetchError('url'). */
export function parseWebUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new FetchError('url', `not a web address: ${input} (give a full http:// or https:// URL)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('url', `only http:// and https:// addresses can be fetched, not ${url.protocol}`);
  }
  if (url.username || url.password) throw new FetchError('url', 'addresses with a user name or password are refused');
  return url;
}

/** The input box's message for a typed address, or undefined when it can be fetched. */
export function urlProblem(value: string): string | undefined {
  if (!value.trim()) return 'Type or paste the address of a web page (https://…).';
  try {
    parseWebUrl(value);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Whether a command-line argument is meant as a web address (then it must be a valid one). */
export function looksLikeUrl(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;
const NETWORK_DOWN = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);

function describeNetworkError(error: NodeJS.ErrnoException, url: URL): FetchError {
  if (error.code && NETWORK_DOWN.has(error.code)) return new FetchError('offline', `cannot reach ${url.host}: offline, or no such host (${error.code})`);
  if (error.code === 'ECONNREFUSED') return new FetchError('offline', `${url.host} refused the connection`);
  if (error.code === 'ECONNRESET') return new FetchError('offline', `${url.host} closed the connection`);
  if (error.code?.startsWith('ERR_TLS') || error.code?.includes('CERT')) return new FetchError('offline', `secure connection to ${url.host} failed (${error.code})`);
  return new FetchError('offline', `cannot fetch ${url.href}: ${error.message}`);
}

/** One request, no redirects followed: the response, or the redirect target. */
function request(url: URL, limits: FetchLimits, deadline: number, signal?: AbortSignal): Promise<FetchedPage | { redirect: string }> {
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new FetchError('timeout', `no answer from ${url.host} within ${limits.timeoutMs / 1000} s`));
    const client = url.protocol === 'https:' ? https : http;
    const req = client.get(
      url,
      {
        headers: {
          'user-agent': 'Mozilla/5.0 (compatible; Crosscheck; +https://github.com/crosscheck)',
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
        },
        signal,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          return resolve({ redirect: res.headers.location });
        }
        if (status < 200 || status >= 300) {
          res.resume();
          const what = status === 404 ? 'not found' : status === 401 || status === 403 ? 'access refused' : status >= 500 ? 'server error' : res.statusMessage ?? '';
          return reject(new FetchError('http', `${url.href} answered ${status}${what ? ` (${what})` : ''}`));
        }
        const type = res.headers['content-type'];
        if (type && !HTML_TYPES.test(type)) {
          res.resume();
          return reject(new FetchError('not-html', `not a web page: ${url.href} is ${type.split(';')[0]}`));
        }
        const declared = Number(res.headers['content-length']);
        const tooLarge = () => new FetchError('too-large', `page larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB, refused: ${url.href}`);
        if (declared > limits.maxBytes && !res.headers['content-encoding']) {
          res.resume();
          return reject(tooLarge());
        }
        const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
        const body =
          encoding === 'gzip' || encoding === 'x-gzip' ? res.pipe(zlib.createGunzip()) :
          encoding === 'deflate' ? res.pipe(zlib.createInflate()) :
          encoding === 'br' ? res.pipe(zlib.createBrotliDecompress()) : res;
        const chunks: Buffer[] = [];
        let size = 0;
        body.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) {
            req.destroy(tooLarge());
            return;
          }
          chunks.push(chunk);
        });
        body.on('error', (error) => reject(error instanceof FetchError ? error : new FetchError('offline', `the page from ${url.host} could not be read: ${error.message}`)));
        body.on('end', () => resolve({ url: url.href, bytes: new Uint8Array(Buffer.concat(chunks)), ...(type ? { contentType: type } : {}) }));
      },
    );
    const timer = setTimeout(() => req.destroy(new FetchError('timeout', `no answer from ${url.host} within ${limits.timeoutMs / 1000} s`)), remaining);
    req.on('close', () => clearTimeout(timer));
    req.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error instanceof FetchError) reject(error);
      else if (error.name === 'AbortError') reject(new FetchError('timeout', 'cancelled'));
      else reject(describeNetworkError(error, url));
    });
  });
}

/** Fetches an http(s) page, following up to `maxRedirects` redirects (to http(s) only). */
export async function fetchPage(input: string, limits: FetchLimits = DEFAULT_LIMITS, signal?: AbortSignal): Promise<FetchedPage> {
  let url = parseWebUrl(input);
  const deadline = Date.now() + limits.timeoutMs;
  for (let hops = 0; ; hops++) {
    const result = await request(url, limits, deadline, signal);
    if (!('redirect' in result)) {
      // no Content-Type: accept what starts like HTML
      if (!result.contentType && !/^\s*(?:<!doctype html|<html|<head|<body|<!--)/i.test(new TextDecoder().decode(result.bytes.subarray(0, 512)))) {
        throw new FetchError('not-html', `not a web page: ${url.href} has no Content-Type and does not start like HTML`);
      }
      return result;
    }
    if (hops >= limits.maxRedirects) throw new FetchError('redirects', `more than ${limits.maxRedirects} redirects from ${input}`);
    let next: URL;
    try {
      next = new URL(result.redirect, url);
    } catch {
      throw new FetchError('url', `${url.href} redirects to an invalid address`);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new FetchError('url', `${url.href} redirects to a ${next.protocol} address, refused`);
    url = next;
  }
}
