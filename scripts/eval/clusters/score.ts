// The metrics of ../shared/tools/score.py (its docstring defines each), computed the same way on
// the same inputs so that the numbers agree exactly; the lines follow score.py's main() in order.
import type { Articles } from './articles';
import type { ClusterKey, KeyClaim } from './key';
import { frac, locate, overlaps, type Loc } from './places';
import type { OutPlace, ToolOutput } from './toolOutput';

export interface ClusterMetrics {
  extract: number | null;
  align: number | null;
  separate: number | null;
  hard: number | null;
  soft: number | null;
  falseflags: number;
  warn_precision: number | null;
  diagnostics: number;
  timeline: number | null;
}

/** The metrics in score.py's order (its text and --json output). */
export const METRIC_NAMES = ['extract', 'align', 'separate', 'hard', 'soft', 'falseflags', 'warn_precision', 'diagnostics', 'timeline'] as const;

/** score.py's base(): the file name of a source path. */
export const baseName = (s: string): string => s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
const loc = (p: OutPlace): Loc => ({ file: baseName(String(p.source)), start: p.start, end: p.end });

export function scoreCluster(key: ClusterKey, articles: Articles, out: ToolOutput): ClusterMetrics {
  const at = (p: Parameters<typeof locate>[1]) => locate(articles, p)!;
  // figures the tool aligned across sources (with their claim), and every figure it extracted
  const figs = out.claims.flatMap((c) => c.figures.map((f) => ({ loc: loc(f), claim: c.id ?? null })));
  const seen = [...figs.map((f) => f.loc), ...out.singleSource.flatMap((c) => c.figures.map(loc))];
  const diags = out.diagnostics.map((d) => ({ loc: loc(d), severity: d.severity ?? 'warning' }));
  const figClaims = (l: Loc) => new Set(figs.filter((f) => overlaps(l, f.loc)).map((f) => f.claim));
  const shareClaim = (a: Loc, b: Loc) => {
    const other = figClaims(b);
    return [...figClaims(a)].some((c) => other.has(c));
  };
  const diagOn = (l: Loc) => diags.some((d) => overlaps(l, d.loc));

  const allFigs = key.claims.flatMap((c) => c.figures.map(at));
  const extract = frac(allFigs.filter((l) => seen.some((f) => overlaps(l, f))).length, allFigs.length);

  let pairs = 0;
  let ok = 0;
  for (const c of key.claims) {
    const locs = c.figures.map(at);
    for (let i = 0; i < locs.length; i++) {
      for (let j = i + 1; j < locs.length; j++) {
        if (locs[i]!.file === locs[j]!.file) continue;
        pairs++;
        if (shareClaim(locs[i]!, locs[j]!)) ok++;
      }
    }
  }
  const dm = key.differentMeasures;
  const separate = frac(dm.filter(([x, y]) => !shareClaim(at(x), at(y))).length, dm.length);

  const byVerdict = (v: KeyClaim['verdict']) => key.claims.filter((c) => c.verdict === v);
  const surfaced = (c: KeyClaim) => c.figures.some((f) => diagOn(at(f)));
  const [hard, soft, agree] = [byVerdict('hard'), byVerdict('soft'), byVerdict('agree')];
  const hardSoftLocs = [...hard, ...soft].flatMap((c) => c.figures.map(at));

  let falseflags = agree.flatMap((c) => c.figures.map(at)).filter(diagOn).length;
  for (const m of key.mustNotFlag) {
    const l = locate(articles, m);
    if (l && !hardSoftLocs.some((h) => overlaps(l, h)) && diagOn(l)) falseflags++;
  }
  const warns = diags.filter((d) => d.severity === 'warning' || d.severity === 'error');

  return {
    extract,
    align: frac(ok, pairs),
    separate,
    hard: frac(hard.filter(surfaced).length, hard.length),
    soft: frac(soft.filter(surfaced).length, soft.length),
    falseflags,
    warn_precision: frac(warns.filter((d) => hardSoftLocs.some((h) => overlaps(d.loc, h))).length, warns.length),
    diagnostics: diags.length,
    timeline: timelineScore(key, articles, out),
  };
}

/**
 * A key event is found when a tool event has its date at the key's precision or finer and, when
 * the key lists mentions, a mention overlapping one of them, else a mention in one of its sources.
 */
export function timelineScore(key: ClusterKey, articles: Articles, out: ToolOutput): number | null {
  let found = 0;
  for (const e of key.timeline) {
    const mentions = (e.mentions ?? []).map((m) => locate(articles, m)!);
    if (out.timeline.some((t) => eventFound(e, mentions, t))) found++;
  }
  return frac(found, key.timeline.length);
}

/** One tool event against one key event (score.py's inner loop). */
export function eventFound(e: ClusterKey['timeline'][number], mentions: readonly Loc[], t: ToolOutput['timeline'][number]): boolean {
  const date = t.date === undefined ? '' : t.date === null ? 'None' : String(t.date);
  if (!(date.startsWith(e.date) || e.date.startsWith(date || 'x'))) return false;
  if (date.length < e.date.length) return false; // coarser than the key: not found
  const tm = t.mentions.map(loc);
  if (mentions.length > 0) return mentions.some((a) => tm.some((b) => overlaps(a, b)));
  const sources = new Set(tm.map((m) => m.file.slice(0, 3)));
  return (e.sources ?? []).some((s) => sources.has(s.slice(0, 3)));
}
