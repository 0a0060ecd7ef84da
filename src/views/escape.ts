// Article text is untrusted: anything taken from it goes through one of these before it reaches
// Markdown, HTML (the webview) or a terminal. Pure functions, shared by the core renderings and the
// editor adapters.

// Invisible characters that can hide or reorder text (bidi overrides/isolates, "Trojan Source"),
// and C0/C1 controls (ESC starts ANSI sequences in a terminal). Tab and line feed are kept;
// a zero-width joiner is kept only inside an emoji sequence, where it is part of the glyph.
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\u200D(?!\p{Extended_Pictographic})/gu;

/** Removes zero-width, bidi-control and other control characters (keeps \t, \n and \r). */
export function stripControls(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Collapses line breaks and runs of white space to one space: for table cells and one-line items. */
export function oneLine(text: string): string {
  return stripControls(text).replace(/\s+/g, ' ').trim();
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escapes text for HTML element content and quoted attribute values (the webview). Invisible and
 * control characters are removed first, so what the reader sees is what the text says.
 */
export function escapeHtml(text: string): string {
  return stripControls(text).replace(/[&<>"'`]/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * Escapes text for inline GitHub-flavoured Markdown (paragraphs, list items and table cells), so
 * it renders as the same characters and never as markup: no emphasis, code, links, images,
 * raw HTML, entities, tables or block syntax. Line breaks become spaces (an inline context).
 *
 * - `< > &` become entities (raw HTML and entity references would otherwise be interpreted);
 * - `\ ` * _ [ ] | ~ $` get a backslash (no emphasis, code, strike-through, cell breaks, or
 *   math where previews render `$...$`; with `[` escaped, `(...)` after it is plain text, so no
 *   link or image can form);
 * - a `:` between a letter and a non-space (`command:foo`, `https://`) and the dot of `www.` get
 *   a backslash, so GitHub's extended autolinks do not turn a bare address into a link;
 * - a leading `-`, `+`, `=`, `#`, `>` or `1.` cannot start a block.
 */
export function escapeMarkdown(text: string): string {
  const flat = oneLine(text);
  let out = flat.replace(/[\\`*_[\]|~$<>&]|(?<=\p{L}):(?=\S)|(?<=\bwww)\./giu, (c) => {
    if (c === '<') return '&lt;';
    if (c === '>') return '&gt;';
    if (c === '&') return '&amp;';
    return '\\' + c;
  });
  // Block syntax only matters at the start of a line; the caller may put this text there.
  out = out.replace(/^([-+=#])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return out;
}

/**
 * A link destination for Markdown (`[text](target)`), trusted as a URL by the caller: white space,
 * parentheses and angle brackets are percent-encoded so the target cannot end the link early.
 */
export function escapeLinkTarget(target: string): string {
  return target.replace(/[\s()<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/**
 * Text for a terminal: controls (ESC, bidi overrides, zero-width characters) removed, so an
 * article cannot move the cursor, recolour the screen or reorder what is printed.
 */
export function escapeTerminal(text: string): string {
  return stripControls(text).replace(/\r\n?/g, '\n');
}
