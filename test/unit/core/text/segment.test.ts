import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { segment } from '../../../../src/core/text/segment';
import { checkSpans } from './segmentSpans';

const ROOT = resolve(__dirname, '../../../..');
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
