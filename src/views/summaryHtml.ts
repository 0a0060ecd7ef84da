// The HTML rendering of the summary: the body of the summary webview. Pure (no `vscode`), so it is
// unit-tested like the Markdown rendering. It lays out the SummaryModel and computes nothing of
// its own. Everything from an article, a file name or a core message goes through escapeHtml;
// there are no URLs at all: a jump to a span is a <button> with data attributes (source id and
// UTF-16 offsets) that the page script posts back and the extension validates before opening.
import { escapeHtml } from './escape';
import type { SummaryCell, SummaryEvent, SummaryMention, SummaryModel, SummaryRow, SummarySource } from './summaryTypes';
import type { Span, Verdict } from '../core';
import { fileName } from './sources';
import { VERDICTS } from './verdicts';
import { plural } from './words';

const h = escapeHtml;

/** `name="value"` with the value escaped. */
function attr(name: string, value: string | number): string {
  return `${name}="${h(String(value))}"`;
}

/** A button that jumps to a span; the only interactive element of the page. */
function jump(text: string, source: string, span: Span, title: string, className = 'jump'): string {
  return (
    `<button type="button" class="${className}" ${attr('data-source', source)} ${attr('data-start', span.start)} ` +
    `${attr('data-end', span.end)} ${attr('title', title)}>${h(text)}</button>`
  );
}

function where(label: string, line?: number): string {
  return line !== undefined ? `${label}, line ${line}` : label;
}

function badge(verdict: Verdict): string {
  return `<span class="badge v-${verdict}">${VERDICTS[verdict].word}</span>`;
}

/** The inner HTML of the page's root element. */
export function renderSummaryBody(model: SummaryModel): string {
  return [header(model), sources(model), matrix(model), findings(model), timeline(model), onlyOne(model), textual(model)].join('\n');
}

/** Shown before the first analysis has finished. */
export function renderPendingBody(message = 'Crosscheck is analysing the sources…'): string {
  return `<header><h1>Crosscheck summary</h1><p class="muted">${h(message)}</p></header>`;
}

function header(model: SummaryModel): string {
  const c = model.counts;
  const parts = [
    plural(c.sources, 'source'),
    plural(c.conflicts, 'conflict'),
    plural(c.discrepancies, 'discrepancy', 'discrepancies'),
    plural(c.agreements, 'agreement'),
    plural(c.singleSourceFigures, 'single-source figure'),
    plural(c.events, 'dated event'),
    plural(c.textual, 'textual discrepancy', 'textual discrepancies'),
  ];
  return `<header><h1>Crosscheck summary</h1><p class="counts">${parts.map(h).join(' · ')}</p></header>`;
}

