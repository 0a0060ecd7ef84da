// Validates the hand-written fixture sets under test/fixtures/: every expected
// reading must point at text that really is in its article files, so that
// tests built on them compare the analyzer with something real.
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const VERDICTS = ['agree', 'discrepancy', 'conflict'];

interface Value { source: string; span: string; value: number; unit?: string; qualifier: string; note?: string }
interface Ref { source: string; span: string; note?: string }
interface Claim {
  id: string; measure: string; verdict: string; values: Value[];
  flag?: string[]; mustNotFlag?: string[]; related?: Ref[]; explain?: string;
}
interface GlobalNoFlag { source: string; line?: string; span?: string; why?: string }
interface Expected {
  referenceDate: string; claims: Claim[]; singleSource?: Ref[]; mustNotFlag?: GlobalNoFlag[];
  boilerplate?: { source: string; line: string }[];
  timeline?: { date: string; event: string; sources: string[] }[];
  textualDiscrepancies?: { what: string; values: string[]; note?: string }[];
}

interface FixtureSet { name: string; jsonPath: string; textDir: string; ownSet: boolean }

/** Every folder of test/fixtures holding `<name>.expected.json`; the seeds reading points at ../../seeds. */
function findSets(): FixtureSet[] {
  const sets: FixtureSet[] = [];
  for (const entry of fs.readdirSync(FIXTURES, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(FIXTURES, entry.name);
    for (const f of fs.readdirSync(dir)) {
      if (!f.endsWith('.expected.json')) continue;
      const isSeeds = f === 'seeds.expected.json';
      sets.push({
        name: `${entry.name}/${f}`,
        jsonPath: path.join(dir, f),
        textDir: isSeeds ? path.join(ROOT, 'seeds') : dir,
        ownSet: !isSeeds,
      });
    }
  }
  return sets.sort((a, b) => a.name.localeCompare(b.name));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function loadTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const f of fs.readdirSync(dir).sort()) {
    if (f.endsWith('.txt')) texts.set(f, utf8.decode(fs.readFileSync(path.join(dir, f))));
  }
  return texts;
}

const linesOf = (text: string): string[] => text.split(/\r?\n/);

const sets = findSets();

describe('fixture sets', () => {
  it('finds the three hand-written sets', () => {
    const names = sets.map((s) => s.name);
    for (const n of ['acquisition', 'earthquake', 'election']) {
      expect(names).toContain(`${n}/${n}.expected.json`);
    }
  });
});

