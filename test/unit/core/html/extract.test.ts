// The article of a page that looks like the web: the story's paragraphs, none of the furniture
// around it (navigation, cookie banner, share bar, related stories, comments, footer, scripts),
// and the page's own metadata for the date, the headline and the outlet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleAsText, extractArticle } from '../../../../src/core';

const FIXTURES = join(__dirname, '../../../fixtures/web');
const page = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('extractArticle', () => {
  it('keeps the story and drops the furniture of a news page', () => {
    const article = extractArticle(page('coastal-news.html'));
    const text = article.paragraphs.join('\n');
    expect(article.readable).toBe(true);
    expect(article.paragraphs).toHaveLength(4);
    expect(text).toContain('At least 14 people were killed when Storm Elna struck');
    // character references decoded
    expect(text).toContain('160 km/h'); // a no-break space is a space, as in the visible text
    expect(text).toContain('the town’s only hospital');
    expect(text).toContain('an estimated €45 million');
    for (const furniture of ['We use cookies', 'Accept all', 'World', 'Related stories', 'Floods cost region', 'My cousin says', 'Comments (48)', '2,315 shares', 'tracking', 'All rights reserved', 'dataLayer', '300px']) {
      expect(text).not.toContain(furniture);
    }
  });

  it('drops a consent banner even from a short article, and keeps a long block that only mentions cookies', () => {
    const story = 'The harbour authority said 1,200 ships called at the port last year, up from 950 the year before, and it expects more. ';
    const page = (banner: string) => `<html><body><div class="cookie-consent"><p>${banner}</p><button>Accept</button></div><article><h1>Port traffic</h1><p>${story}</p></article></body></html>`;
    const short = extractArticle(page('We use cookies to improve your experience.'));
    expect(short.paragraphs.join(' ')).not.toMatch(/cookies/);
    expect(short.paragraphs.join(' ')).toMatch(/1,200 ships/);
    const recipe = extractArticle(`<html><body><article class="cookie-recipe"><p>${'Bake 24 cookies at 180 degrees for 12 minutes, then let them cool on a rack. '.repeat(12)}</p></article></body></html>`);
    expect(recipe.paragraphs.join(' ')).toMatch(/24 cookies/);
  });

  it('reads the metadata the page gives', () => {
    expect(extractArticle(page('coastal-news.html')).metadata).toEqual({
      date: '2031-04-12',
      dateFrom: 'article:published_time',
      dateRaw: '2031-04-12T18:40:00+02:00',
      title: 'Storm Elna leaves 14 dead in Port Averill',
      outlet: 'Coastal News Network',
      url: 'https://coastal-news.example/2031/04/12/storm-elna-port-averill',
    });
    // JSON-LD in an array, a schema.org subtype; its headline rather than a <title> with the outlet's name appended
    expect(extractArticle(page('harbour-daily.html')).metadata).toMatchObject({ date: '2031-04-13', dateFrom: 'JSON-LD datePublished', title: 'Death toll from Storm Elna rises to 19', outlet: 'The Harbour Daily' });
  });

  const doc = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const story = '<p>' + 'The council met on Tuesday and approved the new harbour budget after a long debate. '.repeat(5) + '</p>';
  it.each([
    ['article:published_time before JSON-LD', doc('<meta property="article:published_time" content="2031-01-02T23:30:00-05:00"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2031-01-05"}</script>', story), '2031-01-02', 'article:published_time'],
    ['JSON-LD @graph', doc('<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2031-02-03T10:00:00Z"}]}</script>', story), '2031-02-03', 'JSON-LD datePublished'],
    ['malformed JSON-LD is ignored', doc('<script type="application/ld+json">{"datePublished": "2031-</script>', `<article><time datetime="2031-03-04">4 March</time>${story}</article>`), '2031-03-04', '<time datetime>'],
    ["the article's <time> before the page's", doc('', `<aside><time datetime="2030-12-31">old</time></aside><article><time datetime="2031-03-05T08:00">5 March</time>${story}</article>`), '2031-03-05', '<time datetime>'],
    ['a <time> that is not a date is passed over', doc('', `<article><time datetime="PT2M">2 min read</time><time datetime="2031-03-06">6 March</time>${story}</article>`), '2031-03-06', '<time datetime>'],
    ['a date <meta>', doc('<meta name="date" content="2031-03-07">', story), '2031-03-07', 'a date <meta>'],
  ])('takes the date from %s', (_what, html, date, from) => {
    expect(extractArticle(html).metadata).toMatchObject({ date, dateFrom: from });
  });

  it('has no date when the page gives none, and never an impossible one', () => {
    expect(extractArticle(doc('', story)).metadata.date).toBeUndefined();
    expect(extractArticle(doc('<meta property="article:published_time" content="2031-13-45">', story)).metadata.date).toBeUndefined();
  });

  it('prefers og:title, then <title>; takes the outlet from og:site_name, else JSON-LD publisher', () => {
    expect(extractArticle(doc('<title>Page | Site</title><meta property="og:title" content="The headline">', story)).title).toBe('The headline');
    expect(extractArticle(doc('<title>Only a title</title>', story)).title).toBe('Only a title');
    expect(extractArticle(doc('<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Valley Post"}}</script>', story)).metadata.outlet).toBe('Valley Post');
  });

  it('never throws on broken or empty markup', () => {
    for (const html of ['', '<', '<html><body><p>unclosed <b>bold <i>both</p>', '<<<>>>&&&;;', '\u0000\u0001 binary-ish', '<script>never closed']) {
      expect(() => extractArticle(html)).not.toThrow();
    }
  });

  it('lays the article out as Date:, Source:, title, then paragraphs', () => {
    const article = extractArticle(page('coastal-news.html'));
    const text = articleAsText(article, 'https://coastal-news.example/a');
    expect(text.split('\n').slice(0, 5)).toEqual(['Date: 2031-04-12', 'Source: https://coastal-news.example/a', 'Storm Elna leaves 14 dead in Port Averill', '', article.paragraphs[0]]);
    expect(text.endsWith(`${article.paragraphs.at(-1)}\n`)).toBe(true);
  });
});

describe('article text', () => {
  it('never carries control characters (a NUL would make the saved file look binary)', () => {
    const article = extractArticle(`<html><body><article><p>${'Rain fell\u0000 all\u0007 night in the valley. '.repeat(12)}</p></article></body></html>`);
    expect(article.paragraphs.join('')).not.toMatch(/[\u0000-\u0008\u000e-\u001f]/);
    expect(article.paragraphs[0]).toContain('Rain fell all night');
  });
});
