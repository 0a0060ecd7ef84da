// A web page as a source the reader keeps: fetched (fetchPage.ts), decoded, its article extracted
// (src/core/html/), and laid out as the .txt that is saved (`Date:`, `Source:`, the title, the text).
import { articleAsText, decodePage, extractArticle, type PageArticle } from '../core';
import { type FetchLimits, DEFAULT_LIMITS, FetchError, fetchPage } from './fetchPage';

/** Less article text than this is not an article: a paywall, a consent wall, or text built by scripts. */
export const MIN_ARTICLE_CHARS = 300;

export interface WebSource {
  /** The address asked for, and the one the page came from after redirects. */
  url: string;
  finalUrl: string;
  article: PageArticle;
  /** The file's content. */
  text: string;
  /** A file name for it: the headline as a slug, `.txt`. */
  fileName: string;
}

/** A file-name slug: lower-case ASCII words joined by '-', at most 60 characters; never empty. */
export function slugFor(title: string | undefined, url: string): string {
  const fromUrl = () => {
    try {
      const u = new URL(url);
      return `${u.hostname} ${u.pathname}`;
    } catch {
      return url;
    }
  };
  const words = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  let slug = words(title ?? '') || words(fromUrl()) || 'page';
  if (slug.length > 60) slug = slug.slice(0, 60).replace(/-[^-]*$/, '') || slug.slice(0, 60);
  return slug;
}

/** Reads the article of a page's bytes; throws FetchError('too-short') when there is hardly any text. */
export function webSourceFrom(url: string, finalUrl: string, bytes: Uint8Array, contentType?: string): WebSource {
  const article = extractArticle(decodePage(bytes, contentType).text);
  const chars = article.paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars < MIN_ARTICLE_CHARS) {
    throw new FetchError(
      'too-short',
      `only ${chars} characters of article text at ${finalUrl}: a paywall, a cookie or login wall, or a page that builds its text with scripts (save the page from the browser instead)`,
    );
  }
  return { url, finalUrl, article, text: articleAsText(article, finalUrl), fileName: `${slugFor(article.title, finalUrl)}.txt` };
}

/** Fetches `url` and reads its article. */
export async function fetchWebSource(url: string, limits: FetchLimits = DEFAULT_LIMITS, signal?: AbortSignal): Promise<WebSource> {
  const page = await fetchPage(url, limits, signal);
  return webSourceFrom(url, page.url, page.bytes, page.contentType);
}

/** `name`, or `name-2`, `name-3`… : the first that `exists` says is free (a file is never overwritten). */
export async function freeName(fileName: string, exists: (name: string) => boolean | Promise<boolean>): Promise<string> {
  const dot = fileName.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? fileName : `${stem}-${i}${ext}`;
    if (!(await exists(candidate))) return candidate;
  }
}
