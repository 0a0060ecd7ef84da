import { describe, it, expect } from 'vitest';
import { buildSummary } from '../../../src/views/summary';
import { renderMarkdown } from '../../../src/views/summaryMarkdown';
import { renderText } from '../../../src/views/summaryText';
import { wrap } from '../../../src/views/summaryText';
import { analysis, claim, event, figure, sourceSet } from '../core/builders';
import { storySet } from '../core/storySet';

describe('buildSummary', () => {
  const { set, analysis: a } = storySet();
  const model = buildSummary(a, { texts: set.texts });

  it('lists the sources with label, path, title (or first line), length and reference date', () => {
    expect(model.sources.map((s) => s.label)).toEqual(['000', '001', '002', '003', '004']);
    expect(model.sources[0]).toMatchObject({
      id: '000.txt',
      path: 'articles/000.txt',
      title: 'Hegseth visits Tokyo',
      referenceDate: '2025-03-30',
      referenceDateInferred: true,
      chars: set.texts.get('000.txt')!.length,
    });
    // No title from the core: the first non-empty line stands in.
    expect(model.sources[3]!.title).toBe('Over 50,000 U.S. troops are currently based there, Hegseth said.');
    expect(model.sources[4]).toMatchObject({ referenceDate: '2025-03-30', referenceDateInferred: false });
  });

  it('puts conflicts first, then discrepancies, then agreements', () => {
    expect(model.rows.map((r) => [r.claim, r.verdict])).toEqual([
      ['ships', 'conflict'],
      ['troops-in-japan', 'discrepancy'],
      ['host-payment', 'agree'],
    ]);
    expect(model.findings.map((r) => r.claim)).toEqual(['ships', 'troops-in-japan']);
    // One conflicting claim plus one event the sources date differently: both are conflicts.
    expect(model.counts).toEqual({ sources: 5, conflicts: 2, discrepancies: 1, agreements: 1, singleSourceFigures: 1, events: 3, textual: 1 });
  });

  it('has one cell per source, the value as written, blank where silent', () => {
    const troops = model.rows[1]!;
    expect(troops.cells.map((c) => c?.value)).toEqual(['roughly 53,000', '50,000', 'More than 50.000', 'Over 50,000', 'About 53,000']);
    expect(troops.cells.map((c) => c?.outlier)).toEqual([false, true, false, false, false]);
    const text001 = set.texts.get('001.txt')!;
    const cell = troops.cells[1]!;
    expect(text001.slice(cell.span.start, cell.span.end)).toBe('50,000 U.S. military personnel');
    expect(cell.phrase).toBe('50,000 U.S. military personnel');
    expect(cell).toMatchObject({ line: 1, column: 36 });
    const payment = model.rows[2]!;
    expect(payment.cells.map((c) => c?.value)).toEqual(['about $1.4 billion a year', undefined, undefined, undefined, 'an average of 211 billion yen each year']);
    // Line numbers count from the text: 000's figure is on its second line.
    expect(model.rows[1]!.cells[0]).toMatchObject({ line: 2, column: 11 });
  });

  it('says the conflicts in words, grouping sources that state the same value and qualifier', () => {
    const troops = model.rows[1]!;
    expect(troops.statement).toBe(
      'Troops in Japan: 001 says 50,000; 000 and 004 say about 53,000; 002 and 003 say more than 50,000',
    );
    expect(troops.groups).toEqual([
      { labels: ['001'], value: '50,000', outlier: true },
      { labels: ['000', '004'], value: 'about 53,000', outlier: false },
      { labels: ['002', '003'], value: 'more than 50,000', outlier: false },
    ]);
    expect(model.rows[0]!.said).toBe('000 says 12; 002 says 20');
    expect(model.rows[2]!.said).toBe('000 says about $1.4 billion a year; 004 says an average of ¥211 billion a year');
  });

  it('keeps the merged timeline with sources, mentions and conflicts', () => {
    expect(model.timeline.map((e) => [e.when, e.label, e.sources])).toEqual([
      ['2025-03-29', 'Memorial ceremony on Iwo Jima', ['001', '002']],
      ['2025-03-30', 'Hegseth meets Nakatani in Tokyo', ['001']],
      ['2025-03-31', 'China responds', ['000']],
    ]);
    expect(model.timeline[1]!.conflict).toBe('001 says March 30; 003 says March 29');
    expect(model.timeline[0]!.mentions[1]).toMatchObject({ source: '002.txt', label: '002', text: 'On Saturday', line: 1 });
  });

  it('lists what only one source reports, grouped by source', () => {
    expect(model.onlyOne.map((o) => [o.label, o.figures.map((f) => f.cell.phrase), o.events.map((e) => e.label)])).toEqual([
      ['000', ['less than 70 miles from Taiwan'], ['China responds']],
      ['001', [], ['Hegseth meets Nakatani in Tokyo']],
    ]);
  });

  it('carries the textual discrepancies with counts and sources per variant', () => {
    expect(model.textual).toHaveLength(1);
    expect(model.textual[0]!.variants.map((v) => [v.text, v.count, v.sources])).toEqual([
      ['Hegseth', 5, ['000', '001', '002', '003']],
      ['Hegsett', 1, ['002']],
    ]);
  });

  it('works without texts (no line numbers) and on an empty analysis', () => {
    const bare = buildSummary(a);
    expect(bare.rows[1]!.cells[1]!.line).toBeUndefined();
    expect(bare.sources[3]!.title).toBeUndefined();
    const empty = buildSummary(analysis(sourceSet({ x: 'Nothing here.' }), {}));
    expect(empty.rows).toEqual([]);
    expect(renderText(empty)).toContain('None: no figure is stated by more than one source.');
    expect(renderMarkdown(empty)).toContain('No figure is stated by more than one source.');
  });
});

