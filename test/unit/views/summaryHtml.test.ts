// The summary webview's HTML: the model laid out (sources, matrix, findings, timeline, single
// source, textual), article text inert whatever it contains, a strict CSP with a nonce, and jump
// buttons whose data attributes name exactly the span of the cell.
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../src/views/summary';
import { renderPendingBody, renderSummaryBody } from '../../../src/views/summaryHtml';
import { contentSecurityPolicy, renderSummaryPage } from '../../../src/views/summaryPage';
import { analysis, claim, event, figure, sourceSet } from '../core/builders';
import { storySet } from '../core/storySet';

const NONCE = 'AbCdEfGhIjKlMnOpQrStUv0123456789+/==';
const CSP_SOURCE = 'https://*.vscode-cdn.net';

/** Every tag name in the markup, and every attribute name inside a tag. */
function markup(html: string): { tags: Set<string>; attributes: Set<string> } {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    tags.add(m[1]!.toLowerCase());
    // Quoted values are text (escaped); only the names between them are attributes.
    const names = m[2]!.replace(/"[^"]*"/g, '""');
    expect(names, 'every attribute value is quoted').not.toMatch(/=[^"]/);
    for (const a of names.matchAll(/\s([a-zA-Z-]+)(?==)/g)) attributes.add(a[1]!.toLowerCase());
  }
  return { tags, attributes };
}

/** Attribute values of `name` on the jump buttons, in document order. */
function buttons(html: string): { source: string; start: number; end: number; text: string; className: string }[] {
  return [...html.matchAll(/<button type="button" class="([^"]*)" data-source="([^"]*)" data-start="(\d+)" data-end="(\d+)" title="[^"]*">([^<]*)<\/button>/g)].map(
    (m) => ({ className: m[1]!, source: m[2]!, start: Number(m[3]), end: Number(m[4]), text: m[5]! }),
  );
}

describe('renderSummaryBody', () => {
  const { set, analysis: a } = storySet();
  const model = buildSummary(a, { texts: set.texts });
  const body = renderSummaryBody(model);

  it('shows every section of the model', () => {
    for (const heading of ['Sources', 'Agreement matrix', 'Conflicts and discrepancies', 'Timeline', 'Reported by only one source', 'Textual discrepancies']) {
      expect(body).toContain(`<h2>${heading}</h2>`);
    }
    // the date conflict in the timeline counts as a conflict too
    expect(body).toContain('2 conflicts · 1 discrepancy · 1 agreement');
    expect(body).toContain('Hegseth visits Tokyo');
    expect(body).toContain('2025-03-30 <span class="muted">(inferred)</span>');
    expect(body).toContain('Troops in Japan</strong>: 001 says 50,000; 000 and 004 say about 53,000; 002 and 003 say more than 50,000');
    expect(body).toContain('Memorial ceremony on Iwo Jima');
    expect(body).toContain('dates differ: 001 says March 30; 003 says March 29');
    expect(body).toContain('&#39;Hegsett&#39; once in 002');
  });

  it('lays out the matrix: conflicts first, one column per source, blank where silent, outlier marked', () => {
    const rows = [...body.matchAll(/<tr class="row v-(\w+)" data-claim="([^"]+)">(.*?)<\/tr>/g)];
    expect(rows.map((r) => [r[2], r[1]])).toEqual([
      ['ships', 'conflict'],
      ['troops-in-japan', 'discrepancy'],
      ['host-payment', 'agree'],
    ]);
    const troops = rows[1]![3]!;
    const cells = [...troops.matchAll(/<td class="cell([^"]*)"[^>]*>(.*?)<\/td>/g)];
    expect(cells).toHaveLength(5);
    expect(cells.map((c) => c[1]!.trim())).toEqual(['v-discrepancy', 'v-discrepancy outlier', 'v-discrepancy', 'v-discrepancy', 'v-discrepancy']);
    expect(buttons(troops).map((b) => b.text)).toEqual(['roughly 53,000', '50,000', 'More than 50.000', 'Over 50,000', 'About 53,000']);
    const payment = rows[2]![3]!;
    expect(payment.match(/<td class="cell silent"/g)).toHaveLength(3);
  });

  it('gives every matrix cell the source id and the exact offsets of its span', () => {
    for (const row of model.rows) {
      const html = body.match(new RegExp(`<tr class="row[^"]*" data-claim="${row.claim}">(.*?)</tr>`))![1]!;
      const fills = buttons(html).filter((b) => b.className === 'jump fill');
      const cells = row.cells.filter((c) => c !== undefined);
      expect(fills).toHaveLength(cells.length);
      fills.forEach((b, i) => {
        const cell = cells[i]!;
        expect(b).toMatchObject({ source: cell.source, start: cell.span.start, end: cell.span.end });
        expect(set.texts.get(b.source)!.slice(b.start, b.end)).toBe(cell.phrase);
      });
    }
  });

  it('makes timeline, single-source and textual mentions jump to their spans too', () => {
    const all = buttons(body);
    const memorial = all.filter((b) => set.texts.get(b.source)!.slice(b.start, b.end) === 'On Saturday');
    expect(memorial.map((b) => b.source)).toEqual(['001.txt', '002.txt']);
    expect(all.some((b) => b.text === 'less than 70 miles from Taiwan')).toBe(true);
    expect(all.filter((b) => set.texts.get(b.source)!.slice(b.start, b.end) === 'Hegsett').map((b) => b.text)).toEqual(['002']);
  });

  it('says so while the analysis is pending', () => {
    expect(renderPendingBody()).toContain('analysing');
  });
});

describe('untrusted article text in the summary webview', () => {
  const hostile =
    'Officials said <script>alert(1)</script> &amp; &lt;b&gt; [x](command:foo) <a href="javascript:alert(3)">j</a> ' +
    'javascript:alert(4) "quoted" \'single\' `tick` \u202Eevil\u2066x\u2069\u200Bzero\uFEFF';
  const set = sourceSet(
    {
      h: `${hostile}\n12 ships <img src=x onerror=alert(2)> were seen on Monday.`,
      k: '15 ships" onclick="alert(5) were seen.',
    },
    { h: { title: hostile, referenceDate: '2025-01-01', referenceDateInferred: true } },
  );
  const ships = [
    figure(set, { source: 'h.txt', phrase: '12 ships <img src=x onerror=alert(2)>', number: '12', value: 12, counted: 'ships' }),
    figure(set, { source: 'k.txt', phrase: '15 ships" onclick="alert(5)', number: '15', value: 15, counted: 'ships' }),
  ];
  const a = analysis(set, {
    claims: [claim('ships', 'ships <b>seen</b>', 'conflict', ships, ships, '[x](command:foo) <script>alert(6)</script>')],
    timeline: [event(set, 't', '2025-01-06', hostile, [{ source: 'h.txt', phrase: 'Monday' }])],
  });
  const body = renderSummaryBody(buildSummary(a, { texts: set.texts }));
  const page = renderSummaryPage(body, { cspSource: CSP_SOURCE, nonce: NONCE });

  it('only our own tags and attributes appear: no script, image, link or event handler from the article', () => {
    const { tags, attributes } = markup(body);
    const allowed = ['header', 'h1', 'h2', 'h3', 'p', 'section', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'span', 'strong', 'button'];
    expect([...tags].filter((t) => !allowed.includes(t))).toEqual([]);
    expect([...attributes].filter((x) => !['id', 'class', 'scope', 'title', 'type', 'data-source', 'data-start', 'data-end', 'data-claim', 'aria-label'].includes(x))).toEqual([]);
  });

  it('shows the article characters as text', () => {
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // An entity in the article shows as the entity's text, not the character it names.
    expect(body).toContain('&amp;amp; &amp;lt;b&amp;gt;');
    expect(body).toContain('[x](command:foo)');
    expect(body).toContain('&lt;a href=&quot;javascript:alert(3)&quot;&gt;j&lt;/a&gt; javascript:alert(4)');
    expect(body).toContain('&quot;quoted&quot; &#39;single&#39; &#96;tick&#96;');
    expect(body).toContain('12 ships &lt;img src=x onerror=alert(2)&gt;');
    expect(body).toContain('Ships &lt;b&gt;seen&lt;/b&gt;');
    // A quote in a title attribute cannot end the attribute.
    expect(body).toContain('15 ships&quot; onclick=&quot;alert(5)');
  });

  it('strips bidi controls and zero-width characters', () => {
    expect(body).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/);
    expect(body).toContain('evilxzero');
  });

  it('the page has a strict CSP with the nonce, and nothing runs without it', () => {
    const csp = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    expect(csp).toBe(`default-src 'none'; style-src ${CSP_SOURCE} 'nonce-${NONCE}'; script-src 'nonce-${NONCE}';`.replace(/'/g, '&#39;'));
    expect(page).not.toContain('unsafe-inline');
    expect(page).not.toContain('unsafe-eval');
    const scripts = [...page.matchAll(/<script([^>]*)>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toBe(` nonce="${NONCE}"`);
    expect(page.match(/<style([^>]*)>/)![1]).toBe(` nonce="${NONCE}"`);
    expect(page).not.toMatch(/https?:\/\/(?!\*\.vscode-cdn\.net)/);
    const { tags, attributes } = markup(page);
    expect([...attributes].filter((x) => x.startsWith('on') || x === 'href' || x === 'src')).toEqual([]);
    expect([...tags].filter((t) => ['iframe', 'img', 'a', 'link', 'object', 'embed', 'base', 'form'].includes(t))).toEqual([]);
  });

  it('refuses a weak nonce or a cspSource that could end the directive', () => {
    expect(() => contentSecurityPolicy(CSP_SOURCE, 'short')).toThrow();
    expect(() => contentSecurityPolicy(CSP_SOURCE, "abcdefghijklmnop'; script-src *")).toThrow();
    expect(() => contentSecurityPolicy("x; script-src 'unsafe-inline'", NONCE)).toThrow();
    expect(() => contentSecurityPolicy("'unsafe-inline'", NONCE)).toThrow();
    // What VS Code passes today.
    expect(contentSecurityPolicy("'self' https://*.vscode-cdn.net", NONCE)).toContain("style-src 'self' https://*.vscode-cdn.net 'nonce-");
  });
});
