#!/usr/bin/env node
// `npm run bench`: how fast Crosscheck analyses 5, 50 and 250 articles and one 1 MB article,
// against a plain compromise parse of the same text; incremental re-analysis after one edit;
// cold start of the built extension; bundle size. A benchmark, not a test: it prints figures
// and a one-line digest, and fails only if something crashes.
//
//   npm run bench                 all figures, 3 runs each (median; incremental: one run of 50 edits)
//   npm run bench -- --runs 5     more runs
//   npm run bench -- --quick      1 run each, no 1 MB single document (a smoke run)
//   npm run bench -- --json out/bench/results.json   also write the figures as JSON
//   npm run bench -- --core <dir>/src/core/analyze.ts  measure another copy of the core (before/after)
//   npm run bench -- --edits 10   fewer incremental edits (default 50)
//   BENCH_DIST=<dir> node scripts/bench.mjs --child cold docs250   cold start of another build
//   npm run bench -- --big-file   only the big single-line file (issue 16): 40,000 short sentences
//                                 with one figure each (~1.26 MB, generated into out/bench/, never
//                                 committed) beside the five seeds, by the CLI and by stage
//   npm run bench -- --newsroom   only the newsroom corpus (issue 16): 2,500 articles (~10 MB) by
//                                 the CLI, against 10x the 250-article time
//   npm run bench -- --growth     big file at 5k/10k/20k/40k sentences: time, peak RSS, stages
//   npm run bench -- --growth --growth-sizes 5000,10000,20000   a shorter series
//   npm run bench -- --growth-newsroom   newsroom at 312/625/1,250/2,500 articles (slow)
//   npm run bench -- --sentences 20000   big file of another size (with --big-file)
//   npm run bench -- --classic    only the parts that predate issue 16
//   (no part flag: the classic parts, then --big-file and --newsroom)
//
// Every measured figure comes from a fresh child process (`--child <task> <corpus>`), so each
// has its own peak RSS (`process.resourceUsage().maxRSS`) and no cache survives between runs.
// Corpora are deterministic: built from seeds/ and test/fixtures/<set>/ with a seeded PRNG that
// renames people and places and shifts numbers, so no two documents are copies of each other.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'out', 'bench');
const CORPORA = join(OUT, 'corpora');
const CORE_BUNDLE = join(OUT, 'core.cjs');
const PROD_DIST = process.env.BENCH_DIST ?? join(OUT, 'dist');
const require = createRequire(import.meta.url);

const TARGETS = {
  ratio: 0.5, // full / baseline on the 250-doc corpus
  singleVsMany: 1.5, // single 1 MB document / 250 documents
  incrementalP95: 50, // ms
  activate: 50, // ms
  bundle: 1.5 * 1024 * 1024, // bytes, minified extension bundle
  rss: 300, // MB on the 1 MB corpus
};

// ---------------------------------------------------------------------------
// Deterministic corpora

/** mulberry32: a small seeded PRNG, so every run builds the same corpora. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STORIES = [
  { name: 'seeds', dir: 'seeds' },
  { name: 'earthquake', dir: 'test/fixtures/earthquake' },
  { name: 'election', dir: 'test/fixtures/election' },
  { name: 'acquisition', dir: 'test/fixtures/acquisition' },
];

const MONTHS = 'January February March April May June July August September October November December';
const KEEP_WORDS = new Set(
  `${MONTHS} Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An In On At By For From With This That It He She They We I`.split(' '),
);
const MONTH_RE = new RegExp(`(?:${MONTHS.split(' ').join('|')})\\s*$`);
const SYLLABLES = ['ka', 'ro', 'mi', 'ven', 'dor', 'li', 'sa', 'tu', 'bel', 'an', 'or', 'ne', 'vas', 'ri', 'lo', 'mar'];

function readStory(story) {
  const dir = join(ROOT, story.dir);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

function newName(rand) {
  const n = 2 + Math.floor(rand() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Renames about half of the mid-sentence capitalised words (people, places), consistently within a document. */
function renameEntities(text, rand) {
  const names = new Map();
  return text.replace(/(?<=[a-z,] )[A-Z][a-z]{3,}\b/g, (word) => {
    if (KEEP_WORDS.has(word)) return word;
    if (!names.has(word)) names.set(word, rand() < 0.5 ? newName(rand) : word);
    return names.get(word);
  });
}