for (const set of sets) {
  describe(`fixture ${set.name}`, () => {
    const data = JSON.parse(fs.readFileSync(set.jsonPath, 'utf8')) as Expected;
    const texts = loadTexts(set.textDir);
    const textOf = (source: string): string => {
      const t = texts.get(source);
      if (t === undefined) throw new Error(`${set.name}: source file ${source} does not exist in ${set.textDir}`);
      return t;
    };
    const expectSpan = (source: string, span: string, where: string): void => {
      expect(typeof span, `${where}: span must be a string`).toBe('string');
      expect(span.length, `${where}: empty span`).toBeGreaterThan(0);
      expect(textOf(source).includes(span), `${where}: span not found in ${source}: ${JSON.stringify(span)}`).toBe(true);
      expect(/[\r\n]/.test(span), `${where}: span crosses a line: ${JSON.stringify(span)}`).toBe(false);
    };

    it('has a referenceDate and claims', () => {
      expect(data.referenceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Array.isArray(data.claims) && data.claims.length > 0).toBe(true);
      const ids = data.claims.map((c) => c.id);
      expect(new Set(ids).size, 'claim ids must be unique').toBe(ids.length);
    });

    if (set.ownSet) {
      it('article files are UTF-8 text of 1.5-4 KB named <nn>_<slug>.txt', () => {
        expect(texts.size).toBeGreaterThanOrEqual(4);
        expect(texts.size).toBeLessThanOrEqual(5);
        for (const f of texts.keys()) {
          expect(f).toMatch(/^\d{2}_[a-z0-9-]+\.txt$/);
          const bytes = fs.statSync(path.join(set.textDir, f)).size;
          expect(bytes, `${f} size`).toBeGreaterThanOrEqual(1500);
          expect(bytes, `${f} size`).toBeLessThanOrEqual(4096);
        }
      });

      it('every article file is used by at least one claim', () => {
        const used = new Set(data.claims.flatMap((c) => c.values.map((v) => v.source)));
        for (const f of texts.keys()) expect(used.has(f), `${f} unused`).toBe(true);
      });

      it('exercises CRLF, non-breaking spaces or curly quotes somewhere', () => {
        const all = [...texts.values()].join('');
        expect(/\r\n|\u00a0|[\u2018\u2019\u201c\u201d]/.test(all)).toBe(true);
      });
    }

    for (const claim of data.claims) {
      it(`claim ${claim.id}`, () => {
        expect(VERDICTS, `${claim.id}: verdict`).toContain(claim.verdict);
        expect(claim.values.length, `${claim.id}: values`).toBeGreaterThan(0);
        for (const v of claim.values) {
          expectSpan(v.source, v.span, `${claim.id}`);
          expect(typeof v.value, `${claim.id}: value of ${v.span}`).toBe('number');
          expect(Number.isFinite(v.value)).toBe(true);
          if (set.ownSet) expect(typeof v.qualifier, `${claim.id}: qualifier of ${v.span}`).toBe('string');
        }
        const spans = new Set(claim.values.map((v) => v.span));
        const flagged = new Set<string>();
        for (const f of claim.flag ?? []) {
          const m = /^([^:]+\.txt): (.+)$/s.exec(f);
          expect(m, `${claim.id}: flag entry must read "<file>: <span>": ${f}`).not.toBeNull();
          const [, source, span] = m!;
          expect(
            claim.values.some((v) => v.source === source && v.span === span),
            `${claim.id}: flag entry is not a span of this claim: ${f}`,
          ).toBe(true);
          flagged.add(span);
        }
        for (const s of claim.mustNotFlag ?? []) {
          expect(spans.has(s), `${claim.id}: mustNotFlag entry is not a span of this claim: ${s}`).toBe(true);
          expect(flagged.has(s), `${claim.id}: span both flagged and mustNotFlag: ${s}`).toBe(false);
        }
        for (const r of claim.related ?? []) expectSpan(r.source, r.span, `${claim.id} related`);
        if (set.ownSet) {
          if (claim.verdict === 'agree') expect(claim.flag ?? [], `${claim.id}: an agreeing claim flags nothing`).toEqual([]);
          else expect((claim.flag ?? []).length, `${claim.id}: a ${claim.verdict} must flag a span`).toBeGreaterThan(0);
        }
      });
    }

    it('single-source figures are in their files', () => {
      for (const r of data.singleSource ?? []) expectSpan(r.source, r.span, 'singleSource');
    });

    it('global mustNotFlag entries are in their files', () => {
      for (const e of data.mustNotFlag ?? []) {
        if (e.line !== undefined) {
          expect(linesOf(textOf(e.source)), `mustNotFlag line in ${e.source}`).toContain(e.line);
        } else {
          expect(typeof e.span).toBe('string');
          if (e.source === '*') {
            expect([...texts.values()].some((t) => t.includes(e.span!)), `mustNotFlag span in no file: ${e.span}`).toBe(true);
          } else {
            expectSpan(e.source, e.span!, 'mustNotFlag');
          }
        }
      }
    });

    it('boilerplate lines are whole lines of their files', () => {
      for (const b of data.boilerplate ?? []) {
        expect(linesOf(textOf(b.source)), `boilerplate in ${b.source}`).toContain(b.line);
      }
    });

    it('timeline entries name existing sources', () => {
      const prefixes = new Set([...texts.keys()].map((f) => f.slice(0, f.indexOf('_'))));
      for (const t of data.timeline ?? []) {
        expect(typeof t.date).toBe('string');
        expect(t.date).toMatch(/\d{4}/);
        expect(t.sources.length, `timeline ${t.date}`).toBeGreaterThan(0);
        for (const s of t.sources) {
          const prefix = s.replace(/_.*$/, '');
          expect(prefixes.has(prefix) || prefixes.has(prefix.padStart(3, '0')), `timeline ${t.date}: unknown source ${s}`).toBe(true);
        }
      }
    });
  });
}
