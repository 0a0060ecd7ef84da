// The source set: files matching the `crosscheck.sources` globs, plus files the reader added,
// minus files the reader removed. Reads from disk through `workspace.fs` (never writes), lets
// open documents override the disk text, and reports every change to the files or their texts.
import * as vscode from 'vscode';
import type { Source } from '../core';
import type { CrosscheckConfig } from './configValues';
import { globsForFolder } from './globs';
import { decodeAsDocument } from './documentText';
import { BINARY_PROBE, BINARY_REASON, looksBinary, sourceFormatOf } from '../core';

const ADDED_KEY = 'crosscheck.addedSources';
const REMOVED_KEY = 'crosscheck.removedSources';
const HTML_SIZE_FACTOR = 5;

export interface SkippedFile {
  uri: vscode.Uri;
  reason: string;
}

/** The texts to analyse, in a stable order (by URI), and the files left out. */
export interface SourceSnapshot {
  sources: Source[];
  uris: ReadonlyMap<string, vscode.Uri>;
  skipped: SkippedFile[];
}

type DiskEntry = { text: string } | { skipped: string };

export class SourceSet implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when the set or a text in it may have changed. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  /** Files found by the globs; undefined until (re)discovered. */
  private discovered: Promise<vscode.Uri[]> | undefined;
  /** Disk texts by URI, dropped when the watcher reports a change. */
  private readonly diskCache = new Map<string, Promise<DiskEntry | undefined>>();
  private current: ReadonlySet<string> = new Set();

  constructor(
    private config: CrosscheckConfig,
    private readonly state: vscode.Memento,
  ) {
    this.watch();
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.has(event.document.uri)) this.emitter.fire();
      }),
      // Closing an edited document falls back to the disk text; an untitled one leaves the set.
      vscode.workspace.onDidCloseTextDocument((document) => {
        const key = document.uri.toString();
        if (document.uri.scheme === 'untitled' && this.isAdded(document.uri)) {
          void this.state.update(ADDED_KEY, this.list(ADDED_KEY).filter((u) => u !== key));
        }
        if (this.has(document.uri)) this.emitter.fire();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.watch();
        this.refresh();
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (this.isAdded(document.uri) && !this.has(document.uri)) this.emitter.fire();
      }),
    );
  }

  /** Whether the URI was part of the last snapshot. */
  has(uri: vscode.Uri): boolean {
    return this.current.has(uri.toString());
  }

  updateConfig(config: CrosscheckConfig): void {
    const previous = this.config;
    this.config = config;
    // Only the globs and the size limit decide the files; the store watches the other settings.
    if (previous.maxFileSize === config.maxFileSize && previous.sources.join('\0') === config.sources.join('\0')) return;
    this.diskCache.clear();
    this.discovered = undefined;
    this.watch();
    this.emitter.fire();
  }

  /** Forgets everything read so far, e.g. for an explicit re-analysis. */
  refresh(): void {
    this.diskCache.clear();
    this.discovered = undefined;
    this.emitter.fire();
  }

  /** Whether the `crosscheck.sources` globs take the file (found afresh: it may be new). */
  async covers(uri: vscode.Uri): Promise<boolean> {
    this.discovered = this.discover();
    return (await this.discovered).some((u) => u.toString() === uri.toString());
  }

  async add(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    await this.state.update(REMOVED_KEY, this.list(REMOVED_KEY).filter((u) => u !== key));
    if (!this.list(ADDED_KEY).includes(key)) await this.state.update(ADDED_KEY, [...this.list(ADDED_KEY), key]);
    this.emitter.fire();
  }

  async remove(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    await this.state.update(ADDED_KEY, this.list(ADDED_KEY).filter((u) => u !== key));
    if (!this.list(REMOVED_KEY).includes(key)) await this.state.update(REMOVED_KEY, [...this.list(REMOVED_KEY), key]);
    this.emitter.fire();
  }

  /** Reads the current texts: open documents first, else the disk (cached until it changes). */
  async snapshot(): Promise<SourceSnapshot> {
    this.discovered ??= this.discover();
    const removed = new Set(this.list(REMOVED_KEY));
    const candidates = new Map<string, vscode.Uri>();
    for (const uri of await this.discovered) candidates.set(uri.toString(), uri);
    const watched = new Set(candidates.keys());
    for (const key of this.list(ADDED_KEY)) candidates.set(key, vscode.Uri.parse(key));
    for (const key of removed) candidates.delete(key);

    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    const keys = [...candidates.keys()].sort();
    const entries = await Promise.all(
      keys.map(async (key): Promise<DiskEntry | undefined> => {
        const document = open.get(key);
        if (document && !document.isClosed) return this.checkText(document.getText(), document.uri);
        // Added files outside the globs have no watcher, so they are re-read every time.
        const uri = candidates.get(key)!;
        return watched.has(key) ? this.readDisk(uri) : this.load(uri);
      }),
    );

    const sources: Source[] = [];
    const uris = new Map<string, vscode.Uri>();
    const skipped: SkippedFile[] = [];
    keys.forEach((key, i) => {
      const uri = candidates.get(key)!;
      const entry = entries[i];
      if (!entry) return; // vanished (deleted, or an untitled document that was closed)
      if ('skipped' in entry) return void skipped.push({ uri, reason: entry.skipped });
      // a saved web page is read as its article, its offsets still into the HTML (src/core/html/)
      const format = sourceFormatOf(uri.path);
      sources.push({ id: key, uri: uri.scheme === 'file' ? uri.fsPath : key, text: entry.text, ...(format ? { format } : {}) });
      uris.set(key, uri);
    });
    this.current = new Set(uris.keys());
    return { sources, uris, skipped };
  }

  private isAdded(uri: vscode.Uri): boolean {
    return this.list(ADDED_KEY).includes(uri.toString());
  }

  private list(key: string): string[] {
    const value = this.state.get<unknown>(key);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  }

  /** Every (folder, glob) pair to search and watch. */
  private patterns(): vscode.RelativePattern[] {
    return (vscode.workspace.workspaceFolders ?? []).flatMap((folder) =>
      this.config.sources.flatMap((glob) => globsForFolder(glob, folder.name).map((p) => new vscode.RelativePattern(folder, p))),
    );
  }

  private async discover(): Promise<vscode.Uri[]> {
    const found = await Promise.all(this.patterns().map((pattern) => vscode.workspace.findFiles(pattern)));
    const unique = new Map(found.flat().map((uri) => [uri.toString(), uri]));
    return [...unique.values()];
  }

  private readDisk(uri: vscode.Uri): Promise<DiskEntry | undefined> {
    const key = uri.toString();
    let entry = this.diskCache.get(key);
    if (!entry) {
      entry = this.load(uri);
      this.diskCache.set(key, entry);
    }
    return entry;
  }

  private async load(uri: vscode.Uri): Promise<DiskEntry | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      const limit = this.limitFor(uri);
      if (stat.size > limit) {
        return { skipped: `larger than crosscheck.maxFileSize (${stat.size} > ${limit} bytes${limit !== this.config.maxFileSize ? ', 5 times the setting for a web page' : ''})` };
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      // NUL bytes in the first block mean the file is not text
      if (bytes.subarray(0, BINARY_PROBE).includes(0)) return { skipped: BINARY_REASON };
      // The text VS Code will hold once the file is open, so offsets stay valid (README, "Offsets")
      return { text: decodeAsDocument(bytes) };
    } catch {
      return undefined; // deleted or unreadable: not part of the set
    }
  }

  /** Markup is most of a saved web page, so a page may be 5 times the size of a text source. */
  private limitFor(uri: vscode.Uri): number {
    return sourceFormatOf(uri.path) === 'html' ? this.config.maxFileSize * HTML_SIZE_FACTOR : this.config.maxFileSize;
  }

  private checkText(text: string, uri: vscode.Uri): DiskEntry {
    if (text.length > this.limitFor(uri)) return { skipped: 'larger than crosscheck.maxFileSize' };
    if (looksBinary(text.slice(0, BINARY_PROBE))) return { skipped: BINARY_REASON };
    return { text };
  }

  /** One watcher per folder and glob: a change drops the cached text, a create/delete re-runs discovery. */
  private watch(): void {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = this.patterns().flatMap((pattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const changed = (uri: vscode.Uri): void => {
        this.diskCache.delete(uri.toString());
        this.emitter.fire();
      };
      const createdOrDeleted = (uri: vscode.Uri): void => {
        this.discovered = undefined;
        changed(uri);
      };
      return [watcher, watcher.onDidChange(changed), watcher.onDidCreate(createdOrDeleted), watcher.onDidDelete(createdOrDeleted)];
    });
  }

  dispose(): void {
    this.watchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
    this.emitter.dispose();
  }
}
