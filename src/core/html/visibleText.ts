// The text a browser would show for an HTML string, character by character, with where each
// character came from: markup, comments and script/style contents are dropped, character
// references decoded, whitespace runs collapsed to one space. It is what lets a figure read in the
// extracted article point back at its characters in the HTML file (sourceMap.ts).

/** Collapsed visible text; `starts[i]`/`ends[i]` are the HTML offsets of char i (an entity spans several). */
export interface VisibleText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

// elements whose content is not markup and not shown as the article (their text is skipped)
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'xmp', 'noembed', 'noframes', 'svg', 'math', 'textarea', 'select']);

// the references article text actually uses; an unknown one is kept as written (the alignment
// then maps that character to its neighbour)
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwj: '\u200d', zwnj: '\u200c', ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019',
  sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e', laquo: '\u00ab', raquo: '\u00bb', hellip: '\u2026',
  bull: '\u2022', middot: '\u00b7', prime: '\u2032', Prime: '\u2033', deg: '\u00b0', times: '\u00d7', divide: '\u00f7',
  minus: '\u2212', plusmn: '\u00b1', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', percnt: '%', permil: '\u2030',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
  sect: '\u00a7', para: '\u00b6', dagger: '\u2020', Dagger: '\u2021', eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1',
  agrave: '\u00e0', iacute: '\u00ed', oacute: '\u00f3', uacute: '\u00fa', ntilde: '\u00f1', ccedil: '\u00e7', uuml: '\u00fc',
  ouml: '\u00f6', auml: '\u00e4', szlig: '\u00df', Eacute: '\u00c9', Uuml: '\u00dc', Ouml: '\u00d6', Auml: '\u00c4',
};

const isSpace = (c: string) => /\s/.test(c);

/** The end of the markup construct starting at `i` (`html[i] === '<'`), or -1 when '<' is plain text. */
function markupEnd(html: string, i: number): number {
  if (html.startsWith('<!--', i)) {
    const end = html.indexOf('-->', i + 4);
    return end < 0 ? html.length : end + 3;
  }
  const next = html[i + 1] ?? '';
  if (!/[A-Za-z/!?]/.test(next)) return -1;
  // a tag: '>' outside quoted attribute values ends it
  let quote = '';
  let afterEquals = false;
  for (let j = i + 1; j < html.length; j++) {
    const c = html[j]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '>') return j + 1;
    else if ((c === '"' || c === "'") && afterEquals) {
      quote = c;
      afterEquals = false;
    } else if (c === '=') afterEquals = true;
    else if (!isSpace(c)) afterEquals = false;
  }
  return html.length;
}

/** A character reference at `i` (`html[i] === '&'`): its text and length, or undefined. */
function reference(html: string, i: number): { text: string; length: number } | undefined {
  const m = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/.exec(html.slice(i, i + 40));
  if (!m) return undefined;
  if (m[3] !== undefined) {
    const named = NAMED[m[3]];
    return named !== undefined && (m[0].endsWith(';') || m[3] in { amp: 1, lt: 1, gt: 1, quot: 1, nbsp: 1 }) ? { text: named, length: m[0].length } : undefined;
  }
  const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return { text: valid ? String.fromCodePoint(code) : '\ufffd', length: m[0].length };
}

/** The visible text of `html` with each character's source range. Linear in the input. */
export function visibleText(html: string): VisibleText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let lastSpace = true; // collapse leading whitespace too
  const push = (chars: string, start: number, end: number) => {
    for (const c of chars) {
      if (isSpace(c)) {
        if (lastSpace) continue;
        lastSpace = true;
        text += ' ';
        starts.push(start);
        ends.push(end);
        continue;
      }
      lastSpace = false;
      text += c;
      // a character outside the BMP is two UTF-16 units, both from the same place
      for (let k = 0; k < c.length; k++) {
        starts.push(start);
        ends.push(end);
      }
    }
  };
  for (let i = 0; i < html.length; ) {
    const c = html[i]!;
    if (c === '<') {
      const end = markupEnd(html, i);
      if (end >= 0) {
        const tag = /^<([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(i, i + 20));
        const name = tag?.[1]!.toLowerCase();
        const selfClosing = html[end - 2] === '/';
        if (name && RAW_TEXT.has(name) && !selfClosing) {
          // skip to the matching close tag
          const close = new RegExp(`</${name}\\s*>`, 'ig');
          close.lastIndex = end;
          const found = close.exec(html);
          i = found ? found.index + found[0].length : html.length;
        } else i = end;
        continue;
      }
    } else if (c === '&') {
      const ref = reference(html, i);
      if (ref) {
        push(ref.text, i, i + ref.length);
        i += ref.length;
        continue;
      }
    }
    push(c, i, i + 1);
    i += 1;
  }
  return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
