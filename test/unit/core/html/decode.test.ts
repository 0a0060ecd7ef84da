// Decoding a page's bytes: valid UTF-8 wins over a lying declaration; a real legacy page is read
// by its declaration; a BOM decides; an unknown or false label never throws.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../../../src/core';

const FIXTURES = join(__dirname, '../../../fixtures/web');
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('decodePage', () => {
  it('reads a UTF-8 page that declares iso-8859-1 as UTF-8', () => {
    const bytes = readFileSync(join(FIXTURES, 'utf8-meta-lie.html'));
    expect(bytes.includes(Buffer.from('charset="iso-8859-1"'))).toBe(true); // the lie is there
    const page = decodePage(bytes, 'text/html; charset=ISO-8859-1');
    expect(page).toMatchObject({ encoding: 'utf-8', how: 'valid utf-8' });
    expect(page.text).toContain('Médecins à São Brás');
    expect(page.text).toContain('120 000 €');
    expect(page.text).not.toContain('Ã');
  });

  it.each([
    ['header', 'text/html; charset=windows-1252', '<html><head></head><body>Caf\u00e9 \u2014 5\u00a0\u20ac</body></html>', 'content-type'],
    ['meta', undefined, '<html><head><meta charset="windows-1252"></head><body>Caf\u00e9 \u2014 5\u00a0\u20ac</body></html>', 'meta'],
    ['http-equiv meta', undefined, '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>Caf\u00e9 \u2014 5\u00a0\u20ac</body></html>', 'meta'],
    ['nothing declared', undefined, '<html><body>Caf\u00e9 \u2014 5\u00a0\u20ac</body></html>', 'default'],
    ['a false utf-8 label', 'text/html; charset=utf-8', '<html><body>Caf\u00e9 \u2014 5\u00a0\u20ac</body></html>', 'default'],
    ['an unknown label', 'text/html; charset=x-no-such', '<html><body>Caf\u00e9 \u2014 5\u00a0\u20ac</body></html>', 'default'],
  ])('reads a windows-1252 page by its %s', (_what, contentType, text, how) => {
    // windows-1252 bytes: é = E9, em dash = 97, euro = 80 (not valid UTF-8)
    const bytes = new Uint8Array(Buffer.from(text.replace('\u2014', '\u0097').replace('\u20ac', '\u0080'), 'latin1'));
    const page = decodePage(bytes, contentType);
    expect(page.how).toBe(how);
    expect(page.text).toContain('Caf\u00e9 \u2014 5\u00a0\u20ac');
  });

  it('follows a byte order mark', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('<p>Zo\u00eb</p>', 'utf16le')]);
    expect(decodePage(utf16)).toMatchObject({ text: '<p>Zo\u00eb</p>', how: 'bom' });
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('<p>Zo\u00eb</p>')]);
    expect(decodePage(utf8, 'text/html; charset=windows-1252')).toMatchObject({ text: '<p>Zo\u00eb</p>', encoding: 'utf-8', how: 'bom' });
  });

  it('reads a Shift_JIS page by its meta', () => {
    const sjis = new Uint8Array([...latin1('<meta charset="shift_jis"><p>'), 0x93, 0xfa, 0x96, 0x7b, ...latin1('</p>')]); // 日本
    expect(decodePage(sjis).text).toContain('<p>\u65e5\u672c</p>');
  });
});
