// Answer keys as ../shared/tools/score.py reads them: a cluster key as it is, the seeds key
// (acceptance/seeds.expected.json) converted the way score.py's convert_seeds_key does.
import { readFileSync } from 'node:fs';
import type { Articles } from './articles';

/** A place in one article: a verbatim span, or a whole line (page furniture). */
export interface KeyPlace {
  file: string;
  span?: string;
  line?: string;
}

export type KeyVerdict = 'agree' | 'soft' | 'hard';

export interface KeyClaim {
  id: string;
  verdict: KeyVerdict;
  measure?: string;
  figures: KeyPlace[];
}

export interface KeyEvent {
  date: string;
  event: string;
  mentions?: KeyPlace[];
  /** Source labels (file-name prefixes) for an event the key gives without mentions. */
  sources?: string[];
}

export interface ClusterKey {
  claims: KeyClaim[];
  differentMeasures: [KeyPlace, KeyPlace][];
  mustNotFlag: KeyPlace[];
  timeline: KeyEvent[];
}

interface SeedsValue { source: string; span: string }
interface SeedsKey {
  referenceDate: string;
  claims: { id: string; verdict: string; measure?: string; values: SeedsValue[]; mustNotFlag?: string[] }[];
  mustNotFlag?: { source: string; span?: string; line?: string }[];
  timeline?: { date: string; event: string; sources: string[] }[];
}

export function loadKey(path: string, articles: Articles): ClusterKey {
  return loadKeyObject(JSON.parse(readFileSync(path, 'utf8')), articles);
}

/** A parsed key (either format) as score.py's load_key returns it. */
export function loadKeyObject(raw: any, articles: Articles): ClusterKey {
  const isSeeds = 'referenceDate' in raw && Array.isArray(raw.claims) && raw.claims.length > 0 && 'values' in raw.claims[0];
  if (isSeeds) return convertSeedsKey(raw as SeedsKey, articles);
  return { claims: raw.claims ?? [], differentMeasures: raw.differentMeasures ?? [], mustNotFlag: raw.mustNotFlag ?? [], timeline: raw.timeline ?? [] };
}

const SEEDS_VERDICT: Record<string, KeyVerdict> = { agree: 'agree', discrepancy: 'soft', conflict: 'hard' };

function convertSeedsKey(k: SeedsKey, articles: Articles): ClusterKey {
  const claims = k.claims.map((c) => {
    const verdict = SEEDS_VERDICT[c.verdict];
    if (!verdict) throw new Error(`seeds key: unknown verdict '${c.verdict}' in ${c.id}`);
    return { id: c.id, verdict, measure: c.measure, figures: c.values.map((v) => ({ file: v.source, span: v.span })) };
  });
  const mustNotFlag: KeyPlace[] = [];
  for (const m of k.mustNotFlag ?? []) {
    if (m.span !== undefined) {
      const files = m.source === '*' ? articles.files : [m.source];
      for (const f of files) if (articles.files.includes(f) && articles.keyText(f).includes(m.span)) mustNotFlag.push({ file: f, span: m.span });
    } else if (m.line !== undefined) mustNotFlag.push({ file: m.source, line: m.line });
  }
  for (const c of k.claims) {
    for (const s of c.mustNotFlag ?? []) for (const v of c.values) if (v.span === s) mustNotFlag.push({ file: v.source, span: s });
  }
  // score.py keeps only events with a calendar date (YYYY, YYYY-MM, YYYY-MM-DD)
  const timeline = (k.timeline ?? []).filter((e) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(e.date)).map((e) => ({ date: e.date, event: e.event, sources: e.sources }));
  return { claims, differentMeasures: [], mustNotFlag, timeline };
}
