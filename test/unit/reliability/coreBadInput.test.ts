// Bad input to the analysis core (issue 7): every shape of text a reader may point Crosscheck at
// must analyse without throwing, with exact spans, in bounded time, and without nonsense findings.
// The CLI and the editor refuse some of these earlier (size, NUL bytes); see cli.test.ts and
// test/integration/badInput.test.ts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { MAX_SENTENCE_CHARS, segment } from '../../../src/core/text/segment';
import type { Analysis, Source } from '../../../src/core/types';
import { SEEDS, spanProblems, verdictFingerprint } from './corpus';

const src = (id: string, text: string): Source => ({ id, uri: `${id}.txt`, text });

/** Analyses and checks the invariants; returns the analysis, the CPU milliseconds and ms per KB. */
function run(sources: Source[]): { analysis: Analysis; cpuMs: number; msPerKb: number } {
  const c0 = process.cpuUsage();
  const analysis = analyze(sources);
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  const kb = Math.max(1, sources.reduce((n, s) => n + s.text.length, 0) / 1024);
  expect(spanProblems(analysis, sources)).toEqual([]);
  return { analysis, cpuMs, msPerKb: cpuMs / kb };
}

const figuresOf = (a: Analysis) => [...a.claims, ...a.singleSource].flatMap((c) => c.figures);
const seedTroops = () => verdictFingerprint(analyze(SEEDS)).claims;