describe('dates', () => {
  it('writes a date range as the Timeline tree does (views/dates.ts)', () => {
    const set2 = sourceSet({ a: 'last week' });
    const m = buildSummary(
      analysis(set2, {
        timeline: [
          { id: 'w', date: '2025-03-24', endDate: '2025-03-28', precision: 'week', label: 'launch', inferred: true, mentions: [] },
          { id: 'y', date: '2024-12-30', endDate: '2025-01-03', precision: 'week', label: 'holiday', inferred: false, mentions: [] },
          { id: 'm', date: '2025-03-30', endDate: '2025-04-02', precision: 'week', label: 'visit', inferred: false, mentions: [] },
        ],
      }),
    );
    expect(m.timeline.map((e) => e.when)).toEqual(['2025-03-24 – 28', '2024-12-30 – 2025-01-03', '2025-03-30 – 04-02']);
  });
});

describe('renderText', () => {
  const { set, analysis: a } = storySet();
  const model = buildSummary(a, { texts: set.texts });
  const text = renderText(model);

  it('shows sources, then claims (conflicts first), single-source figures, timeline, textual', () => {
    const order = ['Sources', 'Claims stated by several sources', 'Figures from one source only', 'Timeline', 'Textual discrepancies'].map(
      (h) => text.indexOf(`\n${h}`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(text.indexOf('CONFLICT Ships taking part')).toBeLessThan(text.indexOf('DISCREPANCY Troops in Japan'));
    expect(text.indexOf('DISCREPANCY Troops in Japan')).toBeLessThan(text.indexOf('AGREE Yearly host-nation payment'));
  });

  it('gives every source’s value, the grouped sentence, the outlier and the silent sources', () => {
    expect(text).toContain('    001 says 50,000; 000 and 004 say about 53,000; 002 and 003 say more than 50,000');
    expect(text).toMatch(/^ {4}001 {2}50,000 {12}\(line 1\) {2}← outlier$/m);
    expect(text).toMatch(/^ {4}002 {2}More than 50\.000 {2}\(line 1\)$/m);
    expect(text).toMatch(/^ {4}000 {2}roughly 53,000 {4}\(line 2\)$/m);
    expect(text).toContain('silent: 001, 002, 003');
    expect(text).toContain('why: 000 and 004 agree once yen are converted');
  });

  it('lists sources with title, length and reference date', () => {
    expect(text).toMatch(/^ {2}000 {2}articles\/000\.txt {2}\d+ chars {2}reference date 2025-03-30 \(inferred\)$/m);
    expect(text).toContain('“Hegseth visits Tokyo”');
  });

  it('lists single-source figures, the timeline with conflicts, and textual discrepancies', () => {
    expect(text).toMatch(/000 {2}less than 70 miles from Taiwan {2}\(line 3\) {2}\(distance of the islands from Taiwan\)/);
    expect(text).toMatch(/2025-03-31 {2}China responds \(inferred\) {2}\[000\]/);
    expect(text).toContain('dates differ: 001 says March 30; 003 says March 29');
    expect(text).toContain("name spelling: 'Hegsett' once in 002 vs 'Hegseth' in 000, 001, 002 and 003");
  });

  it('stays within 100 columns and has no colour unless asked', () => {
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    expect(text).not.toContain('\x1b');
    const coloured = renderText(model, { color: true });
    expect(coloured).toContain('\x1b[1;31mCONFLICT\x1b[0m');
    expect(coloured).toContain('\x1b[33mDISCREPANCY\x1b[0m');
    expect(coloured).toContain('\x1b[32mAGREE\x1b[0m');
  });

  it('wraps at a narrower width with a hanging indent', () => {
    const narrow = renderText(model, { width: 50 });
    for (const line of narrow.split('\n')) expect([...line].length).toBeLessThanOrEqual(50);
    expect(narrow).toContain('    001 says 50,000; 000 and 004 say about 53,000;\n      002 and 003 say more than 50,000');
    expect(wrap('a'.repeat(30), 12, 2)).toEqual(['  aaaaaaaaaa', '  aaaaaaaaaa', '  aaaaaaaaaa']);
  });

  it('strips terminal escapes and bidi controls that come from an article', () => {
    const evil = sourceSet({ e: 'Evil \x1b[2J\x1b[31mred\u202E text with 5 ships.', f: '7 ships here.' });
    const ships = [
      figure(evil, { source: 'e.txt', phrase: '5 ships', number: '5', value: 5, counted: 'ships' }),
      figure(evil, { source: 'f.txt', phrase: '7 ships', number: '7', value: 7, counted: 'ships' }),
    ];
    const bad = analysis(evil, { claims: [claim('s', 'ships \x1b[31mred\u202E', 'conflict', ships, ships)] });
    const out = renderText(buildSummary(bad, { texts: evil.texts }), { color: false });
    expect(out).not.toContain('\x1b');
    expect(out).not.toContain('\u202E');
    expect(out).toContain('Evil [2J[31mred text with 5 ships.');
  });
});

describe('renderMarkdown', () => {
  const { set, analysis: a } = storySet();
  const model = buildSummary(a, { texts: set.texts });
  const md = renderMarkdown(model);

  it('has the sections in order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Crosscheck summary',
      '## Sources',
      '## Agreement matrix',
      '## Conflicts and discrepancies',
      '## Timeline',
      '## Reported by only one source',
      '### 000 — Hegseth visits Tokyo',
      '### 001 — Hegseth said on March 30 there are 50,000 U.S. military personnel in Japan. On Saturday Hegseth attended a memorial.',
      '## Textual discrepancies',
    ]);
  });

  it('renders the matrix: one column per source, verdicts marked, outlier bold, blanks where silent', () => {
    expect(md).toContain('| Claim | Verdict | 000 | 001 | 002 | 003 | 004 |');
    expect(md).toContain('| Ships taking part | 🔴 conflict | **Twelve** |  | **20** |  |  |');
    expect(md).toContain('| Troops in Japan | 🟠 discrepancy | roughly 53,000 | **50,000** | More than 50.000 | Over 50,000 | About 53,000 |');
    expect(md).toContain('| Yearly host-nation payment | 🟢 agree | about \\$1.4 billion a year |  |  |  | an average of 211 billion yen each year |');
  });

  it('says the conflicts and discrepancies in words, conflicts first', () => {
    const ships = md.indexOf('- **🔴 conflict** · Ships taking part: 000 says 12; 002 says 20');
    const troops = md.indexOf(
      '- **🟠 discrepancy** · Troops in Japan: 001 says 50,000; 000 and 004 say about 53,000; 002 and 003 say more than 50,000',
    );
    expect(ships).toBeGreaterThan(0);
    expect(troops).toBeGreaterThan(ships);
  });

  it('renders the sources table, the timeline and the single-source lists', () => {
    expect(md).toMatch(/^\| 000 \| articles\/000\.txt \| Hegseth visits Tokyo \| \d+ \| 2025-03-30 \*\(inferred\)\* \|$/m);
    expect(md).toContain('| 2025-03-29 | Memorial ceremony on Iwo Jima | 001, 002 |');
    expect(md).toContain('| 2025-03-30 | Hegseth meets Nakatani in Tokyo ⚠️ *dates differ: 001 says March 30; 003 says March 29* | 001 |');
    expect(md).toContain('- less than 70 miles from Taiwan *(distance of the islands from Taiwan)*');
    expect(md).toContain('- 2025-03-31 *(inferred)*: China responds');
    expect(md).toContain("- **Name spelling:** 'Hegsett' once in 002 vs 'Hegseth' in 000, 001, 002 and 003");
  });

  it('links cells and mentions through the caller’s link function', () => {
    const linked = renderMarkdown(model, { linkSpan: (source, span) => `command:crosscheck.reveal?${encodeURIComponent(JSON.stringify([source, span.start]))}` });
    const cell = model.rows[1]!.cells[1]!;
    const target = `command:crosscheck.reveal?${encodeURIComponent(JSON.stringify(['001.txt', cell.span.start]))}`;
    expect(linked).toContain(`**[50,000](${target})**`);
    expect(linked).toMatch(/- “Hegsett”: \[002\]\(command:crosscheck\.reveal\?/);
    // Spaces and parentheses in a target cannot break out of the link.
    const odd = renderMarkdown(model, { linkSpan: () => 'file:///a b(c).txt' });
    expect(odd).toContain('](file:///a%20b%28c%29.txt)');
  });
});

