// One rule, one message for text that is not an article, shared by the core (sources handed to
// analyze(), the CLI) and the editor's file reader, so a reader sees the same reason everywhere.

/** Why a binary file is left out of the set. */
export const BINARY_REASON = 'binary file (contains NUL bytes)';

/** How far into a file the editor looks for NUL bytes before decoding it. */
export const BINARY_PROBE = 8192;

/** NUL characters mean a binary file slipped through the sources glob. */
export function looksBinary(text: string): boolean {
  return text.includes('\u0000');
}
