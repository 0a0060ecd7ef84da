// The text VS Code will hold for a file once it is open, so that sources read from disk have the
// same offsets as open documents. No `vscode` import (unit-tested).

/**
 * A file's decoded text as VS Code's `TextDocument.getText()` will give it once the file is open,
 * so that offsets into a source read from disk stay valid when it is opened (hover and navigation
 * compare them with `document.offsetAt`). VS Code keeps a file whose line ends are all LF or all
 * CRLF as it is, but rewrites mixed or lone-CR line ends on opening, every one to CRLF when more
 * than half of them hold a CR, else to LF (its PieceTreeTextBufferFactory; microsoft/vscode#127).
 * Lines and characters do not move; only offsets after a rewritten line end do.
 */
export function asDocumentText(text: string): string {
  let cr = 0;
  let lf = 0;
  let crlf = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10 /* \n */) lf++;
  }
  const eol = cr + crlf > (cr + lf + crlf) / 2 ? '\r\n' : '\n';
  const uniform = eol === '\r\n' ? cr === 0 && lf === 0 : cr === 0 && crlf === 0;
  return uniform ? text : text.replace(/\r\n|\r|\n/g, eol);
}

/** A file's bytes as VS Code holds them once open: UTF-8 (invalid bytes as U+FFFD), BOM dropped, line ends as above. */
export function decodeAsDocument(bytes: Uint8Array): string {
  return asDocumentText(new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes));
}
