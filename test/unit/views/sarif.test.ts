import { describe, it, expect } from 'vitest';
import { defaultUri, SARIF_SCHEMA, toSarif } from '../../../src/views/sarif';
import { analysis, claim, diagnostic, figure, sourceSet } from '../core/builders';
import { storySet } from '../core/storySet';

describe('toSarif: the required SARIF 2.1.0 properties', () => {
  const { set, analysis: a } = storySet();
  const log = toSarif(a, set.texts, { version: '1.2.3' });
  const run = log.runs[0]!;

  it('has $schema, version and one run with the tool driver', () => {
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'Crosscheck', version: '1.2.3' });
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('declares a rule for each diagnostic code with a description and default level', () => {
    expect(run.tool.driver.rules.map((r) => [r.id, r.defaultConfiguration.level])).toEqual([
      ['figure-conflict', 'warning'],
      ['figure-discrepancy', 'note'],
      ['date-conflict', 'warning'],
    ]);
    for (const rule of run.tool.driver.rules) expect(rule.shortDescription.text.length).toBeGreaterThan(10);
  });

  it('has one result per diagnostic, with rule, level, message and location', () => {
    expect(run.results).toHaveLength(a.diagnostics.length);
    run.results.forEach((r, i) => {
      const d = a.diagnostics[i]!;
      expect(r.ruleId).toBe(d.code);
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
      expect(r.level).toBe(d.code === 'figure-discrepancy' ? 'note' : 'warning');
      expect(r.message.text).toBe(d.message);
      const loc = r.locations[0]!.physicalLocation;
      expect(loc.artifactLocation.uri).toBe(`articles/${d.source}`);
      expect(run.artifacts[loc.artifactLocation.index!]!.location.uri).toBe(loc.artifactLocation.uri);
      expect(loc.region.charOffset).toBe(d.start);
      expect(loc.region.charLength).toBe(d.end - d.start);
    });
  });

  it('points the discrepancy at 001 with related locations in 000 and 004', () => {
    const r = run.results.find((x) => x.ruleId === 'figure-discrepancy')!;
    expect(r.level).toBe('note');
    expect(r.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 36, endLine: 1, endColumn: 66 });
    expect(r.relatedLocations.map((l) => [l.id, l.physicalLocation.artifactLocation.uri, l.message.text])).toEqual([
      [1, 'articles/000.txt', '000.txt says roughly 53,000 American service members'],
      [2, 'articles/004.txt', '004.txt says About 53,000 active duty service members'],
    ]);
    expect(r.partialFingerprints['crosscheckClaim/v1']).toBe('troops-in-japan:figure-discrepancy');
  });

  it('lists every source as an artifact with its UTF-8 length', () => {
    expect(run.artifacts.map((x) => x.location.uri)).toEqual(['000', '001', '002', '003', '004'].map((l) => `articles/${l}.txt`));
    expect(run.artifacts[0]!.length).toBe(new TextEncoder().encode(set.texts.get('000.txt')!).length);
  });

  it('takes the length in bytes as read when given (a BOM is not in the text but is in the file)', () => {
    const withBom = toSarif(a, set.texts, { byteLengths: new Map([['000.txt', 3 + new TextEncoder().encode(set.texts.get('000.txt')!).length]]) }).runs[0]!;
    expect(withBom.artifacts[0]!.length).toBe(run.artifacts[0]!.length! + 3);
    expect(withBom.artifacts[1]!.length).toBe(run.artifacts[1]!.length);
  });

  it('round-trips through JSON', () => {
    expect(JSON.parse(JSON.stringify(log))).toEqual(log);
  });
});

