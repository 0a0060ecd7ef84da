// Readability on linkedom vs jsdom, on Readability's own test pages (test/test-pages/*/source.html and
// expected.html of github.com/mozilla/readability, copied into a git-ignored folder, never committed):
// token F1 of the extracted text against the expected article, and milliseconds per page.
// Usage: node scripts/web/measureDom.cjs [DIR]   (DIR default scratch/rtp; jsdom is not a dependency:
// install it outside the project and point JSDOM=/path/to/node_modules/jsdom at it). V=1 lists pages.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Readability } = require('@mozilla/readability');
const { parseHTML } = require('linkedom');
const { JSDOM } = require(process.env.JSDOM ?? 'jsdom');
const dir = process.argv[2] ?? join(__dirname, '../../scratch/rtp');
const tokens = (s) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
function f1(got, want) {
  const bag = new Map(); for (const t of want) bag.set(t, (bag.get(t) ?? 0) + 1);
  let hit = 0; for (const t of got) { const n = bag.get(t); if (n) { hit++; bag.set(t, n - 1); } }
  if (!got.length && !want.length) return 1; if (!got.length || !want.length) return 0;
  const p = hit / got.length, r = hit / want.length; return p + r ? 2 * p * r / (p + r) : 0;
}
const doms = {
  linkedom: (html) => parseHTML(html).document,
  jsdom: (html) => new JSDOM(html, { url: 'http://fakehost/test/page.html' }).window.document,
};
const res = { linkedom: { f1: [], ms: [], fail: 0 }, jsdom: { f1: [], ms: [], fail: 0 } };
const pages = readdirSync(dir);
for (const page of pages) {
  const src = readFileSync(join(dir, page, 'source.html'), 'utf8');
  const exp = readFileSync(join(dir, page, 'expected.html'), 'utf8');
  const want = tokens(new JSDOM(exp).window.document.body.textContent);
  for (const [name, make] of Object.entries(doms)) {
    const t0 = performance.now();
    let text = '';
    try { const a = new Readability(make(src)).parse(); text = a?.textContent ?? ''; } catch (e) { res[name].fail++; if (process.env.V) console.error(name, page, e.message); }
    res[name].ms.push(performance.now() - t0);
    res[name].f1.push(f1(tokens(text), want));
  }
  if (process.env.V) console.log(page, res.linkedom.f1.at(-1).toFixed(3), res.jsdom.f1.at(-1).toFixed(3));
}
const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const [name, r] of Object.entries(res)) console.log(`${name}: pages ${r.f1.length}, mean F1 ${mean(r.f1).toFixed(4)}, median F1 ${median(r.f1).toFixed(4)}, F1<0.9: ${r.f1.filter((x) => x < 0.9).length}, errors ${r.fail}, mean ms ${mean(r.ms).toFixed(1)}, median ms ${median(r.ms).toFixed(1)}, total s ${(r.ms.reduce((a, b) => a + b, 0) / 1000).toFixed(1)}`);