function formatLike(original, value) {
  const decimals = (/\.(\d+)$/.exec(original.replace(/,/g, '')) ?? [, ''])[1].length;
  let s = value.toFixed(decimals);
  if (original.includes(',')) {
    const [int, frac] = s.split('.');
    s = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
  }
  return s;
}

/** Shifts about half of the numbers by -20%..+25%, keeping their format; years, times and days of months stay. */
function shiftNumbers(text, rand) {
  return text.replace(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g, (num, offset) => {
    const before = text.slice(Math.max(0, offset - 12), offset);
    const after = text.slice(offset + num.length, offset + num.length + 12);
    const value = Number(num.replace(/,/g, ''));
    if (/[\d:.,]$/.test(before) || /^[:\d]/.test(after)) return num; // part of a bigger token, a time
    if (/^\d{4}$/.test(num) && value >= 1800 && value <= 2100) return num; // a year
    if (value <= 31 && (MONTH_RE.test(before) || /^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?[A-Z][a-z]+/.test(after) && MONTH_RE.test(after.trim().split(/\s+/)[0] ?? ''))) return num;
    if (rand() < 0.5) return num;
    const factor = 0.8 + rand() * 0.45;
    const shifted = Math.max(1, value * factor);
    return formatLike(num, Number.isInteger(value) && !num.includes('.') ? Math.round(shifted) : shifted);
  });
}

/**
 * Document `i` of the generated stream: one article of a story (stories take turns), extended to
 * about `size` characters with paragraphs of the story's other articles in a seeded order, then
 * renamed and renumbered with a PRNG seeded by `i`.
 */
function makeDocument(i, stories, size) {
  const rand = prng(0x5eed + i * 7919);
  const story = stories[i % stories.length];
  const base = story.texts[Math.floor(i / stories.length) % story.texts.length];
  const paragraphs = story.texts
    .filter((t) => t !== base)
    .flatMap((t) => t.split(/\n+/).slice(2))
    .filter((p) => p.trim().length > 40);
  let text = base.trim();
  while (text.length < size && paragraphs.length > 0) {
    const k = Math.floor(rand() * paragraphs.length);
    text += `\n\n${paragraphs.splice(k, 1)[0].trim()}`;
  }
  return shiftNumbers(renameEntities(text, rand), rand);
}

function buildCorpora() {
  const stories = STORIES.map((s) => ({ ...s, texts: readStory(s) }));
  const docs = Array.from({ length: 250 }, (_, i) => makeDocument(i, stories, 4000));
  const sources = (n) => docs.slice(0, n).map((text, i) => ({ id: `doc${String(i).padStart(3, '0')}.txt`, uri: `doc${String(i).padStart(3, '0')}.txt`, text }));
  const seeds = stories[0].texts.map((text, i) => ({ id: `seed${i}.txt`, uri: `seed${i}.txt`, text }));
  return {
    seeds,
    docs5: sources(5),
    docs50: sources(50),
    docs250: sources(250),
    single1mb: [{ id: 'single.txt', uri: 'single.txt', text: docs.join('\n\n') }],
  };
}

/** Documents 0..n-1 of the same generated stream as the 5/50/250-doc corpora (its first 250 are docs250). */
function newsroomSources(n) {
  const stories = STORIES.map((s) => ({ ...s, texts: readStory(s) }));
  return Array.from({ length: n }, (_, i) => {
    const id = `doc${String(i).padStart(4, '0')}.txt`;
    return { id, uri: id, text: makeDocument(i, stories, 4000) };
  });
}

const BIG_SUBJECTS = ['Officials', 'Rescuers', 'Police', 'Medics', 'Crews', 'Aid groups', 'Inspectors', 'Volunteers'];
const BIG_VERBS = ['counted', 'reported', 'recorded', 'confirmed', 'listed', 'logged'];
const BIG_NOUNS = ['tents', 'homes', 'trucks', 'boats', 'beds', 'pumps', 'crates', 'schools', 'families', 'workers', 'shelters', 'vehicles'];

/**
 * The big file of issue 16: `n` short sentences on ONE line, each with one figure ("Medics counted
 * 4,512 beds."), about 31.5 bytes a sentence (40,000 sentences: about 1.26 MB). Seeded, so every
 * run writes the same file.
 */
