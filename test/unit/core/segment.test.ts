import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { segment } from '../../../src/core/segment';
import { furnitureReason } from '../../../src/core/furniture';
import type { Segmentation } from '../../../src/core/types';

const ROOT = resolve(__dirname, '../../..');
const SEEDS = join(ROOT, 'seeds');
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const seedText = (f: string) => readFileSync(join(SEEDS, f), 'utf8');

interface Expected {
  claims: { values: { source: string; span: string }[]; related?: { source: string; span: string }[] }[];
  singleSource: { source: string; span: string }[];
  mustNotFlag: { source: string; line?: string }[];
  boilerplate: { source: string; line: string }[];
}
const expected = JSON.parse(
  readFileSync(join(ROOT, 'test/fixtures/seeds-expected/seeds.expected.json'), 'utf8'),
) as Expected;

/** Invariants every segmentation must satisfy. */
function checkSpans(text: string, seg: Segmentation): void {
  let prevEnd = 0;
  for (const p of seg.paragraphs) {
    expect(p.start).toBeGreaterThanOrEqual(prevEnd);
    expect(p.end).toBeGreaterThan(p.start);
    const s = text.slice(p.start, p.end);
    expect(s).toBe(s.trim().replace(/^[\uFEFF\u200B]+|[\uFEFF\u200B]+$/g, ''));
    expect(s).not.toMatch(/[\n\r\u2028\u2029]/);
    prevEnd = p.end;
  }
  prevEnd = 0;
  seg.sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.text).toBe(text.slice(s.start, s.end));
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    const p = seg.paragraphs[s.paragraph]!;
    expect(s.start).toBeGreaterThanOrEqual(p.start);
    expect(s.end).toBeLessThanOrEqual(p.end);
    expect(s.furniture).toBe(p.furniture || s.furniture);
    prevEnd = s.end;
  });
  // Sentences cover every non-space character of their paragraph.
  for (const p of seg.paragraphs) {
    const inSentences = seg.sentences.filter((s) => s.paragraph === p.index).map((s) => s.text).join('');
    const squash = (x: string) => x.replace(/[\s\uFEFF\u200B]/g, '');
    expect(squash(inSentences)).toBe(squash(text.slice(p.start, p.end)));
  }
}


