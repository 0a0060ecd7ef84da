// `npm run eval -- --cluster <dir> --explain`: one cluster's mistakes, claim by claim. Each key span
// with what Crosscheck made of it, the diagnostics that sit on no key claim, and the key's timeline
// beside the one Crosscheck built.
import type { ClusterRun } from './run';
import { locate, overlaps, type Loc } from './places';
import { baseName, eventFound } from './score';
import { METRIC_NAMES } from './score';

/** Diagnostic messages list every source's value; the start says enough here. */
const cut = (s: string, max = 140) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const quote = (s: string, max = 70) => JSON.stringify(s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function explainCluster(run: ClusterRun): string[] {
  const { key, articles, output } = run;
  const text = new Map(articles.sources.map((s) => [s.id, s.text]));
  const slice = (l: { source: string; start: number; end: number }) => text.get(baseName(l.source))?.slice(l.start, l.end) ?? '';
  const asLoc = (p: { source: string; start: number; end: number }): Loc => ({ file: baseName(p.source), start: p.start, end: p.end });
  const claims = [...output.claims.map((c) => ({ ...c, single: false })), ...output.singleSource.map((c) => ({ ...c, verdict: 'agree', single: true }))];
  const lines = [`${run.name}: ${METRIC_NAMES.map((m) => `${m} ${run.metrics[m] ?? '-'}`).join(' · ')}`, '', 'Key claims (each span: what Crosscheck found there)'];
  const keyLocs: Loc[] = [];
  for (const c of key.claims) {
    lines.push(`  [${c.verdict}] ${c.id}${c.measure ? ` (${c.measure.slice(0, 80)})` : ''}`);
    for (const f of c.figures) {
      const l = locate(articles, f)!;
      keyLocs.push(l);
      const found = claims.filter((tc) => tc.figures.some((x) => overlaps(l, asLoc(x))));
      const diags = output.diagnostics.filter((d) => overlaps(l, asLoc(d)));
      const what = found.length
        ? found.map((tc) => (tc.single ? `single-source figure ${quote(slice(tc.figures[0]!))}` : `claim ${tc.id} (${tc.verdict}, ${tc.figures.length} figures)`)).join('; ')
        : 'MISSED: no figure read here';
      const diag = diags.length ? diags.map((d) => ` · ${d.severity}: ${cut(d.message ?? '')}`).join('') : ' · no diagnostic';
      lines.push(`    ${f.file.slice(0, 24).padEnd(24)} ${quote(f.span ?? f.line ?? '', 48).padEnd(50)} → ${what}${diag}`);
    }
  }
  lines.push('', 'Diagnostics on no key claim');
  const stray = output.diagnostics.filter((d) => !keyLocs.some((k) => overlaps(k, asLoc(d))));
  for (const d of stray) lines.push(`  ${baseName(d.source).slice(0, 24).padEnd(24)} ${quote(slice(d), 48).padEnd(50)} ${d.severity}: ${cut(d.message ?? '')}`);
  if (stray.length === 0) lines.push('  none');

  lines.push('', 'Timeline: the key (found / not found)');
  const misdated: string[] = [];
  for (const e of key.timeline) {
    const mentions = (e.mentions ?? []).map((m) => locate(articles, m)!);
    const hit = output.timeline.find((t) => eventFound(e, mentions, t));
    const expected = (e.mentions ?? []).map((m) => `${m.file.slice(0, 12)} ${quote(m.span ?? '', 30)}`).join(', ') || `sources ${(e.sources ?? []).join(', ')}`;
    lines.push(`  ${hit ? 'found    ' : 'NOT FOUND'} ${e.date.padEnd(10)} ${e.event.slice(0, 90)}`);
    lines.push(`             ${hit ? `← ${hit.date} ${quote(hit.label ?? '', 50)}` : `expected at ${expected}`}`);
    // a key mention Crosscheck puts on another day: worse than leaving it unplaced
    for (const t of output.timeline) {
      const date = String(t.date ?? '');
      if (date.startsWith(e.date) || e.date.startsWith(date)) continue;
      for (const m of t.mentions) if (mentions.some((k) => overlaps(k, asLoc(m)))) misdated.push(`  ${baseName(m.source).slice(0, 12)} ${quote(m.text ?? slice(m), 30)} put on ${date}, the key says ${e.date}`);
    }
  }
  lines.push('', `Timeline: key mentions put on another date (${misdated.length})`, ...(misdated.length ? misdated : ['  none']));
  lines.push('', "Timeline: Crosscheck's events");
  for (const t of output.timeline) {
    const where = t.mentions.map((m) => `${baseName(m.source).slice(0, 12)} ${quote(m.text ?? slice(m), 30)}`).join(', ');
    lines.push(`  ${String(t.date).padEnd(10)} ${quote(t.label ?? '', 60)}  [${where}]`);
  }
  if (output.timeline.length === 0) lines.push('  none');
  return lines;
}
