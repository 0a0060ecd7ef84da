// An article as Crosscheck reads it: a few labelled lines (the reference date, the address, the
// headline), a blank line, then the paragraphs. The same layout is what "Add Source from URL"
// saves as a .txt and what an .html source is analysed as, so both read alike.
import { extractArticle, type PageArticle } from './extract';
import { type MappedText, MappedTextBuilder } from './sourceMap';
import { type VisibleText, visibleText } from './visibleText';

/** The plain-text file for a fetched page: `Date:`, `Source:`, the title, then the article. */
export function articleAsText(article: PageArticle, url?: string): string {
  const head = [
    ...(article.metadata.date ? [`Date: ${article.metadata.date}`] : []),
    ...(url ? [`Source: ${url}`] : []),
    ...(article.title ? [article.title] : []),
  ];
  return `${[...(head.length ? [head.join('\n')] : []), ...article.paragraphs].join('\n\n')}\n`;
}

/** An HTML file as a source: the article's text, and where each of its characters is in the HTML. */
export interface HtmlSourceText extends MappedText {
  article: PageArticle;
}

/** Where the <body> starts in the visible text (0 when there is no <body> tag). */
function bodyStart(html: string, visible: VisibleText): number {
  const at = html.search(/<body[\s>]/i);
  if (at < 0) return 0;
  let lo = 0;
  let hi = visible.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (visible.starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function htmlSourceText(html: string): HtmlSourceText {
  const article = extractArticle(html);
  const visible = visibleText(html);
  const out = new MappedTextBuilder(visible);
  const { date, dateRaw } = article.metadata;
  let any = false;
  const separate = (sep: string) => {
    if (any) out.plain(sep);
    any = true;
  };
  if (date) {
    separate('\n');
    out.plain('Date: ');
    // the date's characters are the stamp's own, where the page states it
    const at = dateRaw ? html.indexOf(dateRaw) : -1;
    if (at >= 0 && html.startsWith(date, at)) out.literal(date, at);
    else out.plain(date);
  }
  if (article.title) {
    separate('\n');
    // the headline of the body (an <h1>) rather than the <title> in the head, when both are there
    out.visibleText(article.title, bodyStart(html, visible));
  }
  let cursor = 0;
  for (const paragraph of article.paragraphs) {
    separate('\n\n');
    cursor = out.visibleText(paragraph, cursor);
  }
  if (any) out.plain('\n');
  return { ...out.build(), article };
}

/** 'html' for a path or URI naming a web page file (.html, .htm, .xhtml), else undefined (plain text). */
export function sourceFormatOf(path: string): 'html' | undefined {
  return /\.(?:html?|xhtml)$/i.test(path.replace(/[?#].*$/, '')) ? 'html' : undefined;
}
