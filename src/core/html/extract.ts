// A page's article: Mozilla's Readability (the engine of Firefox's Reader View) on a linkedom DOM
// finds the main text and leaves the furniture (navigation, cookie banners, share bars,
// related-story lists, comments); this module turns its result into paragraphs of plain text.
// Why linkedom and not jsdom: docs/web-sources.md (same text on Readability's own test pages,
// about six times faster, no script engine or resource loader at all).
import { Readability } from '@mozilla/readability';
import { type DomDocument, type DomElement, type DomNode, ELEMENT_NODE, parsePage, TEXT_NODE } from './dom';
import { type PageMetadata, readMetadata } from './metadata';

export interface PageArticle {
  /** The headline: the page's og:title, else Readability's, else <title>. */
  title?: string;
  paragraphs: string[];
  metadata: PageMetadata;
  /** Whether Readability found an article (false: the page's body text was taken as it is). */
  readable: boolean;
}

// elements that break text into paragraphs
const BLOCKS = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);
// never text of the article, whatever Readability keeps
const DROP = 'script, style, noscript, template, iframe, object, embed, svg, math, form, button, input, select, textarea';
const SAFE_SCHEMES = /^(?:https?:|[^:]*$)/i; // http(s), or relative (no scheme)

/** Removes what must never survive from a page: scripts and embeds, and links that are not http(s). */
function disarm(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll('script:not([type="application/ld+json"]), iframe, object, embed, frame, frameset, base'))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]'))) {
    for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
      const value = el.getAttribute(name);
      // control characters and spaces inside a scheme ("java\tscript:") are ignored by browsers
      if (value !== null && !SAFE_SCHEMES.test(value.replace(/[\u0000-\u0020]/g, ''))) el.removeAttribute(name);
    }
  }
}

/** A consent or cookie banner names itself in its class or id; the article never does. */
const CONSENT = /cookie|consent|gdpr|cmp[-_]|privacy[-_]?banner/i;
/** Longer than this, a container is more than a banner (a page about cookies, say). */
const BANNER_MAX = 600;

/** Removes consent and cookie banners, which Readability may keep when the article is short. */
function dropConsentBanners(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (CONSENT.test(names) && (el.textContent ?? '').length <= BANNER_MAX) el.remove();
  }
}

/** The text of `root` as paragraphs: block elements and <br> end one; whitespace collapsed. */
export function paragraphsOf(root: DomNode): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    // control characters are never text (a NUL would make the saved file look binary)
    const p = current.replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
    if (p) out.push(p);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toLowerCase();
    if (DROP.split(', ').includes(name)) return;
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

/** Reads the article and the metadata of an HTML page. Never throws on bad markup. */
export function extractArticle(html: string): PageArticle {
  try {
    return readArticle(html);
  } catch {
    // markup the DOM cannot take at all: no article rather than a crash
    return { paragraphs: [], metadata: {}, readable: false };
  }
}

function readArticle(html: string): PageArticle {
  const doc = parsePage(html);
  const metadata = readMetadata(doc);
  disarm(doc);
  dropConsentBanners(doc);
  type Parsed = { title?: string | null; content?: DomElement | null } | null;
  let parsed: Parsed = null;
  try {
    // the serializer keeps the article as a DOM element, so no HTML is written and re-parsed
    parsed = new Readability(doc as never, { serializer: (node: unknown) => node as DomElement }).parse() as Parsed;
  } catch {
    parsed = null; // a page Readability cannot handle: fall back to the body text below
  }
  const readable = Boolean(parsed?.content);
  let paragraphs: string[];
  if (parsed?.content) paragraphs = paragraphsOf(parsed.content);
  else {
    // no article found: the body without the usual furniture containers
    const fallback = parsePage(html);
    for (const el of Array.from(fallback.querySelectorAll(`${DROP}, nav, header, footer, aside`))) el.remove();
    // (dropped containers' text is never the article)
    paragraphs = fallback.body ? paragraphsOf(fallback.body) : [];
  }
  const title = metadata.title ?? (parsed?.title?.trim() || undefined);
  // Readability usually drops the headline from the content; drop it when it did not
  if (title && paragraphs[0] === title) paragraphs = paragraphs.slice(1);
  return { ...(title ? { title } : {}), paragraphs, metadata, readable };
}
