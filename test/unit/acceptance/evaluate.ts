// Checks an Analysis against a careful human reading (the *.expected.json format described in
// test/fixtures/README.md) and lists every check that fails, so tests can report them all at once.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, Source } from '../../../src/core/types';

export interface ExpectedValue { source: string; span: string }
export interface ExpectedClaim { id: string; verdict: string; values: ExpectedValue[]; flag?: string[]; mustNotFlag?: string[] }
export interface ExpectedSet {
  claims: ExpectedClaim[];
  mustNotFlag?: { source: string; span?: string; line?: string }[];
}

export function loadSet(dir: string, expectedFile: string): { sources: Source[]; expected: ExpectedSet } {
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, uri: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
  return { sources, expected: JSON.parse(readFileSync(expectedFile, 'utf8')) as ExpectedSet };
}

interface Located { source: string; start: number; end: number }

/** Every place `needle` occurs in the named source ('*' = every source). */
function locate(sources: readonly Source[], source: string, needle: string, asLine = false): Located[] {
  const out: Located[] = [];
  for (const s of sources) {
    if (source !== '*' && s.id !== source) continue;
    if (asLine) {
      let offset = 0;
      for (const line of s.text.split('\n')) {
        if (line.replace(/\r$/, '').trim() === needle.trim()) out.push({ source: s.id, start: offset, end: offset + line.length });
        offset += line.length + 1;
      }
      continue;
    }
    for (let i = s.text.indexOf(needle); i >= 0; i = s.text.indexOf(needle, i + 1)) out.push({ source: s.id, start: i, end: i + needle.length });
  }
  return out;
}

const overlaps = (a: Located, b: Located) => a.source === b.source && a.start < b.end && b.start < a.end;

/** "001_x.txt: 50,000 U.S. troops" → source and span. */
function splitFlag(flag: string): ExpectedValue {
  const i = flag.indexOf(': ');
  return { source: flag.slice(0, i), span: flag.slice(i + 2) };
}

export function evaluate(analysis: Analysis, sources: readonly Source[], expected: ExpectedSet): string[] {
  const failures: string[] = [];
  const diagnostics = analysis.diagnostics.map((d) => ({ source: d.source, start: d.start, end: d.end }));
  const flagged = (place: Located) => diagnostics.some((d) => overlaps(d, place));
  const allClaims = [...analysis.claims, ...analysis.singleSource];
  for (const claim of expected.claims) {
    const places = claim.values.map((v) => locate(sources, v.source, v.span)[0]);
    if (places.some((p) => !p)) { failures.push(`${claim.id}: a value span is not in its source`); continue; }
    const spansOf = (f: Analysis['claims'][number]['figures'][number]) => [f.span, ...(f.repeats ?? []).map((r) => r.span)].map((s) => ({ source: f.source, ...s }));
    const owners = places.map((p) => allClaims.find((c) => c.figures.some((f) => spansOf(f).some((s) => overlaps(s, p!)))));
    const missing = claim.values.filter((_, i) => !owners[i]).map((v) => v.source.slice(0, 3));
    if (missing.length) failures.push(`${claim.id}: no figure found in ${missing.join(', ')}`);
    const found = owners.filter(Boolean);
    const ids = new Set(found.map((c) => c!.id));
    if (ids.size > 1) failures.push(`${claim.id}: split over ${ids.size} claims`);
    else if (found.length === owners.length && found[0]!.verdict !== claim.verdict) failures.push(`${claim.id}: verdict ${found[0]!.verdict}, expected ${claim.verdict}`);
    for (const flag of claim.flag ?? []) {
      const { source, span } = splitFlag(flag);
      const place = locate(sources, source, span)[0];
      if (!place || !flagged(place)) failures.push(`${claim.id}: not flagged: ${source.slice(0, 3)} "${span}"`);
    }
    for (const span of claim.mustNotFlag ?? []) {
      for (const place of claim.values.filter((v) => v.span === span).flatMap((v) => locate(sources, v.source, span))) {
        if (flagged(place)) failures.push(`${claim.id}: wrongly flagged: ${place.source.slice(0, 3)} "${span}"`);
      }
    }
  }
  for (const m of expected.mustNotFlag ?? []) {
    const needle = m.span ?? m.line ?? '';
    for (const place of locate(sources, m.source, needle, m.line !== undefined)) {
      if (flagged(place)) failures.push(`must not flag: ${place.source.slice(0, 3)} "${needle}"`);
    }
  }
  return failures;
}