describe('sentence boundaries', () => {
  const rows: [string, string[]][] = [
    ['One. Two! Three? Four', ['One.', 'Two!', 'Three?', 'Four']],
    ['He left… Then she came.', ['He left…', 'Then she came.']],
    ['He paused... and went on.', ['He paused... and went on.']],
    ['Wait... What happened?', ['Wait...', 'What happened?']],
    ['“It is real.” He said so.', ['“It is real.”', 'He said so.']],
    ['"Is it real?" he asked.', ['"Is it real?" he asked.']],
    ['(See the report.) The rest follows.', ['(See the report.)', 'The rest follows.']],
    ['She said it. “We agree,” he replied.', ['She said it.', '“We agree,” he replied.']],
    ['U.S. troops left. U.K. forces stayed.', ['U.S. troops left.', 'U.K. forces stayed.']],
    ['The U.S. Defense Secretary spoke.', ['The U.S. Defense Secretary spoke.']],
    ['He lives in the U.S. The rest of us do not.', ['He lives in the U.S.', 'The rest of us do not.']],
    ['Minister Gen. Nakatani met Dr. Smith and Mr. Jones.', ['Minister Gen. Nakatani met Dr. Smith and Mr. Jones.']],
    ['St. Louis and Mrs. Roe vs. Wade.', ['St. Louis and Mrs. Roe vs. Wade.']],
    ['On Jan. 20 and Feb. 3 and Sept. 11 it rained.', ['On Jan. 20 and Feb. 3 and Sept. 11 it rained.']],
    ['It is No. 5 on the list. Next item.', ['It is No. 5 on the list.', 'Next item.']],
    ['Fruits, e.g. Apples, i.e. Red ones.', ['Fruits, e.g. Apples, i.e. Red ones.']],
    ['Acme Inc. Chief Executive Jane Roe spoke.', ['Acme Inc. Chief Executive Jane Roe spoke.']],
    ['He joined Acme Corp. The firm grew.', ['He joined Acme Corp.', 'The firm grew.']],
    ['Martin Luther King Jr. Day is a holiday.', ['Martin Luther King Jr. Day is a holiday.']],
    ['At 9 a.m. Tuesday they met. At 5 p.m. The talks ended.', ['At 9 a.m. Tuesday they met.', 'At 5 p.m.', 'The talks ended.']],
    ['J. Smith and John F. Kennedy met.', ['J. Smith and John F. Kennedy met.']],
    ['More than 50.000 US troops. About 1.4 billion. Up 3.5% today.', ['More than 50.000 US troops.', 'About 1.4 billion.', 'Up 3.5% today.']],
    ['It was signed in 1960. Then it lapsed.', ['It was signed in 1960.', 'Then it lapsed.']],
    ['Prices rose 2.5%. Wages fell.', ['Prices rose 2.5%.', 'Wages fell.']],
    ['1. The first point is this.', ['1. The first point is this.']],
    ['The U.S.-devised constitution stands.', ['The U.S.-devised constitution stands.']],
    ['He left.The next day he returned.', ['He left.The next day he returned.']],
    ['What?! Really. Yes.', ['What?!', 'Really.', 'Yes.']],
    ['It ended. 2025 was worse.', ['It ended.', '2025 was worse.']],
    ['It ended. ¿Qué pasa? Nada.', ['It ended.', '¿Qué pasa?', 'Nada.']],
    ['Он ушёл. Она осталась.', ['Он ушёл.', 'Она осталась.']],
    ['the iPhone maker. eBay was next.', ['the iPhone maker. eBay was next.']],
    ['Prof. Ada Lovelace, Sen. Roe and Gov. Doe spoke.', ['Prof. Ada Lovelace, Sen. Roe and Gov. Doe spoke.']],
    ['Smith et al. The study found more.', ['Smith et al.', 'The study found more.']],
    ['a sentence   with spaces.   Another one.  ', ['a sentence   with spaces.', 'Another one.']],
    ['He said “no.” Then he left.', ['He said “no.”', 'Then he left.']],
    ['“We will…” He paused.', ['“We will…”', 'He paused.']],
    ['Sen. Roe (D-N.Y.) said 5 people died.', ['Sen. Roe (D-N.Y.) said 5 people died.']],
    ['She works at Acme Co. in Tokyo. From 10 a.m. to 4 p.m. on Sunday.', ['She works at Acme Co. in Tokyo.', 'From 10 a.m. to 4 p.m. on Sunday.']],
    ['I. M. Pei designed it. So did I. The rest followed.', ['I. M. Pei designed it.', 'So did I.', 'The rest followed.']],
    ['It began in World War II. The war ended.', ['It began in World War II.', 'The war ended.']],
    ['It cost $5. The rest was free. Japan ranked No. 5. Next came Korea.', ['It cost $5.', 'The rest was free.', 'Japan ranked No. 5.', 'Next came Korea.']],
    ['The vote was 52-48. Critics objected.', ['The vote was 52-48.', 'Critics objected.']],
  ];
  it.each(rows)('%s', (input, want) => {
    const seg = segment(input);
    checkSpans(input, seg);
    expect(seg.sentences.map((s) => s.text)).toEqual(want);
  });

  it('never lets a sentence cross a paragraph', () => {
    const text = 'He said it was the U.S.\nThe other line. Second sentence\nThird';
    const seg = segment(text);
    checkSpans(text, seg);
    expect(seg.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'He said it was the U.S.'],
      [1, 'The other line.'],
      [1, 'Second sentence'],
      [2, 'Third'],
    ]);
  });
});