describe('untrusted article text in the summary', () => {
  const hostile =
    'Officials said <script>alert(1)</script> &amp; &lt;b&gt; [click](command:workbench.action.terminal.new) ' +
    '![img](https://evil.example/x.png) | pipe `code` *bold* https://evil.example www.evil.example\u202Eevil\u200B';
  const set = sourceSet({
    h: `${hostile}\n12 ships <img src=x onerror=alert(2)> were seen.`,
    k: '15 ships | were seen.',
  });
  const ships = [
    figure(set, { source: 'h.txt', phrase: '12 ships <img src=x onerror=alert(2)>', number: '12', value: 12, counted: 'ships' }),
    figure(set, { source: 'k.txt', phrase: '15 ships |', number: '15', value: 15, counted: 'ships' }),
  ];
  const a = analysis(set, {
    claims: [claim('ships', 'ships <b>seen</b>', 'conflict', ships, ships, '[x](command:foo) says so')],
    timeline: [{ id: 't', date: '2025-01-01', precision: 'day', label: hostile, inferred: false, mentions: [] }],
  });
  const md = renderMarkdown(buildSummary(a, { texts: set.texts }));

  it('renders no raw HTML tag, entity, link, image, code span or emphasis from the article', () => {
    expect(md).not.toMatch(/<script|<img|<b>/i);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // An entity in the article shows as the entity's text, not the character it names.
    expect(md).toContain('&amp;amp; &amp;lt;b&amp;gt;');
    expect(md).toContain('\\[click\\](command\\:workbench.action.terminal.new)');
    expect(md).not.toMatch(/(?<!\\)\[click/);
    expect(md).toContain('!\\[img\\](https\\://evil.example/x.png)');
    expect(md).toContain('\\| pipe \\`code\\` \\*bold\\*');
    expect(md).toContain('https\\://evil.example www\\.evil.example');
    expect(md).toContain('\\[x\\](command\\:foo) says so');
  });

  it('keeps table rows intact: pipes and newlines in article text are escaped', () => {
    const row = md.split('\n').find((l) => l.startsWith('| Ships'))!;
    // Unescaped pipes delimit exactly the 2 + 2 columns.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
    expect(row).toContain('| **12 &lt;img src=x onerror=alert(2)&gt;** | **15 \\|** |');
  });

  it('strips bidi and zero-width characters', () => {
    expect(md).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/);
    expect(md).toContain('www\\.evil.exampleevil');
  });
});

