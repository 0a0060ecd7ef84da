// Checks that a change kept the CLI's output byte-identical: runs `--json` (and the text, Markdown
// and SARIF formats) on the seeds and on every set under test/fixtures/, and compares the bytes
// with a baseline written by an earlier run. Used for refactors that must not change behaviour.
//
//   node scripts/check-output-unchanged.mjs --write DIR   record a baseline (after `npm run build`)
//   node scripts/check-output-unchanged.mjs DIR           compare with it; exit 1 on any difference
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const write = args[0] === '--write';
const dir = write ? args[1] : args[0];
if (!dir) {
  console.error('usage: check-output-unchanged.mjs [--write] DIR');
  process.exit(2);
}

const fixtureSets = readdirSync('test/fixtures')
  .map((name) => join('test/fixtures', name))
  .filter((path) => statSync(path).isDirectory() && readdirSync(path).some((f) => f.endsWith('.txt')));
const sets = ['seeds', ...fixtureSets];
const formats = [['--json'], ['--format', 'markdown'], ['--format', 'sarif'], ['--no-color']];

if (write) mkdirSync(dir, { recursive: true });
let differences = 0;
for (const set of sets) {
  for (const format of formats) {
    const name = `${set.replace(/[\\/]/g, '_')}${format.join('_')}.out`;
    let output;
    try {
      output = execFileSync('node', ['dist/cli.js', set, ...format], { encoding: 'utf8', maxBuffer: 1 << 28 });
    } catch (error) {
      output = `exit ${error.status}\n${error.stdout ?? ''}`; // --fail-on is not used; keep the bytes anyway
    }
    const path = join(dir, name);
    if (write) {
      writeFileSync(path, output);
    } else if (!existsSync(path) || readFileSync(path, 'utf8') !== output) {
      differences++;
      console.error(`differs: ${set} ${format.join(' ')}`);
    }
  }
}
if (write) console.log(`baseline of ${sets.length} sets × ${formats.length} formats written to ${dir}`);
else if (differences) {
  console.error(`${differences} output(s) differ from ${dir}`);
  process.exit(1);
} else console.log(`identical: ${sets.length} sets × ${formats.length} formats`);