describe('offsets', () => {
  const rows: [string, string, string[]][] = [
    ['CRLF', 'First line.\r\nSecond. Third.\r\n\r\nFourth', ['First line.', 'Second. Third.', 'Fourth']],
    ['CR only', 'First.\rSecond.\r\rThird', ['First.', 'Second.', 'Third']],
    ['BOM', '\uFEFFTitle line here\nBody text.', ['Title line here', 'Body text.']],
    ['Unicode separators', 'One.\u2028Two.\u2029Three.\u0085Four.', ['One.', 'Two.', 'Three.', 'Four.']],
    ['NBSP and tabs', '\u00A0\tIndented text.\u00A0\u00A0\nNext.\u202F', ['Indented text.', 'Next.']],
    ['emoji', '🔥 Hot news 🎉 here.\n👍🏽 Second 👨‍👩‍👧 line.', ['🔥 Hot news 🎉 here.', '👍🏽 Second 👨‍👩‍👧 line.']],
    ['zero-width space', '\u200BHidden start.\u200B\nNext.', ['Hidden start.', 'Next.']],
  ];
  it.each(rows)('%s', (_name, text, paras) => {
    const seg = segment(text);
    checkSpans(text, seg);
    expect(seg.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(paras);
  });

  it('counts UTF-16 code units (emoji and NBSP split sentences right)', () => {
    const text = '\uFEFF🔥 Fire broke out.\u00A0Crews came.\r\n👍 Done.';
    const seg = segment(text);
    checkSpans(text, seg);
    expect(seg.sentences.map((s) => [s.start, s.end, s.text])).toEqual([
      [1, 19, '🔥 Fire broke out.'],
      [20, 31, 'Crews came.'],
      [33, 41, '👍 Done.'],
    ]);
  });

  it('holds the invariants on arbitrary text', () => {
    const alphabet = fc.constantFrom(
      ...['a', 'B', ' ', '.', '!', '?', '…', '"', '”', '(', ')', '\n', '\r', '\r\n', '\u00A0', '\uFEFF', '\u2028', '1', 'U.S.', 'Mr.', '😀', '\t', ','],
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        checkSpans(text, segment(text));
      }),
      { numRuns: 400 },
    );
  });
});

describe('seeds', () => {
  const segs = new Map(seedFiles.map((f) => [f, { text: seedText(f), seg: segment(seedText(f)) }]));

  it('has the five seeds', () => expect(seedFiles.length).toBe(5));

  it.each(seedFiles)('%s: spans are exact', (f) => {
    const { text, seg } = segs.get(f)!;
    checkSpans(text, seg);
  });

  const furnitureLines = [
    ...expected.boilerplate.map((b) => [b.source, b.line] as [string, string]),
    ...expected.mustNotFlag.filter((m) => m.line !== undefined).map((m) => [m.source, m.line!] as [string, string]),
  ];
  it.each(furnitureLines)('%s: %s is furniture', (source, line) => {
    const { text, seg } = segs.get(source)!;
    const hits = seg.paragraphs.filter((p) => text.slice(p.start, p.end) === line);
    expect(hits.length).toBeGreaterThan(0);
    for (const p of hits) {
      expect(p.furniture).toBe(true);
      expect(p.furnitureReason).toBeTruthy();
      for (const s of seg.sentences.filter((x) => x.paragraph === p.index)) expect(s.furniture).toBe(true);
    }
  });

  const claimSpans: [string, string][] = [
    ...expected.claims.flatMap((c) => [...c.values, ...(c.related ?? [])].map((v) => [v.source, v.span] as [string, string])),
    ...expected.singleSource.map((s) => [s.source, s.span] as [string, string]),
  ];
  it.each(claimSpans)('%s: the sentence holding "%s" is article text', (source, span) => {
    const { text, seg } = segs.get(source)!;
    const at = text.indexOf(span);
    expect(at).toBeGreaterThanOrEqual(0);
    const s = seg.sentences.find((x) => x.start <= at && at + span.length <= x.end);
    expect(s, 'the span lies within one sentence').toBeDefined();
    expect(s!.furniture).toBe(false);
  });

  it('other furniture of 004 and 001 is caught, and the titles are right', () => {
    const reasons = (f: string) => {
      const { text, seg } = segs.get(f)!;
      return seg.paragraphs.filter((p) => p.furniture).map((p) => [text.slice(p.start, p.end).slice(0, 24), p.furnitureReason]);
    };
    expect(reasons('004_527a8d93bbebfa30.txt')).toEqual([
      ['0', 'share counter'],
      ['31', 'share counter'],
      ['With assistance from Mom', 'credit line'],
      ['This article was generat', 'automation notice'],
      ['Catch all the Business N', 'promo'],
      ['Business NewsPoliticsHeg', 'repeated headline'],
      ['MoreLess', 'page control'],
      ['US military, Japan, defe', 'tag list'],
      ['#Hegseth #Upgrading #Jap', 'hashtags'],
      ['Leave a Reply', 'page control'],
    ]);
    expect(reasons('001_778f94a180eceaa4.txt')).toEqual([['Reuters contributed to t', 'credit line']]);
    expect(reasons('000_5d367a4d37f46ac9.txt')).toEqual([['By Jim Morris, Warrior V', 'byline']]);
    expect(reasons('003_97f363e9f661e74d.txt')).toEqual([]);
    expect(segs.get('004_527a8d93bbebfa30.txt')!.seg.title).toBe('Hegseth Says US Is Upgrading Japan Ops to War-Fighting Command');
    for (const f of seedFiles.filter((x) => !x.startsWith('004'))) expect(segs.get(f)!.seg.title).toBeUndefined();
  });
});

