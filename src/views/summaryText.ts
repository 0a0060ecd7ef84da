// The plain terminal rendering of the summary (what `crosscheck` prints). Article text has its
// control characters removed (no ANSI or bidi tricks from a file); colour is the caller's choice.
import { escapeTerminal, oneLine } from './escape';
import type { SummaryCell, SummaryModel, SummaryRow } from './summaryTypes';
import type { Verdict } from '../core';
import { VERDICTS } from './verdicts';
import { plural } from './words';

export interface TextOptions {
  /** ANSI colours for verdicts and headings; the CLI turns this on only for a TTY. */
  color?: boolean;
  /** Column to wrap at; default 100. */
  width?: number;
}

const VERDICT_COLOUR: Record<Verdict, string> = { conflict: '\x1b[1;31m', discrepancy: '\x1b[33m', agree: '\x1b[32m' };

export function renderText(model: SummaryModel, options: TextOptions = {}): string {
  const width = Math.max(40, options.width ?? 100);
  const paint = (code: string, s: string) => (options.color ? `${code}${s}\x1b[0m` : s);
  const heading = (s: string) => paint('\x1b[1m', s);
  const verdict = (v: Verdict) => paint(VERDICT_COLOUR[v], VERDICTS[v].word.toUpperCase());
  const out: string[] = [];
  const add = (text: string, indent = 0, hanging = indent + 2) => out.push(...wrap(text, width, indent, hanging));
  const c = model.counts;

  out.push(heading(`Crosscheck summary of ${plural(c.sources, 'source')}`));
  add(
    [
      plural(c.conflicts, 'conflict'),
      plural(c.discrepancies, 'discrepancy', 'discrepancies'),
      plural(c.agreements, 'agreement'),
      `${plural(c.singleSourceFigures, 'figure')} from one source only`,
      plural(c.events, 'dated event'),
      plural(c.textual, 'textual discrepancy', 'textual discrepancies'),
    ].join(' · '),
  );

  out.push('', heading('Sources'));
  const labelWidth = Math.max(3, ...model.sources.map((s) => s.label.length));
  for (const s of model.sources) {
    const date = s.referenceDate ? `  reference date ${s.referenceDateNotBefore ? 'not before ' : ''}${s.referenceDate}${s.referenceDateInferred ? ' (inferred)' : ''}` : '';
    add(`${pad(clean(s.label), labelWidth)}  ${clean(s.path)}  ${s.chars.toLocaleString('en-US')} chars${date}`, 2, labelWidth + 6);
    if (s.title) add(`“${clean(s.title)}”`, labelWidth + 4);
    if (s.referenceDateHow) add(`reference date: ${clean(s.referenceDateHow)}`, labelWidth + 4);
    if (s.skipped) add(`skipped: ${clean(s.skipped)}`, labelWidth + 4);
  }

  out.push('', heading('Claims stated by several sources (conflicts first)'));
  if (model.rows.length === 0) add('None: no figure is stated by more than one source.', 2);
  for (const row of model.rows) {
    add(`${verdict(row.verdict)} ${clean(row.measure)}`, 2, 4);
    add(clean(row.said), 4, 6);
    renderCells(row, labelWidth, add, options);
    const silent = model.sources.filter((_, i) => !row.cells[i]).map((s) => s.label);
    if (silent.length > 0) add(`silent: ${clean(silent.join(', '))}`, 4);
    // An agreement's reason only adds something when the stated values differ (units, rounding).
    const explains = row.verdict !== 'agree' || row.groups.length > 1;
    if (explains && row.reason && row.reason !== row.said && !row.statement.includes(row.reason)) add(`why: ${clean(row.reason)}`, 4, 9);
  }

  out.push('', heading('Figures from one source only'));
  const singles = model.onlyOne.filter((o) => o.figures.length > 0);
  if (singles.length === 0) add('None.', 2);
  for (const o of singles) {
    for (const f of o.figures) {
      add(`${pad(clean(o.label), labelWidth)}  ${clean(f.cell.phrase)}${where(f.cell)}  (${clean(f.measure)})`, 2, labelWidth + 6);
    }
  }

  out.push('', heading('Timeline'));
  if (model.timeline.length === 0) add('No dated events.', 2);
  const whenWidth = Math.min(24, Math.max(10, ...model.timeline.map((e) => e.when.length)));
  for (const e of model.timeline) {
    const mark = e.inferred ? ' (inferred)' : '';
    add(`${pad(e.when, whenWidth)}  ${clean(e.label)}${mark}  [${clean(e.sources.join(' '))}]`, 2, whenWidth + 4);
    if (e.conflict) add(`${paint(VERDICT_COLOUR.conflict, e.conflictOn === 'time' ? 'times differ:' : 'dates differ:')} ${clean(e.conflict)}`, whenWidth + 4);
  }

  out.push('', heading('Textual discrepancies'));
  if (model.textual.length === 0) add('None found.', 2);
  for (const t of model.textual) add(`${clean(t.what)}: ${clean(t.reason)}`, 2, 4);

  return out.join('\n') + '\n';
}