function bigFileText(n) {
  const rand = prng(0xb16f11e);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const parts = [];
  for (let i = 0; i < n; i++) {
    const value = 10 + Math.floor(rand() * 9990);
    parts.push(`${pick(BIG_SUBJECTS)} ${pick(BIG_VERBS)} ${value.toLocaleString('en-US')} ${pick(BIG_NOUNS)}.`);
  }
  return parts.join(' ');
}

/** The seeds as sources, with the file names the CLI gives them. */
function seedSources() {
  const dir = join(ROOT, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, uri: f, text: readFileSync(join(dir, f), 'utf8') }));
}

// A warm-up text that shares no sentence with the corpora, so the warm-up does not fill caches
// the measured run would then hit.
const WARMUP = [
  'Harbour strike enters second week as talks stall',
  'About 1,200 dock workers walked out on Tuesday, union leaders said, and 14 ships were waiting offshore by Friday.',
  'The port authority said losses had reached $3.5 million a day; officials expect 40% of cargo to be diverted next month.',
  'In 2019 a similar strike lasted 23 days.',
].join('\n\n');

// ---------------------------------------------------------------------------
// Child tasks: each prints one JSON line

const kb = (sources) => sources.reduce((n, s) => n + Buffer.byteLength(s.text, 'utf8'), 0) / 1024;
const rssMb = () => process.resourceUsage().maxRSS / 1024;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const digestOf = (analysis) => createHash('sha256').update(JSON.stringify(analysis)).digest('hex').slice(0, 12);
const loadCorpus = (name) => JSON.parse(readFileSync(join(CORPORA, `${name}.json`), 'utf8'));

const tasks = {
  /** A plain compromise parse of each document (no plugin), the figure the targets compare against. */
  baseline(corpus) {
    const sources = loadCorpus(corpus);
    const nlp = require('compromise');
    nlp(WARMUP).json();
    const t0 = performance.now();
    for (const s of sources) nlp(s.text);
    return { ms: performance.now() - t0, rss: rssMb() };
  },

  /** Crosscheck's full analysis (figures, claims, verdicts, dates, timeline) with a fresh analyzer. */
  full(corpus) {
    const sources = loadCorpus(corpus);
    const core = require(CORE_BUNDLE);
    core.createAnalyzer().analyze([{ id: 'warmup', uri: 'warmup', text: WARMUP }]);
    const analyzer = core.createAnalyzer();
    const t0 = performance.now();
    const analysis = analyzer.analyze(sources);
    const ms = performance.now() - t0;
    return { ms, rss: rssMb(), digest: digestOf(analysis), claims: analysis.claims.length, events: analysis.timeline.length, stages: { ...analyzer.timings } };
  },

  /** One figure changed in one document, re-analysed with the same analyzer; 50 edits. */
  incremental(corpus) {
    const sources = loadCorpus(corpus);
    const core = require(CORE_BUNDLE);
    const analyzer = core.createAnalyzer();
    analyzer.analyze(sources);
    const rand = prng(0xed17);
    const times = [];
    const cpu = [];
    const stages = {};
    let analysis;
    const edits = Number(process.env.BENCH_EDITS) || 50;
    for (let e = 0; e < edits; e++) {
      const d = Math.floor(rand() * sources.length);
      const text = sources[d].text;
      const numbers = [...text.matchAll(/\d{1,3}(?:,\d{3})+|\d+/g)].filter((m) => !/^(?:1[89]|20)\d\d$/.test(m[0]) && !/[:\d]/.test(text[m.index + m[0].length] ?? ''));
      const m = numbers[Math.floor(rand() * numbers.length)];
      const next = String(Number(m[0].replace(/,/g, '')) + e + 1);
      sources[d] = { ...sources[d], text: text.slice(0, m.index) + next + text.slice(m.index + m[0].length) };
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      analysis = analyzer.analyze(sources);
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      for (const [stage, ms] of Object.entries(analyzer.timings ?? {})) (stages[stage] ??= []).push(ms);
    }
    return {
      p50: median(times),
      p95: quantile(times, 0.95),
      max: Math.max(...times),
      // CPU time of this process: what the edits cost when other work competes for the cores
      cpuP50: median(cpu),
      cpuP95: quantile(cpu, 0.95),
      rss: rssMb(),
      digest: digestOf(analysis),
      stages: Object.fromEntries(Object.entries(stages).map(([stage, list]) => [stage, median(list)])),
    };
  },

  /**
   * require() the production bundle and run activate() with a stub `vscode`; then wait for the
   * first complete analysis of the seeds (or of a corpus written out as files), watching how long
   * the extension host's event loop is held meanwhile (what typing would wait for).
   */
  async cold(corpus) {
    const { installVscodeStub } = await import('./benchVscodeStub.mjs');
    const { monitorEventLoopDelay } = await import('node:perf_hooks');
    let files = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'seeds', f));
    if (corpus) {
      const dir = join(CORPORA, corpus);
      mkdirSync(dir, { recursive: true });
      files = loadCorpus(corpus).map((s) => {
        writeFileSync(join(dir, s.id), s.text);
        return join(dir, s.id);
      });
    }
    const stub = installVscodeStub({ folder: ROOT, files });
    const t0 = performance.now();
    const ext = require(join(PROD_DIST, 'extension.js'));
    const t1 = performance.now();
    const api = ext.activate(stub.context);
    const t2 = performance.now();
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    await new Promise((r) => setTimeout(r, 0));
    while (!api.getAnalysis()) await new Promise((r) => setTimeout(r, 1));
    const t3 = performance.now();
    delay.disable();
    const analysis = api.getAnalysis();
    await api.whenIdle();
    stub.context.subscriptions.forEach((d) => d.dispose?.());
    return {
      require: t1 - t0,
      activate: t2 - t1,
      firstAnalysis: t3 - t1,
      maxBlocked: delay.max / 1e6,
      sources: analysis.sources.length,
      claims: analysis.claims.length,
      rss: rssMb(),
      stubbed: stub.touched(),
    };
  },
};

