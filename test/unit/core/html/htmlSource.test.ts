// An .html file as a source: its article is analysed and every span points into the HTML at the
// characters it was read from (so a diagnostic selects the figure in the page's source).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, articleAsText, decodePage, htmlSourceText, type Source } from '../../../../src/core';

const FIXTURES = join(__dirname, '../../../fixtures/web');
const NAMES = ['coastal-news.html', 'harbour-daily.html', 'utf8-meta-lie.html'];
const html = (name: string) => decodePage(readFileSync(join(FIXTURES, name))).text;

/** The HTML of a range as text: tags dropped, the character references the fixtures use decoded. */
const asText = (s: string) =>
  s.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, '\u00a0').replace(/&rsquo;/g, '’').replace(/&euro;/g, '€').replace(/&ldquo;/g, '“').replace(/&rdquo;/g, '”').replace(/&middot;/g, '·');

describe('htmlSourceText', () => {
  it.each(NAMES)('places every character of %s where the page has it', (name) => {
    const page = html(name);
    const mapped = htmlSourceText(page);
    expect(mapped.text).toBe(articleAsText(mapped.article));
    let placed = 0;
    for (let i = 0; i < mapped.text.length; i++) {
      const c = mapped.text[i]!;
      const source = page.slice(mapped.starts[i], mapped.ends[i]);
      if (mapped.starts[i] === mapped.ends[i]) continue; // a separator or a label
      placed++;
      if (/\s/.test(c)) expect(source).toMatch(/^(?:\s|&nbsp;)$/);
      else expect(asText(source)).toBe(c);
    }
    // all but the blank lines and the "Date: " label
    const unplaced = mapped.text.length - placed;
    expect(unplaced).toBeLessThan(mapped.article.paragraphs.length * 2 + 10);
  });

  it('puts the headline on the <h1>, not on the <title> in the head', () => {
    const page = html('coastal-news.html');
    const mapped = htmlSourceText(page);
    const line = mapped.text.indexOf('Storm Elna leaves');
    expect(mapped.starts[line]).toBeGreaterThan(page.indexOf('<h1>'));
  });
});

describe('an HTML source in the analysis', () => {
  const sources: Source[] = NAMES.slice(0, 2).map((name) => ({ id: name, uri: name, text: html(name), format: 'html' }));
  const analysis = analyze(sources);
  const textOf = (id: string) => sources.find((s) => s.id === id)!.text;

  it('finds the figures of the article and not of the furniture', () => {
    const stated = [...analysis.claims, ...analysis.singleSource].flatMap((c) => c.figures.map((f) => `${f.source}: ${f.text}`));
    expect(stated).toContain('coastal-news.html: 14');
    expect(stated).toContain('coastal-news.html: 850 residents');
    expect(stated).toContain('harbour-daily.html: 19');
    for (const furniture of ['2,315', '48', '40 people', '123,456', '12 partners']) expect(stated.join('\n')).not.toContain(furniture);
  });

  it('points every figure, diagnostic and timeline mention at its characters in the HTML', () => {
    const figures = [...analysis.claims, ...analysis.singleSource].flatMap((c) => c.figures);
    expect(figures.length).toBeGreaterThan(5);
    for (const f of figures) expect(asText(textOf(f.source).slice(f.span.start, f.span.end)).replace(/\s+/g, ' ')).toBe(f.text.replace(/\s+/g, ' '));
    expect(analysis.diagnostics.length).toBeGreaterThan(0);
    for (const d of analysis.diagnostics) {
      expect(d.end).toBeGreaterThan(d.start);
      expect(asText(textOf(d.source).slice(d.start, d.end))).toMatch(/\d/);
      for (const r of d.related) expect(r.end).toBeGreaterThan(r.start);
    }
    for (const m of analysis.timeline.flatMap((e) => e.mentions)) expect(asText(textOf(m.source).slice(m.start, m.end))).toBe(m.text);
  });

  it('reads the same figures as the saved .txt of the same page', () => {
    const asTxt = analyze(NAMES.slice(0, 2).map((name) => ({ id: name, uri: name, text: articleAsText(htmlSourceText(html(name)).article) })));
    const read = (a: typeof analysis) => a.claims.map((c) => `${c.verdict} ${c.figures.map((f) => `${f.source}:${f.text}=${f.value}`).join(', ')}`).sort();
    expect(read(analysis)).toEqual(read(asTxt));
    expect(analysis.sources.map((s) => [s.title, s.referenceDate, s.referenceDateHow])).toEqual([
      ['Storm Elna leaves 14 dead in Port Averill', '2031-04-12', "the page's article:published_time"],
      ['Death toll from Storm Elna rises to 19', '2031-04-13', "the page's JSON-LD datePublished"],
    ]);
    // the size is the HTML file's
    expect(analysis.sources[0]!.chars).toBe(textOf('coastal-news.html').length);
  });

  it('skips a page with no article text, with a reason', () => {
    const empty = analyze([{ id: 'e.html', uri: 'e.html', text: '<html><body><script>var x = 1;</script></body></html>', format: 'html' }, sources[0]!]);
    expect(empty.sources[0]!.skipped).toMatch(/no article text/);
  });
});
