import { describe, it, expect } from 'vitest';
import { escapeHtml, escapeLinkTarget, escapeMarkdown, escapeTerminal, oneLine, stripControls } from '../../../src/views/escape';

describe('stripControls', () => {
  it.each([
    ['bidi override', 'abc\u202Eevil\u202C', 'abcevil'],
    ['bidi isolates and marks', '\u2066a\u2069\u200Eb\u200F\u061C', 'ab'],
    ['zero-width space and joiner outside emoji', 'Heg\u200Bse\u200Dth\uFEFF', 'Hegseth'],
    ['ANSI escape', 'red \x1b[31mtext\x1b[0m', 'red [31mtext[0m'],
    ['C1 control and soft hyphen', 'a\u0085b\u00ADc', 'abc'],
    ['keeps tab and newlines', 'a\tb\r\nc', 'a\tb\r\nc'],
    ['keeps an emoji ZWJ sequence', 'family 👩\u200D👧 ok', 'family 👩\u200D👧 ok'],
  ])('%s', (_name, input, expected) => {
    expect(stripControls(input)).toBe(expected);
  });
});

describe('escapeHtml', () => {
  it('makes a script tag, attributes and entities inert text', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('<img src=x onerror="alert(2)">')).toBe('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(escapeHtml("it's `x`")).toBe('it&#39;s &#96;x&#96;');
    // An entity in the article must show as written, not as the character it names.
    expect(escapeHtml('AT&amp;T &lt;b&gt;')).toBe('AT&amp;amp;T &amp;lt;b&amp;gt;');
  });
  it('removes bidi and zero-width characters', () => {
    expect(escapeHtml('a\u202Eb\u200Bc')).toBe('abc');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['html', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['entity', '&amp; &#60;', '&amp;amp; &amp;#60;'],
    ['command link', '[x](command:foo)', '\\[x\\](command\\:foo)'],
    ['image', '![a](https://e.example/p.png)', '!\\[a\\](https\\://e.example/p.png)'],
    ['reference link', '[x][1]', '\\[x\\]\\[1\\]'],
    ['autolink', '<https://e.example>', '&lt;https\\://e.example&gt;'],
    ['bare url and www', 'see https://e.example or www.e.example', 'see https\\://e.example or www\\.e.example'],
    ['emphasis and code', '*a* _b_ `c` ~~d~~', '\\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~'],
    ['table pipe', 'a | b', 'a \\| b'],
    ['backslash', 'a\\b', 'a\\\\b'],
    ['heading at start', '# Title', '\\# Title'],
    ['list at start', '- item', '\\- item'],
    ['ordered list at start', '1. item', '1\\. item'],
    ['newlines become spaces', 'line one\r\n\r\nline two', 'line one line two'],
    ['plain prose is untouched', 'Hegseth said: "Japan is a partner" (on Sunday).', 'Hegseth said: "Japan is a partner" (on Sunday).'],
    ['numbers are untouched; dollars cannot open math', 'about $1.4 billion, 50.000 troops, 2% or $2', 'about \\$1.4 billion, 50.000 troops, 2% or \\$2'],
  ])('%s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('terminal and one-line helpers', () => {
  it('escapeTerminal removes escapes and normalises line breaks', () => {
    expect(escapeTerminal('a\x1b]0;title\x07b\r\nc\rd')).toBe('a]0;titleb\nc\nd');
  });
  it('oneLine collapses white space', () => {
    expect(oneLine('  a \n\t b\u200B  ')).toBe('a b');
  });
});

describe('escapeLinkTarget', () => {
  it('percent-encodes white space, parentheses and angle brackets, nothing else', () => {
    expect(escapeLinkTarget('command:x?%5B%22a (1)%22%5D <y>\n')).toBe('command:x?%5B%22a%20%281%29%22%5D%20%3Cy%3E%0A');
  });
});