if (process.argv[2] === '--child') {
  const [task, corpus] = process.argv.slice(3);
  const result = await tasks[task](corpus);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

// ---------------------------------------------------------------------------
// Parent: build, spawn, report

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runs = quick ? 1 : Number(args[args.indexOf('--runs') + 1] || 0) || 3;
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const coreEntry = args.includes('--core') ? resolve(args[args.indexOf('--core') + 1]) : join(ROOT, 'src/core/analyze.ts');
const edits = args.includes('--edits') ? Number(args[args.indexOf('--edits') + 1]) : 50;
const sentences = args.includes('--sentences') ? Number(args[args.indexOf('--sentences') + 1]) : 40000;
// --growth-sizes 5000,10000,20000: the big-file doubling series (default up to the 40,000 of the issue)
const growthSizes = args.includes('--growth-sizes') ? args[args.indexOf('--growth-sizes') + 1].split(',').map(Number) : [5000, 10000, 20000, 40000];
const partFlags = ['--classic', '--big-file', '--newsroom', '--growth', '--growth-newsroom'];
const anyPart = partFlags.some((f) => args.includes(f));
const parts = {
  classic: !anyPart || args.includes('--classic'),
  bigFile: !anyPart || args.includes('--big-file'),
  newsroom: !anyPart || args.includes('--newsroom'),
  growth: args.includes('--growth'),
  growthNewsroom: args.includes('--growth-newsroom'),
};

function child(task, corpus = '') {
  const out = execFileSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), '--child', task, corpus], {
    cwd: ROOT,
    env: { ...process.env, BENCH_EDITS: String(edits) },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop());
}

/** Runs a task `runs` times in fresh processes; every numeric field becomes its median. */
function measure(task, corpus, times = runs) {
  const results = Array.from({ length: times }, () => child(task, corpus));
  const merged = { ...results[0] };
  for (const key of Object.keys(merged)) {
    if (typeof merged[key] === 'number') merged[key] = median(results.map((r) => r[key]));
    else if (key === 'stages' && merged[key]) merged[key] = Object.fromEntries(Object.keys(merged[key]).map((stage) => [stage, median(results.map((r) => r[key][stage]))]));
  }
  const digests = new Set(results.map((r) => r.digest));
  if (digests.size > 1) merged.digest = `NONDETERMINISTIC(${[...digests].join(',')})`;
  return merged;
}

