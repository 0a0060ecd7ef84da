// The CLI's web addresses: each URL is fetched and its article read (src/web/); with --save-dir
// the article is saved there as a .txt (never over an existing file) and that file is the source.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { LoadedSource } from './cliInput';
import { UserError } from './cliInput';
import { FetchError } from './web/fetchPage';
import { fetchWebSource, freeName } from './web/webSource';

export interface WebInputResult {
  sources: LoadedSource[];
  /** One line per URL that gave no source, and per file saved, for stderr. */
  notes: string[];
}

/** Fetches every URL (one at a time, in order) as a source; a failed URL is a note, not an error. */
export async function loadWebSources(urls: readonly string[], options: { saveDir?: string; cwd?: string; takenIds: ReadonlySet<string> }): Promise<WebInputResult> {
  const cwd = options.cwd ?? process.cwd();
  const dir = options.saveDir === undefined ? undefined : resolve(cwd, options.saveDir);
  if (dir) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      throw new UserError(`cannot create the --save-dir folder: ${options.saveDir}`);
    }
  }
  const taken = new Set(options.takenIds);
  const sources: LoadedSource[] = [];
  const notes: string[] = [];
  for (const url of urls) {
    let web;
    try {
      web = await fetchWebSource(url);
    } catch (error) {
      if (error instanceof FetchError) {
        notes.push(`skipped ${url}: ${error.message}`);
        continue;
      }
      throw error;
    }
    const bytes = Buffer.byteLength(web.text);
    if (!dir) {
      const id = await freeName(web.fileName, (name) => taken.has(name));
      taken.add(id);
      sources.push({ id, uri: web.finalUrl, text: web.text, bytes });
      continue;
    }
    const name = await freeName(web.fileName, (n) => taken.has(n) || existsSync(join(dir, n)));
    const path = join(dir, name);
    try {
      // 'wx': fail rather than replace a file that appeared meanwhile
      writeFileSync(path, web.text, { flag: 'wx' });
    } catch {
      throw new UserError(`cannot write ${path}`);
    }
    taken.add(name);
    notes.push(`saved ${url} as ${relative(cwd, path) || path}`);
    sources.push({ id: name, uri: relative(cwd, path) || path, text: web.text, bytes });
  }
  return { sources, notes };
}
