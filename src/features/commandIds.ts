// Every command id of the extension in one place. No `vscode` import, so a plain unit test can
// check these ids against `contributes.commands` in package.json.

/** Commands a reader runs from the palette, menus or keybindings. */
export const UserCommand = {
  nextConflict: 'crosscheck.nextConflict',
  previousConflict: 'crosscheck.previousConflict',
  showClaimInAllSources: 'crosscheck.showClaimInAllSources',
  addCurrentFileAsSource: 'crosscheck.addCurrentFileAsSource',
  removeCurrentFileAsSource: 'crosscheck.removeCurrentFileAsSource',
  restoreIgnoredClaim: 'crosscheck.restoreIgnoredClaim',
  unignoreAllClaims: 'crosscheck.unignoreAllClaims',
  reanalyze: 'crosscheck.reanalyze',
} as const;

/** Commands run by hover links, quick fixes and the status bar; hidden from the palette. */
export const InternalCommand = {
  openSpan: 'crosscheck.openSpan',
  ignoreClaim: 'crosscheck.ignoreClaim',
  statusBarClick: 'crosscheck.statusBarClick',
} as const;

/**
 * Commands that other features own (the summary panel, the timeline view). Listed so every id
 * lives here; the status bar falls back to next-conflict while the summary is not registered.
 */
export const OtherFeatureCommand = {
  showSummary: 'crosscheck.showSummary',
} as const;

export type UserCommandId = (typeof UserCommand)[keyof typeof UserCommand];
export type InternalCommandId = (typeof InternalCommand)[keyof typeof InternalCommand];

export const userCommandIds: readonly string[] = Object.values(UserCommand);
export const internalCommandIds: readonly string[] = Object.values(InternalCommand);
export const otherFeatureCommandIds: readonly string[] = Object.values(OtherFeatureCommand);
export const allCommandIds: readonly string[] = [
  ...userCommandIds,
  ...internalCommandIds,
  ...otherFeatureCommandIds,
];

/** Args of `crosscheck.openSpan`: a source id (URI string) and UTF-16 offsets into its text. */
export type OpenSpanArgs = [sourceId: string, start: number, end: number];
