// Reads the CLI's inputs: files and folders (a folder contributes its .txt/.md/.html files). Every
// problem becomes a one-line UserError; nothing is ever written.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { decodePage, sourceFormatOf, type Source } from './core';

export class UserError extends Error {}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml']);
/** Larger files are refused rather than freezing the terminal; see docs/reliability.md "Limits". */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

function filesOf(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UserError(`no such file or folder: ${path}`);
  }
  if (stat.isFile()) return [path];
  if (!stat.isDirectory()) throw new UserError(`not a file or folder: ${path}`);
  let entries: string[];
  try {
    entries = readdirSync(path).sort();
  } catch {
    throw new UserError(`cannot read folder: ${path}`);
  }
  const files = entries.filter((name) => TEXT_EXTENSIONS.has(extname(name).toLowerCase())).map((name) => join(path, name));
  if (files.length === 0) throw new UserError(`no text files (.txt, .md, .html) in folder: ${path}`);
  return files;
}

/**
 * The offset contract, applied here and nowhere else (README, "The command line"): a file's text is
 * its bytes decoded as UTF-8 (an invalid byte becomes U+FFFD), a leading BOM removed, and nothing
 * else changed: every CRLF, LF and lone CR stays where it is, no Unicode normalisation. Every
 * `start`/`end` of `--json` and every SARIF `charOffset`/`charLength` counts UTF-16 code units in
 * this string, so `text.slice(start, end)` is the span. It is what VS Code's
 * `TextDocument.getText()` gives for a file whose line ends are all LF or all CRLF, and SARIF's
 * rule (§3.30.2: text regions do not depend on a BOM); SARIF lines and columns (views/position.ts)
 * count CRLF, LF and lone CR as one line end each, as VS Code does, so they agree with the editor
 * for every file. A binary file (NUL bytes) is passed on as it is: the analysis skips it with a
 * reason, which the CLI prints, and goes on with the other files.
 */
function decode(bytes: Buffer): string {
  // ignoreBOM: false is what drops the BOM (TextDecoder's default, spelt out as it is the contract).
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
}

/**
 * A saved web page (.html, .htm, .xhtml) is its article (src/core/html/): the analysis reads the
 * article, and every offset still counts in the page's text, decoded as above when it is valid
 * UTF-8, else by its declared charset (a BOM, else <meta charset>, else windows-1252), so
 * `text.slice(start, end)` of the page is the figure with any markup or character reference
 * that sits inside it.
 */
function decodeSource(path: string, bytes: Buffer): Pick<Source, 'text' | 'format'> {
  if (sourceFormatOf(path) !== 'html') return { text: decode(bytes) };
  return { text: decodePage(bytes).text, format: 'html' };
}

/** A source as read from disk, with the file's size in bytes (its BOM included), for SARIF. */
export interface LoadedSource extends Source {
  bytes: number;
}

/** Loads every input as a Source whose id is the file name (the relative path when names repeat). */
export function loadSources(inputs: readonly string[], cwd = process.cwd()): LoadedSource[] {
  const paths = [...new Set(inputs.flatMap((input) => filesOf(resolve(cwd, input))))];
  const names = paths.map((p) => basename(p));
  return paths.map((path, i) => {
    let bytes: Buffer;
    try {
      if (statSync(path).size > MAX_FILE_BYTES) throw new UserError(`file larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, refused: ${path}`);
      bytes = readFileSync(path);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`cannot read file: ${path}`);
    }
    const unique = names.filter((n) => n === names[i]).length === 1;
    return { id: unique ? names[i]! : relative(cwd, path), uri: relative(cwd, path) || path, ...decodeSource(path, bytes), bytes: bytes.length };
  });
}