describe('bad input: the core', () => {
  it('an empty source analyses to nothing', () => {
    const { analysis } = run([src('empty', '')]);
    expect(analysis.sources).toEqual([{ id: 'empty', path: 'empty.txt', label: 'empty', chars: 0 }]);
    expect([analysis.claims, analysis.singleSource, analysis.diagnostics, analysis.timeline, analysis.textual]).toEqual([[], [], [], [], []]);
  });

  it('white space only (spaces, tabs, CRLF, NBSP, U+2028, BOM) analyses to nothing', () => {
    const { analysis } = run([src('ws', ' \t\r\n\r\n\u00a0\u2028\u3000\ufeff \n'), src('ws2', '\n\n\n')]);
    expect(figuresOf(analysis)).toEqual([]);
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.sources.map((s) => s.skipped)).toEqual([undefined, undefined]);
  });

  it('a binary source (NUL bytes) is skipped with a reason; the others are analysed as before', () => {
    const binary = src('blob', 'PK\u0003\u0004\u0000\u0000 53,000 troops \u0000\u0001');
    const { analysis } = run([...SEEDS, binary]);
    const summary = analysis.sources.find((s) => s.id === 'blob');
    expect(summary?.skipped).toMatch(/binary/);
    expect(figuresOf(analysis).some((f) => f.source === 'blob')).toBe(false);
    expect(verdictFingerprint(analysis).claims).toEqual(seedTroops());
  });

  it('one 1 MB line without a newline: exact spans, linear time', () => {
    const filler = 'The committee met again and the discussion went on without any decision being taken by anyone present ';
    const figure = 'Officials said about 53,000 troops are based in Japan. ';
    let line = '';
    while (line.length < 1_000_000) line += (line.length % 100_000 < filler.length ? figure : '') + filler;
    line = line.slice(0, 1_000_000).trimEnd();
    const { analysis, cpuMs, msPerKb } = run([src('line', line)]);
    console.log(`core: 1 MB single line: ${cpuMs.toFixed(0)} ms CPU (${msPerKb.toFixed(2)} ms/KB)`);
    const figures = figuresOf(analysis);
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(line.slice(f.span.start, f.span.end)).toContain('53,000');
    expect(cpuMs).toBeLessThan(60_000);
  });

  it('a run of text without sentence punctuation is cut into sentences of bounded length', () => {
    const text = 'On Monday March 3 2025 and last week and 2025-03-04 and Saturday 5 km 3 kg 7 mi '.repeat(400);
    const { sentences } = segment(text);
    expect(sentences.length).toBeGreaterThanOrEqual(text.length / MAX_SENTENCE_CHARS);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(s.text).toBe(text.slice(s.start, s.end));
    }
    // Without the cut, labelling each date of one 32 KB "sentence" was cubic (80 s); now linear.
    const { cpuMs, msPerKb } = run([src('run-on', text)]);
    console.log(`core: 32 KB without a full stop (dates, units): ${cpuMs.toFixed(0)} ms CPU (${msPerKb.toFixed(1)} ms/KB)`);
    expect(msPerKb).toBeLessThan(400);
  });

  it('a surrogate pair is never cut when a run without spaces is split', () => {
    const text = '😀'.repeat(MAX_SENTENCE_CHARS);
    for (const s of segment(text).sentences) {
      expect(s.text.charCodeAt(0) >> 10).not.toBe(0xdc00 >> 10);
      expect(s.text.charCodeAt(s.text.length - 1) >> 10).not.toBe(0xd800 >> 10);
    }
  });

  it('CRLF line ends: the same figures and verdicts, every span on the right characters', () => {
    const crlf = SEEDS.map((s) => ({ ...s, text: s.text.replace(/\r?\n/g, '\r\n') }));
    const lf = analyze(SEEDS);
    const { analysis } = run(crlf);
    const texts = (a: Analysis) => figuresOf(a).map((f) => `${f.source}: ${f.text}`).sort();
    expect(texts(analysis)).toEqual(texts(lf));
    const verdicts = (a: Analysis) => a.claims.map((c) => `${c.verdict} ${c.figures.map((f) => f.text).sort().join(' / ')}`).sort();
    expect(verdicts(analysis)).toEqual(verdicts(lf));
    for (const f of figuresOf(analysis)) {
      const text = crlf.find((s) => s.id === f.source)!.text;
      expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
    }
  });

  it('a UTF-8 BOM: every figure and date of a seed, shifted by one', () => {
    for (const seed of SEEDS) {
      const plain = run([seed]).analysis;
      const bommed = run([{ ...seed, text: `\uFEFF${seed.text}` }]).analysis;
      const spans = (a: Analysis, shift: number) => [
        ...figuresOf(a).map((f) => `${f.span.start + shift}-${f.span.end + shift} ${f.text}`),
        ...a.timeline.flatMap((e) => e.mentions.map((m) => `${m.start + shift}-${m.end + shift} ${m.text}`)),
      ].sort();
      expect(spans(plain, 0).length).toBeGreaterThan(0);
      expect(spans(bommed, 0)).toEqual(spans(plain, 1));
      expect(bommed.sources[0]!.title).toBe(plain.sources[0]!.title);
    }
  });

  it('invalid UTF-8 (decoded with U+FFFD) and lone surrogates do not break anything', () => {
    const bytes = Buffer.concat([Buffer.from('About 53,000 troops '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x82, 0xf0, 0x9f]), Buffer.from(' are based in Japan.')]);
    const decoded = new TextDecoder('utf-8').decode(bytes);
    expect(decoded).toContain('\uFFFD');
    const lone = 'Roughly \uD800 50,000 \uDC00 U.S. troops \uDBFF are in Japan on March 30, 2025.';
    const { analysis } = run([src('bad-utf8', decoded), src('lone', lone), ...SEEDS.slice(0, 2)]);
    expect(figuresOf(analysis).some((f) => f.source === 'bad-utf8' && f.text.includes('53,000'))).toBe(true);
  });

  it('HTML and Markdown pasted as text: no crash, exact spans, markup does not create findings', () => {
    const html = (s: Source): Source => ({
      ...s,
      id: `html-${s.id}`,
      text: `<!doctype html><html><head><meta charset="utf-8"><style>p{margin:0 0 12px}</style></head><body width="600">\n` +
        s.text.split('\n').map((l) => `<p class="c-12" data-id="4711">${l.replace(/&/g, '&amp;')}</p>`).join('\n') +
        `\n<img src="x.png" width="300" height="200"><script>var n = 1000000;</script></body></html>`,
    });
    const markdown = (s: Source): Source => ({
      ...s,
      id: `md-${s.id}`,
      text: s.text.split('\n').map((l, i) => (i === 0 ? `# ${l}` : `> **${l}** [link](https://example.com/2025/03/30/a-12345 "t")`)).join('\n\n') +
        '\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\n999 1000 1001\n```\n',
    });
    const { analysis } = run([...SEEDS.map(html), ...SEEDS.map(markdown)]);
    const conflicts = analysis.claims.filter((c) => c.verdict === 'conflict');
    for (const c of conflicts) {
      for (const f of c.figures) expect(f.text, `a conflict on markup: ${c.reason}`).not.toMatch(/=|"|<|>|\||```/);
    }
  });

  it('a file of 10,000 numbers: bounded time, no findings against the seeds', () => {
    const numbers = Array.from({ length: 10_000 }, (_, i) => String((i * 7919) % 1_000_003)).join('\n');
    const { analysis, cpuMs, msPerKb } = run([...SEEDS, src('numbers', numbers)]);
    console.log(`core: 10,000 numbers (${(numbers.length / 1024).toFixed(0)} KB) with the seeds: ${cpuMs.toFixed(0)} ms CPU (${msPerKb.toFixed(1)} ms/KB)`);
    expect(analysis.diagnostics.filter((d) => d.source === 'numbers')).toEqual([]);
    expect(verdictFingerprint(analysis).claims.filter((c) => !c.includes('numbers#'))).toEqual(seedTroops());
  });

  it('a set of one source: its figures are single-source, nothing is flagged', () => {
    for (const seed of SEEDS) {
      const { analysis } = run([seed]);
      expect(analysis.claims).toEqual([]);
      expect(analysis.diagnostics.filter((d) => d.code !== 'date-conflict')).toEqual([]);
      expect(analysis.singleSource.length).toBeGreaterThan(0);
    }
  });

  const report = (i: number, outlier: (i: number) => boolean): Source => {
    const outlets = ['Herald', 'Courier', 'Wire', 'Post', 'Times', 'Daily', 'Ledger', 'Gazette'];
    return src(`r${String(i).padStart(3, '0')}`, `${outlets[i % 8]} ${i}\nAbout ${outlier(i) ? '35,000' : '53,000'} U.S. troops are based in Japan, officials said.`);
  };

  it('a set of 500 generated sources: bounded time, every source analysed, the ten outliers flagged', () => {
    const sources = Array.from({ length: 500 }, (_, i) => report(i, (j) => j % 50 === 7));
    const { analysis, cpuMs } = run(sources);
    const kb = sources.reduce((n, s) => n + s.text.length, 0) / 1024;
    console.log(`core: 500 sources (${kb.toFixed(0)} KB): ${cpuMs.toFixed(0)} ms CPU`);
    expect(analysis.sources).toHaveLength(500);
    const troops = analysis.claims.find((c) => c.figures.length === 500);
    expect(troops?.verdict).toBe('conflict');
    expect(troops?.reason).toMatch(/^r007, r057, .* say about 35,000/);
    const outliers = sources.filter((_, i) => i % 50 === 7).map((s) => s.id);
    expect([...new Set(analysis.diagnostics.map((d) => d.source))].sort()).toEqual(outliers);
    expect(cpuMs).toBeLessThan(60_000);
  });

  // Found here: above 16 figures the greedy search counted the same agreeing set once per member,
  // so every figure became an outlier (fixed in compare.ts, 44a9b5d).
  it('17 sources, one outlier: only the outlier is flagged', () => {
    const sources = Array.from({ length: 17 }, (_, i) => report(i, (j) => j === 7));
    const { analysis } = run(sources);
    expect(analysis.diagnostics.map((d) => d.source)).toEqual(['r007']);
  });
});