function renderCells(
  row: SummaryRow,
  labelWidth: number,
  add: (text: string, indent?: number, hanging?: number) => void,
  options: TextOptions,
): void {
  // Values padded to a common width (up to 40 columns) so line numbers and marks line up.
  const valueWidth = Math.min(40, Math.max(0, ...row.cells.map((c) => (c ? [...clean(c.value)].length : 0))));
  for (const cell of row.cells) {
    if (!cell) continue;
    const mark = cell.outlier ? (options.color ? '  \x1b[1m← outlier\x1b[0m' : '  ← outlier') : '';
    const value = cell.line !== undefined || mark ? pad(clean(cell.value), valueWidth) : clean(cell.value);
    add(`${pad(clean(cell.label), labelWidth)}  ${value}${where(cell)}${mark}`, 4, labelWidth + 6);
  }
}

function where(cell: SummaryCell): string {
  return cell.line !== undefined ? `  (line ${cell.line})` : '';
}

/** One line of untrusted text: controls removed, white space collapsed. */
function clean(text: string): string {
  return oneLine(escapeTerminal(text));
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - [...s].length));
}

/**
 * Word-wraps one paragraph: the first line indented by `indent`, the rest by `hanging`. Runs of
 * spaces inside a line are kept (they align columns); ANSI sequences take no columns; a word
 * longer than a line is cut.
 */
export function wrap(text: string, width: number, indent: number, hanging = indent): string[] {
  const lines: string[] = [];
  let line = ' '.repeat(indent);
  let visible = indent;
  let empty = true;
  const newLine = () => {
    lines.push(line);
    line = ' '.repeat(hanging);
    visible = hanging;
    empty = true;
  };
  // Alternating gaps and words: ["", "a", "  ", "b", ...].
  const parts = (' ' + text.trim()).split(/( +)/).slice(1);
  for (let i = 0; i < parts.length; i += 2) {
    const gap = empty ? '' : parts[i]!;
    let word = parts[i + 1] ?? '';
    if (!word) continue;
    if (!empty && visible + gap.length + visibleLength(word) > width) newLine();
    else if (!empty) {
      line += gap;
      visible += gap.length;
    }
    // Cut words that cannot fit on a line of their own (long URLs).
    while (empty && visibleLength(word) > width - visible && width - visible > 0) {
      const chars = [...word];
      const room = width - visible;
      line += chars.slice(0, room).join('');
      word = chars.slice(room).join('');
      newLine();
    }
    line += word;
    visible += visibleLength(word);
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines.map((l) => l.trimEnd());
}

function visibleLength(s: string): number {
  // eslint-disable-next-line no-control-regex
  return [...s.replace(/\x1b\[[0-9;]*m/g, '')].length;
}