async function build() {
  const esbuild = await import('esbuild');
  mkdirSync(OUT, { recursive: true });
  await esbuild.build({ entryPoints: [coreEntry], outfile: CORE_BUNDLE, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  // The production bundle (minified, as `npm run package` ships it), built beside dist/ so the
  // development build others are using is left alone.
  execFileSync(process.execPath, [join(ROOT, 'esbuild.mjs'), '--production', `--outdir=${PROD_DIST}`], { cwd: ROOT, stdio: 'inherit' });
}

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const nlpVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/compromise/package.json'), 'utf8')).version;
  return { nproc: cpus().length, node: process.version, cpu: model.trim(), compromise: nlpVersion };
}

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(x < 10 ? 1 : 0) : '-');
const pad = (s, n) => String(s).padStart(n);
const mark = (ok) => (ok ? 'met' : 'MISSED');

await build();
mkdirSync(CORPORA, { recursive: true });
const corpora = buildCorpora();
for (const [name, sources] of Object.entries(corpora)) writeFileSync(join(CORPORA, `${name}.json`), JSON.stringify(sources));

const env = machine();
console.log(`core: ${coreEntry.replace(ROOT + '/', '')} · load average before the run ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`Crosscheck bench · ${env.nproc} cores · ${env.cpu} · node ${env.node} · compromise ${env.compromise} · median of ${runs} run(s), each in a fresh process`);
const stageLine = (stages) => (stages ? Object.entries(stages).map(([stage, ms]) => `${stage} ${f1(ms)}`).join(' · ') : 'not reported by this core');
if (parts.classic) {
  console.log('');
  console.log('corpus           docs      KB  baseline ms   full ms  full/base  full KB/s  base KB/s  peak RSS MB  output digest');
  const rows = {};
  const names = quick ? ['docs5', 'docs50', 'docs250'] : ['docs5', 'docs50', 'docs250', 'single1mb'];
  for (const name of names) {
    const sources = corpora[name];
    const size = kb(sources);
    const base = measure('baseline', name);
    const full = measure('full', name);
    rows[name] = { docs: sources.length, kb: size, baseline: base.ms, baselineRss: base.rss, full: full.ms, ratio: full.ms / base.ms, kbps: size / (full.ms / 1000), baseKbps: size / (base.ms / 1000), rss: full.rss, digest: full.digest, claims: full.claims, events: full.events, stages: full.stages };
    const r = rows[name];
    console.log(
      `${name.padEnd(14)} ${pad(r.docs, 6)} ${pad(f1(r.kb), 7)} ${pad(f1(r.baseline), 12)} ${pad(f1(r.full), 9)} ${pad(r.ratio.toFixed(2) + 'x', 10)} ${pad(f1(r.kbps), 10)} ${pad(f1(r.baseKbps), 10)} ${pad(f1(r.rss), 12)}  ${r.digest} (${r.claims} claims, ${r.events} events)`,
    );
  }
  console.log(`250 docs, where the full analysis goes (ms): ${stageLine(rows.docs250.stages)}`);
  // one process: the 50 edits are the distribution (p50/p95)
  const inc = measure('incremental', 'docs250', 1);
  console.log('');
  console.log(`incremental (250 docs, one figure changed in one document, ${edits} edits): p50 ${f1(inc.p50)} ms · p95 ${f1(inc.p95)} ms · max ${f1(inc.max)} ms · CPU time p50 ${f1(inc.cpuP50)} ms · p95 ${f1(inc.cpuP95)} ms · peak RSS ${f1(inc.rss)} MB · digest ${inc.digest}`);
  console.log(`  median per stage (ms): ${stageLine(inc.stages)} · load average now ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const cold = measure('cold');
  console.log(`cold start (production bundle, stub vscode): require ${f1(cold.require)} ms · activate() ${f1(cold.activate)} ms · first complete analysis of the ${cold.sources} seeds ${f1(cold.firstAnalysis)} ms after require · event loop held at most ${f1(cold.maxBlocked)} ms meanwhile`);
  const cold250 = measure('cold', 'docs250', 1);
  console.log(`editor, 250 docs from disk: first complete analysis ${f1(cold250.firstAnalysis)} ms after require · extension host's event loop held at most ${f1(cold250.maxBlocked)} ms meanwhile (what typing would wait for)`);
  const distFiles = readdirSync(PROD_DIST).filter((f) => f.endsWith('.js'));
  const bundle = Object.fromEntries(distFiles.map((f) => [f, statSync(join(PROD_DIST, f)).size]));
  const ext = bundle['extension.js'] ?? 0;
  const total = Object.values(bundle).reduce((a, b) => a + b, 0);
  console.log(`bundle (production, minified): ${distFiles.map((f) => `${f} ${f1(bundle[f] / 1024)} KB`).join(' · ')} · total ${f1(total / 1024)} KB`);

  const big = rows.docs250;
  const single = rows.single1mb;
  const checks = {
    ratio: big.ratio <= TARGETS.ratio,
    single: single ? single.full / big.full <= TARGETS.singleVsMany : undefined,
    incremental: inc.p95 <= TARGETS.incrementalP95,
    activate: cold.activate <= TARGETS.activate,
    bundle: ext <= TARGETS.bundle,
    rss: Math.max(big.rss, single?.rss ?? 0) <= TARGETS.rss,
  };
  console.log('');
  console.log('targets:');
  console.log(`  250 docs full/baseline ${big.ratio.toFixed(2)}x  (target <= ${TARGETS.ratio}x)  ${mark(checks.ratio)}`);
  if (single) console.log(`  1 MB single / 250 docs  ${(single.full / big.full).toFixed(2)}x  (target <= ${TARGETS.singleVsMany}x)  ${mark(checks.single)}`);
  console.log(`  incremental p95         ${f1(inc.p95)} ms  (target <= ${TARGETS.incrementalP95} ms)  ${mark(checks.incremental)}`);
  console.log(`  activate()              ${f1(cold.activate)} ms  (target <= ${TARGETS.activate} ms)  ${mark(checks.activate)}`);
  console.log(`  extension.js minified   ${f1(ext / 1024)} KB  (target <= ${TARGETS.bundle / 1024} KB)  ${mark(checks.bundle)}`);
  console.log(`  peak RSS on 1 MB        ${f1(Math.max(big.rss, single?.rss ?? 0))} MB  (target <= ${TARGETS.rss} MB)  ${mark(checks.rss)}`);
  if (jsonOut) writeFileSync(resolve(jsonOut), JSON.stringify({ machine: env, runs, rows, incremental: inc, cold, cold250, bundle, checks }, null, 2));
  const met = Object.values(checks).filter((v) => v === true).length;
  const counted = Object.values(checks).filter((v) => v !== undefined).length;
  console.log(
    `digest: 250 docs ${f1(big.full)} ms = ${big.ratio.toFixed(2)}x baseline · 1 MB single ${single ? `${f1(single.full)} ms = ${(single.full / big.full).toFixed(2)}x of 250` : 'skipped'} · incremental p95 ${f1(inc.p95)} ms · activate ${f1(cold.activate)} ms · first analysis ${f1(cold.firstAnalysis)} ms · extension.js ${f1(ext / 1024)} KB · peak RSS ${f1(Math.max(big.rss, single?.rss ?? 0))} MB · ${met}/${counted} targets met`,
  );
}

