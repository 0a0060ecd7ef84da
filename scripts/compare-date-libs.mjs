#!/usr/bin/env node
// Measures how well compromise-dates, chrono-node and Crosscheck's own date grammar read news
// dates: seed sentences plus sentences from other domains (a disaster, an election, a company
// deal), each with a reference date and the dates a careful reader gives. Prints a table.
//
//   node scripts/compare-date-libs.mjs            (chrono-node from node_modules, if installed)
//   CHRONO_PATH=/some/dir/node_modules/chrono-node node scripts/compare-date-libs.mjs
//
// A gold date is "found" when a match overlaps its span and the match's start (or end, for
// ranges) at the gold's precision equals it. A false positive is a match overlapping no gold span.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');

// [text, reference date, [[span, date], ...]] — date as YYYY, YYYY-MM or YYYY-MM-DD (range: its start)
const SEEDS = [
  ['(On Monday, China responded by saying that any military agreement should not target a third country.)', '2025-03-30', [['Monday', '2025-03-31']]],
  ['Tokyo is raising defense spending to about two percent of GDP, twice as much as in 2022.', '2025-03-30', [['2022', '2022']]],
  ['Defense Secretary Pete Hegseth said on March 30 that Japan is indispensable.', '2025-03-30', [['March 30', '2025-03-30']]],
  ['In July 2024, the Biden administration announced a significant enhancement of the command.', '2025-03-30', [['July 2024', '2024-07']]],
  ['He will head a joint operation command created last week by Japan’s Self-Defense Forces.', '2025-03-30', [['last week', '2025-03-24']]],
  ['On Saturday, the defense secretary attended a memorial service on Iwo Jima, the location of intense fighting 80 years ago.', '2025-03-30', [['Saturday', '2025-03-29'], ['80 years ago', '1945']]],
  ['Hegsett called Japan an indispensable partner during a visit today and announced the upgrade.', '2025-03-30', [['today', '2025-03-30']]],
  ['Japan and the United States decided in July to upgrade command of the Japanese military.', '2025-03-30', [['July', '2024-07']]],
  ['Tokyo last week launched the Japan Joint Operations Command.', '2025-03-30', [['last week', '2025-03-24']]],
  ['On Saturday, the first day of his visit, Hegseth joined a commemoration marking the 80th anniversary of the battle.', '2025-03-30', [['Saturday', '2025-03-29'], ['80th anniversary', '1945']]],
  ['U.S. Defense Secretary Pete Hegseth, during his visit to Tokyo on Sunday, highlighted Japan’s vital role.', '2025-03-30', [['Sunday', '2025-03-30']]],
  ['The U.S. arms Taiwan under a 1979 mandate.', '2025-03-30', [['1979', '1979']]],
  ['Doubts were fueled earlier this month when Trump criticized the Security Treaty, signed in 1960, by highlighting the fact.', '2025-03-30', [['earlier this month', '2025-03'], ['1960', '1960']]],
  ['Under the current deal, which runs through March 2027, Japan pays an average of 211 billion yen each year.', '2025-03-30', [['through March 2027', '2027-03']]],
  ['Tokyo is raising its defense spending to about 2% of GDP in 2027 from about 1% five years earlier.', '2025-03-30', [['2027', '2027'], ['five years earlier', '2022']]],
  ['Japan pays about $1.4 billion a year to the US to help offset the costs.', '2025-03-30', []],
  ['A significant development occurred in July under the Biden administration.', '2025-03-30', [['July', '2024-07']]],
];
const OWN = [
  // a disaster
  ['A magnitude 7.5 earthquake struck the Noto peninsula on Monday, killing dozens.', '2024-01-03', [['Monday', '2024-01-01']]],
  ['The last major quake in the region hit in 2007.', '2024-01-03', [['2007', '2007']]],
  ['Rescuers pulled a woman from the rubble two days ago.', '2024-01-03', [['two days ago', '2024-01-01']]],
  ['The storm made landfall on Thursday, the first hurricane of the season.', '2024-09-28', [['Thursday', '2024-09-26']]],
  ['Power will be restored by Friday, the utility said.', '2024-09-28', [['Friday', '2024-10-04']]],
  // an election
  ['Voters went to the polls on November 5, 2024.', '2024-11-07', [['November 5, 2024', '2024-11-05']]],
  ['The runoff will be held on Dec. 3.', '2024-11-10', [['Dec. 3', '2024-12-03']]],
  ['The governor, elected in 2018, conceded last night.', '2022-11-09', [['2018', '2018'], ['last night', '2022-11-08']]],
  ['Turnout was the highest since the 1990s.', '2022-11-09', [['1990s', '1990']]],
  ['Early voting ended last week.', '2022-11-09', [['last week', '2022-10-31']]],
  // a company deal
  ['Acme agreed last month to buy Widget Corp for $2 billion.', '2025-06-12', [['last month', '2025-05']]],
  ['The deal is expected to close in the first quarter of 2026.', '2025-06-12', [['first quarter of 2026', '2026-01']]],
  ['Shareholders approved the merger in December.', '2024-01-10', [['December', '2023-12']]],
  ['The company, founded 25 years ago, pays a dividend every quarter.', '2025-06-12', [['25 years ago', '2000']]],
  ['Acme will report earnings on Tuesday.', '2025-06-12', [['Tuesday', '2025-06-17']]],
  ['Sales grew 5% each year since 2019.', '2025-06-12', [['2019', '2019']]],
  ['The plant runs 24/7 and employs 1,200 people.', '2025-06-12', []],
];

