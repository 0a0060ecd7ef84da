// A web page's bytes as text. The order is the HTML standard's, with one change that matters on
// the real web: valid UTF-8 is read as UTF-8 whatever the page claims, because a page re-saved as
// UTF-8 often keeps a stale `<meta charset=iso-8859-1>` (or a server sends a stale header), and
// reading UTF-8 as Latin-1 turns every accent and curly quote into two wrong characters, while
// a real Latin-1 page is almost never valid UTF-8 (any accented letter alone breaks it).
//   1. a byte order mark (UTF-8, UTF-16LE/BE) decides;
//   2. bytes that are valid UTF-8 are UTF-8;
//   3. else the charset of the Content-Type header, else of a <meta> in the first 4 KB;
//   4. else windows-1252 (what browsers assume for legacy Western pages; a superset of Latin-1).
// An unknown label falls through to the next step. Never throws.

export interface DecodedPage {
  text: string;
  /** The encoding used (a WHATWG label such as "utf-8", "windows-1252", "shift_jis"). */
  encoding: string;
  /** How it was chosen, for messages and tests. */
  how: 'bom' | 'valid utf-8' | 'content-type' | 'meta' | 'default';
}

/** The charset a Content-Type value or a <meta> names, lower-cased, or undefined. */
export function charsetOf(value: string | undefined): string | undefined {
  const m = value ? /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(value) : null;
  return m ? m[1]!.toLowerCase() : undefined;
}

/** The charset a <meta charset> or <meta http-equiv content="...charset="> declares near the top. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  // bytes as Latin-1: every byte is one char, so ASCII markup reads right in any ASCII-compatible encoding
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return undefined;
}

// windows-1252's 0x80-0x9F: some Node versions decode the label as ISO-8859-1 and leave these as
// C1 controls, so they are mapped here (0x81, 0x8D, 0x8F, 0x90, 0x9D have no character and stay)
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWith(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

function decoderFor(label: string | undefined): InstanceType<typeof TextDecoder> | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label, { fatal: false, ignoreBOM: false });
  } catch {
    return undefined; // unknown label
  }
}

/** Decodes a page's bytes; `contentType` is the HTTP header when there was one. */
export function decodePage(bytes: Uint8Array, contentType?: string): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', how: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', how: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', how: 'bom' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', how: 'valid utf-8' };
  } catch {
    // not UTF-8: believe the declarations
  }
  const declared: [string | undefined, DecodedPage['how']][] = [
    [charsetOf(contentType), 'content-type'],
    [metaCharset(bytes), 'meta'],
  ];
  for (const [label, how] of declared) {
    const decoder = decoderFor(label);
    // a page that claims UTF-8 but is not: the declaration is wrong, so go on to the legacy default
    if (decoder && decoder.encoding !== 'utf-8') return { text: decodeWith(decoder, bytes), encoding: decoder.encoding, how };
  }
  return { text: decodeWith(new TextDecoder('windows-1252'), bytes), encoding: 'windows-1252', how: 'default' };
}