describe('a conflict on the time of day in the summary', () => {
  it('says times differ, in text and Markdown', () => {
    const set = sourceSet({ a: 'The ferry left at 9 a.m. on Sunday.', b: 'The ferry left at 11:30 a.m. on Sunday.' });
    const reason = 'a says 09:00; b says 11:30';
    const ev = event(set, 'ferry', '2025-03-30', 'Ferry left', [{ source: 'a.txt', phrase: 'on Sunday' }, { source: 'b.txt', phrase: 'on Sunday' }], {
      dateConflict: { reason, dates: [{ source: 'a.txt', date: '2025-03-30 09:00 local time' }, { source: 'b.txt', date: '2025-03-30 11:30 local time' }], on: 'time' },
    });
    const model = buildSummary(analysis(set, { timeline: [ev] }), { texts: set.texts });
    expect(renderText(model, { color: false })).toContain(`times differ: ${reason}`);
    expect(renderMarkdown(model)).toContain(`*times differ: ${reason}*`);
  });
});

describe('a reference date known only from below', () => {
  it('is shown as "not before", with how it was found', () => {
    const set = sourceSet(
      { a: 'The strike that began on March 9 has spread. On Saturday, talks resumed.' },
      { a: { referenceDate: '2025-03-16', referenceDateInferred: true, referenceDateNotBefore: true, referenceDateHow: 'not before 2025-03-16: it names 2025-03-09 by its date' } },
    );
    const model = buildSummary(analysis(set, {}), { texts: set.texts });
    expect(renderText(model, { color: false })).toMatch(/reference date not before 2025-03-16 \(inferred\)/);
    expect(renderMarkdown(model)).toContain('not before 2025-03-16 *(inferred)*');
  });
});