const iso = (d) => d.toISOString().slice(0, 10);
const atPrecision = (isoDay, gold) => isoDay.slice(0, gold.length);

/** Each reader: (text, ref) -> [{start, end, dates: ['YYYY-MM-DD', ...]}] */
async function readers() {
  const out = {};
  const nlp = require('compromise');
  nlp.plugin(require('compromise-dates'));
  out['compromise-dates'] = (text, ref) =>
    nlp(text)
      .dates({ today: ref, timezone: 'UTC' })
      .json({ offset: true })
      .map((m) => ({ start: m.offset.start, end: m.offset.start + m.offset.length, dates: [m.dates?.start, m.dates?.end].filter(Boolean).map((s) => s.slice(0, 10)) }));

  let chrono;
  try {
    chrono = require(process.env.CHRONO_PATH || 'chrono-node');
  } catch {
    console.error('chrono-node not found: set CHRONO_PATH to measure it');
  }
  if (chrono) {
    out['chrono-node'] = (text, ref) =>
      chrono.parse(text, new Date(ref + 'T12:00:00Z'), { forwardDate: false }).map((r) => ({
        start: r.index,
        end: r.index + r.text.length,
        dates: [r.start.date(), r.end?.date()].filter(Boolean).map(iso),
      }));
  }

  // our grammar + resolver, bundled from the TypeScript sources
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-dates-'));
  const outfile = join(dir, 'dates.cjs');
  await build({
    stdin: {
      contents: `export { extractDateExpressions } from './src/core/dates/expressions';
        export { resolveExpression, parseIsoDay } from './src/core/dates/resolve';
        export { segment } from './src/core/text/segment';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'error',
  });
  const core = require(outfile);
  rmSync(dir, { recursive: true, force: true });
  out['crosscheck grammar'] = (text, ref) => {
    const source = { id: 's', uri: 's', text };
    const reference = { day: core.parseIsoDay(ref), inferred: false };
    let previous;
    return core.extractDateExpressions(source, core.segment(text).sentences).map((e) => {
      // "five years earlier" hangs on the sentence's previous date, as resolveTimeline does
      const r = core.resolveExpression(e, reference, e.anchor === 'sentence' ? previous : undefined);
      if (r && e.anchor !== 'sentence') previous = r;
      return { start: e.span.start, end: e.span.end, dates: r ? [r.date, r.endDate].filter(Boolean) : [] };
    });
  };
  return out;
}

function score(reader, rows) {
  let found = 0;
  let gold = 0;
  let falsePos = 0;
  let ms = 0;
  const misses = [];
  for (const [text, ref, golds] of rows) {
    const t0 = performance.now();
    const matches = reader(text, ref);
    ms += performance.now() - t0;
    for (const [span, date] of golds) {
      gold++;
      const s = text.indexOf(span);
      const hit = matches.find((m) => m.start < s + span.length && m.end > s && m.dates.some((d) => atPrecision(d, date) === date));
      if (hit) found++;
      else misses.push(`${span} (${date})`);
    }
    for (const m of matches) {
      const overlaps = golds.some(([span]) => {
        const s = text.indexOf(span);
        return m.start < s + span.length && m.end > s;
      });
      if (!overlaps) falsePos++;
    }
  }
  return { found, gold, falsePos, ms, misses };
}

const all = await readers();
const rows = [];
for (const [name, reader] of Object.entries(all)) {
  reader('warm up on Monday', '2025-01-01');
  // best of three runs: the time is the reader's, not the machine's other load
  const runs = [0, 1, 2].map(() => ({ seeds: score(reader, SEEDS), own: score(reader, OWN) }));
  const best = runs.reduce((a, b) => (a.seeds.ms + a.own.ms <= b.seeds.ms + b.own.ms ? a : b));
  rows.push({ name, ...best });
}
const pad = (s, n) => String(s).padEnd(n);
console.log(`| ${pad('reader', 20)} | seeds right | own right | false positives | ms (34 sentences) |`);
console.log(`|${'-'.repeat(22)}|-------------|-----------|-----------------|-------------------|`);
for (const { name, seeds, own } of rows) {
  console.log(
    `| ${pad(name, 20)} | ${pad(`${seeds.found}/${seeds.gold}`, 11)} | ${pad(`${own.found}/${own.gold}`, 9)} | ${pad(seeds.falsePos + own.falsePos, 15)} | ${pad((seeds.ms + own.ms).toFixed(1), 17)} |`,
  );
}
for (const { name, seeds, own } of rows) console.log(`${name} misses: ${[...seeds.misses, ...own.misses].join('; ') || 'none'}`);