// ---------------------------------------------------------------------------
// Issue 16: a big single-line file and a newsroom-sized corpus, by the CLI as a user runs it


const SCALE_TARGETS = {
  bigFileMs: 10_000, // the 1.26 MB single-line file beside the seeds, by the CLI
  bigFileRss: 300, // MB
  newsroomVs250: 10, // 2,500 articles / 250 articles, CLI wall time
  newsroomRss: 1024, // MB
};
const CLI = join(PROD_DIST, 'cli.js');
const TIME_BIN = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const load1 = () => loadavg()[0].toFixed(1);
const thousands = (n) => Math.round(n).toLocaleString('en-US');

/**
 * `node cli.js <dir> --json` with stdout to /dev/null, as a user or CI runs it: wall time (from
 * here) and peak RSS of the CLI process (GNU time's %M; without /usr/bin/time, a wrapper that runs
 * the CLI's main() in-process and reports its own process.resourceUsage().maxRSS).
 */
function runCli(dir) {
  const before = load1();
  const t0 = performance.now();
  let rss;
  if (TIME_BIN) {
    const timeFile = join(OUT, 'cli-time.txt');
    const r = spawnSync(TIME_BIN, ['-f', '%e %M', '-o', timeFile, process.execPath, CLI, dir, '--json'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    rss = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(/\s+/)[1]) / 1024;
    if (r.status !== 0) return cliFailed(dir, r, t0, rss, before);
  } else {
    const wrapper = `const code = require(${JSON.stringify(CLI)}).main(process.argv.slice(1)); process.stderr.write('\\nBENCH_RSS ' + process.resourceUsage().maxRSS + '\\n'); process.exitCode = code;`;
    const r = spawnSync(process.execPath, ['-e', wrapper, dir, '--json'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0) return cliFailed(dir, r, t0, NaN, before);
    rss = Number(/BENCH_RSS (\d+)/.exec(r.stderr)[1]) / 1024;
  }
  return { ms: performance.now() - t0, rss, load: `${before}->${load1()}` };
}

/** A CLI run that failed is a finding, not the end of the bench: printed, counted as missed, and the exit code set. */
function cliFailed(dir, r, t0, rss, before) {
  const failed = `exit ${r.status}: ${String(r.stderr).trim().split('\n').pop()}`;
  console.log(`  CLI FAILED on ${dir.replace(ROOT + '/', '')} after ${f1((performance.now() - t0) / 1000)} s, peak RSS ${f1(rss)} MB (${failed})`);
  process.exitCode = 1;
  return { ms: NaN, rss, failed, load: `${before}->${load1()}` };
}

/** Writes the seeds and the big file of `n` sentences into out/bench/bigfile-<n>/ and as a corpus for the child tasks. */
function writeBigFile(n) {
  const dir = join(OUT, `bigfile-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seeds = seedSources();
  for (const s of seeds) copyFileSync(join(ROOT, 'seeds', s.id), join(dir, s.id));
  const text = bigFileText(n);
  writeFileSync(join(dir, 'big.txt'), text);
  writeFileSync(join(CORPORA, `big${n}.json`), JSON.stringify([...seeds, { id: 'big.txt', uri: 'big.txt', text }]));
  return { dir, corpus: `big${n}`, kb: Buffer.byteLength(text) / 1024 };
}

/** Writes the first `n` newsroom articles as files into out/bench/newsroom-<n>/ and as a corpus. */
let newsroomCache;
function writeNewsroom(n) {
  newsroomCache ??= newsroomSources(2500);
  const sources = newsroomCache.slice(0, n);
  const dir = join(OUT, `newsroom-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const s of sources) writeFileSync(join(dir, s.id), s.text);
  writeFileSync(join(CORPORA, `news${n}.json`), JSON.stringify(sources));
  return { dir, corpus: `news${n}`, kb: kb(sources) };
}

const fullMemo = new Map();
const fullOf = (corpus) => {
  if (!fullMemo.has(corpus)) fullMemo.set(corpus, { ...child('full', corpus), load: load1() });
  return fullMemo.get(corpus);
};
const dominant = (stages) => (stages ? Object.entries(stages).sort((a, b) => b[1] - a[1])[0] : ['-', NaN]);
const scale = {};

if (parts.bigFile || parts.growth) {
  console.log('');
  console.log(`issue 16 · ${env.nproc} cores · load average now ${loadavg().map((x) => x.toFixed(1)).join(' ')} · 1 run each (these take minutes); "full" = createAnalyzer().analyze() in a fresh process, "CLI" = node ${CLI.replace(ROOT + '/', '')} <dir> --json > /dev/null`);
}
if (parts.bigFile) {
  const big = writeBigFile(sentences);
  console.log(`big file: ${thousands(sentences)} sentences with one figure each on one line (${f1(big.kb)} KB) beside the 5 seeds`);
  const cli = runCli(big.dir);
  const checks = { time: cli.ms <= SCALE_TARGETS.bigFileMs, rss: cli.rss <= SCALE_TARGETS.bigFileRss };
  console.log(`  CLI              ${f1(cli.ms / 1000)} s  (target <= ${SCALE_TARGETS.bigFileMs / 1000} s)  ${mark(checks.time)} · peak RSS ${f1(cli.rss)} MB  (target <= ${SCALE_TARGETS.bigFileRss} MB)  ${mark(checks.rss)} · load ${cli.load}`);
  const full = fullOf(big.corpus);
  const base = child('baseline', big.corpus);
  scale.bigFile = { sentences, kb: big.kb, cli, full, baseline: base, checks };
  console.log(`  full             ${f1(full.ms / 1000)} s · peak RSS ${f1(full.rss)} MB · ${full.claims} claims, ${full.events} events · load ${full.load}`);
  console.log(`  baseline         ${f1(base.ms / 1000)} s · peak RSS ${f1(base.rss)} MB (plain nlp() of each file) · full/baseline ${(full.ms / base.ms).toFixed(2)}x · CLI/baseline ${(cli.ms / base.ms).toFixed(2)}x`);
  console.log(`  where the full analysis goes (ms): ${stageLine(full.stages)} · dominant: ${dominant(full.stages)[0]}`);
}
if (parts.growth) {
  console.log('big file growth (full analysis in a fresh process; time ratio to the previous size; stages in ms):');
  console.log('  sentences      KB    full s  x prev  peak RSS MB  load  stages');
  let prev;
  scale.growth = [];
  for (const n of growthSizes) {
    const big = writeBigFile(n);
    const full = fullOf(big.corpus);
    scale.growth.push({ sentences: n, kb: big.kb, ...full });
    console.log(`  ${pad(thousands(n), 9)} ${pad(f1(big.kb), 7)} ${pad(f1(full.ms / 1000), 9)} ${pad(prev ? (full.ms / prev.ms).toFixed(2) + 'x' : '-', 7)} ${pad(f1(full.rss), 12)} ${pad(full.load, 5)}  ${stageLine(full.stages)}`);
    prev = full;
  }
}
if (parts.newsroom) {
  console.log('');
  const small = writeNewsroom(250);
  const large = writeNewsroom(2500);
  console.log(`newsroom corpus (the generator of the 250-doc corpus, continued), by the CLI:`);
  const cli250 = runCli(small.dir);
  const base250 = child('baseline', small.corpus);
  console.log(`  250 articles  (${f1(small.kb)} KB): CLI ${f1(cli250.ms / 1000)} s · peak RSS ${f1(cli250.rss)} MB · baseline ${f1(base250.ms / 1000)} s · CLI/baseline ${(cli250.ms / base250.ms).toFixed(2)}x · load ${cli250.load}`);
  const cli2500 = runCli(large.dir);
  const base2500 = child('baseline', large.corpus);
  console.log(`  2,500 articles (${f1(large.kb)} KB): CLI ${f1(cli2500.ms / 1000)} s · peak RSS ${f1(cli2500.rss)} MB · baseline ${f1(base2500.ms / 1000)} s · CLI/baseline ${(cli2500.ms / base2500.ms).toFixed(2)}x · load ${cli2500.load}`);
  const checks = { time: cli2500.ms / cli250.ms <= SCALE_TARGETS.newsroomVs250, rss: cli2500.rss <= SCALE_TARGETS.newsroomRss };
  scale.newsroom = { cli250, cli2500, base250, base2500, kb250: small.kb, kb2500: large.kb, checks };
  console.log(`  2,500 / 250 articles: ${(cli2500.ms / cli250.ms).toFixed(2)}x  (target <= ${SCALE_TARGETS.newsroomVs250}x, i.e. <= ${f1(cli250.ms * SCALE_TARGETS.newsroomVs250 / 1000)} s)  ${mark(checks.time)} · peak RSS ${f1(cli2500.rss)} MB  (target <= ${SCALE_TARGETS.newsroomRss} MB)  ${mark(checks.rss)}`);
}
if (parts.growthNewsroom) {
  console.log('newsroom growth (CLI; time ratio to the previous size):');
  console.log('  articles      KB     CLI s  x prev  peak RSS MB  load');
  let prev;
  scale.growthNewsroom = [];
  for (const n of [312, 625, 1250, 2500]) {
    const corpus = writeNewsroom(n);
    const cli = runCli(corpus.dir);
    scale.growthNewsroom.push({ articles: n, kb: corpus.kb, ...cli });
    console.log(`  ${pad(thousands(n), 8)} ${pad(f1(corpus.kb), 7)} ${pad(f1(cli.ms / 1000), 9)} ${pad(prev ? (cli.ms / prev.ms).toFixed(2) + 'x' : '-', 7)} ${pad(f1(cli.rss), 12)}  ${cli.load}`);
    prev = cli;
  }
}
if (jsonOut && Object.keys(scale).length) {
  const file = resolve(jsonOut);
  const previous = parts.classic && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  writeFileSync(file, JSON.stringify({ ...previous, machine: env, scale }, null, 2));
}
