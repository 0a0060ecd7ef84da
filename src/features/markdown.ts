// Markdown helpers for hovers. Article text is untrusted: everything taken from a source goes
// through the core's `escapeMarkdown` (shared with the summary and the CLI) so it shows as typed
// and can never become a link, HTML, a table cell break or a command.
export { escapeMarkdown } from '../views/escape';

/** A `command:` link target with JSON args, encoded as VS Code expects. */
export function commandUri(command: string, args: readonly unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
