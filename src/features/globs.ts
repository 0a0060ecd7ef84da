// Which patterns to search in one workspace folder. `crosscheck.sources` globs are relative to
// a workspace folder, so the default `**/seeds/*.txt` finds nothing when the reader opens the
// `seeds` folder itself; a glob whose leading `**/<name>/` names the opened folder also
// searches the rest of the glob from the folder's root. No `vscode` import.

const GLOB_CHARS = /[*?[\]{}!]/;

export function globsForFolder(glob: string, folderName: string): string[] {
  const normalised = glob.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  const patterns = [normalised];
  const match = /^\*\*\/([^/]+)\/(.+)$/.exec(normalised);
  if (match && !GLOB_CHARS.test(match[1]!) && match[1] === folderName) patterns.push(match[2]!);
  return patterns;
}
