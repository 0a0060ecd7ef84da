// Every command id of the extension in one place. No `vscode` import, so a plain unit test can
// check these ids against `contributes.commands` in package.json. Features register them with
// `vscode.commands.registerCommand(UserCommand.x, ...)`; the integration suite checks that the
// commands registered at activation are exactly these.

/** Commands a reader runs from the palette, menus or keybindings. */
export const UserCommand = {
  nextConflict: 'crosscheck.nextConflict',
  previousConflict: 'crosscheck.previousConflict',
  showClaimInAllSources: 'crosscheck.showClaimInAllSources',
  addCurrentFileAsSource: 'crosscheck.addCurrentFileAsSource',
  addSourceFromUrl: 'crosscheck.addSourceFromUrl',
  removeCurrentFileAsSource: 'crosscheck.removeCurrentFileAsSource',
  restoreIgnoredClaim: 'crosscheck.restoreIgnoredClaim',
  unignoreAllClaims: 'crosscheck.unignoreAllClaims',
  reanalyze: 'crosscheck.reanalyze',
  showSummary: 'crosscheck.showSummary',
  exportSummary: 'crosscheck.exportSummary',
} as const;

/** Commands run by hover links, quick fixes and the status bar; hidden from the palette. */
export const InternalCommand = {
  openSpan: 'crosscheck.openSpan',
  ignoreClaim: 'crosscheck.ignoreClaim',
  statusBarClick: 'crosscheck.statusBarClick',
} as const;

/**
 * Commands that other features own and do not register yet. The summary panel now registers
 * `showSummary` itself (a UserCommand); the alias stays for the status bar's lookup.
 */
export const OtherFeatureCommand = {
  showSummary: UserCommand.showSummary,
} as const;

export type UserCommandId = (typeof UserCommand)[keyof typeof UserCommand];
export type InternalCommandId = (typeof InternalCommand)[keyof typeof InternalCommand];

export const userCommandIds: readonly string[] = Object.values(UserCommand);
export const internalCommandIds: readonly string[] = Object.values(InternalCommand);
export const otherFeatureCommandIds: readonly string[] = Object.values(OtherFeatureCommand).filter((id) => !userCommandIds.includes(id));
export const allCommandIds: readonly string[] = [
  ...userCommandIds,
  ...internalCommandIds,
  ...otherFeatureCommandIds,
];

/** Args of `crosscheck.openSpan`: a source id (URI string) and UTF-16 offsets into its text. */
export type OpenSpanArgs = [sourceId: string, start: number, end: number];

/** A `command:` link target with JSON args, encoded as VS Code expects (hover Markdown links). */
export function commandUri(command: InternalCommandId | UserCommandId, args: readonly unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