describe('toSarif regions: 1-based lines and UTF-16 columns', () => {
  // CRLF line ends, an astral emoji (two UTF-16 code units) before the figure, an LF-only last line.
  const text = 'Line one\r\nThe 😀 team says 12 ships.\r\nSecond 😀😀 line: 20 ships\nlast';
  const set = sourceSet({ e: text, f: 'Only 15 ships.' });
  const twelve = figure(set, { source: 'e.txt', phrase: '12 ships', number: '12', value: 12, counted: 'ships' });
  const twenty = figure(set, { source: 'e.txt', phrase: '20 ships', number: '20', value: 20, counted: 'ships' });
  const fifteen = figure(set, { source: 'f.txt', phrase: '15 ships', number: '15', value: 15, counted: 'ships' });
  const across = { ...twelve, span: { start: text.indexOf('ships.'), end: text.indexOf(' line:') } };
  const a = analysis(set, {
    claims: [claim('c', 'ships', 'conflict', [twelve, fifteen], [twelve])],
    diagnostics: [
      diagnostic(twelve, 'c', 'figure-conflict', 'Ships: e says 12; f says 15', [fifteen]),
      diagnostic(twenty, 'c', 'figure-discrepancy', 'second', [twelve]),
      { ...diagnostic(across, 'c', 'figure-discrepancy', 'across lines', []), start: across.span.start, end: across.span.end },
    ],
  });
  const run = toSarif(a, set.texts).runs[0]!;
  const region = (i: number) => run.results[i]!.locations[0]!.physicalLocation.region;

  it('counts the emoji as two columns and CRLF as one line break', () => {
    expect(text.slice(27, 35)).toBe('12 ships');
    expect(region(0)).toEqual({ startLine: 2, startColumn: 18, endLine: 2, endColumn: 26, charOffset: 27, charLength: 8 });
    expect(text.slice(56, 64)).toBe('20 ships');
    expect(region(1)).toEqual({ startLine: 3, startColumn: 19, endLine: 3, endColumn: 27, charOffset: 56, charLength: 8 });
  });

  it('gives a region across a line break its end line and the column after its last character', () => {
    // "ships.\r\nSecond 😀😀" ends before " line:" on line 3 at column 12 (7 + 4 code units + 1).
    expect(region(2)).toMatchObject({ startLine: 2, startColumn: 21, endLine: 3, endColumn: 12 });
    expect(run.results[2]!.level).toBe('note');
  });

  it('resolves related locations the same way', () => {
    const rel = run.results[1]!.relatedLocations[0]!;
    expect(rel.physicalLocation.region).toMatchObject({ startLine: 2, startColumn: 18 });
    expect(run.results[0]!.relatedLocations[0]!.physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 6, endColumn: 14 });
  });

  it('declares the newline sequences it used', () => {
    expect(run.newlineSequences).toEqual(['\r\n', '\n', '\r']);
  });

  it('reports textual discrepancies only when asked', () => {
    const withTextual = toSarif(
      {
        ...a,
        textual: [
          {
            id: 't',
            kind: 'spelling',
            what: 'name spelling',
            variants: [
              { text: 'ships', mentions: [{ source: 'f.txt', start: 8, end: 13 }] },
              { text: 'shipz', mentions: [{ source: 'e.txt', start: 30, end: 35 }] },
            ],
            reason: "'shipz' once in e vs 'ships' in f",
          },
        ],
      },
      set.texts,
      { textual: true },
    ).runs[0]!;
    expect(withTextual.tool.driver.rules.map((r) => r.id)).toContain('textual-discrepancy');
    const r = withTextual.results[withTextual.results.length - 1]!;
    expect(r).toMatchObject({ ruleId: 'textual-discrepancy', level: 'note' });
    expect(r.locations[0]!.physicalLocation.artifactLocation.uri).toBe('articles/e.txt');
    expect(r.relatedLocations[0]!.physicalLocation.artifactLocation.uri).toBe('articles/f.txt');
    expect(run.tool.driver.rules.map((x) => x.id)).not.toContain('textual-discrepancy');
  });
});

describe('URIs', () => {
  it.each([
    ['seeds/001 a.txt', 'seeds/001%20a.txt'],
    ['/home/me/news/a#1.txt', 'file:///home/me/news/a%231.txt'],
    ['C:\\news\\a.txt', 'file:///C:/news/a.txt'],
    ['file:///already/a.txt', 'file:///already/a.txt'],
    ['untitled:Untitled-1', 'untitled:Untitled-1'],
  ])('%s → %s', (path, uri) => {
    expect(defaultUri('x', path)).toBe(uri);
  });

  it('marks relative URIs with a base id when a base is given, and lists skipped sources as notifications', () => {
    const set = sourceSet({ a: 'text' }, { a: { skipped: 'binary file' } });
    const run = toSarif(analysis(set, {}), new Map(), { baseUri: 'file:///work' }).runs[0]!;
    expect(run.originalUriBaseIds).toEqual({ SRCROOT: { uri: 'file:///work/' } });
    expect(run.artifacts).toEqual([]);
    expect(run.invocations[0]!.toolExecutionNotifications[0]!.message.text).toBe('articles/a.txt: binary file');
  });
});
