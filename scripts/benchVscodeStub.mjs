// A tiny stand-in for the `vscode` module, enough for `activate()` of the built extension to run
// outside an editor and for the analysis store to read and analyse a folder of sources: used by
// `npm run bench` for the cold-start figures. Not a test double for behaviour.
//
// What it really implements: EventEmitter, Disposable, Uri (file/parse/joinPath), Range, Position,
// Location, RelativePattern; workspace.workspaceFolders (one folder), findFiles (the given files,
// whatever the glob), fs.stat/readFile (the real disk), getConfiguration (the defaults declared
// in package.json), textDocuments (none open); window.withProgress (runs the task);
// context.workspaceState/globalState (in-memory Mementos) and context.subscriptions.
// Everything else (status bar items, diagnostic collections, providers, commands, views,
// messages, enums) is an inert "anything" object: callable, constructible, every property
// another inert object, `dispose()` a no-op. `touched()` lists which of those were used.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';

const require = createRequire(import.meta.url);
const Module = require('node:module');

export function installVscodeStub({ folder, files }) {
  const touched = new Set();

  /** Callable, constructible, any property: an inert stand-in for the parts the bench does not exercise. */
  function anything(name) {
    const fn = function () {};
    return new Proxy(fn, {
      get(_t, prop) {
        if (prop === 'then' || typeof prop === 'symbol') return undefined; // not a thenable
        if (prop === 'dispose') return () => {};
        const child = `${name}.${String(prop)}`;
        touched.add(child);
        return anything(child);
      },
      set: () => true,
      apply: () => anything(`${name}()`),
      construct: () => anything(`new ${name}`),
    });
  }

  /**
   * Real members first; unknown ones fall back to `anything`. The fallback sits on the prototype,
   * so it also works through esbuild's `__toESM` wrapper, which inherits from the module's prototype.
   */
  const withFallback = (name, real) =>
    Object.setPrototypeOf(
      real,
      new Proxy(Object.create(null), {
        get(_target, prop) {
          if (typeof prop === 'symbol' || prop === 'then' || prop === '__esModule') return undefined;
          touched.add(`${name}.${String(prop)}`);
          return anything(`${name}.${String(prop)}`);
        },
      }),
    );

  class Disposable {
    constructor(fn) {
      this.fn = fn;
    }
    static from(...items) {
      return new Disposable(() => items.forEach((d) => d?.dispose?.()));
    }
    dispose() {
      this.fn?.();
      this.fn = undefined;
    }
  }

  class EventEmitter {
    listeners = new Set();
    event = (listener, thisArg, disposables) => {
      const bound = thisArg ? listener.bind(thisArg) : listener;
      this.listeners.add(bound);
      const d = new Disposable(() => this.listeners.delete(bound));
      disposables?.push?.(d);
      return d;
    };
    fire(value) {
      for (const l of [...this.listeners]) l(value);
    }
    dispose() {
      this.listeners.clear();
    }
  }
  const noEvent = () => new Disposable();

  class Uri {
    constructor(scheme, path) {
      this.scheme = scheme;
      this.path = path;
      this.authority = '';
      this.query = '';
      this.fragment = '';
    }
    static file(path) {
      return new Uri('file', path);
    }
    static parse(value) {
      const m = /^([a-z][\w+.-]*):(?:\/\/)?(.*)$/i.exec(value);
      return m ? new Uri(m[1], m[2].startsWith('/') ? m[2] : `/${m[2]}`) : new Uri('file', value);
    }
    static joinPath(base, ...parts) {
      return new Uri(base.scheme, join(base.path, ...parts));
    }
    get fsPath() {
      return this.path;
    }
    with(change) {
      return new Uri(change.scheme ?? this.scheme, change.path ?? this.path);
    }
    toString() {
      return `${this.scheme}://${this.path}`;
    }
    toJSON() {
      return this.toString();
    }
  }

  class Position {
    constructor(line, character) {
      this.line = line;
      this.character = character;
    }
  }
  class Range {
    constructor(a, b, c, d) {
      if (typeof a === 'number') [a, b] = [new Position(a, b), new Position(c, d)];
      this.start = a;
      this.end = b;
    }
  }
  class Location {
    constructor(uri, range) {
      this.uri = uri;
      this.range = range;
    }
  }
  class RelativePattern {
    constructor(base, pattern) {
      this.base = base;
      this.baseUri = base?.uri ?? base;
      this.pattern = pattern;
    }
  }
  class Memento {
    values = new Map();
    get(key, fallback) {
      return this.values.has(key) ? this.values.get(key) : fallback;
    }
    update(key, value) {
      this.values.set(key, value);
      return Promise.resolve();
    }
    keys() {
      return [...this.values.keys()];
    }
  }

  const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const defaults = Object.fromEntries(
    Object.entries(pkg.contributes?.configuration?.properties ?? {}).map(([key, spec]) => [key, spec.default]),
  );
  const folderUri = Uri.file(folder);

  const workspace = withFallback('workspace', {
    workspaceFolders: [{ uri: folderUri, name: basename(folder), index: 0 }],
    textDocuments: [],
    findFiles: async () => files.map((f) => Uri.file(f)),
    fs: withFallback('workspace.fs', {
      stat: async (uri) => ({ size: statSync(uri.fsPath).size, type: 1, ctime: 0, mtime: 0 }),
      readFile: async (uri) => new Uint8Array(readFileSync(uri.fsPath)),
    }),
    getConfiguration: (section) => ({
      get: (key, fallback) => defaults[`${section}.${key}`] ?? fallback,
      has: (key) => `${section}.${key}` in defaults,
      inspect: () => undefined,
      update: async () => {},
    }),
    asRelativePath: (uri) => String(uri.fsPath ?? uri).replace(`${folder}/`, ''),
    createFileSystemWatcher: () => ({ onDidChange: noEvent, onDidCreate: noEvent, onDidDelete: noEvent, dispose() {} }),
    onDidChangeTextDocument: noEvent,
    onDidCloseTextDocument: noEvent,
    onDidOpenTextDocument: noEvent,
    onDidChangeConfiguration: noEvent,
    onDidChangeWorkspaceFolders: noEvent,
  });

  const window = withFallback('window', {
    activeTextEditor: undefined,
    visibleTextEditors: [],
    withProgress: (_options, task) => Promise.resolve(task({ report() {} }, { isCancellationRequested: false, onCancellationRequested: noEvent })),
    onDidChangeActiveTextEditor: noEvent,
    onDidChangeVisibleTextEditors: noEvent,
    onDidChangeTextEditorSelection: noEvent,
  });

  const vscode = withFallback('vscode', {
    Disposable,
    EventEmitter,
    Uri,
    Position,
    Range,
    Location,
    RelativePattern,
    workspace,
    window,
  });

  // `require('vscode')` from the bundle resolves to this object.
  const id = '\0vscode-bench-stub';
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? id : resolveFilename.call(this, request, ...rest);
  };
  const stubModule = new Module(id);
  stubModule.exports = vscode;
  stubModule.loaded = true;
  require.cache[id] = stubModule;

  const context = withFallback('context', {
    subscriptions: [],
    workspaceState: new Memento(),
    globalState: Object.assign(new Memento(), { setKeysForSync() {} }),
    extensionUri: folderUri,
    extensionPath: folder,
    asAbsolutePath: (p) => join(folder, p),
    extensionMode: 1,
  });

  return { context, touched: () => [...touched].filter((t) => !t.includes('()')).sort() };
}
