// The document around the summary body: a strict Content-Security-Policy, the theme-following
// style and the one script, both carrying the per-load nonce. Pure (no `vscode`): the panel
// adapter passes the webview's cspSource and a fresh nonce.
//
// The script does three things and nothing else: posts {type:'open', source, start, end} when a
// jump button is clicked (the extension validates it), replaces the body when the extension
// posts {type:'update', body, version} while keeping the scroll position and focus, and keeps
// the scroll position in the webview state so a hidden-then-shown panel comes back where it was.
import { escapeHtml } from './escape';

export interface PageOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  /** A fresh random nonce (base64 or base64url, at least 16 characters). */
  nonce: string;
  /** Sent back in the page's `ready` message, so the adapter can tell a stale page. */
  version?: number;
}

const NONCE = /^[A-Za-z0-9+/=_-]{16,}$/;

/** The Content-Security-Policy of the page: nothing but our nonce'd style and script. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  if (!NONCE.test(nonce)) throw new Error('summary page: the nonce must be 16 or more base64 characters');
  // A source list ("'self' https://*.vscode-cdn.net"): nothing that could end the directive or
  // loosen it.
  if (/[;,'"<>\r\n]/.test(cspSource.replace(/'self'/g, ''))) {
    throw new Error('summary page: unexpected characters in cspSource');
  }
  return `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
}

export function renderSummaryPage(body: string, options: PageOptions): string {
  const csp = contentSecurityPolicy(options.cspSource, options.nonce);
  const nonce = escapeHtml(options.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Crosscheck summary</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="root" data-version="${options.version ?? 0}">
${body}
</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

const STYLE = `
:root { --c-conflict: var(--vscode-editorError-foreground, #f14c4c); --c-discrepancy: var(--vscode-editorWarning-foreground, #cca700);
  --c-agree: var(--vscode-testing-iconPassed, #73c991); --border: var(--vscode-panel-border, rgba(128,128,128,.35)); }
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground);
  background: var(--vscode-editor-background); padding: 0 16px 32px; line-height: 1.45; }
h1 { font-size: 1.5em; margin: 16px 0 4px; } h2 { font-size: 1.2em; margin: 24px 0 8px; border-bottom: 1px solid var(--border); padding-bottom: 4px; }
h3 { font-size: 1em; margin: 12px 0 4px; }
.muted { color: var(--vscode-descriptionForeground); }
.counts { color: var(--vscode-descriptionForeground); margin: 0; }
table { border-collapse: separate; border-spacing: 0; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--border); }
thead th { position: sticky; top: 0; z-index: 2; background: var(--vscode-editor-background); border-bottom: 2px solid var(--border); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
table.sources { width: 100%; }
.sources th, .sources td { padding: 4px 6px; }
.sources .date .muted { font-size: .85em; }
.sources .title .clamp { display: -webkit-box; -webkit-line-clamp: 1; word-break: break-all; -webkit-box-orient: vertical; overflow: hidden; }
.sources .date, .sources .file, .sources .num { white-space: nowrap; }
.matrix .claim { position: sticky; left: 0; z-index: 1; background: var(--vscode-editor-background); min-width: 9em; max-width: 16em; }
.matrix .claim .badge { display: table; margin-top: 2px; }
.matrix thead .claim { z-index: 3; }
.matrix td.cell { padding: 0; min-width: 5em; }
.matrix td.silent { background: transparent; }
.v-conflict { --c: var(--c-conflict); } .v-discrepancy { --c: var(--c-discrepancy); } .v-agree { --c: var(--c-agree); }
td.cell.v-conflict, td.cell.v-discrepancy, td.cell.v-agree { background: color-mix(in srgb, var(--c) 12%, transparent); }
td.cell.outlier { background: color-mix(in srgb, var(--c) 30%, transparent); box-shadow: inset 0 0 0 2px var(--c); }
td.cell.outlier .jump { font-weight: bold; }
.badge { display: inline-block; padding: 0 6px; border-radius: 8px; border: 1px solid var(--c); color: var(--c); font-size: .9em; white-space: nowrap; }
.warn { color: var(--c-conflict); }
.jump { font: inherit; color: var(--vscode-textLink-foreground); background: none; border: none; padding: 0; margin: 0;
  cursor: pointer; text-align: left; }
.jump:hover { text-decoration: underline; color: var(--vscode-textLink-activeForeground); }
.jump:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
.jump.fill { display: block; width: 100%; padding: 4px 8px; color: var(--vscode-foreground); }
.jump.chip { padding: 0 4px; border: 1px solid var(--border); border-radius: 4px; font-size: .9em; }
.jump.chip.outlier { border-color: var(--c-discrepancy); font-weight: bold; }
ul { padding-left: 1.4em; } li { margin: 3px 0; }
.findings li, .textual > li { margin: 6px 0; }
.timeline .date { white-space: nowrap; font-variant-numeric: tabular-nums; }
`;

const SCRIPT = `
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  const saved = vscode.getState() || {};
  if (typeof saved.scrollY === 'number') window.scrollTo(saved.scrollX || 0, saved.scrollY);

  let queued = false;
  window.addEventListener('scroll', function () {
    if (queued) return;
    queued = true;
    requestAnimationFrame(function () {
      queued = false;
      vscode.setState({ scrollX: window.scrollX, scrollY: window.scrollY });
    });
  }, { passive: true });

  function spanOf(el) {
    return { source: el.getAttribute('data-source'), start: Number(el.getAttribute('data-start')), end: Number(el.getAttribute('data-end')) };
  }

  document.addEventListener('click', function (event) {
    const el = event.target instanceof Element ? event.target.closest('button[data-source]') : null;
    if (!el) return;
    event.preventDefault();
    const span = spanOf(el);
    vscode.postMessage({ type: 'open', source: span.source, start: span.start, end: span.end });
  });

  window.addEventListener('message', function (event) {
    const message = event.data;
    if (!message || message.type !== 'update' || typeof message.body !== 'string') return;
    const x = window.scrollX, y = window.scrollY;
    const focused = document.activeElement && document.activeElement.closest ? document.activeElement.closest('button[data-source]') : null;
    const key = focused ? JSON.stringify(spanOf(focused)) : '';
    root.innerHTML = message.body;
    root.setAttribute('data-version', String(message.version));
    window.scrollTo(x, y);
    if (key) {
      const again = Array.prototype.find.call(root.querySelectorAll('button[data-source]'), function (b) { return JSON.stringify(spanOf(b)) === key; });
      if (again) again.focus({ preventScroll: true });
    }
  });

  vscode.postMessage({ type: 'ready', version: Number(root.getAttribute('data-version')) });
})();
`;