describe('furniture from other sites', () => {
  const lines = [
    '12 Comments',
    'Shares 45',
    '1.2K',
    '0 shares',
    'Comments (3)',
    '3 of 12',
    'Leave a comment',
    'Post a comment',
    'Add comment',
    'Comments',
    'Read more',
    'Show more »',
    'Load more',
    'Print',
    'Share',
    'Copy link',
    'Advertisement',
    'ADVERTISEMENT',
    'Skip to content',
    'Story continues below advertisement',
    'Facebook Twitter LinkedIn Email',
    'WhatsApp | Telegram | Email',
    'Subscribe to our daily newsletter',
    'Sign up for our newsletter',
    'Sign up for The Morning Brief, delivered to your inbox',
    'Download the Daily Herald app for breaking news alerts.',
    'Get the latest news delivered to your inbox.',
    'Follow us on Instagram and Facebook',
    'Catch all the Sports News and Cricket Updates on our site.',
    'Already a subscriber? Log in',
    'Click here to read the full report',
    'HomeNewsWorldAsia',
    'Home › World › Asia Pacific',
    'Markets | Economy | Politics',
    'elections, parliament, budget 2025, opposition',
    'Tags: climate, energy',
    '#Budget2025 #Parliament #Economy',
    'Watch:',
    'Related:',
    'See also:',
    'Editor’s picks:',
    'More video:',
    'WATCH:',
    'Photo:',
    'Photo: 3 of 12',
    'Image credit: Getty Images',
    'Photo by Jane Doe/AFP via Getty Images',
    '(AP Photo/Eugene Roe)',
    'READ MORE: Floods hit the north as rivers burst their banks',
    'By Jane Doe',
    'By JANE DOE',
    'By Jane Doe, Senior Editor, News',
    'By Jane Doe and John Roe | Reuters',
    'By Maria de la Cruz and Ahmed al-Masri',
    'Author: Jane Doe',
    'Updated 14:32 GMT',
    'Published 3 hours ago',
    'Last updated: March 30, 2025 10:32 a.m. ET',
    'Sunday, 30 March 2025',
    '2025-03-30T10:32:00Z',
    '5 min read',
    'Reading time: 4 minutes',
    'TOKYO (Reuters) -',
    'WASHINGTON, March 30 (AP) —',
    'The Associated Press contributed to this report.',
    'With assistance from Jane Doe and John Roe.',
    'Reporting by Jane Doe; Editing by John Roe',
    '(Additional reporting by Jane Doe in Manila; Writing by John Roe)',
    '© 2025 Example Media Group. All rights reserved.',
    'This story has been corrected to show the minister spoke on Sunday, not Saturday.',
    'This article was auto-generated from a wire feed.',
    '(Except for the headline, this story has not been edited by staff and is published from a syndicated feed.)',
    'Editor’s note: This story has been updated.',
    'Edited by Jane Doe',
    'Posted by Jane Doe on March 30, 2025',
    'Jane Doe | Reuters',
    'Jane Doe, Senior Correspondent',
    'AFP via Getty Images',
    'Want more stories like this? Subscribe to our newsletter.',
    'Enjoy unlimited access for just $1 a week.',
    'Join our WhatsApp channel for the latest updates',
    'Stay updated with the latest news — download our app',
    'First published on Sat 29 Mar 2025 20.04 EDT',
    'Updated on: Mar 30, 2025 | 08:15 PM IST',
    'Most Read',
    'Listen to this article',
    'Compiled by Staff Writers',
    'Floods Hit Northern Towns as Rivers RiseShareTweet',
  ];
  it.each(lines)('%s', (line) => {
    expect(furnitureReason(line)).toBeTruthy();
    const text = `Officials met on Sunday.\n${line}\nThe talks went on.`;
    const seg = segment(text);
    checkSpans(text, seg);
    expect(seg.paragraphs[1]!.furniture).toBe(true);
    expect(seg.paragraphs[0]!.furniture).toBe(false);
    expect(seg.paragraphs[2]!.furniture).toBe(false);
  });

  it('marks a credit glued to the last body sentence, not the body sentence', () => {
    const text = 'The talks ended on Sunday. Reuters contributed to this report.';
    expect(segment(text).sentences.map((s) => s.furniture)).toEqual([false, true]);
  });
});

