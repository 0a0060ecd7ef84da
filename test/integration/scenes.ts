// Screenshot scenes of the real workbench, taken by the headless runner (runHeadless.mjs)
// after the tests. PNGs land in `.e2e/screenshots/<name>.png` (gitignored).
//
// To add a scene, append an object below. For each scene the extension host
// (screenshotDriver.ts) closes all editors, panels, the chat/auxiliary bar and
// notifications, applies `settings`, opens `file`, reveals `reveal`, runs `commands`, puts the cursor on
// `hover` and shows its hover; the runner then waits until every `waitFor` selector is
// visible (plus `.monaco-hover-content` for a hover), lets the UI settle, and saves the
// PNG (the whole window, or only the `clip` element). A scene that fails is reported by
// the runner and never fails the tests.

export type SceneCommand = string | { id: string; args?: unknown[] };

export interface Scene {
  /** File name of the PNG, without extension: [a-z0-9-]. */
  name: string;
  /** Files of the repository (paths relative to its root) copied into the workspace folder first. */
  copy?: string[];
  /** Workspace file to open, relative to the workspace folder (a copy of `seeds/`). */
  file?: string;
  /** First occurrence of this text is revealed in the centre of the editor. */
  reveal?: string;
  /** User settings applied for this scene only (e.g. `{ 'editor.wordWrap': 'on' }`). */
  settings?: Record<string, unknown>;
  /** Commands run after the file is open, in order (e.g. focus a view, open a panel). */
  commands?: SceneCommand[];
  /** First occurrence of this text gets the cursor and its hover is shown. */
  hover?: string;
  /** CSS selectors that must all be visible before the screenshot. */
  waitFor?: string[];
  /** CSS selector of one element to capture instead of the whole window. */
  clip?: string;
  /** Extra time for animations/layout after the selectors appear (ms, default 400). */
  settleMs?: number;
  /** Time the runner waits for the selectors (ms, default 15000). */
  timeoutMs?: number;
}

export const scenes: Scene[] = [
  {
    name: 'seed-report-open',
    file: '000_5d367a4d37f46ac9.txt',
    settings: { 'editor.wordWrap': 'on' },
    waitFor: ['.monaco-editor .view-lines'],
  },
  {
    // The outlier's squiggle with the Problems panel and its related locations
    // (the README picture, media/screenshot-diagnostics.png).
    name: 'squiggles',
    file: '001_778f94a180eceaa4.txt',
    settings: { 'editor.wordWrap': 'on' },
    reveal: '50,000 U.S. military personnel',
    commands: ['workbench.actions.view.problems'],
    waitFor: ['.squiggly-warning, .squiggly-info', '.markers-panel'],
    settleMs: 1200,
  },
  {
    // The hover on a troop count: every source's value (media/screenshot-hover.png).
    name: 'hover-troop-count',
    file: '000_5d367a4d37f46ac9.txt',
    settings: { 'editor.wordWrap': 'on' },
    commands: ['workbench.action.closePanel'],
    hover: '53,000',
    settleMs: 800,
  },
  {
    // The summary webview beside a seed (the README picture, media/screenshot-summary.png).
    name: 'summary-panel',
    file: '001_778f94a180eceaa4.txt',
    settings: { 'editor.wordWrap': 'on' },
    reveal: '50,000 U.S. military personnel',
    // The side bar is closed to give the matrix room; a later scene that needs it opens its view.
    commands: ['workbench.action.closeSidebar', 'crosscheck.showSummary'],
    waitFor: ['iframe.webview.ready'],
    settleMs: 2500,
  },
  {
    // The Crosscheck sidebar beside a seed (media/screenshot-timeline.png): the cursor on
    // "Saturday" makes the Timeline reveal that mention, so the Iwo Jima event opens.
    name: 'timeline-view',
    file: '001_778f94a180eceaa4.txt',
    settings: { 'editor.wordWrap': 'on' },
    reveal: 'Saturday, the defense secretary',
    // the focused side bar grows by one step per increaseViewSize, so the labels fit; the wider
    // bar rewraps the editor, so its cursor line (12, 0-based 11) is centred again last
    commands: [
      'crosscheck.timeline.focus',
      ...Array(4).fill('workbench.action.increaseViewSize'),
      { id: 'revealLine', args: [{ lineNumber: 11, at: 'center' }] },
    ],
    waitFor: ['.pane-body .monaco-list-row[aria-level="3"].selected'],
    settleMs: 800,
  },
  // Examples (the first two were tried against the current features and work):
  // { name: 'squiggles', file: '001_778f94a180eceaa4.txt', settings: { 'editor.wordWrap': 'on' },
  //   reveal: '50,000 U.S. military personnel', waitFor: ['.squiggly-warning, .squiggly-info'] },
  // { name: 'hover-troop-count', file: '000_5d367a4d37f46ac9.txt', settings: { 'editor.wordWrap': 'on' },
  //   hover: '53,000' },
  // { name: 'timeline-view', file: '000_5d367a4d37f46ac9.txt',
  //   commands: ['crosscheck.timeline.focus'], waitFor: ['.pane-body .monaco-list-row'] },
  // { name: 'summary-panel', commands: ['crosscheck.showSummary'], waitFor: ['iframe.webview.ready'] },
  {
    // A moving count (media/screenshot-series.png): the hover on a toll gives each report's value in
    // the order reported, and says the count rose as reports came in. The fixture's five reports
    // are copied beside the seeds; their claims do not mix with the seeds'.
    name: 'hover-series',
    copy: ['test/fixtures/earthquake/01_valley-courier-live.txt', 'test/fixtures/earthquake/02_epn-wire.txt', 'test/fixtures/earthquake/03_continental-daily.txt', 'test/fixtures/earthquake/04_globe-report.txt', 'test/fixtures/earthquake/05_newsline-world.txt'],
    file: '02_epn-wire.txt',
    settings: { 'editor.wordWrap': 'on' },
    commands: ['workbench.action.closePanel', 'workbench.action.closeSidebar'],
    hover: '118 people injured',
    waitFor: ['.squiggly-warning, .squiggly-info'],
    settleMs: 1500,
    timeoutMs: 30000,
  },
  {
    // Two saved web pages as sources (media/screenshot-web.png): the HTML file itself is open,
    // the toll's squiggle sits on the figure in the markup, and the hover gives both pages' values.
    name: 'web-sources',
    copy: ['test/fixtures/web/harbour-daily.html', 'test/fixtures/web/coastal-news.html'],
    file: 'coastal-news.html',
    settings: { 'editor.wordWrap': 'on' },
    // the side bar would mix these pages' claims with the seeds' (the workspace holds both)
    commands: ['workbench.action.closePanel', 'workbench.action.closeSidebar'],
    hover: '14 people',
    waitFor: ['.squiggly-warning, .squiggly-info'],
    settleMs: 1500,
    timeoutMs: 30000,
  },
];
