// Markdown helpers for hovers. Article text is untrusted: everything taken from a source goes
// through `escapeMarkdown` so it shows as typed and can never become a link, HTML or a command.
// (src/core/escape.ts did not exist when this was written; switch to it once it lands.)

/** Escapes CommonMark punctuation, HTML and line breaks so `text` renders literally on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** A `command:` link target with JSON args, encoded as VS Code expects. */
export function commandUri(command: string, args: readonly unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