describe('article text that looks like furniture', () => {
  const lines = [
    'By the end of the year, the army will have 50,000 troops in the region.',
    'By Tuesday, officials said, 3,000 people had left.',
    'By comparison, Japan spends about 1% of GDP.',
    'Comments by the minister drew sharp criticism from the opposition.',
    'Hegseth said in a statementThe ministry, which runs YouTube ads, put the cost at $1.4 billion over five years, up from about 1% of the budget in 2022.',
    '“Leave a reply on the table,” the negotiator said.',
    '"Share the burden," Trump said, demanding Japan pay more than $1.4 billion.',
    'Updated figures show 53,000 troops are stationed in Japan.',
    'Published in 1960, the treaty obliges the US to defend Japan.',
    'Subscribers to the service rose 12% to 4.5 million.',
    'Download speeds fell 30% during the outage.',
    'Photographs of the site showed 12 destroyed buildings.',
    'Follow-up talks are planned for March.',
    'Print editions fell by 40% over five years.',
    'Share prices rose 3.5% on Monday.',
    'Japan, the US, and the Philippines signed the pact.',
    'Japan, the US and the Philippines signed the pact in 2024.',
    'YouTube and WhatsApp were fined 50 million euros.',
    'PricewaterhouseCoopers and McDonald’s reported record profits of $2.3 billion.',
    'The minister said:',
    'Here is what we know:',
    'For example:',
    'Japan announced 3 measures:',
    'The agreement includes:',
    'This report was published by the UN in 2024 and counted 3,000 deaths.',
    'This story has everything, the director said of the 80-year-old film.',
    'Read the full text of the 12-page agreement in the appendix.',
    'Watch parties drew 5,000 fans in Tokyo.',
    'Reporters without Borders said 54 journalists were killed.',
    'Japan pays 211 billion yen each year.',
    'More than 50.000 US troops are stationed in Japan.',
    'Over 50,000 U.S. troops are currently based there.',
    'Tokyo, Osaka and Kyoto',
    'Sign language interpreters were at the 80th anniversary ceremony.',
    'Copyright lawsuits rose 20% in 2024.',
    'Related talks in Manila covered 3 islands.',
    'Research by Oxford economists shows 40% of firms will cut jobs.',
    'Reporting by the New York Times revealed that 3,000 files were leaked.',
    'With assistance from the UN, 12,000 refugees were resettled.',
    'More-than-expected rainfall of 300 mm hit the coast.',
    'Sign up rates rose 5% today.',
    'Troops: 53,000, ships: 12, aircraft: 200',
    'Costs, $1.4 billion, 2027',
    'Follow-on orders, worth 211 billion yen, are expected.',
    'Watch-list entries rose to 1,200 last year.',
  ];
  it.each(lines)('%s', (line) => {
    expect(furnitureReason(line)).toBeUndefined();
    const text = `Officials met on Sunday.\n${line}\nThe talks went on.`;
    const seg = segment(text);
    expect(seg.paragraphs.every((p) => !p.furniture)).toBe(true);
    expect(seg.sentences.every((s) => !s.furniture)).toBe(true);
  });
});

