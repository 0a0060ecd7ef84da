// The text VS Code holds for a file once open, for sources read from disk.
import { describe, expect, it } from 'vitest';
import { asDocumentText, decodeAsDocument } from '../../../src/features/documentText';

describe('asDocumentText: a file read from disk as VS Code holds it once open', () => {
  it.each([
    ['no line end', 'one line 😀', 'one line 😀'],
    ['all LF: kept', 'a\nb\n', 'a\nb\n'],
    ['all CRLF: kept', 'a\r\nb\r\n', 'a\r\nb\r\n'],
    ['all lone CR: CRLF', 'a\rb\rc', 'a\r\nb\r\nc'],
    ['mostly CRLF: CRLF', 'a\r\nb\nc\r\nd', 'a\r\nb\r\nc\r\nd'],
    ['mostly LF: LF', 'a\nb\nc\r\nd', 'a\nb\nc\nd'],
    ['half CRLF, half LF: LF (more than half must hold a CR)', 'a\r\nb\nc', 'a\nb\nc'],
    ['CRLF, LF and CR: two of three hold a CR, CRLF', 'a\r\nb\nc\rd', 'a\r\nb\r\nc\r\nd'],
    ['LF, LF and CR: LF', 'a\nb\nc\rd', 'a\nb\nc\nd'],
    ['lone CR and CRLF around astral characters and combining marks: CRLF, characters kept', '😀\r𠀀\u0301\r\n', '😀\r\n𠀀\u0301\r\n'],
  ])('%s', (_, text, expected) => {
    const held = asDocumentText(text);
    expect(held).toBe(expected);
    // Lines and characters do not move: every line keeps its content.
    expect(held.split(/\r\n|\r|\n/)).toEqual(text.split(/\r\n|\r|\n/));
  });
});

describe('decodeAsDocument: the bytes of a file that is not open', () => {
  it('drops a UTF-8 BOM, keeps uniform CRLF, shows invalid bytes as U+FFFD', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(decodeAsDocument(Buffer.concat([bom, Buffer.from('About 53,000 troops.\r\n😀 Done.\r\n')]))).toBe('About 53,000 troops.\r\n😀 Done.\r\n');
    expect(decodeAsDocument(Buffer.concat([bom, Buffer.from('a\rb\n')]))).toBe('a\nb\n');
    expect(decodeAsDocument(Buffer.from([0x61, 0xff, 0x62]))).toBe('a\uFFFDb');
  });
});