// Article snippets in other languages, all reporting the same (invented) quake with the same
// figures as the English one. Nothing here should be called a conflict.
const OTHER_LANGUAGES: Record<string, string> = {
  de: 'Erdbeben in der Provinz Varnesa\nBerlin, 7. Oktober 2025 - Bei dem Erdbeben der Stärke 6,2 sind nach Angaben der Behörden mindestens 27 Menschen ums Leben gekommen, 143 wurden verletzt. Rund 3.000 Menschen mussten ihre Häuser verlassen. Die Regierung stellte 5 Millionen Euro bereit. Die Erde bebte in 10 Kilometern Tiefe.',
  fr: "Séisme dans la province de Varnesa\nParis, le 7 octobre 2025 - Au moins 27 personnes ont été tuées et 143 blessées lors du séisme de magnitude 6,2 survenu lundi. Environ 3 000 personnes ont été évacuées. Le gouvernement a débloqué 5 millions d'euros. La terre a tremblé à 10 km de profondeur.",
  ja: 'ヴァルネサ州で地震\n2025年10月7日 - 当局によると、月曜日に発生したマグニチュード6.2の地震で少なくとも27人が死亡し、143人が負傷した。約3,000人が避難した。政府は500万ユーロを拠出した。震源の深さは10キロ。',
};
const ENGLISH = "Quake in Varnesa province\nOctober 7, 2025 - At least 27 people were killed and 143 injured in Monday's magnitude 6.2 earthquake, officials said. About 3,000 people were evacuated. The government released €5 million. The quake struck at a depth of 10 km.";

describe('bad input: text in other languages', () => {
  it.each(Object.entries(OTHER_LANGUAGES))('%s alone and with the seeds: no crash, exact spans', (lang, text) => {
    run([src(lang, text)]);
    const { analysis } = run([...SEEDS, src(lang, text)]);
    expect(analysis.diagnostics.filter((d) => d.source === lang)).toEqual([]);
  });

  it('Japanese: sentences end at 。 (no space after it), and no figure runs across one', () => {
    const ja = OTHER_LANGUAGES.ja!;
    const sentences = segment(ja).sentences.map((s) => s.text);
    expect(sentences.length).toBeGreaterThanOrEqual(5);
    expect(sentences.every((s) => s.indexOf('。') < 0 || s.indexOf('。') === s.length - 1)).toBe(true);
    for (const f of figuresOf(run([src('ja', ja)]).analysis)) expect(f.text.slice(0, -1)).not.toContain('。');
  });

  it('French and Japanese reports of the same quake as an English one: no conflicts', () => {
    const { analysis } = run([src('en', ENGLISH), src('fr', OTHER_LANGUAGES.fr!), src('ja', OTHER_LANGUAGES.ja!)]);
    expect(analysis.claims.filter((c) => c.verdict === 'conflict').map((c) => c.reason)).toEqual([]);
  });

  // Was a bug: "Die Regierung stellte 5 Millionen Euro bereit" read "Die" as the cue "die" and
  // made a conflict with "At least 27 people". Sentences in other languages are now left alone.
  it('a German report of the same quake as an English one: no conflicts', () => {
    const { analysis } = run([src('en', ENGLISH), src('de', OTHER_LANGUAGES.de!)]);
    expect(analysis.claims.filter((c) => c.verdict === 'conflict').map((c) => c.reason)).toEqual([]);
  });
});
