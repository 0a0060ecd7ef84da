// The Markdown rendering of the summary (GitHub-flavoured): the export file and a Markdown
// preview. Everything taken from an article, a file name or a core message goes through
// escapeMarkdown, so a "<script>" or "[x](command:foo)" in an article stays text.
import { escapeLinkTarget, escapeMarkdown } from './escape';
import type { SummaryCell, SummaryMention, SummaryModel } from './summaryTypes';
import type { Span, Verdict } from '../core';
import { VERDICTS } from './verdicts';
import { capitalise, plural } from './words';

export interface MarkdownOptions {
  /** Document title; default "Crosscheck summary". */
  title?: string;
  /**
   * Link target for a span (the panel passes a command URI that reveals it in the editor). The
   * result is trusted as a URL, but spaces, parentheses and angle brackets are percent-encoded.
   * Without it, spans are not linked.
   */
  linkSpan?: (source: string, span: Span) => string | undefined;
}

export function renderMarkdown(model: SummaryModel, options: MarkdownOptions = {}): string {
  const md = escapeMarkdown;
  const link = (text: string, source: string, span: Span): string => {
    const target = options.linkSpan?.(source, span);
    if (!target) return md(text);
    return `[${md(text)}](${escapeLinkTarget(target)})`;
  };
  const cellText = (cell: SummaryCell) => {
    const text = link(cell.value, cell.source, cell.span);
    return cell.outlier ? `**${text}**` : text;
  };
  const mentionText = (m: SummaryMention) => link(m.label, m.source, m.span);
  const c = model.counts;
  const out: string[] = [];

  out.push(`# ${md(options.title ?? 'Crosscheck summary')}`, '');
  out.push(
    `${plural(c.sources, 'source')} · ${plural(c.conflicts, 'conflict')} · ${plural(c.discrepancies, 'discrepancy', 'discrepancies')} · ` +
      `${plural(c.agreements, 'agreement')} · ${plural(c.singleSourceFigures, 'single-source figure')} · ` +
      `${plural(c.events, 'dated event')} · ${plural(c.textual, 'textual discrepancy', 'textual discrepancies')}`,
    '',
  );

  out.push('## Sources', '');
  out.push('| Source | File | Title | Length | Reference date |', '| --- | --- | --- | ---: | --- |');
  for (const s of model.sources) {
    const date = s.referenceDate ? `${s.referenceDateNotBefore ? 'not before ' : ''}${md(s.referenceDate)}${s.referenceDateInferred ? ' *(inferred)*' : ''}${s.referenceDateHow ? ` — ${md(s.referenceDateHow)}` : ''}` : '';
    const title = [s.title ? md(s.title) : '', s.skipped ? `*skipped: ${md(s.skipped)}*` : ''].filter(Boolean).join(' ');
    out.push(`| ${md(s.label)} | ${md(s.path)} | ${title} | ${s.chars.toLocaleString('en-US')} | ${date} |`);
  }
  out.push('');

  out.push('## Agreement matrix', '');
  if (model.rows.length === 0) {
    out.push('No figure is stated by more than one source.', '');
  } else {
    out.push('Each cell is the value as the source writes it; **bold** marks the outlier; a blank cell means the source is silent.', '');
    out.push(`| Claim | Verdict | ${model.sources.map((s) => md(s.label)).join(' | ')} |`);
    out.push(`| --- | --- | ${model.sources.map(() => '---').join(' | ')} |`);
    for (const row of model.rows) {
      const cells = row.cells.map((cell) => (cell ? cellText(cell) : ''));
      out.push(`| ${md(row.measure)} | ${mark(row.verdict)} | ${cells.join(' | ')} |`);
    }
    out.push('');
  }

  out.push('## Conflicts and discrepancies', '');
  if (model.findings.length === 0) out.push('The sources agree on every figure they share.');
  for (const row of model.findings) {
    const why = row.reason && row.reason !== row.said ? ` — ${md(row.reason)}` : '';
    out.push(`- **${mark(row.verdict)}** · ${md(row.measure)}: ${md(row.said)}${why}`);
  }
  out.push('');

  out.push('## Timeline', '');
  if (model.timeline.length === 0) {
    out.push('No dated events.', '');
  } else {
    out.push('| Date | Event | Sources |', '| --- | --- | --- |');
    for (const e of model.timeline) {
      const when = `${md(e.when)}${e.inferred ? ' *(inferred)*' : ''}`;
      const conflict = e.conflict ? ` ⚠️ *${e.conflictOn === 'time' ? 'times' : 'dates'} differ: ${md(e.conflict)}*` : '';
      out.push(`| ${when} | ${md(e.label)}${conflict} | ${e.mentions.length > 0 ? uniqueMentions(e.mentions).map(mentionText).join(', ') : ''} |`);
    }
    out.push('');
  }

  out.push('## Reported by only one source', '');
  if (model.onlyOne.length === 0) out.push('Every figure and dated event appears in more than one source.', '');
  for (const o of model.onlyOne) {
    const title = model.sources.find((s) => s.id === o.source)?.title;
    out.push(`### ${md(o.label)}${title ? ` — ${md(title)}` : ''}`, '');
    for (const f of o.figures) out.push(`- ${link(f.cell.phrase, f.cell.source, f.cell.span)} *(${md(f.measure)})*`);
    for (const e of o.events) {
      const m = e.mentions[0];
      const when = m ? link(e.when, m.source, m.span) : md(e.when);
      out.push(`- ${when}${e.inferred ? ' *(inferred)*' : ''}: ${md(e.label)}`);
    }
    out.push('');
  }

  out.push('## Textual discrepancies', '');
  if (model.textual.length === 0) out.push('None found.');
  for (const t of model.textual) {
    out.push(`- **${md(capitalise(t.what))}:** ${md(t.reason)}`);
    // With links, each variant lists where it occurs, so the reader can jump to every spelling.
    if (options.linkSpan) {
      for (const v of t.variants) out.push(`  - “${md(v.text)}”: ${uniqueMentions(v.mentions).map(mentionText).join(', ')}`);
    }
  }
  out.push('');
  return out.join('\n');
}

/** One mention per source (the first), for the timeline's source column. */
function uniqueMentions(mentions: readonly SummaryMention[]): SummaryMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.source) && !!seen.add(m.source));
}

/** "🔴 conflict". */
function mark(verdict: Verdict): string {
  return `${VERDICTS[verdict].emoji} ${VERDICTS[verdict].word}`;
}
