// What a page says about itself: when it was published, its headline and its outlet. Read from
// the markup publishers write for search engines and link previews (Open Graph, schema.org
// JSON-LD, <time datetime>), before Readability reshapes the document.
import type { DomDocument, DomElement } from './dom';

export interface PageMetadata {
  /** ISO YYYY-MM-DD, the publisher's own calendar day (the date part as written, no zone shift). */
  date?: string;
  /** Where the date was read, for the reader: "article:published_time". */
  dateFrom?: string;
  /** The attribute or JSON text the date was read from, to point at it in the file. */
  dateRaw?: string;
  title?: string;
  outlet?: string;
  /** The page's canonical address (og:url or <link rel=canonical>), when absolute http(s). */
  url?: string;
}

const meta = (doc: DomDocument, ...keys: string[]): string | undefined => {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
};

/** The calendar date an ISO-like stamp states: "2025-03-30T23:10:00-05:00" is 2025-03-30. */
export function isoDay(value: string): string | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y >= 1800 && y <= 2200 ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
  }
  return undefined;
}

/** Every object of a JSON-LD value (arrays and @graph flattened), depth-bounded. */
function ldObjects(value: unknown, depth = 0, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (depth > 6 || out.length > 200) return out;
  if (Array.isArray(value)) value.forEach((v) => ldObjects(v, depth + 1, out));
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    out.push(object);
    if (object['@graph']) ldObjects(object['@graph'], depth + 1, out);
  }
  return out;
}

const ARTICLE_TYPES = /article|posting|report|blog/i;

function jsonLd(doc: DomDocument): { date?: string; title?: string; outlet?: string } {
  const objects: Record<string, unknown>[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      ldObjects(JSON.parse(script.textContent ?? ''), 0, objects);
    } catch {
      // malformed JSON-LD is common; ignore that block
    }
  }
  // an article's own object first, then anything that carries a date
  const typeOf = (o: Record<string, unknown>) => String(o['@type'] ?? '');
  const ordered = [...objects.filter((o) => ARTICLE_TYPES.test(typeOf(o))), ...objects.filter((o) => !ARTICLE_TYPES.test(typeOf(o)))];
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const found: { date?: string; title?: string; outlet?: string } = {};
  for (const o of ordered) {
    found.date ??= str(o.datePublished) ?? str(o.dateCreated);
    found.title ??= str(o.headline);
    const publisher = o.publisher as Record<string, unknown> | undefined;
    found.outlet ??= str(publisher && typeof publisher === 'object' ? publisher.name : undefined);
  }
  return found;
}

function absoluteHttp(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The first <time datetime> of the article (an <article> element's, else the page's) that reads as a date. */
function timeElement(doc: DomDocument): string | undefined {
  const scopes: (DomElement | null)[] = [doc.querySelector('article'), doc.querySelector('main'), doc];
  for (const scope of scopes) {
    if (!scope) continue;
    const times = Array.from(scope.querySelectorAll('time[datetime]'));
    const first = times.map((t) => t.getAttribute('datetime') ?? '').find((v) => isoDay(v));
    if (first) return first;
  }
  return undefined;
}

export function readMetadata(doc: DomDocument): PageMetadata {
  const ld = jsonLd(doc);
  const result: PageMetadata = {};
  // the explicit publication stamps first; a <time> may be any time on the page
  const candidates: [string | undefined, string][] = [
    [meta(doc, 'article:published_time'), 'article:published_time'],
    [ld.date, 'JSON-LD datePublished'],
    [meta(doc, 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'parsely-pub-date', 'sailthru.date'), 'a date <meta>'],
    [timeElement(doc), '<time datetime>'],
  ];
  for (const [raw, from] of candidates) {
    const day = raw ? isoDay(raw) : undefined;
    if (day) {
      Object.assign(result, { date: day, dateFrom: from, dateRaw: raw });
      break;
    }
  }
  const title = meta(doc, 'og:title', 'twitter:title') ?? ld.title ?? doc.querySelector('title')?.textContent?.trim();
  if (title) result.title = title.replace(/\s+/g, ' ');
  const outlet = meta(doc, 'og:site_name', 'application-name') ?? ld.outlet;
  if (outlet) result.outlet = outlet.replace(/\s+/g, ' ');
  const url = absoluteHttp(meta(doc, 'og:url')) ?? absoluteHttp(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  if (url) result.url = url;
  return result;
}