function sources(model: SummaryModel): string {
  const rows = model.sources.map((s: SummarySource) => {
    const date = s.referenceDate
      ? `${s.referenceDateNotBefore ? 'not before ' : ''}${h(s.referenceDate)}${s.referenceDateInferred ? ' <span class="muted">(inferred)</span>' : ''}${s.referenceDateHow ? ` <span class="muted">${h(s.referenceDateHow)}</span>` : ''}`
      : '<span class="muted">—</span>';
    const title = `${s.title ? h(s.title) : ''}${s.skipped ? ` <span class="muted">skipped: ${h(s.skipped)}</span>` : ''}`;
    return (
      `<tr><th scope="row">${h(s.label)}</th><td class="file" ${attr('title', s.path)}>${h(fileName(s.path))}</td>` +
      `<td class="title"><span class="clamp" ${attr('title', s.title ?? '')}>${title}</span></td><td class="num">${h(s.chars.toLocaleString('en-US'))}</td>` +
      `<td class="date">${date}</td></tr>`
    );
  });
  return (
    '<section id="sources"><h2>Sources</h2><table class="sources"><thead><tr>' +
    '<th scope="col">Source</th><th scope="col">File</th><th scope="col">Title or first line</th>' +
    '<th scope="col" class="num">Length</th><th scope="col" class="date" title="The date the source&#39;s relative dates (&#39;on Monday&#39;) resolve against">Reference date</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}

function matrixCell(row: SummaryRow, cell: SummaryCell | undefined, source: SummarySource): string {
  if (!cell) return `<td class="cell silent" ${attr('aria-label', `${source.label}: silent`)}></td>`;
  const title = `${where(cell.label, cell.line)}: “${cell.phrase}”${cell.outlier ? ' (outlier)' : ''}`;
  const classes = `cell v-${row.verdict}${cell.outlier ? ' outlier' : ''}`;
  return `<td class="${classes}">${jump(cell.value, cell.source, cell.span, title, 'jump fill')}</td>`;
}

function matrix(model: SummaryModel): string {
  if (model.rows.length === 0) {
    return '<section id="matrix"><h2>Agreement matrix</h2><p class="muted">No figure is stated by more than one source.</p></section>';
  }
  const head = model.sources.map((s) => `<th scope="col" ${attr('title', s.path)}>${h(s.label)}</th>`).join('');
  const rows = model.rows.map((row) => {
    const cells = row.cells.map((cell, i) => matrixCell(row, cell, model.sources[i]!)).join('');
    return (
      `<tr class="row v-${row.verdict}" ${attr('data-claim', row.claim)}><th scope="row" class="claim" ${attr('title', row.reason || row.said)}>` +
      `${h(row.measure)} ${badge(row.verdict)}</th>${cells}</tr>`
    );
  });
  return (
    '<section id="matrix"><h2>Agreement matrix</h2>' +
    '<p class="muted">Each cell is the value as the source writes it (click to open it); a framed, bold cell is the outlier; a blank cell means the source is silent.</p>' +
    `<table class="matrix"><thead><tr><th scope="col" class="claim">Claim and verdict</th>${head}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}

function findings(model: SummaryModel): string {
  if (model.findings.length === 0) {
    return '<section id="findings"><h2>Conflicts and discrepancies</h2><p class="muted">The sources agree on every figure they share.</p></section>';
  }
  const items = model.findings.map((row) => {
    const why = row.reason && row.reason !== row.said ? ` <span class="muted">— ${h(row.reason)}</span>` : '';
    const links = row.cells
      .filter((c): c is SummaryCell => c !== undefined)
      .map((c) => jump(c.label, c.source, c.span, `${where(c.label, c.line)}: “${c.phrase}”`, c.outlier ? 'jump chip outlier' : 'jump chip'))
      .join(' ');
    return `<li>${badge(row.verdict)} <strong>${h(row.measure)}</strong>: ${h(row.said)}${why} <span class="chips">${links}</span></li>`;
  });
  return `<section id="findings"><h2>Conflicts and discrepancies</h2><ul class="findings">${items.join('')}</ul></section>`;
}

/** One chip per source (its first mention). */
function mentionChips(mentions: readonly SummaryMention[]): string {
  const seen = new Set<string>();
  return mentions
    .filter((m) => !seen.has(m.source) && !!seen.add(m.source))
    .map((m) => jump(m.label, m.source, m.span, `${where(m.label, m.line)}: “${m.text}”`, 'jump chip'))
    .join(' ');
}

function when(e: SummaryEvent): string {
  return `${h(e.when)}${e.inferred ? ' <span class="muted">(inferred)</span>' : ''}`;
}

function timeline(model: SummaryModel): string {
  if (model.timeline.length === 0) return '<section id="timeline"><h2>Timeline</h2><p class="muted">No dated events.</p></section>';
  const rows = model.timeline.map((e) => {
    const conflict = e.conflict ? ` <span class="warn">${e.conflictOn === 'time' ? 'times' : 'dates'} differ: ${h(e.conflict)}</span>` : '';
    return `<tr${e.conflict ? ' class="v-conflict"' : ''}><td class="date">${when(e)}</td><td>${h(e.label)}${conflict}</td><td>${mentionChips(e.mentions)}</td></tr>`;
  });
  return (
    '<section id="timeline"><h2>Timeline</h2><table class="timeline"><thead><tr>' +
    '<th scope="col">Date</th><th scope="col">Event</th><th scope="col">Sources</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}

function onlyOne(model: SummaryModel): string {
  if (model.onlyOne.length === 0) {
    return '<section id="only-one"><h2>Reported by only one source</h2><p class="muted">Every figure and dated event appears in more than one source.</p></section>';
  }
  const blocks = model.onlyOne.map((o) => {
    const title = model.sources.find((s) => s.id === o.source)?.title;
    const figures = o.figures.map(
      (f) => `<li>${jump(f.cell.phrase, f.cell.source, f.cell.span, where(f.cell.label, f.cell.line))} <span class="muted">(${h(f.measure)})</span></li>`,
    );
    const events = o.events.map((e) => {
      const m = e.mentions[0];
      const date = m ? jump(e.when, m.source, m.span, `${where(m.label, m.line)}: “${m.text}”`) : h(e.when);
      return `<li>${date}${e.inferred ? ' <span class="muted">(inferred)</span>' : ''}: ${h(e.label)}</li>`;
    });
    return `<h3>${h(o.label)}${title ? ` <span class="muted">— ${h(title)}</span>` : ''}</h3><ul>${[...figures, ...events].join('')}</ul>`;
  });
  return `<section id="only-one"><h2>Reported by only one source</h2>${blocks.join('')}</section>`;
}

function textual(model: SummaryModel): string {
  if (model.textual.length === 0) return '<section id="textual"><h2>Textual discrepancies</h2><p class="muted">None found.</p></section>';
  const items = model.textual.map((t) => {
    const variants = t.variants
      .map((v) => `<li>“${h(v.text)}” <span class="muted">×${v.count}</span> ${mentionChips(v.mentions)}</li>`)
      .join('');
    const what = t.what.charAt(0).toUpperCase() + t.what.slice(1);
    return `<li><strong>${h(what)}:</strong> ${h(t.reason)}<ul class="variants">${variants}</ul></li>`;
  });
  return `<section id="textual"><h2>Textual discrepancies</h2><ul class="textual">${items.join('')}</ul></section>`;
}