describe('title', () => {
  const rows: [string, string | undefined][] = [
    ['Japan Raises Defense Spending to 2% of GDP\nTokyo said on Sunday it would spend more.', 'Japan Raises Defense Spending to 2% of GDP'],
    ['By Jane Doe\nJapan Raises Defense Spending\nBody text here.', 'Japan Raises Defense Spending'],
    ['12\nJapan Raises Defense Spending\nBody.', 'Japan Raises Defense Spending'],
    ['Is Japan ready for war?\nBody text.', 'Is Japan ready for war?'],
    ['Tokyo said on Sunday it would spend more.\nMore text.', undefined],
    ['\n\nJapan, US, China\nBody text follows here.', 'Japan, US, China'],
    ['', undefined],
    ['Hegseth Visits Tokyo, Manila\nBody text follows.', 'Hegseth Visits Tokyo, Manila'],
    ['TOKYO (Reuters) -\nJapan said it would spend more.', undefined],
    ['JAPAN, US AGREE TO UPGRADE COMMAND\nBody text follows.', 'JAPAN, US AGREE TO UPGRADE COMMAND'],
    ['Japan Raises Defense Spending\nJapan Raises Defense Spending\nBody.', 'Japan Raises Defense Spending'],
  ];
  it.each(rows)('%j', (text, title) => {
    const seg = segment(text);
    expect(seg.title).toBe(title);
    if (title) {
      const first = seg.paragraphs.find((p) => text.slice(p.start, p.end) === title)!;
      expect(first.furniture).toBe(false);
    }
  });
});

describe('repeated headline', () => {
  it.each([
    ['Floods Hit Northern Towns\nRivers rose overnight.\nFloods Hit Northern Towns', 2],
    ['Floods Hit Northern Towns\nRivers rose overnight.\nWorld NewsAsiaFloods Hit Northern Towns', 2],
    ['Floods Hit Northern Towns\nRivers rose overnight.\nFloods Hit Northern TownsRead more', 2],
  ])('%j', (text, index) => {
    const seg = segment(text);
    expect(seg.title).toBe('Floods Hit Northern Towns');
    expect(seg.paragraphs.map((p) => p.furniture)).toEqual([0, 1, 2].map((i) => i === index));
  });
});

describe('speed', () => {
  const body = seedFiles.map(seedText).join('\n');
  // Wall time and CPU time: on a loaded machine (other suites running) wall time alone is noise,
  // so the bound holds for the smaller of the two.
  const time = (text: string) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const seg = segment(text);
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1000;
    return { ms: Math.min(wall, cpu), wall, cpu, seg };
  };

  it('segments a 1 MB single line quickly', () => {
    let line = body.replace(/\s*\n\s*/g, ' ');
    while (line.length < 1_000_000) line += ' ' + line;
    line = line.slice(0, 1_000_000);
    const { ms, wall, cpu, seg } = time(line);
    console.log(`segment: 1 MB single line (${line.length} chars): ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU, ${seg.sentences.length} sentences`);
    expect(seg.paragraphs.length).toBe(1);
    expect(ms).toBeLessThan(2000);
  });

  it('segments a 10 MB file quickly', () => {
    let text = body;
    while (text.length < 10_000_000) text += '\n' + text;
    text = text.slice(0, 10_000_000);
    const { ms, wall, cpu, seg } = time(text);
    console.log(`segment: 10 MB file (${text.length} chars): ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU, ${seg.paragraphs.length} paragraphs`);
    expect(ms).toBeLessThan(2000);
  });

  it.each([
    ['dots', '.'.repeat(1_000_000)],
    ['abbreviations', 'U.S. Mr. J. '.repeat(90_000)],
    ['short lines', 'a\n'.repeat(500_000)],
    ['glued capitals', 'NewsPolitics'.repeat(90_000)],
    ['terminal then space', '. A'.repeat(350_000)],
  ])('adversarial 1 MB input: %s', (name, text) => {
    const { ms, wall, cpu } = time(text);
    console.log(`segment: adversarial ${name}: ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU`);
    expect(ms).toBeLessThan(2000);
  });
});
